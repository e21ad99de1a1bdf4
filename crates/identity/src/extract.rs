//! Axum extractors: [`AuthUser`], [`MaybeAuthUser`], [`AdminGuard`] and [`ClientInfo`].

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{header, Method};
use kernel::{AppError, AppResult, TerritoryCode};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::model::{Grant, Role, UserId};
use crate::service::Identity;

/// Name of the browser session cookie (`__Host-`: Secure, Path=/, no Domain).
pub const SESSION_COOKIE: &str = "__Host-unityplan_session";

/// How the request authenticated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Credential {
    /// A session (cookie or bearer).
    Session {
        /// The session id.
        id: Uuid,
    },
    /// A personal access token.
    ApiKey {
        /// The key id.
        id: Uuid,
        /// Its scopes (`read`, `write`, `admin`).
        scopes: Vec<String>,
    },
}

/// A signed-in user (see the crate docs for the rules).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AuthUser {
    /// The user.
    pub user_id: UserId,
    /// Normalised handle (without `@` and territory).
    pub handle: String,
    /// The territory holding the account.
    pub home_territory: TerritoryCode,
    /// Display name.
    pub display_name: String,
    /// Preferred language tag.
    pub language: String,
    /// Roles granted explicitly.
    pub grants: Vec<Grant>,
    /// How this request authenticated.
    pub credential: Credential,
}

impl AuthUser {
    /// Whether the user holds `role` in `territory` (directly or implied).
    pub fn has_role(&self, role: Role, territory: &TerritoryCode) -> bool {
        if self.grants.iter().any(|g| g.role == Role::PlatformAdmin) {
            return true;
        }
        if role == Role::PlatformAdmin {
            return false;
        }
        let here: Vec<Role> = self
            .grants
            .iter()
            .filter(|g| g.territory.as_ref() == Some(territory))
            .map(|g| g.role)
            .collect();
        if here.contains(&role) {
            return true;
        }
        match role {
            Role::Member => &self.home_territory == territory || !here.is_empty(),
            Role::Moderator | Role::Instructor | Role::Translator => {
                here.contains(&Role::TerritoryAdmin)
            }
            Role::TerritoryAdmin | Role::PlatformAdmin => false,
        }
    }

    /// `Ok` when the user holds `role` in `territory`, else 403 `forbidden`.
    pub fn require(&self, role: Role, territory: &TerritoryCode) -> AppResult<()> {
        if self.has_role(role, territory) {
            Ok(())
        } else if role == Role::PlatformAdmin {
            Err(AppError::forbidden(
                "forbidden",
                "This needs a platform admin; your account is not one.",
            ))
        } else {
            Err(AppError::forbidden(
                "forbidden",
                format!(
                    "This needs the {} role in territory {territory}; your account does not have it.",
                    role.label()
                ),
            ))
        }
    }

    /// True for platform admins.
    pub fn is_platform_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role == Role::PlatformAdmin)
    }

    /// The session id when the request came with a session (not an API key).
    pub fn session_id(&self) -> Option<Uuid> {
        match &self.credential {
            Credential::Session { id } => Some(*id),
            Credential::ApiKey { .. } => None,
        }
    }

    /// `Ok` for sessions; API keys may not manage credentials (a leaked key must not be able
    /// to lock its owner out).
    pub fn require_session(&self) -> AppResult<Uuid> {
        self.session_id().ok_or_else(|| {
            AppError::forbidden(
                "session_required",
                "Sign in with your password for this; API keys cannot manage credentials.",
            )
        })
    }
}

/// The client's address and user agent (`X-Forwarded-For` believed only from trusted
/// proxies).
#[derive(Clone, Debug)]
pub struct ClientInfo {
    /// Client IP, when known.
    pub ip: Option<IpAddr>,
    /// User-Agent header.
    pub user_agent: String,
}

impl ClientInfo {
    /// From request parts.
    pub fn from_parts(parts: &Parts, identity: &Identity) -> Self {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let ip = peer.map(|peer| {
            if !identity.is_trusted_proxy(peer) {
                return peer;
            }
            // Walk X-Forwarded-For from the right: the first address that is not one of our
            // proxies is the client. Anything further left was written by the client.
            let mut hops: Vec<IpAddr> = Vec::new();
            for value in parts.headers.get_all("x-forwarded-for") {
                if let Ok(text) = value.to_str() {
                    hops.extend(
                        text.split(',')
                            .filter_map(|s| s.trim().parse::<IpAddr>().ok()),
                    );
                }
            }
            hops.into_iter()
                .rev()
                .find(|ip| !identity.is_trusted_proxy(*ip))
                .unwrap_or(peer)
        });
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .chars()
            .take(300)
            .collect();
        Self { ip, user_agent }
    }
}

impl<S> FromRequestParts<S> for ClientInfo
where
    Identity: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::from_parts(parts, &Identity::from_ref(state)))
    }
}

/// The credential a request carries, if any.
pub(crate) fn presented_token(parts: &Parts) -> Option<String> {
    if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
        let text = value.to_str().ok()?.trim();
        let token = text
            .strip_prefix("Bearer ")
            .or_else(|| text.strip_prefix("bearer "))?;
        return Some(token.trim().to_owned());
    }
    for value in parts.headers.get_all(header::COOKIE) {
        if let Ok(text) = value.to_str() {
            for pair in text.split(';') {
                if let Some((name, value)) = pair.trim().split_once('=') {
                    if name == SESSION_COOKIE {
                        return Some(value.to_owned());
                    }
                }
            }
        }
    }
    None
}

fn check_scope(user: &AuthUser, method: &Method) -> AppResult<()> {
    if let Credential::ApiKey { scopes, .. } = &user.credential {
        let reading = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
        let needed = if reading { "read" } else { "write" };
        let ok = scopes
            .iter()
            .any(|s| s == needed || (reading && s == "write"));
        if !ok {
            return Err(AppError::forbidden(
                "insufficient_scope",
                format!("This API key lacks the `{needed}` scope needed for {method} requests."),
            ));
        }
    }
    Ok(())
}

impl<S> FromRequestParts<S> for AuthUser
where
    Identity: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if let Some(user) = parts.extensions.get::<AuthUser>() {
            return Ok(user.clone());
        }
        let identity = Identity::from_ref(state);
        let Some(token) = presented_token(parts) else {
            return Err(AppError::unauthenticated(
                "Sign in first: send the session cookie or `Authorization: Bearer <token>`.",
            ));
        };
        let client = ClientInfo::from_parts(parts, &identity);
        let user = identity.authenticate(&token, &client).await?;
        check_scope(&user, &parts.method)?;
        parts.extensions.insert(user.clone());
        Ok(user)
    }
}

/// An optional signed-in user: no credential is `None`; a bad credential is still a 401.
#[derive(Clone, Debug)]
pub struct MaybeAuthUser(pub Option<AuthUser>);

impl<S> FromRequestParts<S> for MaybeAuthUser
where
    Identity: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if presented_token(parts).is_none() {
            return Ok(Self(None));
        }
        AuthUser::from_request_parts(parts, state)
            .await
            .map(|u| Self(Some(u)))
    }
}

/// Admin routes: client IP inside `identity.admin_allow` and a platform admin. The network
/// is checked first, so a refused network learns nothing about credentials.
#[derive(Clone, Debug)]
pub struct AdminGuard(pub AuthUser);

impl<S> FromRequestParts<S> for AdminGuard
where
    Identity: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let identity = Identity::from_ref(state);
        let client = ClientInfo::from_parts(parts, &identity);
        if !client.ip.is_some_and(|ip| identity.is_admin_network(ip)) {
            return Err(AppError::forbidden(
                "admin_network_refused",
                "Admin routes only answer requests from the networks in `identity.admin_allow`.",
            ));
        }
        let user = AuthUser::from_request_parts(parts, state).await?;
        if let Credential::ApiKey { scopes, .. } = &user.credential {
            if !scopes.iter().any(|s| s == "admin") {
                return Err(AppError::forbidden(
                    "insufficient_scope",
                    "This API key lacks the `admin` scope needed for admin routes.",
                ));
            }
        }
        user.require(Role::PlatformAdmin, &user.home_territory)?;
        Ok(Self(user))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(grants: Vec<Grant>) -> AuthUser {
        AuthUser {
            user_id: UserId::new(),
            handle: "ada".into(),
            home_territory: TerritoryCode::parse("DK").unwrap(),
            display_name: "Ada".into(),
            language: "da".into(),
            grants,
            credential: Credential::Session { id: Uuid::nil() },
        }
    }

    #[test]
    fn roles_imply() {
        let dk = TerritoryCode::parse("DK").unwrap();
        let se = TerritoryCode::parse("SE").unwrap();
        let plain = user(vec![]);
        assert!(plain.has_role(Role::Member, &dk));
        assert!(!plain.has_role(Role::Member, &se));
        assert!(!plain.has_role(Role::Moderator, &dk));
        let err = plain.require(Role::Moderator, &dk).unwrap_err();
        assert_eq!(err.code(), "forbidden");
        assert!(err.message().contains("moderator"));
        let ta = user(vec![Grant {
            role: Role::TerritoryAdmin,
            territory: Some(se.clone()),
        }]);
        assert!(ta.has_role(Role::Moderator, &se));
        assert!(ta.has_role(Role::Member, &se));
        assert!(!ta.has_role(Role::Moderator, &dk));
        assert!(!ta.has_role(Role::PlatformAdmin, &se));
        let pa = user(vec![Grant {
            role: Role::PlatformAdmin,
            territory: None,
        }]);
        assert!(pa.has_role(Role::TerritoryAdmin, &se));
    }
}
