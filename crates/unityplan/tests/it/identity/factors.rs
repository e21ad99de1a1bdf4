//! Two-factor sign-in, recovery codes, password reset and change, email change, sessions
//! and API keys.

use serde_json::{json, Value};

use super::{delete_as, get_as, post_as};
use crate::support::{connect, spawn_app};
use crate::users::{self, email_of, outbox, wait_for_token, PASSWORD};

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn code(secret: &str, at: u64) -> String {
    identity::totp::code_at(secret, at).unwrap()
}

async fn login_step(app: &crate::support::TestApp, handle: &str, password: &str) -> (u16, Value) {
    let r = reqwest::Client::new()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "login": handle, "password": password }))
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn totp_enrol_login_replay_recovery_reset_and_disable() {
    let Some(app) = spawn_app().await else { return };
    let token = users::register_and_login(&app, "DK", "bob").await;

    // Enrolment needs the password.
    let (status, body) = post_as(
        &app,
        &token,
        "/api/v1/me/totp/enrol",
        &json!({"password": "wrong wrong wrong"}),
    )
    .await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"], "reauthentication_failed");
    let (status, e) = post_as(
        &app,
        &token,
        "/api/v1/me/totp/enrol",
        &json!({"password": PASSWORD}),
    )
    .await;
    assert_eq!(status, 200, "{e}");
    let secret = e["secret"].as_str().unwrap().to_owned();
    assert!(e["otpauth_uri"]
        .as_str()
        .unwrap()
        .starts_with("otpauth://totp/UnityPlan:bob.dk?"));
    assert!(e["qr_svg"].as_str().unwrap().contains("<svg"));

    // Stay clear of a step boundary so "current" and "previous" are stable below.
    if now() % 30 > 24 {
        tokio::time::sleep(std::time::Duration::from_secs(31 - now() % 30)).await;
    }
    let t = now();
    let (status, body) = post_as(
        &app,
        &token,
        "/api/v1/me/totp/confirm",
        &json!({"code": "000000"}),
    )
    .await;
    assert!(status == 422 || code(&secret, t) == "000000", "{body}");
    // Confirm with the previous step's code (accepted: steps −1 and 0).
    let (status, body) = post_as(
        &app,
        &token,
        "/api/v1/me/totp/confirm",
        &json!({"code": code(&secret, t - 30)}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let recovery: Vec<String> = body["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(recovery.len(), 10);

    // Password alone no longer signs in.
    let (status, first) = login_step(&app, "bob", PASSWORD).await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["status"], "second_factor_required");
    assert!(first.get("token").is_none());
    let challenge = first["challenge"].as_str().unwrap();
    let current = code(&secret, t);
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login/second-factor",
            &json!({"challenge": challenge, "code": current}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "signed_in");

    // The same code again (same step) is a replay: refused.
    let (_, second) = login_step(&app, "bob", PASSWORD).await;
    let challenge = second["challenge"].as_str().unwrap().to_owned();
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login/second-factor",
            &json!({"challenge": challenge, "code": current}),
        )
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "invalid_credentials");
    // An older step is refused too.
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login/second-factor",
            &json!({"challenge": challenge, "code": code(&secret, t - 30)}),
        )
        .await;
    assert_eq!(status, 401);

    // A recovery code works once (the soft lock from the failures above lasts ≤ 3 s).
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login/second-factor",
            &json!({"challenge": challenge, "recovery_code": recovery[0].to_lowercase()}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, third) = login_step(&app, "bob", PASSWORD).await;
    let challenge = third["challenge"].as_str().unwrap().to_owned();
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login/second-factor",
            &json!({"challenge": challenge, "recovery_code": recovery[0]}),
        )
        .await;
    assert_eq!(status, 401, "used recovery code accepted: {body}");

    // Password reset does not bypass 2FA.
    let (status, _) = app
        .post_json(
            "/api/v1/auth/password-reset",
            &json!({"login": email_of("bob")}),
        )
        .await;
    assert_eq!(status, 202);
    let link = wait_for_token(&outbox(&app), &email_of("bob"), "reset-password").await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/complete",
            &json!({"token": link, "new_password": "quiet meadow copper falcon"}),
        )
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "second_factor_required");
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let (status, body) = app.post_json("/api/v1/auth/password-reset/complete", &json!({"token": link, "new_password": "quiet meadow copper falcon", "recovery_code": recovery[1]})).await;
    assert_eq!(status, 204, "{body}");
    // The reset ended every session, and the link is single-use.
    let (status, _) = get_as(&app, &token, "/api/v1/me").await;
    assert_eq!(status, 401);
    let (status, body) = app.post_json("/api/v1/auth/password-reset/complete", &json!({"token": link, "new_password": "quiet meadow copper falcon", "recovery_code": recovery[2]})).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_link");

    // Sign in with the new password + a recovery code, then disable TOTP (password + code).
    let (_, step) = login_step(&app, "bob", "quiet meadow copper falcon").await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login/second-factor",
            &json!({"challenge": step["challenge"], "recovery_code": recovery[3]}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let token = body["token"].as_str().unwrap().to_owned();
    let (status, body) = post_as(
        &app,
        &token,
        "/api/v1/me/totp/disable",
        &json!({"password": "quiet meadow copper falcon", "recovery_code": recovery[4]}),
    )
    .await;
    assert_eq!(status, 204, "{body}");
    let (status, body) = login_step(&app, "bob", "quiet meadow copper falcon").await;
    assert_eq!(
        (status, body["status"].as_str()),
        (200, Some("signed_in")),
        "{body}"
    );

    // The activity log tells the story.
    let (_, activity) = get_as(&app, &token, "/api/v1/me/activity").await;
    let kinds: Vec<&str> = activity
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "totp_enabled",
        "totp_replay_refused",
        "recovery_code_used",
        "password_reset",
        "totp_disabled",
        "signed_in",
        "sign_in_failed",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    app.stop().await;
}

#[tokio::test]
async fn sessions_password_and_email_changes() {
    let Some(app) = spawn_app().await else { return };
    let first = users::register_and_login(&app, "SE", "cyd").await;
    let second = users::login(&app, "cyd").await;
    let third = users::login(&app, "cyd").await;

    // Wrong password and unknown account: the same answer.
    let (s1, b1) = login_step(&app, "cyd", "not the password at all").await;
    let (s2, b2) = login_step(&app, "nobody_here", "not the password at all").await;
    assert_eq!((s1, s2), (401, 401));
    assert_eq!(b1, b2);
    // The failure soft-locks the account for 1 s (Kanidm-style).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    let (status, list) = get_as(&app, &first, "/api/v1/me/sessions").await;
    assert_eq!(status, 200);
    let list = list.as_array().unwrap().clone();
    assert_eq!(list.len(), 3, "{list:?}");
    assert_eq!(list.iter().filter(|s| s["current"] == true).count(), 1);
    assert!(list[0]["device"].is_string() && list[0]["ip"] == "127.0.0.1");

    // Revoke the third session by id.
    let (_, me3) = get_as(&app, &third, "/api/v1/me").await;
    let third_id = me3["credential"]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        delete_as(&app, &first, &format!("/api/v1/me/sessions/{third_id}")).await,
        204
    );
    assert_eq!(get_as(&app, &third, "/api/v1/me").await.0, 401);
    assert_eq!(
        delete_as(&app, &first, &format!("/api/v1/me/sessions/{third_id}")).await,
        404
    );

    // Idle and absolute expiry are enforced server-side.
    let mut db = connect(&app.db_url).await;
    let (_, me2) = get_as(&app, &second, "/api/v1/me").await;
    let second_id: uuid::Uuid = me2["credential"]["id"].as_str().unwrap().parse().unwrap();
    sqlx::query("UPDATE territory_se.identity_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1")
        .bind(second_id).execute(&mut db).await.unwrap();
    let (status, body) = get_as(&app, &second, "/api/v1/me").await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (401, Some("unauthenticated"))
    );
    let fourth = users::login(&app, "cyd").await;
    let (_, me4) = get_as(&app, &fourth, "/api/v1/me").await;
    let fourth_id: uuid::Uuid = me4["credential"]["id"].as_str().unwrap().parse().unwrap();
    sqlx::query("UPDATE territory_se.identity_sessions SET expires_at = now() - interval '1 second' WHERE id = $1")
        .bind(fourth_id).execute(&mut db).await.unwrap();
    assert_eq!(get_as(&app, &fourth, "/api/v1/me").await.0, 401);

    // Password change needs the current password and revokes the other sessions.
    let fifth = users::login(&app, "cyd").await;
    let (status, body) = post_as(&app, &first, "/api/v1/me/password", &json!({"current_password": "nope nope nope", "new_password": "granite willow pocket ember"})).await;
    assert_eq!(status, 403, "{body}");
    let (status, body) = post_as(
        &app,
        &first,
        "/api/v1/me/password",
        &json!({"current_password": PASSWORD, "new_password": "password"}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body["fields"]["password"].is_string());
    let (status, body) = post_as(
        &app,
        &first,
        "/api/v1/me/password",
        &json!({"current_password": PASSWORD, "new_password": "granite willow pocket ember"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // The fifth session, plus the idle one that had not been cleaned up yet.
    assert_eq!(body["revoked"], 2, "{body}");
    assert_eq!(get_as(&app, &fifth, "/api/v1/me").await.0, 401);
    assert_eq!(get_as(&app, &first, "/api/v1/me").await.0, 200);

    // Email change: re-authentication, link to the new address, then login by the new email.
    let (status, _) = post_as(
        &app,
        &first,
        "/api/v1/me/email",
        &json!({"password": PASSWORD, "new_email": "cyd2@example.test"}),
    )
    .await;
    assert_eq!(status, 403);
    let (status, body) = post_as(
        &app,
        &first,
        "/api/v1/me/email",
        &json!({"password": "granite willow pocket ember", "new_email": "cyd2@example.test"}),
    )
    .await;
    assert_eq!(status, 202, "{body}");
    let link = wait_for_token(&outbox(&app), "cyd2@example.test", "verify-email").await;
    let (status, _) = app
        .post_json("/api/v1/auth/verify-email", &json!({"token": link}))
        .await;
    assert_eq!(status, 204);
    let (status, body) = login_step(&app, "cyd2@example.test", "granite willow pocket ember").await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = login_step(&app, &email_of("cyd"), "granite willow pocket ember").await;
    assert_eq!(status, 401);
    let (_, me) = get_as(&app, &first, "/api/v1/me").await;
    assert_eq!(me["email"], "cyd2@example.test");

    // Revoke all others.
    let (status, body) = post_as(
        &app,
        &first,
        "/api/v1/me/sessions/revoke-others",
        &json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        get_as(&app, &first, "/api/v1/me/sessions")
            .await
            .1
            .as_array()
            .unwrap()
            .len(),
        1
    );
    app.stop().await;
}

#[tokio::test]
async fn personal_access_tokens() {
    let Some(app) = spawn_app().await else { return };
    let session = users::register_and_login(&app, "NO", "dia").await;
    let (status, body) = post_as(
        &app,
        &session,
        "/api/v1/me/api-keys",
        &json!({"name": "ci", "scopes": ["read"], "expires_in_days": 400}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body["fields"]["expires_in_days"].is_string());
    let (status, body) = post_as(
        &app,
        &session,
        "/api/v1/me/api-keys",
        &json!({"name": "ci", "scopes": ["read"], "expires_in_days": 30}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let read_key = body["token"].as_str().unwrap().to_owned();
    let read_id = body["key"]["id"].as_str().unwrap().to_owned();
    assert!(read_key.starts_with("up_pat_no"));
    assert!(
        identity::tokens::pat_territory(&read_key).is_some(),
        "checksum valid"
    );
    assert_eq!(body["key"]["prefix"].as_str().unwrap(), &read_key[..13]);

    // Only prefix and SHA-256 stored.
    let mut db = connect(&app.db_url).await;
    let stored: (String, Vec<u8>) = sqlx::query_as(
        "SELECT prefix, token_hash FROM territory_no.identity_api_keys WHERE id = $1::uuid",
    )
    .bind(&read_id)
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(stored.1, identity::tokens::digest(&read_key));

    // A read key reads; it may not write, nor manage credentials.
    let (status, me) = get_as(&app, &read_key, "/api/v1/me").await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["credential"]["kind"], "api_key");
    let (status, body) = post_as(
        &app,
        &read_key,
        "/api/v1/me/sessions/revoke-others",
        &json!({}),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (403, Some("insufficient_scope"))
    );
    let (status, body) = post_as(
        &app,
        &session,
        "/api/v1/me/api-keys",
        &json!({"name": "rw", "scopes": ["read", "write"], "expires_in_days": 1}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let write_key = body["token"].as_str().unwrap().to_owned();
    let (status, body) = post_as(
        &app,
        &write_key,
        "/api/v1/me/api-keys",
        &json!({"name": "x", "scopes": ["read"], "expires_in_days": 1}),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (403, Some("session_required"))
    );

    // Last use is recorded with the IP.
    let (_, keys) = get_as(&app, &session, "/api/v1/me/api-keys").await;
    let read = keys
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == read_id.as_str())
        .unwrap()
        .clone();
    assert!(read["last_used_at"].is_string(), "{read}");
    assert_eq!(read["last_used_ip"], "127.0.0.1");

    // A tampered token fails its checksum; revoked and expired keys are refused.
    let mut tampered = read_key.clone();
    tampered.replace_range(12..13, if &read_key[12..13] == "a" { "b" } else { "a" });
    assert_eq!(get_as(&app, &tampered, "/api/v1/me").await.0, 401);
    assert_eq!(
        delete_as(&app, &session, &format!("/api/v1/me/api-keys/{read_id}")).await,
        204
    );
    assert_eq!(get_as(&app, &read_key, "/api/v1/me").await.0, 401);
    sqlx::query("UPDATE territory_no.identity_api_keys SET expires_at = now() - interval '1 second' WHERE token_hash = $1")
        .bind(identity::tokens::digest(&write_key)).execute(&mut db).await.unwrap();
    let (status, body) = get_as(&app, &write_key, "/api/v1/me").await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (401, Some("unauthenticated"))
    );

    // Cross-territory: a NO key cannot read SE members.
    let (status, body) = post_as(
        &app,
        &session,
        "/api/v1/me/api-keys",
        &json!({"name": "r", "scopes": ["read"], "expires_in_days": 1}),
    )
    .await;
    assert_eq!(status, 201);
    let key = body["token"].as_str().unwrap().to_owned();
    assert_eq!(get_as(&app, &key, "/api/v1/t/SE/members").await.0, 403);
    assert_eq!(get_as(&app, &key, "/api/v1/t/NO/members").await.0, 403);

    let (_, activity) = get_as(&app, &session, "/api/v1/me/activity").await;
    assert!(activity
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["kind"] == "api_key_used"));
    app.stop().await;
}
