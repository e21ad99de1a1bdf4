//! Passkeys (WebAuthn via `webauthn-rs`): registration, passwordless sign-in with
//! discoverable credentials, and a passkey as the second factor after the password.
//!
//! Ceremony state never travels to the client: it is kept in PostgreSQL between the start
//! and finish requests, expires after [`CEREMONY_TTL_MINUTES`] and is taken (deleted or
//! cleared) by the first finish attempt, so a challenge can be answered once.

use chrono::Utc;
use kernel::{AppError, AppResult, TerritoryCode};
use serde_json::json;
use store::Access;
use url::Url;
use uuid::Uuid;
use webauthn_rs::prelude::{
    CreationChallengeResponse, DiscoverableAuthentication, Passkey, PasskeyAuthentication,
    PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    RequestChallengeResponse, Webauthn, WebauthnBuilder,
};
use webauthn_rs_proto::ResidentKeyRequirement;

use crate::extract::{AuthUser, ClientInfo};
use crate::repo;
use crate::service::{invalid_credentials, invalid_link, Identity, NewSession};
use crate::tokens::{self, Kind};

/// How long a passkey ceremony (registration or sign-in) may take.
pub const CEREMONY_TTL_MINUTES: i64 = 5;

/// Where the state of a second-factor passkey assertion waits for its answer.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AssertionHolder<'a> {
    /// A sign-in challenge (the password step is done), by token digest.
    Challenge(&'a [u8]),
    /// A password-reset link, by token digest.
    ResetLink(&'a [u8]),
}

/// Assertion options over a user's passkeys, and the state to keep until the answer.
async fn assertion_options(
    webauthn: &Webauthn,
    conn: &mut sqlx::PgConnection,
    user: Uuid,
) -> AppResult<(RequestChallengeResponse, serde_json::Value)> {
    let passkeys = repo::passkey_credentials(conn, user)
        .await?
        .into_iter()
        .filter_map(|v| serde_json::from_value::<Passkey>(v).ok())
        .collect::<Vec<_>>();
    if passkeys.is_empty() {
        return Err(AppError::conflict(
            "no_passkeys",
            "This account has no passkey; use your authenticator app or a recovery code.",
        ));
    }
    let (options, state) = webauthn
        .start_passkey_authentication(&passkeys)
        .map_err(internal)?;
    Ok((options, serde_json::to_value(&state).map_err(internal)?))
}

/// The relying party derived from `identity.public_url`: its host is the RP id, its origin
/// the only origin accepted in client data.
pub fn relying_party(public_url: &str) -> Result<Webauthn, String> {
    let url = Url::parse(public_url).map_err(|e| format!("identity.public_url: {e}"))?;
    let host = url.domain().ok_or_else(|| {
        "identity.public_url must use a host name (passkeys bind to it), not an IP address"
            .to_owned()
    })?;
    let origin = Url::parse(&url.origin().ascii_serialization())
        .map_err(|e| format!("identity.public_url: {e}"))?;
    WebauthnBuilder::new(host, &origin)
        .and_then(|b| b.rp_name("UnityPlan").build())
        .map_err(|e| format!("identity.public_url cannot be a passkey relying party: {e}"))
}

/// A started registration: the client passes `options` to `navigator.credentials.create`.
#[derive(Debug)]
pub struct RegistrationStart {
    /// Ceremony token for the finish request.
    pub ceremony: String,
    /// Creation options.
    pub options: CreationChallengeResponse,
}

/// A started sign-in: the client passes `options` to `navigator.credentials.get`.
#[derive(Debug)]
pub struct SignInStart {
    /// Ceremony token for the finish request.
    pub ceremony: String,
    /// Request options.
    pub options: RequestChallengeResponse,
}

fn rejected(e: impl std::fmt::Display) -> AppError {
    tracing::info!(error = %e, "passkey response refused");
    AppError::bad_request(
        "passkey_rejected",
        "The passkey's answer was not accepted (wrong site, expired or already used). Try again.",
    )
}

fn ceremony_gone() -> AppError {
    AppError::bad_request(
        "passkey_ceremony_expired",
        "This passkey request has expired or was already used; start again.",
    )
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::internal(anyhow::anyhow!("{e}"))
}

fn passkey_name(raw: &str) -> AppResult<String> {
    let name = raw.trim();
    if name.is_empty() || name.chars().count() > 64 {
        return Err(AppError::invalid_field(
            "name",
            "must be 1 to 64 characters, e.g. \"Laptop\" or \"Phone\"",
        ));
    }
    Ok(name.to_owned())
}

/// Flags and counter of a stored passkey, read from its serialised form.
fn passkey_facts(passkey: &Passkey) -> AppResult<(serde_json::Value, i64, bool, bool)> {
    let value = serde_json::to_value(passkey).map_err(internal)?;
    let cred = &value["cred"];
    let counter = cred["counter"].as_i64().unwrap_or(0);
    let eligible = cred["backup_eligible"].as_bool().unwrap_or(false);
    let state = cred["backup_state"].as_bool().unwrap_or(false);
    Ok((value, counter, eligible, state))
}

impl Identity {
    fn relying(&self) -> AppResult<&Webauthn> {
        self.webauthn().map_err(|e| {
            AppError::unavailable(
                "passkeys_unavailable",
                format!("Passkeys are not available on this server: {e}"),
                3600,
            )
        })
    }

    /// Start registering a passkey for the signed-in user.
    pub async fn passkey_registration_start(
        &self,
        user: &AuthUser,
    ) -> AppResult<RegistrationStart> {
        user.require_session()?;
        let webauthn = self.relying()?;
        let mut tx = self
            .platform()
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        let existing = repo::passkey_credentials(tx.conn(), user.user_id.0).await?;
        let exclude = existing
            .iter()
            .filter_map(|v| serde_json::from_value::<Passkey>(v.clone()).ok())
            .map(|p| p.cred_id().clone())
            .collect::<Vec<_>>();
        let (mut options, state) = webauthn
            .start_passkey_registration(
                user.user_id.0,
                &format!("@{}:{}", user.handle, user.home_territory.lower()),
                &user.display_name,
                Some(exclude),
            )
            .map_err(internal)?;
        // Ask for a discoverable credential so the same passkey also signs in without a
        // password; authenticators that cannot store one still work as a second factor.
        if let Some(sel) = options.public_key.authenticator_selection.as_mut() {
            sel.resident_key = Some(ResidentKeyRequirement::Preferred);
        }
        let ceremony = tokens::random_base62(43);
        repo::insert_passkey_ceremony(
            tx.conn(),
            &tokens::digest(&ceremony),
            user.user_id.0,
            &serde_json::to_value(&state).map_err(internal)?,
            Utc::now() + chrono::Duration::minutes(CEREMONY_TTL_MINUTES),
        )
        .await?;
        tx.commit().await?;
        Ok(RegistrationStart { ceremony, options })
    }

    /// Finish registering a passkey with the authenticator's answer. When the account has
    /// no unused recovery codes and no authenticator app (whose enrolment issues codes), ten
    /// recovery codes are issued with it and returned once: a lost passkey must not lock the
    /// owner out, nor leave the password reset without a second factor to ask for.
    pub async fn passkey_registration_finish(
        &self,
        user: &AuthUser,
        ceremony: &str,
        name: &str,
        credential: &RegisterPublicKeyCredential,
        client: &ClientInfo,
    ) -> AppResult<(repo::PasskeyRow, Vec<String>)> {
        user.require_session()?;
        let name = passkey_name(name)?;
        let webauthn = self.relying()?;
        let territory = &user.home_territory;
        // Taken in its own transaction: a failed finish still uses the ceremony up.
        let state = {
            let mut tx = self
                .platform()
                .router()
                .begin(territory, Access::Write)
                .await?;
            let state = repo::take_passkey_ceremony(
                tx.conn(),
                &tokens::digest(ceremony.trim()),
                user.user_id.0,
            )
            .await?;
            tx.commit().await?;
            state.ok_or_else(ceremony_gone)?
        };
        let state: PasskeyRegistration = serde_json::from_value(state).map_err(internal)?;
        let passkey = webauthn
            .finish_passkey_registration(credential, &state)
            .map_err(rejected)?;
        let (stored, counter, eligible, backed_up) = passkey_facts(&passkey)?;
        let id = Uuid::now_v7();
        let mut tx = self
            .platform()
            .router()
            .begin(territory, Access::Write)
            .await?;
        let row = repo::insert_passkey(
            tx.conn(),
            &repo::NewPasskey {
                id,
                user: user.user_id.0,
                credential_id: passkey.cred_id().as_ref(),
                name: &name,
                passkey: &stored,
                sign_count: counter,
                backup_eligible: eligible,
                backup_state: backed_up,
            },
        )
        .await
        .map_err(|e| match AppError::from(e) {
            err if err.code() == "conflict" => {
                AppError::conflict("passkey_exists", "This passkey is already registered.")
            }
            err => err,
        })?;
        let ip = client.ip.map(|i| i.to_string());
        repo::activity(
            tx.conn(),
            user.user_id.0,
            "passkey_added",
            ip.as_deref(),
            &client.user_agent,
            json!({ "passkey": id, "name": name }),
        )
        .await?;
        let totp_on = repo::user(tx.conn(), user.user_id.0, false)
            .await?
            .is_some_and(|u| u.totp_enabled_at.is_some());
        let codes = if !totp_on && repo::recovery_codes_left(tx.conn(), user.user_id.0).await? == 0
        {
            let codes = tokens::recovery_codes();
            let hashes: Vec<Vec<u8>> = codes
                .iter()
                .map(|c| tokens::digest(&tokens::normalize_recovery_code(c)))
                .collect();
            repo::set_recovery_codes(tx.conn(), user.user_id.0, &hashes).await?;
            repo::activity(
                tx.conn(),
                user.user_id.0,
                "recovery_codes_issued",
                ip.as_deref(),
                &client.user_agent,
                json!({ "count": codes.len(), "with": "passkey" }),
            )
            .await?;
            codes
        } else {
            Vec::new()
        };
        tx.commit().await?;
        self.audit(
            Some(user.user_id),
            "account.passkey_added",
            &format!("user:{}", user.user_id),
            json!({ "passkey": id, "recovery_codes_issued": !codes.is_empty() }),
        )
        .await;
        Ok((row, codes))
    }

    /// My passkeys.
    pub async fn passkeys(&self, user: &AuthUser) -> AppResult<Vec<repo::PasskeyRow>> {
        let mut tx = self
            .platform()
            .router()
            .begin(&user.home_territory, Access::Read)
            .await?;
        let rows = repo::passkeys(tx.conn(), user.user_id.0).await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// Rename one of my passkeys.
    pub async fn rename_passkey(
        &self,
        user: &AuthUser,
        id: Uuid,
        name: &str,
    ) -> AppResult<repo::PasskeyRow> {
        user.require_session()?;
        let name = passkey_name(name)?;
        let mut tx = self
            .platform()
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        let row = repo::rename_passkey(tx.conn(), user.user_id.0, id, &name)
            .await?
            .ok_or_else(|| AppError::not_found("passkey_not_found", "No such passkey of yours."))?;
        tx.commit().await?;
        Ok(row)
    }

    /// Delete one of my passkeys (needs my password).
    pub async fn delete_passkey(
        &self,
        user: &AuthUser,
        id: Uuid,
        password_text: &str,
        client: &ClientInfo,
    ) -> AppResult<()> {
        user.require_session()?;
        self.reauthenticate(user, password_text).await?;
        let mut tx = self
            .platform()
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        if !repo::delete_passkey(tx.conn(), user.user_id.0, id).await? {
            return Err(AppError::not_found(
                "passkey_not_found",
                "No such passkey of yours.",
            ));
        }
        // With the last passkey gone and no authenticator app, the recovery codes issued
        // with the passkeys protect nothing any more.
        let totp_on = repo::user(tx.conn(), user.user_id.0, false)
            .await?
            .is_some_and(|u| u.totp_enabled_at.is_some());
        if !totp_on && repo::passkey_count(tx.conn(), user.user_id.0).await? == 0 {
            repo::set_recovery_codes(tx.conn(), user.user_id.0, &[]).await?;
        }
        let ip = client.ip.map(|i| i.to_string());
        repo::activity(
            tx.conn(),
            user.user_id.0,
            "passkey_removed",
            ip.as_deref(),
            &client.user_agent,
            json!({ "passkey": id }),
        )
        .await?;
        tx.commit().await?;
        self.audit(
            Some(user.user_id),
            "account.passkey_removed",
            &format!("user:{}", user.user_id),
            json!({ "passkey": id }),
        )
        .await;
        Ok(())
    }

    /// Start a passwordless sign-in (the authenticator picks the account).
    pub async fn passkey_sign_in_start(&self) -> AppResult<SignInStart> {
        let webauthn = self.relying()?;
        let (mut options, state) = webauthn
            .start_discoverable_authentication()
            .map_err(internal)?;
        // A button press, not autofill: let the browser show its account chooser.
        options.mediation = None;
        let ceremony = tokens::random_base62(43);
        let mut conn = self.platform().control_conn().await?;
        repo::insert_passkey_login(
            &mut conn,
            &tokens::digest(&ceremony),
            &serde_json::to_value(&state).map_err(internal)?,
            Utc::now() + chrono::Duration::minutes(CEREMONY_TTL_MINUTES),
        )
        .await?;
        Ok(SignInStart { ceremony, options })
    }

    /// Finish a passwordless sign-in.
    pub async fn passkey_sign_in_finish(
        &self,
        ceremony: &str,
        credential: &PublicKeyCredential,
        client: &ClientInfo,
    ) -> AppResult<NewSession> {
        let webauthn = self.relying()?;
        let state = {
            let mut conn = self.platform().control_conn().await?;
            repo::take_passkey_login(&mut conn, &tokens::digest(ceremony.trim()))
                .await?
                .ok_or_else(ceremony_gone)?
        };
        let state: DiscoverableAuthentication = serde_json::from_value(state).map_err(internal)?;
        let (user_id, cred_id) = webauthn
            .identify_discoverable_authentication(credential)
            .map_err(|_| invalid_credentials())?;
        let territory = {
            let mut conn = self.platform().control_conn().await?;
            repo::dir_territory(&mut conn, user_id).await?
        };
        let Some(territory) = territory.and_then(|t| TerritoryCode::parse(&t).ok()) else {
            return Err(invalid_credentials());
        };
        let (user, stored) = {
            let mut tx = self
                .platform()
                .router()
                .begin(&territory, Access::Read)
                .await?;
            let user = repo::user(tx.conn(), user_id, false).await?;
            let stored = repo::passkey_by_credential(tx.conn(), user_id, cred_id).await?;
            tx.commit().await?;
            match (user, stored) {
                (Some(u), Some(s)) => (u, s),
                _ => return Err(invalid_credentials()),
            }
        };
        self.check_sign_in_allowed(&user, &territory, client)
            .await?;
        let mut passkey: Passkey = serde_json::from_value(stored.1).map_err(internal)?;
        let result =
            match webauthn.finish_discoverable_authentication_v2(credential, state, &passkey) {
                Ok(r) => r,
                Err(e) => {
                    tracing::info!(error = %e, "passkey sign-in refused");
                    return Err(self
                        .failed(
                            Some((user.id, &territory)),
                            &user.handle,
                            client,
                            "passkey_rejected",
                        )
                        .await);
                }
            };
        passkey.update_credential(&result);
        self.save_passkey_use(&territory, stored.0, &passkey)
            .await?;
        self.start_session(&user, &territory, client, "passkey")
            .await
    }

    /// Options for answering a password challenge with a passkey (second factor).
    pub async fn passkey_second_factor_start(
        &self,
        challenge: &str,
    ) -> AppResult<RequestChallengeResponse> {
        let webauthn = self.relying()?;
        let territory = tokens::token_territory(Kind::Challenge, challenge.trim())
            .ok_or_else(invalid_credentials)?;
        let hash = tokens::digest(challenge.trim());
        let mut tx = self
            .platform()
            .router()
            .begin(&territory, Access::Write)
            .await?;
        let Some(user) = repo::live_challenge_user(tx.conn(), &hash).await? else {
            return Err(invalid_credentials());
        };
        let (options, state) = assertion_options(webauthn, tx.conn(), user).await?;
        repo::set_challenge_passkey_state(tx.conn(), &hash, &state).await?;
        tx.commit().await?;
        Ok(options)
    }

    /// Options for confirming a password reset with a passkey: an inbox alone must not
    /// take over an account that has one. The assertion state rides on the reset link.
    pub async fn passkey_reset_start(&self, token: &str) -> AppResult<RequestChallengeResponse> {
        let webauthn = self.relying()?;
        let territory =
            tokens::token_territory(Kind::Link, token.trim()).ok_or_else(invalid_link)?;
        let hash = tokens::digest(token.trim());
        let mut tx = self
            .platform()
            .router()
            .begin(&territory, Access::Write)
            .await?;
        let Some((user, _)) = repo::find_link(tx.conn(), &hash, "reset_password").await? else {
            return Err(invalid_link());
        };
        let (options, state) = assertion_options(webauthn, tx.conn(), user).await?;
        if !repo::set_link_passkey_state(tx.conn(), &hash, &state).await? {
            return Err(invalid_link());
        }
        tx.commit().await?;
        Ok(options)
    }

    /// Check a passkey answer given as a second factor. The assertion state is taken from
    /// its holder first, so each started assertion can be answered once.
    pub(crate) async fn check_passkey_factor(
        &self,
        user: Uuid,
        territory: &TerritoryCode,
        holder: AssertionHolder<'_>,
        credential: &PublicKeyCredential,
    ) -> AppResult<bool> {
        let webauthn = self.relying()?;
        let state = {
            let mut tx = self
                .platform()
                .router()
                .begin(territory, Access::Write)
                .await?;
            let state = match holder {
                AssertionHolder::Challenge(hash) => {
                    repo::take_challenge_passkey_state(tx.conn(), hash).await?
                }
                AssertionHolder::ResetLink(hash) => {
                    repo::take_link_passkey_state(tx.conn(), hash).await?
                }
            };
            tx.commit().await?;
            state
        };
        let Some(state) = state else {
            return Ok(false);
        };
        let state: PasskeyAuthentication = serde_json::from_value(state).map_err(internal)?;
        let stored = {
            let mut tx = self
                .platform()
                .router()
                .begin(territory, Access::Read)
                .await?;
            let stored =
                repo::passkey_by_credential(tx.conn(), user, credential.get_credential_id())
                    .await?;
            tx.commit().await?;
            stored
        };
        // A passkey deleted after the assertion started is no longer accepted.
        let Some((id, value)) = stored else {
            return Ok(false);
        };
        let result = match webauthn.finish_passkey_authentication(credential, &state) {
            Ok(r) => r,
            Err(e) => {
                tracing::info!(error = %e, "passkey second factor refused");
                return Ok(false);
            }
        };
        let mut passkey: Passkey = serde_json::from_value(value).map_err(internal)?;
        passkey.update_credential(&result);
        self.save_passkey_use(territory, id, &passkey).await?;
        Ok(true)
    }

    async fn save_passkey_use(
        &self,
        territory: &TerritoryCode,
        id: Uuid,
        passkey: &Passkey,
    ) -> AppResult<()> {
        let (stored, counter, eligible, backed_up) = passkey_facts(passkey)?;
        let mut tx = self
            .platform()
            .router()
            .begin(territory, Access::Write)
            .await?;
        repo::passkey_used(tx.conn(), id, &stored, counter, eligible, backed_up).await?;
        tx.commit().await?;
        Ok(())
    }
}
