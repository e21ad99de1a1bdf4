//! Passkeys through HTTP with a software authenticator: registration, passwordless sign-in,
//! a passkey as the second factor, wrong origin, replays, rename and delete.
//!
//! The authenticator below is a real one in software: it makes a P-256 key pair, answers
//! with `none` attestation and signs assertions with ECDSA/SHA-256, exactly as a browser
//! hands them to the server (JSON, binary fields base64url).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use rand::RngCore;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::{get_as, post_as};
use crate::support::{spawn_app_with, TestApp};
use crate::users::{self, PASSWORD};

/// The origin of the test server's `identity.public_url` (the default).
const ORIGIN: &str = "http://localhost:8080";

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A CBOR byte-string header for `len` bytes.
fn cbor_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    match bytes.len() {
        n if n < 24 => out.push(0x40 | n as u8),
        n if n < 256 => out.extend([0x58, n as u8]),
        n => out.extend([0x59, (n >> 8) as u8, n as u8]),
    }
    out.extend_from_slice(bytes);
}

/// A CBOR text string (short ones only).
fn cbor_text(out: &mut Vec<u8>, text: &str) {
    assert!(text.len() < 24);
    out.push(0x60 | text.len() as u8);
    out.extend_from_slice(text.as_bytes());
}

/// A software passkey: one discoverable ES256 credential.
pub struct SoftPasskey {
    key: SigningKey,
    credential_id: Vec<u8>,
    user_handle: Option<String>,
    counter: u32,
}

impl SoftPasskey {
    pub fn new() -> Self {
        let key = loop {
            let mut secret = [0u8; 32];
            rand::thread_rng().fill_bytes(&mut secret);
            if let Ok(k) = SigningKey::from_slice(&secret) {
                break k;
            }
        };
        let mut credential_id = vec![0u8; 32];
        rand::thread_rng().fill_bytes(&mut credential_id);
        Self {
            key,
            credential_id,
            user_handle: None,
            counter: 0,
        }
    }

    /// The COSE_Key of the public key (EC2, P-256, ES256).
    fn cose_key(&self) -> Vec<u8> {
        let point = self.key.verifying_key().to_sec1_point(false);
        let bytes = point.as_bytes();
        assert_eq!(bytes.len(), 65, "uncompressed P-256 point");
        let mut out = vec![0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21];
        cbor_bytes(&mut out, &bytes[1..33]);
        out.push(0x22);
        cbor_bytes(&mut out, &bytes[33..65]);
        out
    }

    fn client_data(kind: &str, challenge: &str, origin: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "type": kind, "challenge": challenge, "origin": origin, "crossOrigin": false
        }))
        .unwrap()
    }

    /// Answer `navigator.credentials.create` (the `options` of a registration start).
    pub fn create(&mut self, options: &Value, origin: &str) -> Value {
        let pk = &options["publicKey"];
        let rp_id = pk["rp"]["id"].as_str().expect("rp.id");
        let challenge = pk["challenge"].as_str().expect("challenge");
        self.user_handle = Some(pk["user"]["id"].as_str().expect("user.id").to_owned());
        let client_data = Self::client_data("webauthn.create", challenge, origin);
        let mut auth_data = Sha256::digest(rp_id.as_bytes()).to_vec();
        // UP | UV | BE | BS | AT
        auth_data.push(0x01 | 0x04 | 0x08 | 0x10 | 0x40);
        auth_data.extend(self.counter.to_be_bytes());
        auth_data.extend([0u8; 16]); // AAGUID
        auth_data.extend((self.credential_id.len() as u16).to_be_bytes());
        auth_data.extend_from_slice(&self.credential_id);
        auth_data.extend(self.cose_key());
        let mut attestation = vec![0xA3];
        cbor_text(&mut attestation, "fmt");
        cbor_text(&mut attestation, "none");
        cbor_text(&mut attestation, "attStmt");
        attestation.push(0xA0);
        cbor_text(&mut attestation, "authData");
        cbor_bytes(&mut attestation, &auth_data);
        json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "response": {
                "attestationObject": b64(&attestation),
                "clientDataJSON": b64(&client_data),
            },
            "clientExtensionResults": {},
        })
    }

    /// Answer `navigator.credentials.get` (the `options` of a sign-in start).
    pub fn get(&mut self, options: &Value, origin: &str) -> Value {
        let pk = &options["publicKey"];
        let rp_id = pk["rpId"].as_str().expect("rpId");
        let challenge = pk["challenge"].as_str().expect("challenge");
        self.counter += 1;
        let client_data = Self::client_data("webauthn.get", challenge, origin);
        let mut auth_data = Sha256::digest(rp_id.as_bytes()).to_vec();
        // UP | UV | BE | BS
        auth_data.push(0x01 | 0x04 | 0x08 | 0x10);
        auth_data.extend(self.counter.to_be_bytes());
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(&client_data));
        let signature: Signature = self.key.sign(&signed);
        json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "response": {
                "authenticatorData": b64(&auth_data),
                "clientDataJSON": b64(&client_data),
                "signature": b64(signature.to_der().as_bytes()),
                "userHandle": self.user_handle.clone(),
            },
            "clientExtensionResults": {},
        })
    }
}

async fn spawn() -> Option<TestApp> {
    // Many auth requests from one IP: lift the per-IP limit (tested elsewhere).
    spawn_app_with(|c| {
        c.identity.auth_rate_per_minute = 10_000;
        c.identity.auth_rate_burst = 10_000;
    })
    .await
}

/// Register a passkey for the holder of `token`; returns the passkey's id and the recovery
/// codes issued with it (if any).
async fn register(
    app: &TestApp,
    token: &str,
    key: &mut SoftPasskey,
    name: &str,
) -> (String, Vec<String>) {
    let (status, start) = post_as(
        app,
        token,
        "/api/v1/me/passkeys/registration/start",
        &json!({}),
    )
    .await;
    assert_eq!(status, 200, "{start}");
    let credential = key.create(&start["options"], ORIGIN);
    let (status, body) = post_as(
        app,
        token,
        "/api/v1/me/passkeys/registration/finish",
        &json!({ "ceremony": start["ceremony"], "name": name, "credential": credential }),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let codes = body["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    (body["id"].as_str().unwrap().to_owned(), codes)
}

/// A passwordless sign-in with `key` answering from `origin`.
async fn sign_in(app: &TestApp, key: &mut SoftPasskey, origin: &str) -> (u16, Value, Value) {
    let (status, start) = app
        .post_json("/api/v1/auth/passkey/start", &json!({}))
        .await;
    assert_eq!(status, 200, "{start}");
    let credential = key.get(&start["options"], origin);
    let finish = json!({ "ceremony": start["ceremony"], "credential": credential });
    let (status, body) = app.post_json("/api/v1/auth/passkey/finish", &finish).await;
    (status.as_u16(), body, finish)
}

#[tokio::test]
async fn passkey_registration_passwordless_and_second_factor() {
    let Some(app) = spawn().await else { return };
    let token = users::register_and_login(&app, "DK", "pia").await;
    let mut key = SoftPasskey::new();

    // The creation options name this server as relying party and ask for a discoverable
    // credential with user verification.
    let (status, start) = post_as(
        &app,
        &token,
        "/api/v1/me/passkeys/registration/start",
        &json!({}),
    )
    .await;
    assert_eq!(status, 200, "{start}");
    let pk = &start["options"]["publicKey"];
    assert_eq!(pk["rp"]["id"], "localhost");
    assert_eq!(pk["user"]["name"], "@pia:dk");
    assert_eq!(pk["authenticatorSelection"]["residentKey"], "preferred");
    assert_eq!(pk["authenticatorSelection"]["userVerification"], "required");
    let credential = key.create(&start["options"], ORIGIN);
    let finish =
        json!({ "ceremony": start["ceremony"], "name": "Laptop", "credential": credential });
    let (status, created) = post_as(
        &app,
        &token,
        "/api/v1/me/passkeys/registration/finish",
        &finish,
    )
    .await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["name"], "Laptop");
    assert_eq!(created["backup_eligible"], true);
    // The first passkey of an account without an authenticator app comes with recovery
    // codes, shown once.
    assert_eq!(
        created["recovery_codes"].as_array().unwrap().len(),
        10,
        "{created}"
    );
    // The ceremony was used up: the same answer again is refused.
    let (status, body) = post_as(
        &app,
        &token,
        "/api/v1/me/passkeys/registration/finish",
        &finish,
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "passkey_ceremony_expired");

    // Registering a credential from another origin is refused.
    let mut other = SoftPasskey::new();
    let (_, start) = post_as(
        &app,
        &token,
        "/api/v1/me/passkeys/registration/start",
        &json!({}),
    )
    .await;
    let credential = other.create(&start["options"], "https://evil.example");
    let (status, body) = post_as(
        &app,
        &token,
        "/api/v1/me/passkeys/registration/finish",
        &json!({ "ceremony": start["ceremony"], "name": "Evil", "credential": credential }),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "passkey_rejected");

    let (status, list) = get_as(&app, &token, "/api/v1/me/passkeys").await;
    assert_eq!(status, 200);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");

    // Passwordless sign-in: the authenticator picks the account.
    let (status, body, replay) = sign_in(&app, &mut key, ORIGIN).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "signed_in");
    let passkey_token = body["token"].as_str().unwrap().to_owned();
    let (status, me) = get_as(&app, &passkey_token, "/api/v1/me").await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["handle"], "@pia:dk");
    let (_, list) = get_as(&app, &token, "/api/v1/me/passkeys").await;
    assert_eq!(list[0]["sign_count"], 1, "{list}");
    assert!(list[0]["last_used_at"].is_string(), "{list}");

    // Replays: the same finish (ceremony used up) and the same assertion for a new
    // challenge (signature over the old one) are both refused.
    let (status, body) = app.post_json("/api/v1/auth/passkey/finish", &replay).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "passkey_ceremony_expired");
    let (_, start) = app
        .post_json("/api/v1/auth/passkey/start", &json!({}))
        .await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/passkey/finish",
            &json!({ "ceremony": start["ceremony"], "credential": replay["credential"] }),
        )
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "invalid_credentials");

    // An assertion made for another origin is refused.
    let (status, body, _) = sign_in(&app, &mut key, "https://evil.example").await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "invalid_credentials");

    // Those refusals counted as failures: wait out the soft lock (1 s after 1–2 failures).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    // With a passkey registered, a password sign-in asks for a second factor.
    let (status, step) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({ "login": "pia", "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, 200, "{step}");
    assert_eq!(step["status"], "second_factor_required");
    assert_eq!(step["methods"], json!(["passkey", "recovery_code"]));
    let challenge = step["challenge"].as_str().unwrap();
    // No assertion started yet: a passkey answer cannot be checked.
    let early = key.get(&start["options"], ORIGIN);
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login/second-factor",
            &json!({ "challenge": challenge, "passkey": early }),
        )
        .await;
    assert_eq!(status, 401, "{body}");
    let (status, opts) = app
        .post_json(
            "/api/v1/auth/login/second-factor/passkey",
            &json!({ "challenge": challenge }),
        )
        .await;
    assert_eq!(status, 200, "{opts}");
    assert_eq!(
        opts["options"]["publicKey"]["allowCredentials"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "{opts}"
    );
    let answer = key.get(&opts["options"], ORIGIN);
    let second = json!({ "challenge": challenge, "passkey": answer });
    let (status, body) = app
        .post_json("/api/v1/auth/login/second-factor", &second)
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "signed_in");
    // The challenge is closed: replaying the answer is refused.
    let (status, body) = app
        .post_json("/api/v1/auth/login/second-factor", &second)
        .await;
    assert_eq!(status, 401, "{body}");

    // The activity log tells the story.
    let (_, activity) = get_as(&app, &token, "/api/v1/me/activity").await;
    let kinds: Vec<&str> = activity
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"passkey_added"), "{kinds:?}");
    let methods: Vec<&str> = activity
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "signed_in")
        .filter_map(|a| a["detail"]["method"].as_str())
        .collect();
    assert!(methods.contains(&"passkey"), "{methods:?}");
    assert!(methods.contains(&"password+passkey"), "{methods:?}");
}

#[tokio::test]
async fn passkey_rename_delete_and_deleted_passkey_refused() {
    let Some(app) = spawn().await else { return };
    let token = users::register_and_login(&app, "SE", "quinn").await;
    let mut key = SoftPasskey::new();
    let (id, codes) = register(&app, &token, &mut key, "Phone").await;
    assert_eq!(codes.len(), 10);

    // Rename: validated, then applied.
    let client = reqwest::Client::new();
    let r = client
        .patch(app.url(&format!("/api/v1/me/passkeys/{id}")))
        .bearer_auth(&token)
        .json(&json!({ "name": "  " }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = client
        .patch(app.url(&format!("/api/v1/me/passkeys/{id}")))
        .bearer_auth(&token)
        .json(&json!({ "name": "Work phone" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let (_, list) = get_as(&app, &token, "/api/v1/me/passkeys").await;
    assert_eq!(list[0]["name"], "Work phone");

    // Another account cannot see or delete it.
    let other = users::register_and_login(&app, "SE", "rune").await;
    let (_, theirs) = get_as(&app, &other, "/api/v1/me/passkeys").await;
    assert_eq!(theirs, json!([]));
    let r = client
        .delete(app.url(&format!("/api/v1/me/passkeys/{id}")))
        .bearer_auth(&other)
        .json(&json!({ "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);

    // Start a second-factor assertion before deleting, to show the deleted passkey cannot
    // finish it either.
    let (_, step) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({ "login": "quinn", "password": PASSWORD }),
        )
        .await;
    assert_eq!(
        step["methods"],
        json!(["passkey", "recovery_code"]),
        "{step}"
    );
    let challenge = step["challenge"].as_str().unwrap().to_owned();
    let (_, opts) = app
        .post_json(
            "/api/v1/auth/login/second-factor/passkey",
            &json!({ "challenge": challenge }),
        )
        .await;

    // Deleting needs the password.
    let r = client
        .delete(app.url(&format!("/api/v1/me/passkeys/{id}")))
        .bearer_auth(&token)
        .json(&json!({ "password": "not my password at all" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"], "reauthentication_failed");
    let r = client
        .delete(app.url(&format!("/api/v1/me/passkeys/{id}")))
        .bearer_auth(&token)
        .json(&json!({ "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let (_, list) = get_as(&app, &token, "/api/v1/me/passkeys").await;
    assert_eq!(list, json!([]));

    // The deleted passkey signs in neither alone nor as a second factor.
    let (status, body, _) = sign_in(&app, &mut key, ORIGIN).await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "invalid_credentials");
    let answer = key.get(&opts["options"], ORIGIN);
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login/second-factor",
            &json!({ "challenge": challenge, "passkey": answer }),
        )
        .await;
    assert_eq!(status, 401, "{body}");

    // Without a passkey, the password alone signs in again (after the failure's soft lock).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({ "login": "quinn", "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "signed_in");

    // The codes went with the last passkey: a new first passkey comes with a fresh set.
    let mut again = SoftPasskey::new();
    let (_, fresh) = register(&app, &token, &mut again, "New phone").await;
    assert_eq!(fresh.len(), 10);
    assert!(fresh.iter().all(|c| !codes.contains(c)), "{fresh:?}");
}

/// Ask for a reset link for `handle` and return its token.
async fn reset_link(app: &TestApp, handle: &str) -> String {
    let (status, _) = app
        .post_json("/api/v1/auth/password-reset", &json!({ "login": handle }))
        .await;
    assert_eq!(status, 202);
    users::wait_for_token(
        &users::outbox(app),
        &users::email_of(handle),
        "reset-password",
    )
    .await
}

#[tokio::test]
async fn password_reset_of_a_passkey_account_needs_the_passkey() {
    let Some(app) = spawn().await else { return };
    let token = users::register_and_login(&app, "DK", "rut").await;
    let mut key = SoftPasskey::new();
    let (_, codes) = register(&app, &token, &mut key, "Phone").await;
    assert_eq!(codes.len(), 10);
    // A second passkey issues no new codes while unused ones remain.
    let mut spare = SoftPasskey::new();
    let (_, more) = register(&app, &token, &mut spare, "Spare").await;
    assert!(more.is_empty(), "{more:?}");
    let new_password = "lantern orchard velvet thimble";

    // The link says up front what the reset will ask for, without using the link up.
    let link = reset_link(&app, "rut").await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/factors",
            &json!({ "token": link }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["methods"], json!(["passkey", "recovery_code"]));
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/factors",
            &json!({ "token": "up_lnk_dk_not-a-real-link" }),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_link");

    // The mailbox alone is not enough: no factor, or a code the account does not have.
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/complete",
            &json!({ "token": link, "new_password": new_password }),
        )
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "second_factor_required");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("/api/v1/auth/password-reset/passkey"),
        "{body}"
    );
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/complete",
            &json!({ "token": link, "new_password": new_password, "code": "123456" }),
        )
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "invalid_credentials");

    // A passkey answer made before any assertion was started for this link is refused.
    let (_, login_start) = app
        .post_json("/api/v1/auth/passkey/start", &json!({}))
        .await;
    let stray = key.get(&login_start["options"], ORIGIN);
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/complete",
            &json!({ "token": link, "new_password": new_password, "passkey": stray }),
        )
        .await;
    assert_eq!(status, 401, "{body}");

    // An answer from another origin is refused and uses the assertion up.
    let (status, opts) = app
        .post_json(
            "/api/v1/auth/password-reset/passkey",
            &json!({ "token": link }),
        )
        .await;
    assert_eq!(status, 200, "{opts}");
    assert_eq!(
        opts["options"]["publicKey"]["allowCredentials"]
            .as_array()
            .unwrap()
            .len(),
        2,
        "{opts}"
    );
    let evil = key.get(&opts["options"], "https://evil.example");
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/complete",
            &json!({ "token": link, "new_password": new_password, "passkey": evil }),
        )
        .await;
    assert_eq!(status, 401, "{body}");
    // Three refusals soft-lock sign-in for 3 s (reset completion is not locked).
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;

    // The password is unchanged after every refusal.
    let (status, step) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({ "login": "rut", "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, 200, "{step}");
    assert_eq!(step["status"], "second_factor_required");

    // With the passkey the reset goes through; every session ends.
    let (status, opts) = app
        .post_json(
            "/api/v1/auth/password-reset/passkey",
            &json!({ "token": link }),
        )
        .await;
    assert_eq!(status, 200, "{opts}");
    let answer = key.get(&opts["options"], ORIGIN);
    let complete = json!({ "token": link, "new_password": new_password, "passkey": answer });
    let (status, body) = app
        .post_json("/api/v1/auth/password-reset/complete", &complete)
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, _) = get_as(&app, &token, "/api/v1/me").await;
    assert_eq!(status, 401);

    // The link and its assertion are used up.
    let (status, body) = app
        .post_json("/api/v1/auth/password-reset/complete", &complete)
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_link");
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/passkey",
            &json!({ "token": link }),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_link");

    // The new password works, and sign-in still asks for the passkey.
    let (status, step) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({ "login": "rut", "password": new_password }),
        )
        .await;
    assert_eq!(status, 200, "{step}");
    assert_eq!(step["status"], "second_factor_required");
    assert_eq!(step["methods"], json!(["passkey", "recovery_code"]));
    // Whoever lost the passkey signs in with a recovery code, once.
    let second = json!({ "challenge": step["challenge"], "recovery_code": codes[0] });
    let (status, body) = app
        .post_json("/api/v1/auth/login/second-factor", &second)
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "signed_in");

    // An account without any second factor is told so and resets with the link alone.
    let _ = users::register_and_login(&app, "DK", "sol").await;
    let link = reset_link(&app, "sol").await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/factors",
            &json!({ "token": link }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["methods"], json!([]));
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/passkey",
            &json!({ "token": link }),
        )
        .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"], "no_passkeys");
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/complete",
            &json!({ "token": link, "new_password": new_password }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
}
