//! HTTP routes of the identity domain. Handlers are thin: extract, parse into domain types,
//! call [`Identity`], map the answer.

use axum::extract::{FromRef, FromRequest, Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use kernel::error::ErrorBody;
use kernel::ids::LanguageTag;
use kernel::{AppError, AppResult, RegionCode, TerritoryCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::audit::{AuditEntry, Verification};
use crate::extract::{AdminGuard, AuthUser, ClientInfo, Credential, SESSION_COOKIE};
use crate::model::{display_name, Email, Grant, Handle, Role, UserId};
use crate::repo;
use crate::service::{Identity, LoginOutcome, NewSession, Registration, SecondFactor};

/// The identity routes, for any app state that can hand out an [`Identity`].
pub fn routes<S>() -> OpenApiRouter<S>
where
    Identity: FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    OpenApiRouter::new()
        .routes(routes!(register))
        .routes(routes!(verify_email))
        .routes(routes!(resend_verification))
        .routes(routes!(login))
        .routes(routes!(login_second_factor))
        .routes(routes!(logout))
        .routes(routes!(request_password_reset))
        .routes(routes!(complete_password_reset))
        .routes(routes!(password_reset_factors))
        .routes(routes!(password_reset_passkey))
        .routes(routes!(me))
        .routes(routes!(list_sessions))
        .routes(routes!(revoke_session))
        .routes(routes!(revoke_other_sessions))
        .routes(routes!(my_activity))
        .routes(routes!(change_password))
        .routes(routes!(change_email))
        .routes(routes!(totp_enrol))
        .routes(routes!(totp_confirm))
        .routes(routes!(totp_disable))
        .routes(routes!(list_passkeys))
        .routes(routes!(rename_passkey, delete_passkey))
        .routes(routes!(passkey_registration_start))
        .routes(routes!(passkey_registration_finish))
        .routes(routes!(passkey_sign_in_start))
        .routes(routes!(passkey_sign_in_finish))
        .routes(routes!(passkey_second_factor_start))
        .routes(routes!(list_api_keys, create_api_key))
        .routes(routes!(revoke_api_key))
        .routes(routes!(territory_members))
        .routes(routes!(territory_grant_role))
        .routes(routes!(territory_revoke_role))
        .routes(routes!(admin_create_territory))
        .routes(routes!(admin_lock_user))
        .routes(routes!(admin_unlock_user))
        .routes(routes!(admin_revoke_sessions))
        .routes(routes!(admin_grant_role))
        .routes(routes!(admin_revoke_role))
        .routes(routes!(admin_audit))
        .routes(routes!(admin_audit_verify))
}

/// A JSON body whose rejections use the API error format.
pub struct Body<T>(pub T);

impl<T, S> FromRequest<S> for Body<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(Body(v)),
            // Keep the rejection's status: an oversized body is 413 and a wrong content type
            // 415, so a client knows what to change.
            Err(e) => Err(match e.status() {
                StatusCode::PAYLOAD_TOO_LARGE => AppError::new(
                    e.status(),
                    "payload_too_large",
                    "The request body is larger than this server accepts.",
                ),
                StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::new(
                    e.status(),
                    "unsupported_media_type",
                    "Send the body as JSON with `Content-Type: application/json`.",
                ),
                _ => AppError::bad_request(
                    "invalid_body",
                    format!(
                        "The request body is not what this route expects: {}",
                        e.body_text()
                    ),
                ),
            }),
        }
    }
}

fn session_cookie(token: &str, max_age: u64) -> HeaderValue {
    let text = format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age={max_age}"
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
}

// ----- registration -----

/// Registration input.
#[derive(Deserialize, ToSchema)]
pub struct RegisterRequest {
    /// Handle, 3–30 of a–z, 0–9, `_`.
    pub handle: String,
    /// Email address (a verification link is sent there).
    pub email: String,
    /// Password: at least 8 characters, not guessable.
    pub password: String,
    /// Display name.
    pub display_name: String,
    /// Preferred language tag (defaults to `en`).
    #[serde(default)]
    pub language: Option<String>,
}

/// A registered account.
#[derive(Serialize, ToSchema)]
pub struct Registered {
    /// User id.
    pub user_id: UserId,
    /// `@handle:territory`.
    pub handle: String,
    /// Home territory.
    pub territory: TerritoryCode,
    /// Always true: confirm the email before signing in.
    pub verification_sent: bool,
}

/// Register an account in a territory; a verification link is emailed.
#[utoipa::path(post, path = "/api/v1/t/{territory}/auth/register", tag = "identity",
    params(("territory" = String, Path, description = "Home territory, e.g. DK")),
    request_body = RegisterRequest,
    responses(
        (status = 201, body = Registered),
        (status = 409, description = "`handle_taken` or `email_taken`", body = ErrorBody),
        (status = 422, description = "`validation_failed` (e.g. weak password, with the reason)", body = ErrorBody),
        (status = 429, description = "`rate_limited`", body = ErrorBody)
    ))]
async fn register(
    State(identity): State<Identity>,
    client: ClientInfo,
    Path(territory): Path<String>,
    Body(body): Body<RegisterRequest>,
) -> AppResult<(StatusCode, Json<Registered>)> {
    identity.limit(&client)?;
    let territory = TerritoryCode::parse(&territory)?;
    let mut fields = std::collections::BTreeMap::new();
    let handle = Handle::parse(&body.handle)
        .map_err(|e| fields.extend(e.body().fields))
        .ok();
    let email = Email::parse(&body.email)
        .map_err(|e| fields.extend(e.body().fields))
        .ok();
    let name = display_name(&body.display_name)
        .map_err(|e| fields.extend(e.body().fields))
        .ok();
    let language = LanguageTag::parse(body.language.as_deref().unwrap_or("en"))
        .map_err(|e| {
            fields.insert("language".to_owned(), e.message().to_owned());
        })
        .ok();
    let (Some(handle), Some(email), Some(display_name), Some(language)) =
        (handle, email, name, language)
    else {
        return Err(AppError::validation(fields));
    };
    let (user_id, handle) = identity
        .register(
            &territory,
            Registration {
                handle,
                email,
                password: body.password,
                display_name,
                language: language.to_string(),
            },
            &client,
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(Registered {
            user_id,
            handle,
            territory,
            verification_sent: true,
        }),
    ))
}

/// A token from an email link.
#[derive(Deserialize, ToSchema)]
pub struct TokenRequest {
    /// The `token` parameter of the link.
    pub token: String,
}

/// Confirm an email address (registration or email change) with the emailed token.
#[utoipa::path(post, path = "/api/v1/auth/verify-email", tag = "identity", request_body = TokenRequest,
    responses((status = 204, description = "Confirmed"), (status = 400, description = "`invalid_link`", body = ErrorBody)))]
async fn verify_email(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<TokenRequest>,
) -> AppResult<StatusCode> {
    identity.limit(&client)?;
    identity.verify_email(body.token.trim()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Who wants a new verification link.
#[derive(Deserialize, ToSchema)]
pub struct ResendRequest {
    /// Handle or email.
    pub login: String,
}

/// Email a fresh verification link to an unverified account (always 202).
#[utoipa::path(post, path = "/api/v1/auth/verify-email/resend", tag = "identity", request_body = ResendRequest,
    responses((status = 202, description = "If the account exists and is unverified, a link was sent"), (status = 429, description = "`rate_limited`", body = ErrorBody)))]
async fn resend_verification(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<ResendRequest>,
) -> AppResult<StatusCode> {
    identity.limit(&client)?;
    identity.resend_verification(&body.login).await?;
    Ok(StatusCode::ACCEPTED)
}

// ----- sign-in -----

/// Sign-in input.
#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    /// Handle (`ada`, `@ada:dk`) or email.
    pub login: String,
    /// Password.
    pub password: String,
}

/// The result of a sign-in step.
#[derive(Serialize, ToSchema)]
pub struct LoginResponse {
    /// `signed_in` or `second_factor_required`.
    pub status: &'static str,
    /// Session token (also set as the `__Host-unityplan_session` cookie) when signed in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Session id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<Uuid>,
    /// Absolute expiry of the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    /// The user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// Home territory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub territory: Option<TerritoryCode>,
    /// Challenge for `POST /api/v1/auth/login/second-factor`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub challenge: Option<String>,
    /// Accepted second factors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<&'static str>>,
}

fn signed_in(identity: &Identity, s: NewSession) -> Response {
    let cookie = session_cookie(&s.token, identity.config().session_absolute_timeout_secs);
    let body = LoginResponse {
        status: "signed_in",
        token: Some(s.token),
        session_id: Some(s.id),
        expires_at: Some(s.expires_at),
        user_id: Some(s.user_id),
        territory: Some(s.territory),
        challenge: None,
        methods: None,
    };
    (
        [
            (header::SET_COOKIE, cookie),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        Json(body),
    )
        .into_response()
}

/// Sign in with handle or email and password.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "identity", request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in, or a second factor is required", body = LoginResponse),
        (status = 401, description = "`invalid_credentials` for every failure", body = ErrorBody),
        (status = 403, description = "`email_not_verified`", body = ErrorBody),
        (status = 429, description = "`rate_limited` with Retry-After", body = ErrorBody)
    ))]
async fn login(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<LoginRequest>,
) -> AppResult<Response> {
    identity.limit(&client)?;
    match identity.login(&body.login, &body.password, &client).await? {
        LoginOutcome::SignedIn(s) => Ok(signed_in(&identity, s)),
        LoginOutcome::SecondFactor { challenge, methods } => Ok(Json(LoginResponse {
            status: "second_factor_required",
            token: None,
            session_id: None,
            expires_at: None,
            user_id: None,
            territory: None,
            challenge: Some(challenge),
            methods: Some(methods),
        })
        .into_response()),
    }
}

/// The second sign-in step.
#[derive(Deserialize, ToSchema)]
pub struct SecondFactorRequest {
    /// The challenge from the first step.
    pub challenge: String,
    /// A 6-digit authenticator code.
    #[serde(default)]
    pub code: Option<String>,
    /// Or a recovery code.
    #[serde(default)]
    pub recovery_code: Option<String>,
    /// Or a passkey's answer (the `PublicKeyCredential` as JSON, binary fields base64url)
    /// to the options from `POST /api/v1/auth/login/second-factor/passkey`.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub passkey: Option<Box<webauthn_rs::prelude::PublicKeyCredential>>,
}

/// Finish signing in with a TOTP code, a recovery code or a passkey.
#[utoipa::path(post, path = "/api/v1/auth/login/second-factor", tag = "identity", request_body = SecondFactorRequest,
    responses((status = 200, body = LoginResponse), (status = 401, description = "`invalid_credentials`", body = ErrorBody), (status = 429, body = ErrorBody)))]
async fn login_second_factor(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<SecondFactorRequest>,
) -> AppResult<Response> {
    identity.limit(&client)?;
    let factor = SecondFactor {
        code: body.code,
        recovery_code: body.recovery_code,
        passkey: body.passkey,
    };
    let session = identity
        .login_second_factor(body.challenge.trim(), &factor, &client)
        .await?;
    Ok(signed_in(&identity, session))
}

/// End this session.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "identity",
    responses((status = 204, description = "Signed out"), (status = 401, body = ErrorBody)))]
async fn logout(State(identity): State<Identity>, user: AuthUser) -> AppResult<Response> {
    identity.logout(&user).await?;
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, session_cookie("", 0))],
    )
        .into_response())
}

/// Ask for a password-reset link.
#[derive(Deserialize, ToSchema)]
pub struct ResetRequest {
    /// Handle or email.
    pub login: String,
}

/// Email a password-reset link (always 202, whether or not the account exists).
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "identity", request_body = ResetRequest,
    responses((status = 202, description = "If the account exists, a link was sent"), (status = 429, body = ErrorBody)))]
async fn request_password_reset(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<ResetRequest>,
) -> AppResult<StatusCode> {
    identity.limit(&client)?;
    identity.request_password_reset(&body.login).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Finish a password reset.
#[derive(Deserialize, ToSchema)]
pub struct CompleteResetRequest {
    /// The token from the link.
    pub token: String,
    /// The new password.
    pub new_password: String,
    /// Authenticator code, required when two-factor sign-in is on.
    #[serde(default)]
    pub code: Option<String>,
    /// Or a recovery code.
    #[serde(default)]
    pub recovery_code: Option<String>,
    /// Or a passkey's answer (the `PublicKeyCredential` as JSON, binary fields base64url)
    /// to the options from `POST /api/v1/auth/password-reset/passkey`.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub passkey: Option<Box<webauthn_rs::prelude::PublicKeyCredential>>,
}

/// Set a new password with a reset link (and a second factor when the account has one: a
/// passkey, an authenticator code or a recovery code); every session ends.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/complete", tag = "identity", request_body = CompleteResetRequest,
    responses(
        (status = 204, description = "Password changed"),
        (status = 400, description = "`invalid_link`", body = ErrorBody),
        (status = 401, description = "`second_factor_required` or `invalid_credentials`", body = ErrorBody),
        (status = 422, description = "Weak password", body = ErrorBody)
    ))]
async fn complete_password_reset(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<CompleteResetRequest>,
) -> AppResult<StatusCode> {
    identity.limit(&client)?;
    let factor = SecondFactor {
        code: body.code,
        recovery_code: body.recovery_code,
        passkey: body.passkey,
    };
    identity
        .complete_password_reset(body.token.trim(), &body.new_password, &factor, &client)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A password-reset link.
#[derive(Deserialize, ToSchema)]
pub struct ResetLinkRequest {
    /// The token from the link.
    pub token: String,
}

/// What finishing a reset will ask for besides the new password.
#[derive(Serialize, ToSchema)]
pub struct ResetFactorsView {
    /// The account's second factors, one of which must be presented: `passkey`, `totp`,
    /// `recovery_code`. Empty when the account has none.
    pub methods: Vec<&'static str>,
}

/// Look at a reset link before using it: which second factor the reset will need. The link
/// stays valid.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/factors", tag = "identity", request_body = ResetLinkRequest,
    responses(
        (status = 200, body = ResetFactorsView),
        (status = 400, description = "`invalid_link`", body = ErrorBody),
        (status = 429, body = ErrorBody)
    ))]
async fn password_reset_factors(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<ResetLinkRequest>,
) -> AppResult<Response> {
    identity.limit(&client)?;
    let methods = identity.password_reset_factors(body.token.trim()).await?;
    Ok((
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(ResetFactorsView { methods }),
    )
        .into_response())
}

/// Options for confirming a password reset with a passkey: pass `options.publicKey` to
/// `navigator.credentials.get` and send the answer as `passkey` to
/// `POST /api/v1/auth/password-reset/complete`. Each start replaces the previous one and
/// can be answered once; `ceremony` is the reset token itself.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/passkey", tag = "identity", request_body = ResetLinkRequest,
    responses(
        (status = 200, body = PasskeyCeremony),
        (status = 400, description = "`invalid_link`", body = ErrorBody),
        (status = 409, description = "`no_passkeys`", body = ErrorBody),
        (status = 429, body = ErrorBody),
        (status = 503, description = "`passkeys_unavailable`", body = ErrorBody)
    ))]
async fn password_reset_passkey(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<ResetLinkRequest>,
) -> AppResult<Response> {
    identity.limit(&client)?;
    let token = body.token.trim().to_owned();
    let options = identity.passkey_reset_start(&token).await?;
    ceremony(token, options)
}

// ----- me -----

/// The signed-in account.
#[derive(Serialize, ToSchema)]
pub struct MeView {
    /// User id.
    pub user_id: UserId,
    /// `@handle:territory`.
    pub handle: String,
    /// Home territory.
    pub territory: TerritoryCode,
    /// Email.
    pub email: String,
    /// Whether the email is confirmed.
    pub email_verified: bool,
    /// Display name.
    pub display_name: String,
    /// Language.
    pub language: String,
    /// Two-factor sign-in on.
    pub totp_enabled: bool,
    /// Explicit role grants.
    pub grants: Vec<Grant>,
    /// How this request authenticated.
    pub credential: Credential,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// The signed-in account.
#[utoipa::path(get, path = "/api/v1/me", tag = "identity", responses((status = 200, body = MeView), (status = 401, body = ErrorBody)))]
async fn me(State(identity): State<Identity>, user: AuthUser) -> AppResult<Json<MeView>> {
    let row = identity.account(&user).await?;
    Ok(Json(MeView {
        user_id: user.user_id,
        handle: format!("@{}:{}", row.handle, user.home_territory.lower()),
        territory: user.home_territory.clone(),
        email: row.email,
        email_verified: row.email_verified_at.is_some(),
        display_name: row.display_name,
        language: row.language,
        totp_enabled: row.totp_enabled_at.is_some(),
        grants: user.grants.clone(),
        credential: user.credential.clone(),
        created_at: row.created_at,
    }))
}

/// A live session.
#[derive(Serialize, ToSchema)]
pub struct SessionView {
    /// Id.
    pub id: Uuid,
    /// This request's session.
    pub current: bool,
    /// Device (user agent).
    pub device: Option<String>,
    /// IP at sign-in.
    pub ip: Option<String>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last seen (refreshed at most once a minute).
    pub last_seen_at: DateTime<Utc>,
    /// Absolute expiry.
    pub expires_at: DateTime<Utc>,
}

/// My live sessions.
#[utoipa::path(get, path = "/api/v1/me/sessions", tag = "identity", responses((status = 200, body = [SessionView]), (status = 401, body = ErrorBody)))]
async fn list_sessions(
    State(identity): State<Identity>,
    user: AuthUser,
) -> AppResult<Json<Vec<SessionView>>> {
    let current = user.session_id();
    let rows = identity.sessions(&user).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| SessionView {
                current: Some(r.id) == current,
                id: r.id,
                device: r.user_agent,
                ip: r.ip,
                created_at: r.created_at,
                last_seen_at: r.last_seen_at,
                expires_at: r.expires_at,
            })
            .collect(),
    ))
}

/// Revoke one of my sessions.
#[utoipa::path(delete, path = "/api/v1/me/sessions/{id}", tag = "identity", params(("id" = Uuid, Path, description = "Session id")),
    responses((status = 204, description = "Revoked"), (status = 404, description = "`session_not_found`", body = ErrorBody)))]
async fn revoke_session(
    State(identity): State<Identity>,
    user: AuthUser,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    let id = Uuid::parse_str(&id)
        .map_err(|_| AppError::bad_request("invalid_id", "The session id must be a UUID."))?;
    identity.revoke_session(&user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How many were revoked.
#[derive(Serialize, ToSchema)]
pub struct Revoked {
    /// Count.
    pub revoked: u64,
}

/// Revoke every session of mine except this one.
#[utoipa::path(post, path = "/api/v1/me/sessions/revoke-others", tag = "identity", responses((status = 200, body = Revoked), (status = 401, body = ErrorBody)))]
async fn revoke_other_sessions(
    State(identity): State<Identity>,
    user: AuthUser,
) -> AppResult<Json<Revoked>> {
    Ok(Json(Revoked {
        revoked: identity.revoke_other_sessions(&user).await?,
    }))
}

/// One activity entry.
#[derive(Serialize, ToSchema)]
pub struct ActivityView {
    /// Id.
    pub id: i64,
    /// Kind, e.g. `signed_in`, `sign_in_failed`, `new_network_sign_in`, `password_changed`.
    pub kind: String,
    /// Client IP.
    pub ip: Option<String>,
    /// User agent.
    pub user_agent: Option<String>,
    /// Details.
    #[schema(value_type = Object)]
    pub detail: serde_json::Value,
    /// When.
    pub at: DateTime<Utc>,
}

/// Paging.
#[derive(Deserialize, IntoParams)]
pub struct Limit {
    /// At most this many (1–500, default 100).
    pub limit: Option<i64>,
}

/// My activity log, newest first.
#[utoipa::path(get, path = "/api/v1/me/activity", tag = "identity", params(Limit), responses((status = 200, body = [ActivityView]), (status = 401, body = ErrorBody)))]
async fn my_activity(
    State(identity): State<Identity>,
    user: AuthUser,
    Query(q): Query<Limit>,
) -> AppResult<Json<Vec<ActivityView>>> {
    let rows = identity.activity(&user, q.limit.unwrap_or(100)).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r: repo::ActivityRow| ActivityView {
                id: r.id,
                kind: r.kind,
                ip: r.ip,
                user_agent: r.user_agent,
                detail: r.detail,
                at: r.at,
            })
            .collect(),
    ))
}

/// Change the password.
#[derive(Deserialize, ToSchema)]
pub struct ChangePasswordRequest {
    /// The current password.
    pub current_password: String,
    /// The new password.
    pub new_password: String,
}

/// Change my password; my other sessions end.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "identity", request_body = ChangePasswordRequest,
    responses((status = 200, body = Revoked), (status = 403, description = "`reauthentication_failed`", body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn change_password(
    State(identity): State<Identity>,
    user: AuthUser,
    client: ClientInfo,
    Body(body): Body<ChangePasswordRequest>,
) -> AppResult<Json<Revoked>> {
    let revoked = identity
        .change_password(&user, &body.current_password, &body.new_password, &client)
        .await?;
    Ok(Json(Revoked { revoked }))
}

/// Change the email address.
#[derive(Deserialize, ToSchema)]
pub struct ChangeEmailRequest {
    /// The current password (re-authentication).
    pub password: String,
    /// The new address; a confirmation link goes there.
    pub new_email: String,
}

/// Ask to change my email; the change happens when the link sent to the new address is used.
#[utoipa::path(post, path = "/api/v1/me/email", tag = "identity", request_body = ChangeEmailRequest,
    responses((status = 202, description = "Link sent to the new address"), (status = 403, description = "`reauthentication_failed`", body = ErrorBody), (status = 409, description = "`email_taken`", body = ErrorBody)))]
async fn change_email(
    State(identity): State<Identity>,
    user: AuthUser,
    Body(body): Body<ChangeEmailRequest>,
) -> AppResult<StatusCode> {
    let email = Email::parse(&body.new_email).map_err(|_| {
        AppError::invalid_field(
            "new_email",
            "must be an email address such as ada@example.org",
        )
    })?;
    identity
        .request_email_change(&user, &body.password, &email)
        .await?;
    Ok(StatusCode::ACCEPTED)
}

/// Re-authentication with the password.
#[derive(Deserialize, ToSchema)]
pub struct PasswordRequest {
    /// The current password.
    pub password: String,
}

/// TOTP enrolment material.
#[derive(Serialize, ToSchema)]
pub struct EnrolmentView {
    /// Base32 secret (for manual entry).
    pub secret: String,
    /// otpauth:// URI.
    pub otpauth_uri: String,
    /// SVG QR code of the URI.
    pub qr_svg: String,
}

/// Start TOTP enrolment (needs the password).
#[utoipa::path(post, path = "/api/v1/me/totp/enrol", tag = "identity", request_body = PasswordRequest,
    responses((status = 200, body = EnrolmentView), (status = 403, body = ErrorBody), (status = 409, description = "`totp_already_enabled`", body = ErrorBody)))]
async fn totp_enrol(
    State(identity): State<Identity>,
    user: AuthUser,
    Body(body): Body<PasswordRequest>,
) -> AppResult<Response> {
    let e = identity.totp_enrol(&user, &body.password).await?;
    Ok((
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(EnrolmentView {
            secret: e.secret,
            otpauth_uri: e.otpauth_uri,
            qr_svg: e.qr_svg,
        }),
    )
        .into_response())
}

/// A TOTP code.
#[derive(Deserialize, ToSchema)]
pub struct CodeRequest {
    /// 6 digits from the authenticator.
    pub code: String,
}

/// Recovery codes, shown once.
#[derive(Serialize, ToSchema)]
pub struct RecoveryCodes {
    /// Ten single-use codes.
    pub recovery_codes: Vec<String>,
}

/// Confirm TOTP enrolment with a code; returns ten recovery codes.
#[utoipa::path(post, path = "/api/v1/me/totp/confirm", tag = "identity", request_body = CodeRequest,
    responses((status = 200, body = RecoveryCodes), (status = 422, description = "Wrong code", body = ErrorBody)))]
async fn totp_confirm(
    State(identity): State<Identity>,
    user: AuthUser,
    client: ClientInfo,
    Body(body): Body<CodeRequest>,
) -> AppResult<Response> {
    let codes = identity.totp_confirm(&user, &body.code, &client).await?;
    Ok((
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(RecoveryCodes {
            recovery_codes: codes,
        }),
    )
        .into_response())
}

/// Turn TOTP off.
#[derive(Deserialize, ToSchema)]
pub struct DisableTotpRequest {
    /// The current password.
    pub password: String,
    /// A current authenticator code.
    #[serde(default)]
    pub code: Option<String>,
    /// Or a recovery code.
    #[serde(default)]
    pub recovery_code: Option<String>,
}

/// Turn TOTP off (password and a code).
#[utoipa::path(post, path = "/api/v1/me/totp/disable", tag = "identity", request_body = DisableTotpRequest,
    responses((status = 204, description = "Off"), (status = 403, body = ErrorBody)))]
async fn totp_disable(
    State(identity): State<Identity>,
    user: AuthUser,
    client: ClientInfo,
    Body(body): Body<DisableTotpRequest>,
) -> AppResult<StatusCode> {
    let factor = SecondFactor {
        code: body.code,
        recovery_code: body.recovery_code,
        ..SecondFactor::default()
    };
    identity
        .totp_disable(&user, &body.password, &factor, &client)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

// ----- passkeys -----

/// A registered passkey.
#[derive(Serialize, ToSchema)]
pub struct PasskeyView {
    /// Id.
    pub id: Uuid,
    /// Name given at registration (or renamed).
    pub name: String,
    /// Signature counter last seen (0 for passkeys without one, e.g. synced ones).
    pub sign_count: i64,
    /// Whether its provider may sync it to other devices.
    pub backup_eligible: bool,
    /// Whether it is currently synced.
    pub backup_state: bool,
    /// Registered.
    pub created_at: DateTime<Utc>,
    /// Last used to sign in.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// A passkey just registered, with the recovery codes issued alongside it.
#[derive(Serialize, ToSchema)]
pub struct PasskeyAdded {
    /// The passkey.
    #[serde(flatten)]
    pub passkey: PasskeyView,
    /// Ten single-use recovery codes, shown only now: issued with a passkey when the account
    /// has no unused codes and no authenticator app. Empty otherwise.
    pub recovery_codes: Vec<String>,
}

impl From<repo::PasskeyRow> for PasskeyView {
    fn from(r: repo::PasskeyRow) -> Self {
        Self {
            id: r.id,
            name: r.name,
            sign_count: r.sign_count,
            backup_eligible: r.backup_eligible,
            backup_state: r.backup_state,
            created_at: r.created_at,
            last_used_at: r.last_used_at,
        }
    }
}

/// A started passkey ceremony.
#[derive(Serialize, ToSchema)]
pub struct PasskeyCeremony {
    /// Token for the finish request (single use, 5 minutes).
    pub ceremony: String,
    /// WebAuthn options (`publicKey`), binary fields base64url: decode them and pass
    /// `publicKey` to `navigator.credentials.create` / `.get`.
    #[schema(value_type = Object)]
    pub options: serde_json::Value,
}

fn ceremony(ceremony: String, options: impl Serialize) -> AppResult<Response> {
    let options = serde_json::to_value(options).map_err(AppError::internal)?;
    Ok((
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(PasskeyCeremony { ceremony, options }),
    )
        .into_response())
}

/// My passkeys.
#[utoipa::path(get, path = "/api/v1/me/passkeys", tag = "identity",
    responses((status = 200, body = Vec<PasskeyView>), (status = 401, body = ErrorBody)))]
async fn list_passkeys(
    State(identity): State<Identity>,
    user: AuthUser,
) -> AppResult<Json<Vec<PasskeyView>>> {
    let rows = identity.passkeys(&user).await?;
    Ok(Json(rows.into_iter().map(PasskeyView::from).collect()))
}

/// Start registering a passkey: pass `options.publicKey` to `navigator.credentials.create`.
#[utoipa::path(post, path = "/api/v1/me/passkeys/registration/start", tag = "identity",
    responses((status = 200, body = PasskeyCeremony), (status = 401, body = ErrorBody), (status = 503, description = "`passkeys_unavailable`", body = ErrorBody)))]
async fn passkey_registration_start(
    State(identity): State<Identity>,
    user: AuthUser,
) -> AppResult<Response> {
    let start = identity.passkey_registration_start(&user).await?;
    ceremony(start.ceremony, start.options)
}

/// Finish registering a passkey.
#[derive(Deserialize, ToSchema)]
pub struct PasskeyRegistrationFinish {
    /// The ceremony token from the start.
    pub ceremony: String,
    /// A name to recognise it by (1–64 characters).
    pub name: String,
    /// The authenticator's answer: the `PublicKeyCredential` from
    /// `navigator.credentials.create` as JSON, binary fields base64url.
    #[schema(value_type = Object)]
    pub credential: Box<webauthn_rs::prelude::RegisterPublicKeyCredential>,
}

/// Finish registering a passkey with the authenticator's answer.
#[utoipa::path(post, path = "/api/v1/me/passkeys/registration/finish", tag = "identity", request_body = PasskeyRegistrationFinish,
    responses((status = 201, body = PasskeyAdded),
        (status = 400, description = "`passkey_rejected` or `passkey_ceremony_expired`", body = ErrorBody),
        (status = 409, description = "`passkey_exists`", body = ErrorBody)))]
async fn passkey_registration_finish(
    State(identity): State<Identity>,
    user: AuthUser,
    client: ClientInfo,
    Body(body): Body<PasskeyRegistrationFinish>,
) -> AppResult<(StatusCode, Json<PasskeyAdded>)> {
    let (row, recovery_codes) = identity
        .passkey_registration_finish(&user, &body.ceremony, &body.name, &body.credential, &client)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(PasskeyAdded {
            passkey: row.into(),
            recovery_codes,
        }),
    ))
}

/// A new name for a passkey.
#[derive(Deserialize, ToSchema)]
pub struct RenamePasskeyRequest {
    /// 1–64 characters.
    pub name: String,
}

/// Rename one of my passkeys.
#[utoipa::path(patch, path = "/api/v1/me/passkeys/{id}", tag = "identity", request_body = RenamePasskeyRequest,
    params(("id" = Uuid, Path, description = "Passkey id")),
    responses((status = 200, body = PasskeyView), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn rename_passkey(
    State(identity): State<Identity>,
    user: AuthUser,
    Path(id): Path<Uuid>,
    Body(body): Body<RenamePasskeyRequest>,
) -> AppResult<Json<PasskeyView>> {
    let row = identity.rename_passkey(&user, id, &body.name).await?;
    Ok(Json(row.into()))
}

/// Delete one of my passkeys (needs the current password).
#[utoipa::path(delete, path = "/api/v1/me/passkeys/{id}", tag = "identity", request_body = PasswordRequest,
    params(("id" = Uuid, Path, description = "Passkey id")),
    responses((status = 204, description = "Deleted"), (status = 403, description = "`reauthentication_failed`", body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn delete_passkey(
    State(identity): State<Identity>,
    user: AuthUser,
    client: ClientInfo,
    Path(id): Path<Uuid>,
    Body(body): Body<PasswordRequest>,
) -> AppResult<StatusCode> {
    identity
        .delete_passkey(&user, id, &body.password, &client)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Start a passwordless sign-in: pass `options.publicKey` to `navigator.credentials.get`.
#[utoipa::path(post, path = "/api/v1/auth/passkey/start", tag = "identity",
    responses((status = 200, body = PasskeyCeremony), (status = 429, body = ErrorBody)))]
async fn passkey_sign_in_start(
    State(identity): State<Identity>,
    client: ClientInfo,
) -> AppResult<Response> {
    identity.limit(&client)?;
    let start = identity.passkey_sign_in_start().await?;
    ceremony(start.ceremony, start.options)
}

/// Finish a passwordless sign-in.
#[derive(Deserialize, ToSchema)]
pub struct PasskeySignInFinish {
    /// The ceremony token from the start.
    pub ceremony: String,
    /// The `PublicKeyCredential` from `navigator.credentials.get` as JSON (base64url).
    #[schema(value_type = Object)]
    pub credential: Box<webauthn_rs::prelude::PublicKeyCredential>,
}

/// Sign in with a passkey alone (discoverable credential).
#[utoipa::path(post, path = "/api/v1/auth/passkey/finish", tag = "identity", request_body = PasskeySignInFinish,
    responses((status = 200, body = LoginResponse),
        (status = 400, description = "`passkey_ceremony_expired`", body = ErrorBody),
        (status = 401, description = "`invalid_credentials`", body = ErrorBody),
        (status = 429, body = ErrorBody)))]
async fn passkey_sign_in_finish(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<PasskeySignInFinish>,
) -> AppResult<Response> {
    identity.limit(&client)?;
    let session = identity
        .passkey_sign_in_finish(&body.ceremony, &body.credential, &client)
        .await?;
    Ok(signed_in(&identity, session))
}

/// A password challenge to answer with a passkey.
#[derive(Deserialize, ToSchema)]
pub struct ChallengeRequest {
    /// The challenge from `POST /api/v1/auth/login`.
    pub challenge: String,
}

/// Options for answering a sign-in challenge with a passkey (second factor); send the
/// answer as `passkey` to `POST /api/v1/auth/login/second-factor`.
#[utoipa::path(post, path = "/api/v1/auth/login/second-factor/passkey", tag = "identity", request_body = ChallengeRequest,
    responses((status = 200, body = PasskeyCeremony), (status = 401, body = ErrorBody), (status = 409, description = "`no_passkeys`", body = ErrorBody), (status = 429, body = ErrorBody)))]
async fn passkey_second_factor_start(
    State(identity): State<Identity>,
    client: ClientInfo,
    Body(body): Body<ChallengeRequest>,
) -> AppResult<Response> {
    identity.limit(&client)?;
    let options = identity
        .passkey_second_factor_start(&body.challenge)
        .await?;
    ceremony(body.challenge, options)
}

/// A personal access token (never its secret after creation).
#[derive(Serialize, ToSchema)]
pub struct ApiKeyView {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// First characters, to recognise it.
    pub prefix: String,
    /// Scopes.
    pub scopes: Vec<String>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Expiry.
    pub expires_at: DateTime<Utc>,
    /// Last use.
    pub last_used_at: Option<DateTime<Utc>>,
    /// IP of the last use.
    pub last_used_ip: Option<String>,
    /// When revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<repo::KeyRow> for ApiKeyView {
    fn from(r: repo::KeyRow) -> Self {
        Self {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            scopes: r.scopes,
            created_at: r.created_at,
            expires_at: r.expires_at,
            last_used_at: r.last_used_at,
            last_used_ip: r.last_used_ip,
            revoked_at: r.revoked_at,
        }
    }
}

/// My API keys.
#[utoipa::path(get, path = "/api/v1/me/api-keys", tag = "identity", responses((status = 200, body = [ApiKeyView]), (status = 401, body = ErrorBody)))]
async fn list_api_keys(
    State(identity): State<Identity>,
    user: AuthUser,
) -> AppResult<Json<Vec<ApiKeyView>>> {
    Ok(Json(
        identity
            .api_keys(&user)
            .await?
            .into_iter()
            .map(Into::into)
            .collect(),
    ))
}

/// A new key.
#[derive(Deserialize, ToSchema)]
pub struct CreateKeyRequest {
    /// A name to recognise it by.
    pub name: String,
    /// `read`, `write`, `admin`.
    pub scopes: Vec<String>,
    /// Days until it expires (1–365).
    pub expires_in_days: i64,
}

/// A created key with its secret (shown once).
#[derive(Serialize, ToSchema)]
pub struct CreatedKey {
    /// The secret `up_pat_…` token.
    pub token: String,
    /// The key.
    pub key: ApiKeyView,
}

/// Create a personal access token.
#[utoipa::path(post, path = "/api/v1/me/api-keys", tag = "identity", request_body = CreateKeyRequest,
    responses((status = 201, body = CreatedKey), (status = 422, body = ErrorBody), (status = 403, description = "`session_required`", body = ErrorBody)))]
async fn create_api_key(
    State(identity): State<Identity>,
    user: AuthUser,
    Body(body): Body<CreateKeyRequest>,
) -> AppResult<Response> {
    let (token, row) = identity
        .create_api_key(&user, &body.name, &body.scopes, body.expires_in_days)
        .await?;
    Ok((
        StatusCode::CREATED,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(CreatedKey {
            token,
            key: row.into(),
        }),
    )
        .into_response())
}

/// Revoke one of my keys.
#[utoipa::path(delete, path = "/api/v1/me/api-keys/{id}", tag = "identity", params(("id" = Uuid, Path, description = "Key id")),
    responses((status = 204, description = "Revoked"), (status = 404, description = "`api_key_not_found`", body = ErrorBody)))]
async fn revoke_api_key(
    State(identity): State<Identity>,
    user: AuthUser,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    let id = Uuid::parse_str(&id)
        .map_err(|_| AppError::bad_request("invalid_id", "The key id must be a UUID."))?;
    identity.revoke_api_key(&user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A member of a territory.
#[derive(Serialize, ToSchema)]
pub struct MemberView {
    /// User id.
    pub user_id: Uuid,
    /// `@handle:territory`.
    pub handle: String,
    /// Display name.
    pub display_name: String,
    /// Locked by an admin.
    pub locked: bool,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// Accounts of a territory (its moderators, territory admins and platform admins only).
#[utoipa::path(get, path = "/api/v1/t/{territory}/members", tag = "identity", params(("territory" = String, Path, description = "Territory code")),
    responses((status = 200, body = [MemberView]), (status = 403, description = "`forbidden`", body = ErrorBody)))]
async fn territory_members(
    State(identity): State<Identity>,
    user: AuthUser,
    Path(territory): Path<String>,
) -> AppResult<Json<Vec<MemberView>>> {
    let territory = TerritoryCode::parse(&territory)?;
    let rows = identity.territory_members(&user, &territory).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| MemberView {
                user_id: r.id,
                handle: format!("@{}:{}", r.handle, territory.lower()),
                display_name: r.display_name,
                locked: r.disabled_at.is_some(),
                created_at: r.created_at,
            })
            .collect(),
    ))
}

/// A role to grant or withdraw in this territory.
#[derive(Deserialize, ToSchema)]
pub struct TerritoryRoleRequest {
    /// `moderator`, `instructor`, `translator` or `member` (territory and platform admin
    /// are granted by platform admins on the admin routes).
    pub role: Role,
}

/// Grant a role in this territory (territory admins; from `identity.admin_allow` networks).
#[utoipa::path(post, path = "/api/v1/t/{territory}/members/{id}/roles", tag = "identity",
    params(("territory" = String, Path, description = "Territory code"), ("id" = Uuid, Path, description = "User id")),
    request_body = TerritoryRoleRequest,
    responses((status = 200, body = GrantsView), (status = 403, description = "`forbidden`, `role_not_delegable` or `admin_network_refused`", body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn territory_grant_role(
    State(identity): State<Identity>,
    user: AuthUser,
    client: ClientInfo,
    Path((territory, id)): Path<(String, String)>,
    Body(body): Body<TerritoryRoleRequest>,
) -> AppResult<Json<GrantsView>> {
    let territory = TerritoryCode::parse(&territory)?;
    let grants = identity
        .territory_set_role(&user, &client, &territory, user_id(&id)?, body.role, true)
        .await?;
    Ok(Json(GrantsView { grants }))
}

/// Withdraw a role in this territory (territory admins; from `identity.admin_allow` networks).
#[utoipa::path(post, path = "/api/v1/t/{territory}/members/{id}/roles/revoke", tag = "identity",
    params(("territory" = String, Path, description = "Territory code"), ("id" = Uuid, Path, description = "User id")),
    request_body = TerritoryRoleRequest,
    responses((status = 200, body = GrantsView), (status = 403, body = ErrorBody), (status = 404, description = "`grant_not_found`", body = ErrorBody)))]
async fn territory_revoke_role(
    State(identity): State<Identity>,
    user: AuthUser,
    client: ClientInfo,
    Path((territory, id)): Path<(String, String)>,
    Body(body): Body<TerritoryRoleRequest>,
) -> AppResult<Json<GrantsView>> {
    let territory = TerritoryCode::parse(&territory)?;
    let grants = identity
        .territory_set_role(&user, &client, &territory, user_id(&id)?, body.role, false)
        .await?;
    Ok(Json(GrantsView { grants }))
}

// ----- admin -----

/// A territory to create.
#[derive(Deserialize, ToSchema)]
pub struct CreateTerritoryRequest {
    /// Two-letter code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Region code.
    pub region: String,
    /// Default language tag.
    pub default_language: String,
}

/// The created territory.
#[derive(Serialize, ToSchema)]
pub struct CreatedTerritory {
    /// Code.
    pub code: TerritoryCode,
    /// Name.
    pub name: String,
    /// Region.
    pub region: RegionCode,
    /// Status.
    pub status: String,
}

/// Create a territory (schema provisioned on its region's primary).
#[utoipa::path(post, path = "/api/v1/admin/territories", tag = "admin", request_body = CreateTerritoryRequest,
    responses((status = 201, body = CreatedTerritory), (status = 403, description = "`admin_network_refused` or `forbidden`", body = ErrorBody), (status = 409, description = "`territory_exists`", body = ErrorBody)))]
async fn admin_create_territory(
    State(identity): State<Identity>,
    AdminGuard(admin): AdminGuard,
    Body(body): Body<CreateTerritoryRequest>,
) -> AppResult<(StatusCode, Json<CreatedTerritory>)> {
    let name = body.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::invalid_field("name", "must be 1–100 characters"));
    }
    let new = store::NewTerritory {
        code: TerritoryCode::parse(&body.code)?,
        name: name.to_owned(),
        region: RegionCode::parse(&body.region)?,
        default_language: LanguageTag::parse(&body.default_language)?,
    };
    let t = identity.admin_create_territory(&admin, &new).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedTerritory {
            code: t.code,
            name: t.name,
            region: t.region,
            status: t.status.as_str().to_owned(),
        }),
    ))
}

fn user_id(raw: &str) -> AppResult<UserId> {
    UserId::parse(raw)
}

/// Lock (disable) an account and end its sessions.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/lock", tag = "admin", params(("id" = Uuid, Path, description = "User id")),
    responses((status = 200, body = Revoked), (status = 403, body = ErrorBody), (status = 404, description = "`user_not_found`", body = ErrorBody)))]
async fn admin_lock_user(
    State(identity): State<Identity>,
    AdminGuard(admin): AdminGuard,
    Path(id): Path<String>,
) -> AppResult<Json<Revoked>> {
    let revoked = identity
        .admin_set_locked(&admin, user_id(&id)?, true)
        .await?;
    Ok(Json(Revoked { revoked }))
}

/// Unlock an account.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/unlock", tag = "admin", params(("id" = Uuid, Path, description = "User id")),
    responses((status = 204, description = "Unlocked"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn admin_unlock_user(
    State(identity): State<Identity>,
    AdminGuard(admin): AdminGuard,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    identity
        .admin_set_locked(&admin, user_id(&id)?, false)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// End every session of an account.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/revoke-sessions", tag = "admin", params(("id" = Uuid, Path, description = "User id")),
    responses((status = 200, body = Revoked), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn admin_revoke_sessions(
    State(identity): State<Identity>,
    AdminGuard(admin): AdminGuard,
    Path(id): Path<String>,
) -> AppResult<Json<Revoked>> {
    Ok(Json(Revoked {
        revoked: identity
            .admin_revoke_sessions(&admin, user_id(&id)?)
            .await?,
    }))
}

/// A role and where it applies.
#[derive(Deserialize, ToSchema)]
pub struct RoleRequest {
    /// The role.
    pub role: Role,
    /// The territory (not for platform_admin).
    #[serde(default)]
    pub territory: Option<String>,
}

/// The user's grants after the change.
#[derive(Serialize, ToSchema)]
pub struct GrantsView {
    /// Grants.
    pub grants: Vec<Grant>,
}

fn role_target(body: &RoleRequest) -> AppResult<Option<TerritoryCode>> {
    body.territory
        .as_deref()
        .map(TerritoryCode::parse)
        .transpose()
}

/// Grant a role in a territory.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/roles", tag = "admin", params(("id" = Uuid, Path, description = "User id")), request_body = RoleRequest,
    responses((status = 200, body = GrantsView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn admin_grant_role(
    State(identity): State<Identity>,
    AdminGuard(admin): AdminGuard,
    Path(id): Path<String>,
    Body(body): Body<RoleRequest>,
) -> AppResult<Json<GrantsView>> {
    let territory = role_target(&body)?;
    let grants = identity
        .admin_set_role(
            Some(&admin),
            user_id(&id)?,
            body.role,
            territory.as_ref(),
            true,
        )
        .await?;
    Ok(Json(GrantsView { grants }))
}

/// Withdraw a role.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/roles/revoke", tag = "admin", params(("id" = Uuid, Path, description = "User id")), request_body = RoleRequest,
    responses((status = 200, body = GrantsView), (status = 403, body = ErrorBody), (status = 404, description = "`grant_not_found`", body = ErrorBody)))]
async fn admin_revoke_role(
    State(identity): State<Identity>,
    AdminGuard(admin): AdminGuard,
    Path(id): Path<String>,
    Body(body): Body<RoleRequest>,
) -> AppResult<Json<GrantsView>> {
    let territory = role_target(&body)?;
    let grants = identity
        .admin_set_role(
            Some(&admin),
            user_id(&id)?,
            body.role,
            territory.as_ref(),
            false,
        )
        .await?;
    Ok(Json(GrantsView { grants }))
}

/// Recent audit entries (security and admin actions; includes `security.failure_burst`).
#[utoipa::path(get, path = "/api/v1/admin/audit", tag = "admin", params(Limit),
    responses((status = 200, body = [AuditEntry]), (status = 403, body = ErrorBody)))]
async fn admin_audit(
    State(identity): State<Identity>,
    _admin: AdminGuard,
    Query(q): Query<Limit>,
) -> AppResult<Json<Vec<AuditEntry>>> {
    let mut conn = identity.platform().control_conn().await?;
    Ok(Json(
        crate::audit::recent(&mut conn, q.limit.unwrap_or(100).clamp(1, 1000)).await?,
    ))
}

/// Verify the audit chain.
#[utoipa::path(get, path = "/api/v1/admin/audit/verify", tag = "admin",
    responses((status = 200, body = Verification), (status = 403, body = ErrorBody)))]
async fn admin_audit_verify(
    State(identity): State<Identity>,
    _admin: AdminGuard,
) -> AppResult<Json<Verification>> {
    let mut conn = identity.platform().control_conn().await?;
    Ok(Json(crate::audit::verify(&mut conn).await?))
}
