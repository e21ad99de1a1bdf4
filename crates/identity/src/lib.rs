//! Identity and access for UnityPlan.
//!
//! # API for other domains (stable)
//!
//! - [`UserId`] (UUID newtype) and [`Role`] (`platform_admin`, `territory_admin`,
//!   `moderator`, `instructor`, `translator`, `member`; snake_case in JSON).
//! - [`AuthUser`]: an axum extractor for a signed-in user. It accepts the session cookie
//!   `__Host-unityplan_session` or `Authorization: Bearer <session token | up_pat_ token>`.
//!   No credential, or an invalid, expired or revoked one, is a 401 `unauthenticated` (never
//!   silently anonymous). Fields: `user_id`, `handle`, `home_territory`, `display_name`,
//!   `language`. Methods: [`AuthUser::has_role`] and [`AuthUser::require`] (403 `forbidden`
//!   with a readable message). Platform admin implies every role everywhere; territory admin
//!   implies that territory's moderator, instructor, translator and member roles; every user
//!   is implicitly a member of their home territory, and any grant in a territory makes its
//!   holder a member there. A personal access token with only the `read` scope is refused
//!   (403 `insufficient_scope`) on methods other than GET/HEAD/OPTIONS.
//! - [`MaybeAuthUser`]`(Option<AuthUser>)`: the same, but no credential at all is `None`.
//! - [`AdminGuard`]: admin routes; the client IP must be inside `identity.admin_allow` (CIDR,
//!   `X-Forwarded-For` believed only from `identity.trusted_proxies`) and the user a
//!   platform admin.
//! - The state these need is [`Identity`], taken from the app state with `FromRef`.
//!
//! Everything else (registration, login, TOTP, keys, admin routes) is served by [`routes`].

pub mod admin_lookup;
pub mod audit;
pub mod extract;
pub mod mailer;
pub mod migrations;
pub mod model;
pub mod passkeys;
pub mod password;
pub mod ratelimit;
pub mod repo;
pub mod routes;
pub mod service;
pub mod tokens;
pub mod totp;

pub use extract::{AdminGuard, AuthUser, ClientInfo, Credential, MaybeAuthUser, SESSION_COOKIE};
pub use model::{Grant, Handle, Role, UserId};
pub use routes::routes;
pub use service::Identity;
