//! The identity service: every flow, owning its transactions. Handlers call these.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use ipnet::IpNet;
use kernel::config::IdentityConfig;
use kernel::{AppError, AppResult, TerritoryCode};
use secrecy::ExposeSecret;
use serde_json::json;
use sha2::Sha256;
use store::{Access, Platform};
use uuid::Uuid;

use crate::extract::{AuthUser, ClientInfo, Credential};
use crate::mailer::{Mail, Mailer};
use crate::model::{Email, Grant, Handle, Role, UserId};
use crate::passkeys::AssertionHolder;
use crate::password::{self, Verified};
use crate::ratelimit::{client_family, network_of, RateLimiter};
use crate::repo;
use crate::tokens::{self, Kind};

/// How long an email verification link lives.
const VERIFY_TTL_HOURS: i64 = 48;
/// How long a password-reset or email-change link lives.
const RESET_TTL_MINUTES: i64 = 30;
/// How long a second-factor challenge lives.
const CHALLENGE_TTL_MINUTES: i64 = 5;
/// Distinct accounts failing from one network within the window that raise an alert.
const BURST_ACCOUNTS: usize = 10;
/// The burst window.
const BURST_WINDOW: Duration = Duration::from_secs(600);

/// The identity state handed to handlers and extractors (cheap to clone).
#[derive(Clone)]
pub struct Identity(Arc<Inner>);

struct Inner {
    platform: Arc<Platform>,
    config: IdentityConfig,
    mailer: Result<Mailer, String>,
    limiter: RateLimiter,
    admin_allow: Vec<IpNet>,
    trusted_proxies: Vec<IpNet>,
    digest_key: tokio::sync::OnceCell<Vec<u8>>,
    webauthn: Result<webauthn_rs::Webauthn, String>,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Identity")
    }
}

fn nets(list: &[String]) -> Vec<IpNet> {
    list.iter().filter_map(|c| c.trim().parse().ok()).collect()
}

/// What a login produced.
#[derive(Debug)]
pub enum LoginOutcome {
    /// Signed in.
    SignedIn(NewSession),
    /// Password correct; a second factor is needed with this challenge.
    SecondFactor {
        /// Challenge token for the second step.
        challenge: String,
        /// Accepted factors: `passkey`, `totp`, `recovery_code`.
        methods: Vec<&'static str>,
    },
}

/// A freshly created session.
#[derive(Debug)]
pub struct NewSession {
    /// The secret token (shown once).
    pub token: String,
    /// Session id.
    pub id: Uuid,
    /// Absolute expiry.
    pub expires_at: DateTime<Utc>,
    /// The user.
    pub user_id: UserId,
    /// Home territory.
    pub territory: TerritoryCode,
}

/// A second factor presented at login, reset or disable.
#[derive(Debug, Clone, Default)]
pub struct SecondFactor {
    /// A 6-digit TOTP code.
    pub code: Option<String>,
    /// A recovery code.
    pub recovery_code: Option<String>,
    /// A passkey's answer to the options of `passkey_second_factor_start`.
    pub passkey: Option<Box<webauthn_rs::prelude::PublicKeyCredential>>,
}

/// Input of registration, already in domain types.
#[derive(Debug)]
pub struct Registration {
    /// Handle.
    pub handle: Handle,
    /// Email.
    pub email: Email,
    /// Password.
    pub password: String,
    /// Display name.
    pub display_name: String,
    /// Preferred language tag.
    pub language: String,
}

/// TOTP enrolment material.
#[derive(Debug)]
pub struct Enrolment {
    /// Base32 secret.
    pub secret: String,
    /// otpauth:// URI.
    pub otpauth_uri: String,
    /// SVG QR code of the URI.
    pub qr_svg: String,
}

/// The one answer to every failed sign-in, whatever the reason.
pub(crate) fn invalid_credentials() -> AppError {
    AppError::new(
        http::StatusCode::UNAUTHORIZED,
        "invalid_credentials",
        "The sign-in details are not correct.",
    )
}

/// An email link that is unknown, used or expired.
pub(crate) fn invalid_link() -> AppError {
    AppError::bad_request(
        "invalid_link",
        "This link is invalid, used or expired. Request a new one.",
    )
}

fn territory_of(raw: &str) -> AppResult<TerritoryCode> {
    TerritoryCode::parse(raw)
}

fn parse_grants(raw: &[String]) -> Vec<Grant> {
    raw.iter()
        .filter_map(|g| {
            let (territory, role) = g.split_once(':')?;
            let role: Role = role.parse().ok()?;
            let territory = if territory == "*" {
                None
            } else {
                Some(TerritoryCode::parse(territory).ok()?)
            };
            Some(Grant { role, territory })
        })
        .collect()
}

/// Kanidm-style soft lock: how long after the last failure the account refuses attempts.
pub fn soft_lock_delay(
    failures: i32,
    last_failed: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<chrono::Duration> {
    let until = match failures {
        i32::MIN..=0 => return None,
        1..=2 => last_failed + chrono::Duration::seconds(1),
        3..=8 => last_failed + chrono::Duration::seconds(3),
        9..=24 => last_failed + chrono::Duration::seconds(5),
        25..=99 => last_failed + chrono::Duration::seconds(10),
        _ => {
            // Locked until the next UTC day.
            last_failed
                .date_naive()
                .succ_opt()?
                .and_hms_opt(0, 0, 0)?
                .and_utc()
        }
    };
    (until > now).then(|| until - now)
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(AppError::internal)?
}

impl Identity {
    /// Build from the started platform (its configuration's `[identity]` section).
    pub fn new(platform: Arc<Platform>) -> Self {
        let config = platform.config().clone();
        let mailer = Mailer::from_config(&config).map_err(|e| {
            tracing::error!(error = %e, "the configured mail backend cannot be used; mail will fail");
            e.to_string()
        });
        let i = config.identity.clone();
        Self(Arc::new(Inner {
            limiter: RateLimiter::new(i.auth_rate_per_minute, i.auth_rate_burst),
            admin_allow: nets(&i.admin_allow),
            trusted_proxies: nets(&i.trusted_proxies),
            config: i,
            mailer,
            platform,
            digest_key: tokio::sync::OnceCell::new(),
            webauthn: crate::passkeys::relying_party(&config.identity.public_url)
                .inspect_err(|e| tracing::error!(error = %e, "passkeys are unavailable")),
        }))
    }

    /// The platform.
    pub fn platform(&self) -> &Arc<Platform> {
        &self.0.platform
    }

    /// The passkey relying party, or why there is none.
    pub(crate) fn webauthn(&self) -> Result<&webauthn_rs::Webauthn, &str> {
        self.0.webauthn.as_ref().map_err(String::as_str)
    }

    /// The `[identity]` configuration.
    pub fn config(&self) -> &IdentityConfig {
        &self.0.config
    }

    /// Whether `ip` is one of our reverse proxies.
    pub fn is_trusted_proxy(&self, ip: IpAddr) -> bool {
        self.0.trusted_proxies.iter().any(|n| n.contains(&ip))
    }

    /// Whether `ip` may call admin routes.
    pub fn is_admin_network(&self, ip: IpAddr) -> bool {
        self.0.admin_allow.iter().any(|n| n.contains(&ip))
    }

    /// Apply the per-IP limit of authentication routes.
    pub fn limit(&self, client: &ClientInfo) -> AppResult<()> {
        match client.ip {
            Some(ip) => self.0.limiter.check(ip).map_err(AppError::rate_limited),
            None => Ok(()),
        }
    }

    async fn send(&self, mail: Mail) {
        match &self.0.mailer {
            Ok(m) => m.send_logged(&mail).await,
            Err(e) => tracing::error!(error = %e, subject = %mail.subject, "mail not sent"),
        }
    }

    async fn digest_key(&self) -> AppResult<&[u8]> {
        let key = self
            .0
            .digest_key
            .get_or_try_init(|| async {
                if let Some(k) = &self.0.config.email_digest_key {
                    return Ok::<Vec<u8>, AppError>(k.expose_secret().as_bytes().to_vec());
                }
                let mut conn = self.0.platform.control_conn().await?;
                let fresh = serde_json::Value::String(tokens::random_base62(43));
                sqlx::query(
                    "INSERT INTO control.settings (key, value) VALUES ('identity.email_digest_key', $1) ON CONFLICT (key) DO NOTHING",
                )
                .bind(&fresh)
                .execute(&mut *conn)
                .await?;
                let stored = store::control::setting(&mut conn, "identity.email_digest_key")
                    .await?
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .ok_or_else(|| AppError::internal(anyhow::anyhow!("email digest key missing")))?;
                tracing::warn!("identity.email_digest_key is not configured; using the key generated and kept in the control plane");
                Ok(stored.into_bytes())
            })
            .await?;
        Ok(key.as_slice())
    }

    /// The keyed digest of an email address stored in the directory.
    pub async fn email_digest(&self, email: &Email) -> AppResult<Vec<u8>> {
        let key = self.digest_key().await?;
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).map_err(AppError::internal)?;
        mac.update(email.normalized().as_bytes());
        Ok(mac.finalize().into_bytes().to_vec())
    }

    pub(crate) async fn audit(
        &self,
        actor: Option<UserId>,
        action: &str,
        target: &str,
        detail: serde_json::Value,
    ) {
        if let Err(e) = crate::audit::record(
            self.0.platform.control_pool(),
            actor.map(|a| a.0),
            action,
            target,
            detail,
        )
        .await
        {
            tracing::error!(error = %e, action, "audit entry not written");
        }
    }

    fn link(&self, path: &str, token: &str) -> String {
        format!(
            "{}{path}?token={token}",
            self.0.config.public_url.trim_end_matches('/')
        )
    }

    // ----- registration and email -----

    /// Register an account in `territory` and send the verification link.
    pub async fn register(
        &self,
        territory: &TerritoryCode,
        input: Registration,
        client: &ClientInfo,
    ) -> AppResult<(UserId, String)> {
        password::check_strength(
            &input.password,
            &[
                input.handle.as_str(),
                input.email.as_str(),
                &input.display_name,
            ],
        )?;
        // Fails with territory_not_found before any write.
        self.0.platform.router().registry().get(territory).await?;
        let digest = self.email_digest(&input.email).await?;
        let id = UserId::new();
        {
            let mut conn = self.0.platform.control_conn().await?;
            let (handle_taken, email_taken) =
                repo::dir_taken(&mut conn, input.handle.as_str(), &digest).await?;
            if handle_taken {
                return Err(AppError::conflict(
                    "handle_taken",
                    "That handle is taken; choose another.",
                )
                .with_field("handle", "taken"));
            }
            if email_taken {
                drop(conn);
                return self.register_taken_email(territory, input).await;
            }
            repo::dir_insert(
                &mut conn,
                id.0,
                territory.as_str(),
                input.handle.as_str(),
                &digest,
            )
            .await
            .map_err(|e| match AppError::from(e) {
                err if err.code() == "conflict" => AppError::conflict(
                    "handle_taken",
                    "That handle or email was just taken; choose another.",
                ),
                err => err,
            })?;
        }
        let pw = input.password.clone();
        let hash = blocking(move || password::hash(&pw)).await;
        let result = async {
            let hash = hash?;
            let mut tx = self
                .0
                .platform
                .router()
                .begin(territory, Access::Write)
                .await?;
            repo::insert_user(
                tx.conn(),
                id.0,
                input.handle.as_str(),
                input.email.as_str(),
                &input.display_name,
                &input.language,
                &hash,
                false,
            )
            .await?;
            let link = tokens::new_token(Kind::Link, territory);
            repo::insert_link(
                tx.conn(),
                &tokens::digest(&link),
                id.0,
                "verify_email",
                None,
                Utc::now() + chrono::Duration::hours(VERIFY_TTL_HOURS),
            )
            .await?;
            repo::activity(
                tx.conn(),
                id.0,
                "account_created",
                client.ip.map(|i| i.to_string()).as_deref(),
                &client.user_agent,
                json!({}),
            )
            .await?;
            tx.commit().await?;
            Ok::<String, AppError>(link)
        }
        .await;
        let link = match result {
            Ok(link) => link,
            Err(e) => {
                if let Ok(mut conn) = self.0.platform.control_conn().await {
                    let _ = repo::dir_delete(&mut conn, id.0).await;
                }
                return Err(e);
            }
        };
        self.send(Mail {
            to: input.email.as_str().to_owned(),
            subject: "Confirm your UnityPlan email address".to_owned(),
            body: format!(
                "Hello {},\n\nconfirm your email address for {} by opening this link within {VERIFY_TTL_HOURS} hours:\n\n{}\n\nIf you did not register, ignore this message.\n",
                input.display_name,
                input.handle.display(territory),
                self.link("/verify-email", &link)
            ),
        })
        .await;
        Ok((id, input.handle.display(territory)))
    }

    /// Registration with an address that already has an account: answer exactly as a fresh
    /// registration would (same status, same work: a password hash), so the answer does not
    /// tell who has an account here, and tell the address's owner by mail instead.
    async fn register_taken_email(
        &self,
        territory: &TerritoryCode,
        input: Registration,
    ) -> AppResult<(UserId, String)> {
        let pw = input.password.clone();
        let _ = blocking(move || password::hash(&pw)).await;
        self.send(Mail {
            to: input.email.as_str().to_owned(),
            subject: "Someone tried to register with your UnityPlan address".to_owned(),
            body: format!(
                "Hello,\n\nsomeone just tried to register a new UnityPlan account ({}) with this email address, which already belongs to an account. No new account was created.\n\nIf it was you: sign in with your existing account, or reset its password here:\n\n{}\n\nIf it was not you, nothing needs doing.\n",
                input.handle.display(territory),
                format_args!(
                    "{}/reset-password",
                    self.0.config.public_url.trim_end_matches('/')
                )
            ),
        })
        .await;
        Ok((UserId::new(), input.handle.display(territory)))
    }

    /// Confirm an email link (registration or email change).
    pub async fn verify_email(&self, token: &str) -> AppResult<()> {
        let bad = || {
            AppError::bad_request(
                "invalid_link",
                "This link is invalid, used or expired. Request a new one.",
            )
        };
        let territory = tokens::token_territory(Kind::Link, token).ok_or_else(bad)?;
        let hash = tokens::digest(token);
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&territory, Access::Write)
            .await?;
        if let Some((user, _)) = repo::find_link(tx.conn(), &hash, "verify_email").await? {
            repo::set_verified(tx.conn(), user).await?;
            repo::use_link(tx.conn(), &hash).await?;
            repo::activity(tx.conn(), user, "email_verified", None, "", json!({})).await?;
            tx.commit().await?;
            return Ok(());
        }
        let Some((user, Some(new_email))) =
            repo::find_link(tx.conn(), &hash, "change_email").await?
        else {
            return Err(bad());
        };
        let email = Email::parse(&new_email)?;
        let digest = self.email_digest(&email).await?;
        {
            let mut conn = self.0.platform.control_conn().await?;
            repo::dir_set_email(&mut conn, user, &digest)
                .await
                .map_err(|e| match AppError::from(e) {
                    err if err.code() == "conflict" => {
                        AppError::conflict("email_taken", "Another account uses that email now.")
                    }
                    err => err,
                })?;
        }
        repo::set_email(tx.conn(), user, email.as_str()).await?;
        repo::use_link(tx.conn(), &hash).await?;
        repo::activity(tx.conn(), user, "email_changed", None, "", json!({})).await?;
        tx.commit().await?;
        self.audit(
            Some(UserId(user)),
            "account.email_changed",
            &format!("user:{user}"),
            json!({}),
        )
        .await;
        Ok(())
    }

    /// Send a fresh verification link to an unverified account; silent otherwise, so the
    /// answer does not reveal which accounts exist.
    pub async fn resend_verification(&self, login: &str) -> AppResult<()> {
        let Some((id, territory)) = self.resolve(login).await? else {
            return Ok(());
        };
        let link = tokens::new_token(Kind::Link, &territory);
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&territory, Access::Write)
            .await?;
        let Some(row) = repo::user(tx.conn(), id, false).await? else {
            return Ok(());
        };
        if row.email_verified_at.is_some() {
            return Ok(());
        }
        repo::insert_link(
            tx.conn(),
            &tokens::digest(&link),
            id,
            "verify_email",
            None,
            Utc::now() + chrono::Duration::hours(VERIFY_TTL_HOURS),
        )
        .await?;
        tx.commit().await?;
        self.send(Mail {
            to: row.email,
            subject: "Confirm your UnityPlan email address".to_owned(),
            body: format!(
                "Hello {},\n\nconfirm your email address for @{}:{} by opening this link within {VERIFY_TTL_HOURS} hours:\n\n{}\n\nIf you did not register, ignore this message.\n",
                row.display_name,
                row.handle,
                territory.lower(),
                self.link("/verify-email", &link)
            ),
        })
        .await;
        Ok(())
    }

    // ----- sign-in -----

    async fn resolve(&self, login: &str) -> AppResult<Option<(Uuid, TerritoryCode)>> {
        let login = login.trim();
        let found = if login.contains('@') && !login.starts_with('@') {
            let Ok(email) = Email::parse(login) else {
                return Ok(None);
            };
            let digest = self.email_digest(&email).await?;
            let mut conn = self.0.platform.control_conn().await?;
            repo::dir_find(&mut conn, None, Some(&digest)).await?
        } else {
            let Ok(handle) = Handle::parse(login) else {
                return Ok(None);
            };
            let mut conn = self.0.platform.control_conn().await?;
            repo::dir_find(&mut conn, Some(handle.as_str()), None).await?
        };
        Ok(match found {
            Some((id, t)) => Some((id, territory_of(&t)?)),
            None => None,
        })
    }

    pub(crate) async fn failed(
        &self,
        user: Option<(Uuid, &TerritoryCode)>,
        login: &str,
        client: &ClientInfo,
        reason: &str,
    ) -> AppError {
        if let Some((id, territory)) = user {
            if let Ok(mut tx) = self
                .0
                .platform
                .router()
                .begin(territory, Access::Write)
                .await
            {
                let ip = client.ip.map(|i| i.to_string());
                let ok = repo::record_failure(tx.conn(), id).await.is_ok()
                    && repo::activity(
                        tx.conn(),
                        id,
                        "sign_in_failed",
                        ip.as_deref(),
                        &client.user_agent,
                        json!({ "reason": reason }),
                    )
                    .await
                    .is_ok();
                if ok {
                    let _ = tx.commit().await;
                }
            }
        }
        if let Some(ip) = client.ip {
            let network = network_of(ip);
            let flagged = match self.failure_burst(&network, login).await {
                Ok(flagged) => flagged,
                Err(e) => {
                    tracing::error!(error = %e, "failure-burst state not updated");
                    None
                }
            };
            if let Some(accounts) = flagged {
                tracing::warn!(
                    network,
                    accounts,
                    "sign-in failures across many accounts from one network"
                );
                self.audit(
                    None,
                    "security.failure_burst",
                    &format!("network:{network}"),
                    json!({ "accounts": accounts, "window_secs": BURST_WINDOW.as_secs() }),
                )
                .await;
            }
        }
        invalid_credentials()
    }

    /// The checks every sign-in passes besides the credential itself (passwordless sign-in
    /// uses this; the password path does the same inline to keep its order).
    pub(crate) async fn check_sign_in_allowed(
        &self,
        user: &repo::UserRow,
        territory: &TerritoryCode,
        client: &ClientInfo,
    ) -> AppResult<()> {
        let refused = if user
            .last_failed_at
            .is_some_and(|last| soft_lock_delay(user.failed_logins, last, Utc::now()).is_some())
        {
            Some("soft_locked")
        } else if user.disabled_at.is_some() {
            Some("account_disabled")
        } else {
            None
        };
        if let Some(reason) = refused {
            return Err(self
                .failed(Some((user.id, territory)), &user.handle, client, reason)
                .await);
        }
        if user.email_verified_at.is_none() {
            return Err(AppError::forbidden(
                "email_not_verified",
                "Confirm your email address first: open the link we sent you.",
            ));
        }
        Ok(())
    }

    /// Record a sign-in failure of `login` from `network` in the control plane (shared by
    /// every process); returns the number of distinct accounts when this failure makes the
    /// network cross the threshold (once per window, whichever process sees it first).
    async fn failure_burst(&self, network: &str, login: &str) -> AppResult<Option<usize>> {
        let key = self.digest_key().await?;
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).map_err(AppError::internal)?;
        mac.update(login.trim().to_lowercase().as_bytes());
        let account = mac.finalize().into_bytes().to_vec();
        let mut conn = self.0.platform.control_conn().await?;
        let accounts =
            repo::record_auth_failure(&mut conn, network, &account, BURST_WINDOW.as_secs_f64())
                .await?;
        if accounts < BURST_ACCOUNTS as i64 {
            return Ok(None);
        }
        let first =
            repo::flag_failure_burst(&mut conn, network, BURST_WINDOW.as_secs_f64()).await?;
        Ok(first.then_some(accounts as usize))
    }

    /// Sign in with handle or email and password.
    pub async fn login(
        &self,
        login: &str,
        password_text: &str,
        client: &ClientInfo,
    ) -> AppResult<LoginOutcome> {
        let Some((id, territory)) = self.resolve(login).await? else {
            // Same work as a real check, so timing does not reveal which accounts exist.
            let pw = password_text.to_owned();
            let _ = blocking(move || password::verify(&pw, password::dummy_hash())).await;
            return Err(self.failed(None, login, client, "unknown_account").await);
        };
        let user = {
            let mut tx = self
                .0
                .platform
                .router()
                .begin(&territory, Access::Read)
                .await?;
            let user = repo::user(tx.conn(), id, false).await?;
            tx.commit().await?;
            user.ok_or_else(invalid_credentials)?
        };
        if let Some(last) = user.last_failed_at {
            if soft_lock_delay(user.failed_logins, last, Utc::now()).is_some() {
                return Err(self
                    .failed(Some((id, &territory)), login, client, "soft_locked")
                    .await);
            }
        }
        let pw = password_text.to_owned();
        let phc = user.password_hash.clone();
        let verdict = blocking(move || password::verify(&pw, &phc)).await?;
        if verdict == Verified::No {
            return Err(self
                .failed(Some((id, &territory)), login, client, "wrong_password")
                .await);
        }
        if user.disabled_at.is_some() {
            return Err(self
                .failed(Some((id, &territory)), login, client, "account_disabled")
                .await);
        }
        if verdict == Verified::YesRehash {
            let pw = password_text.to_owned();
            let fresh = blocking(move || password::hash(&pw)).await?;
            let mut tx = self
                .0
                .platform
                .router()
                .begin(&territory, Access::Write)
                .await?;
            repo::set_password(tx.conn(), id, &fresh).await?;
            tx.commit().await?;
            tracing::info!(user = %id, "password rehashed with current parameters");
        }
        if user.email_verified_at.is_none() {
            return Err(AppError::forbidden(
                "email_not_verified",
                "Confirm your email address first: open the link we sent you.",
            ));
        }
        let methods = self.second_factors(&user, &territory).await?;
        if !methods.is_empty() {
            let challenge = tokens::new_token(Kind::Challenge, &territory);
            let mut tx = self
                .0
                .platform
                .router()
                .begin(&territory, Access::Write)
                .await?;
            repo::insert_challenge(
                tx.conn(),
                &tokens::digest(&challenge),
                id,
                Utc::now() + chrono::Duration::minutes(CHALLENGE_TTL_MINUTES),
            )
            .await?;
            tx.commit().await?;
            return Ok(LoginOutcome::SecondFactor { challenge, methods });
        }
        let session = self
            .start_session(&user, &territory, client, "password")
            .await?;
        Ok(LoginOutcome::SignedIn(session))
    }

    /// Complete a login with its second factor.
    pub async fn login_second_factor(
        &self,
        challenge: &str,
        factor: &SecondFactor,
        client: &ClientInfo,
    ) -> AppResult<NewSession> {
        let territory =
            tokens::token_territory(Kind::Challenge, challenge).ok_or_else(invalid_credentials)?;
        let hash = tokens::digest(challenge);
        let user = {
            let mut tx = self
                .0
                .platform
                .router()
                .begin(&territory, Access::Write)
                .await?;
            let Some(id) = repo::take_challenge_attempt(tx.conn(), &hash).await? else {
                return Err(invalid_credentials());
            };
            tx.commit().await?;
            let mut tx = self
                .0
                .platform
                .router()
                .begin(&territory, Access::Read)
                .await?;
            let user = repo::user(tx.conn(), id, false)
                .await?
                .ok_or_else(invalid_credentials)?;
            tx.commit().await?;
            user
        };
        let (ok, method) = match factor.passkey.as_deref() {
            Some(credential) => (
                self.check_passkey_factor(
                    user.id,
                    &territory,
                    AssertionHolder::Challenge(&hash),
                    credential,
                )
                .await?,
                "password+passkey",
            ),
            None => (
                self.check_second_factor(&user, &territory, factor, client)
                    .await?,
                "password+2fa",
            ),
        };
        if !ok {
            return Err(self
                .failed(
                    Some((user.id, &territory)),
                    &user.handle,
                    client,
                    "wrong_second_factor",
                )
                .await);
        }
        {
            let mut tx = self
                .0
                .platform
                .router()
                .begin(&territory, Access::Write)
                .await?;
            repo::close_challenge(tx.conn(), &hash).await?;
            tx.commit().await?;
        }
        self.start_session(&user, &territory, client, method).await
    }

    /// The second factors an account has, in the order a client should offer them.
    async fn second_factors(
        &self,
        user: &repo::UserRow,
        territory: &TerritoryCode,
    ) -> AppResult<Vec<&'static str>> {
        let mut methods = Vec::new();
        let (passkeys, codes) = {
            let mut tx = self
                .0
                .platform
                .router()
                .begin(territory, Access::Read)
                .await?;
            let n = repo::passkey_count(tx.conn(), user.id).await?;
            let codes = if n > 0 && user.totp_enabled_at.is_none() {
                repo::recovery_codes_left(tx.conn(), user.id).await?
            } else {
                0
            };
            tx.commit().await?;
            (n, codes)
        };
        if passkeys > 0 {
            methods.push("passkey");
        }
        if user.totp_enabled_at.is_some() {
            methods.extend(["totp", "recovery_code"]);
        } else if codes > 0 {
            // Issued with the first passkey.
            methods.push("recovery_code");
        }
        Ok(methods)
    }

    /// Check a TOTP code (steps −1 and 0, never a step already used) or a recovery code.
    async fn check_second_factor(
        &self,
        user: &repo::UserRow,
        territory: &TerritoryCode,
        factor: &SecondFactor,
        client: &ClientInfo,
    ) -> AppResult<bool> {
        let ip = client.ip.map(|i| i.to_string());
        if let Some(code) = factor.code.as_deref() {
            let Some(secret) = user
                .totp_secret
                .as_deref()
                .filter(|_| user.totp_enabled_at.is_some())
            else {
                return Ok(false);
            };
            let Some(step) = crate::totp::matching_step(secret, code, Utc::now().timestamp())?
            else {
                return Ok(false);
            };
            let mut tx = self
                .0
                .platform
                .router()
                .begin(territory, Access::Write)
                .await?;
            let fresh = repo::use_totp_step(tx.conn(), user.id, step).await?;
            if !fresh {
                repo::activity(
                    tx.conn(),
                    user.id,
                    "totp_replay_refused",
                    ip.as_deref(),
                    &client.user_agent,
                    json!({}),
                )
                .await?;
            }
            tx.commit().await?;
            return Ok(fresh);
        }
        if let Some(code) = factor.recovery_code.as_deref() {
            let hash = tokens::digest(&tokens::normalize_recovery_code(code));
            let mut tx = self
                .0
                .platform
                .router()
                .begin(territory, Access::Write)
                .await?;
            let used = repo::use_recovery_code(tx.conn(), user.id, &hash).await?;
            if used {
                let left = repo::recovery_codes_left(tx.conn(), user.id).await?;
                repo::activity(
                    tx.conn(),
                    user.id,
                    "recovery_code_used",
                    ip.as_deref(),
                    &client.user_agent,
                    json!({ "left": left }),
                )
                .await?;
            }
            tx.commit().await?;
            return Ok(used);
        }
        Ok(false)
    }

    pub(crate) async fn start_session(
        &self,
        user: &repo::UserRow,
        territory: &TerritoryCode,
        client: &ClientInfo,
        method: &str,
    ) -> AppResult<NewSession> {
        let token = tokens::new_token(Kind::Session, territory);
        let id = Uuid::now_v7();
        let expires_at = Utc::now()
            + chrono::Duration::seconds(self.0.config.session_absolute_timeout_secs as i64);
        let ip = client.ip.map(|i| i.to_string());
        let family = client_family(&client.user_agent);
        let network = client.ip.map(network_of);
        let mut tx = self
            .0
            .platform
            .router()
            .begin(territory, Access::Write)
            .await?;
        repo::insert_session(
            tx.conn(),
            id,
            user.id,
            &tokens::digest(&token),
            expires_at,
            ip.as_deref(),
            &client.user_agent,
        )
        .await?;
        repo::clear_failures(tx.conn(), user.id).await?;
        repo::activity(
            tx.conn(),
            user.id,
            "signed_in",
            ip.as_deref(),
            &client.user_agent,
            json!({ "session": id, "method": method }),
        )
        .await?;
        let mut anomaly = false;
        if let Some(network) = &network {
            let (new, had_any) =
                repo::remember_network(tx.conn(), user.id, network, family).await?;
            if new && had_any {
                anomaly = true;
                repo::activity(
                    tx.conn(),
                    user.id,
                    "new_network_sign_in",
                    ip.as_deref(),
                    &client.user_agent,
                    json!({ "network": network, "client_family": family }),
                )
                .await?;
            }
        }
        tx.commit().await?;
        if anomaly {
            self.send(Mail {
                to: user.email.clone(),
                subject: "New sign-in to your UnityPlan account".to_owned(),
                body: format!(
                    "Hello {},\n\nyour account @{}:{} was just signed in to from a network or app we have not seen before:\n\n  network: {}\n  client:  {}\n  time:    {}\n\nIf this was you, nothing needs doing. If not, change your password and revoke your sessions now.\n",
                    user.display_name,
                    user.handle,
                    territory.lower(),
                    network.as_deref().unwrap_or("unknown"),
                    family,
                    Utc::now().format("%Y-%m-%d %H:%M UTC")
                ),
            })
            .await;
        }
        Ok(NewSession {
            token,
            id,
            expires_at,
            user_id: UserId(user.id),
            territory: territory.clone(),
        })
    }

    /// Resolve a session token or personal access token into the signed-in user.
    pub async fn authenticate(&self, token: &str, client: &ClientInfo) -> AppResult<AuthUser> {
        let expired = || {
            AppError::unauthenticated(
                "Your session or key is invalid, expired or revoked. Sign in again.",
            )
        };
        if token.starts_with(tokens::PAT_PREFIX) {
            let territory = tokens::pat_territory(token).ok_or_else(expired)?;
            let hash = tokens::digest(token);
            let mut tx = self
                .0
                .platform
                .router()
                .begin(&territory, Access::Write)
                .await?;
            let row = repo::auth_key(tx.conn(), &hash)
                .await?
                .ok_or_else(expired)?;
            if row.stale {
                let ip = client.ip.map(|i| i.to_string());
                repo::touch_key(tx.conn(), row.credential_id, ip.as_deref()).await?;
                repo::activity(
                    tx.conn(),
                    row.user_id,
                    "api_key_used",
                    ip.as_deref(),
                    &client.user_agent,
                    json!({ "key": row.credential_id }),
                )
                .await?;
            }
            tx.commit().await?;
            return Ok(AuthUser {
                user_id: UserId(row.user_id),
                handle: row.handle,
                home_territory: territory,
                display_name: row.display_name,
                language: row.language,
                grants: parse_grants(&row.grants),
                credential: Credential::ApiKey {
                    id: row.credential_id,
                    scopes: row.scopes,
                },
            });
        }
        let territory = tokens::token_territory(Kind::Session, token).ok_or_else(expired)?;
        let hash = tokens::digest(token);
        let idle = self.0.config.session_idle_timeout_secs as f64;
        let mut read = self.0.platform.router().read_primary(&territory).await?;
        let row = repo::check_session(&mut read, &hash, idle)
            .await
            .map_err(|e| read.observe(e))?
            .ok_or_else(expired)?;
        if row.stale {
            // Best effort: a refused refresh (e.g. a move's write fence) must not refuse a valid
            // session; the next check tries again.
            // `observe` still lets the router notice a move or a failing node.
            if let Err(e) = repo::touch_session(&mut read, row.credential_id).await {
                let e = read.observe(e);
                tracing::debug!(error = %e, "session last-seen refresh skipped");
            }
        }
        drop(read);
        Ok(AuthUser {
            user_id: UserId(row.user_id),
            handle: row.handle,
            home_territory: territory,
            display_name: row.display_name,
            language: row.language,
            grants: parse_grants(&row.grants),
            credential: Credential::Session {
                id: row.credential_id,
            },
        })
    }

    /// End the current session.
    pub async fn logout(&self, user: &AuthUser) -> AppResult<()> {
        let session = user.require_session()?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        repo::revoke_sessions(tx.conn(), user.user_id.0, Some(session), None).await?;
        repo::activity(
            tx.conn(),
            user.user_id.0,
            "signed_out",
            None,
            "",
            json!({ "session": session }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The account of the signed-in user.
    pub async fn account(&self, user: &AuthUser) -> AppResult<repo::UserRow> {
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Read)
            .await?;
        let row = repo::user(tx.conn(), user.user_id.0, false).await?;
        tx.commit().await?;
        row.ok_or_else(|| AppError::unauthenticated("This account no longer exists."))
    }

    /// Live sessions of the signed-in user.
    pub async fn sessions(&self, user: &AuthUser) -> AppResult<Vec<repo::SessionRow>> {
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Read)
            .await?;
        let rows = repo::sessions(
            tx.conn(),
            user.user_id.0,
            self.0.config.session_idle_timeout_secs as f64,
        )
        .await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// Revoke one of my sessions.
    pub async fn revoke_session(&self, user: &AuthUser, id: Uuid) -> AppResult<()> {
        user.require_session()?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        let n = repo::revoke_sessions(tx.conn(), user.user_id.0, Some(id), None).await?;
        if n == 0 {
            return Err(AppError::not_found(
                "session_not_found",
                "You have no live session with that id.",
            ));
        }
        repo::activity(
            tx.conn(),
            user.user_id.0,
            "session_revoked",
            None,
            "",
            json!({ "session": id }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Revoke all my sessions but the current one.
    pub async fn revoke_other_sessions(&self, user: &AuthUser) -> AppResult<u64> {
        let current = user.require_session()?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        let n = repo::revoke_sessions(tx.conn(), user.user_id.0, None, Some(current)).await?;
        repo::activity(
            tx.conn(),
            user.user_id.0,
            "sessions_revoked",
            None,
            "",
            json!({ "count": n }),
        )
        .await?;
        tx.commit().await?;
        Ok(n)
    }

    /// My activity log.
    pub async fn activity(&self, user: &AuthUser, limit: i64) -> AppResult<Vec<repo::ActivityRow>> {
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Read)
            .await?;
        let rows = repo::activities(tx.conn(), user.user_id.0, limit.clamp(1, 500)).await?;
        tx.commit().await?;
        Ok(rows)
    }

    pub(crate) async fn reauthenticate(
        &self,
        user: &AuthUser,
        password_text: &str,
    ) -> AppResult<repo::UserRow> {
        let row = self.account(user).await?;
        let pw = password_text.to_owned();
        let phc = row.password_hash.clone();
        if blocking(move || password::verify(&pw, &phc)).await? == Verified::No {
            let mut tx = self
                .0
                .platform
                .router()
                .begin(&user.home_territory, Access::Write)
                .await?;
            repo::activity(
                tx.conn(),
                user.user_id.0,
                "reauthentication_failed",
                None,
                "",
                json!({}),
            )
            .await?;
            tx.commit().await?;
            return Err(AppError::forbidden(
                "reauthentication_failed",
                "Your current password is not correct.",
            ));
        }
        Ok(row)
    }

    /// Change my password (needs the current one); every other session ends.
    pub async fn change_password(
        &self,
        user: &AuthUser,
        current: &str,
        new: &str,
        client: &ClientInfo,
    ) -> AppResult<u64> {
        let session = user.require_session()?;
        let row = self.reauthenticate(user, current).await?;
        password::check_strength(new, &[&row.handle, &row.email, &row.display_name])?;
        let pw = new.to_owned();
        let hash = blocking(move || password::hash(&pw)).await?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        repo::set_password(tx.conn(), row.id, &hash).await?;
        let n = repo::revoke_sessions(tx.conn(), row.id, None, Some(session)).await?;
        let ip = client.ip.map(|i| i.to_string());
        repo::activity(
            tx.conn(),
            row.id,
            "password_changed",
            ip.as_deref(),
            &client.user_agent,
            json!({ "sessions_revoked": n }),
        )
        .await?;
        tx.commit().await?;
        self.audit(
            Some(user.user_id),
            "account.password_changed",
            &format!("user:{}", row.id),
            json!({ "sessions_revoked": n }),
        )
        .await;
        Ok(n)
    }

    /// Ask to change my email (needs my password): a link goes to the new address.
    pub async fn request_email_change(
        &self,
        user: &AuthUser,
        password_text: &str,
        new_email: &Email,
    ) -> AppResult<()> {
        user.require_session()?;
        let row = self.reauthenticate(user, password_text).await?;
        let digest = self.email_digest(new_email).await?;
        {
            let mut conn = self.0.platform.control_conn().await?;
            if repo::dir_taken(&mut conn, "", &digest).await?.1 {
                return Err(
                    AppError::conflict("email_taken", "Another account uses that email.")
                        .with_field("email", "taken"),
                );
            }
        }
        let link = tokens::new_token(Kind::Link, &user.home_territory);
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        repo::insert_link(
            tx.conn(),
            &tokens::digest(&link),
            row.id,
            "change_email",
            Some(new_email.as_str()),
            Utc::now() + chrono::Duration::minutes(RESET_TTL_MINUTES),
        )
        .await?;
        repo::activity(
            tx.conn(),
            row.id,
            "email_change_requested",
            None,
            "",
            json!({}),
        )
        .await?;
        tx.commit().await?;
        self.send(Mail {
            to: new_email.as_str().to_owned(),
            subject: "Confirm your new UnityPlan email address".to_owned(),
            body: format!("Hello {},\n\nopen this link within {RESET_TTL_MINUTES} minutes to use this address for @{}:{}:\n\n{}\n", row.display_name, row.handle, user.home_territory.lower(), self.link("/verify-email", &link)),
        })
        .await;
        self.send(Mail {
            to: row.email.clone(),
            subject: "Your UnityPlan email address is being changed".to_owned(),
            body: format!("Hello {},\n\nsomeone signed in as you asked to change your account's email address. If this was not you, change your password now.\n", row.display_name),
        })
        .await;
        Ok(())
    }

    /// Start a password reset; silent when there is no such account.
    pub async fn request_password_reset(&self, login: &str) -> AppResult<()> {
        let Some((id, territory)) = self.resolve(login).await? else {
            return Ok(());
        };
        let link = tokens::new_token(Kind::Link, &territory);
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&territory, Access::Write)
            .await?;
        let Some(row) = repo::user(tx.conn(), id, false).await? else {
            return Ok(());
        };
        repo::insert_link(
            tx.conn(),
            &tokens::digest(&link),
            id,
            "reset_password",
            None,
            Utc::now() + chrono::Duration::minutes(RESET_TTL_MINUTES),
        )
        .await?;
        repo::activity(
            tx.conn(),
            id,
            "password_reset_requested",
            None,
            "",
            json!({}),
        )
        .await?;
        tx.commit().await?;
        self.send(Mail {
            to: row.email,
            subject: "Reset your UnityPlan password".to_owned(),
            body: format!("Hello {},\n\nopen this link within {RESET_TTL_MINUTES} minutes to choose a new password for @{}:{}:\n\n{}\n\nIf you did not ask for this, ignore this message; your password stays as it is.\n", row.display_name, row.handle, territory.lower(), self.link("/reset-password", &link)),
        })
        .await;
        Ok(())
    }

    /// The account behind a live reset link and its second factors.
    async fn reset_link_user(
        &self,
        token: &str,
    ) -> AppResult<(TerritoryCode, Vec<u8>, repo::UserRow)> {
        let territory = tokens::token_territory(Kind::Link, token).ok_or_else(invalid_link)?;
        let hash = tokens::digest(token);
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&territory, Access::Read)
            .await?;
        let found = repo::find_link(tx.conn(), &hash, "reset_password").await?;
        let row = match found {
            Some((user, _)) => repo::user(tx.conn(), user, false).await?,
            None => None,
        };
        tx.commit().await?;
        Ok((territory, hash, row.ok_or_else(invalid_link)?))
    }

    /// What a reset link will ask for besides the new password: the account's second
    /// factors (`passkey`, `totp`, `recovery_code`), empty when it has none. The link is
    /// not used up.
    pub async fn password_reset_factors(&self, token: &str) -> AppResult<Vec<&'static str>> {
        let (territory, _, row) = self.reset_link_user(token).await?;
        self.second_factors(&row, &territory).await
    }

    /// Finish a password reset. With two-factor sign-in on (an authenticator app or a
    /// passkey), one of those factors is needed too: an email inbox alone must not take
    /// over the account. Every session ends.
    pub async fn complete_password_reset(
        &self,
        token: &str,
        new: &str,
        factor: &SecondFactor,
        client: &ClientInfo,
    ) -> AppResult<()> {
        let (territory, hash, row) = self.reset_link_user(token).await?;
        password::check_strength(new, &[&row.handle, &row.email, &row.display_name])?;
        let methods = self.second_factors(&row, &territory).await?;
        if !methods.is_empty() {
            let ok = match factor.passkey.as_deref() {
                Some(credential) => {
                    methods.contains(&"passkey")
                        && self
                            .check_passkey_factor(
                                row.id,
                                &territory,
                                AssertionHolder::ResetLink(&hash),
                                credential,
                            )
                            .await?
                }
                None if factor.code.is_some() || factor.recovery_code.is_some() => {
                    self.check_second_factor(&row, &territory, factor, client)
                        .await?
                }
                None => {
                    let how = match (methods.contains(&"passkey"), methods.contains(&"totp")) {
                        (true, true) => "confirm with your passkey (`passkey`, options from `POST /api/v1/auth/password-reset/passkey`), or send `code` (authenticator) or `recovery_code`",
                        (true, false) => "confirm with your passkey: get options from `POST /api/v1/auth/password-reset/passkey` and send the answer as `passkey`",
                        _ => "send `code` (authenticator) or `recovery_code`",
                    };
                    return Err(AppError::new(
                        http::StatusCode::UNAUTHORIZED,
                        "second_factor_required",
                        format!(
                            "This account uses two-factor sign-in: {how} with the new password."
                        ),
                    ));
                }
            };
            if !ok {
                return Err(self
                    .failed(
                        Some((row.id, &territory)),
                        &row.handle,
                        client,
                        "wrong_second_factor",
                    )
                    .await);
            }
        }
        let pw = new.to_owned();
        let new_hash = blocking(move || password::hash(&pw)).await?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&territory, Access::Write)
            .await?;
        if repo::find_link(tx.conn(), &hash, "reset_password")
            .await?
            .is_none()
        {
            return Err(invalid_link());
        }
        repo::use_link(tx.conn(), &hash).await?;
        repo::set_password(tx.conn(), row.id, &new_hash).await?;
        repo::clear_failures(tx.conn(), row.id).await?;
        // The link proved control of the mailbox.
        repo::set_verified(tx.conn(), row.id).await?;
        let n = repo::revoke_sessions(tx.conn(), row.id, None, None).await?;
        let ip = client.ip.map(|i| i.to_string());
        repo::activity(
            tx.conn(),
            row.id,
            "password_reset",
            ip.as_deref(),
            &client.user_agent,
            json!({ "sessions_revoked": n }),
        )
        .await?;
        tx.commit().await?;
        self.audit(
            Some(UserId(row.id)),
            "account.password_reset",
            &format!("user:{}", row.id),
            json!({ "sessions_revoked": n }),
        )
        .await;
        Ok(())
    }

    // ----- TOTP -----

    /// Start TOTP enrolment (needs my password): a new secret, its URI and QR code.
    pub async fn totp_enrol(&self, user: &AuthUser, password_text: &str) -> AppResult<Enrolment> {
        user.require_session()?;
        let row = self.reauthenticate(user, password_text).await?;
        if row.totp_enabled_at.is_some() {
            return Err(AppError::conflict(
                "totp_already_enabled",
                "Two-factor sign-in is already on; disable it first to enrol a new authenticator.",
            ));
        }
        let enrolment =
            crate::totp::enrolment(&format!("{}.{}", row.handle, user.home_territory.lower()))?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        repo::set_totp(tx.conn(), row.id, Some(&enrolment.secret), false).await?;
        tx.commit().await?;
        Ok(enrolment)
    }

    /// Confirm enrolment with a code; returns the ten recovery codes (shown once).
    pub async fn totp_confirm(
        &self,
        user: &AuthUser,
        code: &str,
        client: &ClientInfo,
    ) -> AppResult<Vec<String>> {
        user.require_session()?;
        let row = self.account(user).await?;
        if row.totp_enabled_at.is_some() {
            return Err(AppError::conflict(
                "totp_already_enabled",
                "Two-factor sign-in is already on.",
            ));
        }
        let Some(secret) = row.totp_secret.as_deref() else {
            return Err(AppError::conflict(
                "totp_not_enrolled",
                "Start enrolment first (POST /api/v1/me/totp/enrol).",
            ));
        };
        let Some(step) = crate::totp::matching_step(secret, code, Utc::now().timestamp())? else {
            return Err(AppError::invalid_field(
                "code",
                "is not the current code of your authenticator; check its clock",
            ));
        };
        let codes = tokens::recovery_codes();
        let hashes: Vec<Vec<u8>> = codes
            .iter()
            .map(|c| tokens::digest(&tokens::normalize_recovery_code(c)))
            .collect();
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        sqlx::query("UPDATE identity_users SET totp_enabled_at = now() WHERE id = $1")
            .bind(row.id)
            .execute(tx.conn())
            .await?;
        repo::use_totp_step(tx.conn(), row.id, step).await?;
        repo::set_recovery_codes(tx.conn(), row.id, &hashes).await?;
        let ip = client.ip.map(|i| i.to_string());
        repo::activity(
            tx.conn(),
            row.id,
            "totp_enabled",
            ip.as_deref(),
            &client.user_agent,
            json!({}),
        )
        .await?;
        tx.commit().await?;
        self.audit(
            Some(user.user_id),
            "account.totp_enabled",
            &format!("user:{}", row.id),
            json!({}),
        )
        .await;
        Ok(codes)
    }

    /// Turn TOTP off (needs my password and a current code or a recovery code).
    pub async fn totp_disable(
        &self,
        user: &AuthUser,
        password_text: &str,
        factor: &SecondFactor,
        client: &ClientInfo,
    ) -> AppResult<()> {
        user.require_session()?;
        let row = self.reauthenticate(user, password_text).await?;
        if row.totp_enabled_at.is_none() {
            return Err(AppError::conflict(
                "totp_not_enabled",
                "Two-factor sign-in is not on.",
            ));
        }
        if !self
            .check_second_factor(&row, &user.home_territory, factor, client)
            .await?
        {
            return Err(AppError::forbidden(
                "reauthentication_failed",
                "That code is not valid (codes cannot be reused).",
            ));
        }
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        repo::set_totp(tx.conn(), row.id, None, false).await?;
        // Recovery codes stay while passkeys remain: they are also the passkeys' backup.
        if repo::passkey_count(tx.conn(), row.id).await? == 0 {
            repo::set_recovery_codes(tx.conn(), row.id, &[]).await?;
        }
        let ip = client.ip.map(|i| i.to_string());
        repo::activity(
            tx.conn(),
            row.id,
            "totp_disabled",
            ip.as_deref(),
            &client.user_agent,
            json!({}),
        )
        .await?;
        tx.commit().await?;
        self.audit(
            Some(user.user_id),
            "account.totp_disabled",
            &format!("user:{}", row.id),
            json!({}),
        )
        .await;
        Ok(())
    }

    // ----- API keys -----

    /// Create a personal access token (shown once).
    pub async fn create_api_key(
        &self,
        user: &AuthUser,
        name: &str,
        scopes: &[String],
        days: i64,
    ) -> AppResult<(String, repo::KeyRow)> {
        user.require_session()?;
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(AppError::invalid_field("name", "must be 1–100 characters"));
        }
        if scopes.is_empty()
            || scopes
                .iter()
                .any(|s| !matches!(s.as_str(), "read" | "write" | "admin"))
        {
            return Err(AppError::invalid_field(
                "scopes",
                "must be a non-empty list of read, write, admin",
            ));
        }
        if !(1..=365).contains(&days) {
            return Err(AppError::invalid_field(
                "expires_in_days",
                "must be 1–365: every key expires within a year",
            ));
        }
        if scopes.iter().any(|s| s == "admin") && !user.is_platform_admin() {
            return Err(AppError::forbidden(
                "forbidden",
                "Only platform admins can create keys with the admin scope.",
            ));
        }
        let token = tokens::new_pat(&user.home_territory);
        let id = Uuid::now_v7();
        let prefix = tokens::pat_display_prefix(&token);
        let expires_at = Utc::now() + chrono::Duration::days(days);
        let mut scopes = scopes.to_vec();
        scopes.sort();
        scopes.dedup();
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        repo::insert_key(
            tx.conn(),
            id,
            user.user_id.0,
            name,
            &prefix,
            &tokens::digest(&token),
            &scopes,
            expires_at,
        )
        .await?;
        repo::activity(
            tx.conn(),
            user.user_id.0,
            "api_key_created",
            None,
            "",
            json!({ "key": id, "name": name, "scopes": scopes }),
        )
        .await?;
        tx.commit().await?;
        let row = repo::KeyRow {
            id,
            name: name.to_owned(),
            prefix,
            scopes,
            created_at: Utc::now(),
            expires_at,
            last_used_at: None,
            last_used_ip: None,
            revoked_at: None,
        };
        Ok((token, row))
    }

    /// My keys.
    pub async fn api_keys(&self, user: &AuthUser) -> AppResult<Vec<repo::KeyRow>> {
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Read)
            .await?;
        let rows = repo::keys(tx.conn(), user.user_id.0).await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// Revoke one of my keys.
    pub async fn revoke_api_key(&self, user: &AuthUser, id: Uuid) -> AppResult<()> {
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&user.home_territory, Access::Write)
            .await?;
        if !repo::revoke_key(tx.conn(), user.user_id.0, id).await? {
            return Err(AppError::not_found(
                "api_key_not_found",
                "You have no API key with that id.",
            ));
        }
        repo::activity(
            tx.conn(),
            user.user_id.0,
            "api_key_revoked",
            None,
            "",
            json!({ "key": id }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // ----- territory-scoped reads -----

    /// Accounts of a territory (moderators and up of that territory only).
    pub async fn territory_members(
        &self,
        user: &AuthUser,
        territory: &TerritoryCode,
    ) -> AppResult<Vec<repo::UserRow>> {
        user.require(Role::Moderator, territory)?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(territory, Access::Read)
            .await?;
        let rows = repo::list_users(tx.conn(), 500).await?;
        tx.commit().await?;
        Ok(rows)
    }

    // ----- administration -----

    async fn home_of(&self, user: UserId) -> AppResult<TerritoryCode> {
        let mut conn = self.0.platform.control_conn().await?;
        let t = repo::dir_territory(&mut conn, user.0).await?;
        match t {
            Some(t) => territory_of(&t),
            None => Err(AppError::not_found(
                "user_not_found",
                "There is no user with that id.",
            )),
        }
    }

    /// Lock (disable) or unlock an account; locking ends its sessions.
    pub async fn admin_set_locked(
        &self,
        admin: &AuthUser,
        target: UserId,
        locked: bool,
    ) -> AppResult<u64> {
        let territory = self.home_of(target).await?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&territory, Access::Write)
            .await?;
        if !repo::set_disabled(tx.conn(), target.0, locked).await? {
            return Err(AppError::not_found(
                "user_not_found",
                "There is no user with that id.",
            ));
        }
        let n = if locked {
            repo::revoke_sessions(tx.conn(), target.0, None, None).await?
        } else {
            0
        };
        repo::activity(
            tx.conn(),
            target.0,
            if locked {
                "account_locked"
            } else {
                "account_unlocked"
            },
            None,
            "",
            json!({ "by": admin.user_id }),
        )
        .await?;
        tx.commit().await?;
        self.audit(
            Some(admin.user_id),
            if locked {
                "admin.user_locked"
            } else {
                "admin.user_unlocked"
            },
            &format!("user:{target}"),
            json!({ "sessions_revoked": n }),
        )
        .await;
        Ok(n)
    }

    /// End every session of an account.
    pub async fn admin_revoke_sessions(&self, admin: &AuthUser, target: UserId) -> AppResult<u64> {
        let territory = self.home_of(target).await?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(&territory, Access::Write)
            .await?;
        let n = repo::revoke_sessions(tx.conn(), target.0, None, None).await?;
        repo::activity(
            tx.conn(),
            target.0,
            "sessions_revoked",
            None,
            "",
            json!({ "by": admin.user_id, "count": n }),
        )
        .await?;
        tx.commit().await?;
        self.audit(
            Some(admin.user_id),
            "admin.sessions_revoked",
            &format!("user:{target}"),
            json!({ "count": n }),
        )
        .await;
        Ok(n)
    }

    /// Grant or withdraw a role. `territory` is required except for platform admin.
    pub async fn admin_set_role(
        &self,
        admin: Option<&AuthUser>,
        target: UserId,
        role: Role,
        territory: Option<&TerritoryCode>,
        grant: bool,
    ) -> AppResult<Vec<Grant>> {
        let scope = match (role, territory) {
            (Role::PlatformAdmin, _) => "*".to_owned(),
            (_, Some(t)) => {
                self.0.platform.router().registry().get(t).await?;
                t.as_str().to_owned()
            }
            (_, None) => {
                return Err(AppError::invalid_field(
                    "territory",
                    "is required for every role but platform_admin",
                ))
            }
        };
        let home = self.home_of(target).await?;
        let by = admin.map(|a| a.user_id.0);
        let mut tx = self.0.platform.router().begin(&home, Access::Write).await?;
        if grant {
            repo::grant(tx.conn(), target.0, &scope, role.as_str(), by).await?;
        } else if !repo::ungrant(tx.conn(), target.0, &scope, role.as_str()).await? {
            return Err(AppError::not_found(
                "grant_not_found",
                "The user does not hold that role there.",
            ));
        }
        repo::activity(
            tx.conn(),
            target.0,
            if grant {
                "role_granted"
            } else {
                "role_revoked"
            },
            None,
            "",
            json!({ "role": role, "territory": scope, "by": by }),
        )
        .await?;
        let all = repo::grants(tx.conn(), target.0).await?;
        tx.commit().await?;
        self.audit(
            admin.map(|a| a.user_id),
            if grant {
                "admin.role_granted"
            } else {
                "admin.role_revoked"
            },
            &format!("user:{target}"),
            json!({ "role": role.as_str(), "territory": scope }),
        )
        .await;
        Ok(parse_grants(&all))
    }

    /// A territory admin grants or withdraws a role in their territory. Only roles below
    /// territory admin can be delegated this way; the request must come from an
    /// `identity.admin_allow` network like every user-administration request.
    pub async fn territory_set_role(
        &self,
        actor: &AuthUser,
        client: &ClientInfo,
        territory: &TerritoryCode,
        target: UserId,
        role: Role,
        grant: bool,
    ) -> AppResult<Vec<Grant>> {
        if !client.ip.is_some_and(|ip| self.is_admin_network(ip)) {
            return Err(AppError::forbidden(
                "admin_network_refused",
                "Role changes only answer requests from the networks in `identity.admin_allow`.",
            ));
        }
        actor.require(Role::TerritoryAdmin, territory)?;
        if matches!(role, Role::PlatformAdmin | Role::TerritoryAdmin) {
            return Err(AppError::forbidden(
                "role_not_delegable",
                "Territory admins grant moderator, instructor, translator and member; ask a platform admin for admin roles.",
            ));
        }
        self.admin_set_role(Some(actor), target, role, Some(territory), grant)
            .await
    }

    /// Create a territory over HTTP (audited).
    pub async fn admin_create_territory(
        &self,
        admin: &AuthUser,
        new: &store::NewTerritory,
    ) -> AppResult<store::Territory> {
        let t = self.0.platform.create_territory(new).await?;
        self.audit(
            Some(admin.user_id),
            "admin.territory_created",
            &format!("territory:{}", t.code),
            json!({ "region": t.region.as_str(), "name": t.name }),
        )
        .await;
        Ok(t)
    }

    /// Create an already-verified account holding platform admin (the CLI's
    /// `unityplan admin create`; no default accounts exist).
    pub async fn create_platform_admin(
        &self,
        territory: &TerritoryCode,
        input: Registration,
    ) -> AppResult<UserId> {
        let client = ClientInfo {
            ip: None,
            user_agent: "unityplan-cli".to_owned(),
        };
        let email = input.email.clone();
        let (id, _) = self.register(territory, input, &client).await?;
        let mut tx = self
            .0
            .platform
            .router()
            .begin(territory, Access::Write)
            .await?;
        repo::set_verified(tx.conn(), id.0).await?;
        repo::grant(tx.conn(), id.0, "*", Role::PlatformAdmin.as_str(), None).await?;
        repo::activity(
            tx.conn(),
            id.0,
            "role_granted",
            None,
            "unityplan-cli",
            json!({ "role": "platform_admin", "territory": "*" }),
        )
        .await?;
        tx.commit().await?;
        self.audit(
            None,
            "admin.platform_admin_created",
            &format!("user:{id}"),
            json!({ "via": "cli", "email_digest": hex::encode(self.email_digest(&email).await?) }),
        )
        .await;
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_lock_follows_kanidm() {
        let t = Utc::now();
        assert!(soft_lock_delay(0, t, t).is_none());
        assert_eq!(soft_lock_delay(1, t, t).map(|d| d.num_seconds()), Some(1));
        assert_eq!(soft_lock_delay(3, t, t).map(|d| d.num_seconds()), Some(3));
        assert_eq!(soft_lock_delay(9, t, t).map(|d| d.num_seconds()), Some(5));
        assert_eq!(soft_lock_delay(30, t, t).map(|d| d.num_seconds()), Some(10));
        assert!(soft_lock_delay(100, t, t).is_some_and(|d| d.num_seconds() > 0));
        assert!(soft_lock_delay(3, t, t + chrono::Duration::seconds(4)).is_none());
    }
}
