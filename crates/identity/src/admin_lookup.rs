//! Finding accounts for user administration (`GET /api/v1/admin/users`): the admin routes
//! that lock, unlock, end sessions and change roles take a user id, and this is where an
//! operator gets one from a handle, an email address or a display name. Platform admins
//! only, from `identity.admin_allow` networks (the [`AdminGuard`]).

use std::collections::HashMap;

use axum::extract::{FromRef, Query, State};
use axum::Json;
use chrono::{DateTime, Utc};
use kernel::error::ErrorBody;
use kernel::{AppError, AppResult, TerritoryCode};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use store::Access;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::extract::AdminGuard;
use crate::model::{Grant, Role};
use crate::service::Identity;

/// Longest search text accepted.
const MAX_QUERY_CHARS: usize = 100;
/// Default and largest page.
const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 100;

/// The lookup route, for any app state that can hand out an [`Identity`].
pub fn routes<S>() -> OpenApiRouter<S>
where
    Identity: FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    OpenApiRouter::new().routes(routes!(find_users))
}

/// What to look for. Every field is optional to the deserialiser so that a missing or bad
/// value gets the API's error format (a 400 with a stable code) instead of a plain-text one.
#[derive(Debug, Deserialize, IntoParams)]
pub struct UserQuery {
    /// Home territory of the accounts, e.g. `DK` (required).
    pub territory: Option<String>,
    /// Part of a handle (`ada`, `@ada`, `@ada:dk`), an email address or a display name;
    /// case-insensitive, at most 100 characters. Empty lists the territory's accounts.
    pub q: Option<String>,
    /// At most this many (1–100, default 50).
    pub limit: Option<i64>,
}

/// A validated search.
#[derive(Debug, PartialEq, Eq)]
struct Search {
    territory: TerritoryCode,
    /// Lower-cased text to find; empty matches everyone.
    text: String,
    limit: i64,
}

impl Search {
    fn parse(q: &UserQuery) -> AppResult<Self> {
        let territory = match q.territory.as_deref().map(str::trim) {
            None | Some("") => {
                return Err(AppError::bad_request(
                    "territory_required",
                    "Say which territory to search: `?territory=DK`.",
                ))
            }
            Some(raw) => TerritoryCode::parse(raw)?,
        };
        let raw = q.q.as_deref().unwrap_or("").trim();
        if raw.chars().count() > MAX_QUERY_CHARS {
            return Err(AppError::bad_request(
                "query_too_long",
                format!("Search for at most {MAX_QUERY_CHARS} characters."),
            ));
        }
        let limit = match q.limit {
            None => DEFAULT_LIMIT,
            Some(n) if (1..=MAX_LIMIT).contains(&n) => n,
            Some(_) => {
                return Err(AppError::bad_request(
                    "invalid_limit",
                    format!("`limit` must be 1 to {MAX_LIMIT}."),
                ))
            }
        };
        Ok(Self {
            territory,
            text: handle_text(raw),
            limit,
        })
    }
}

/// `@ada:dk` → `ada` (handles are shown with `@` and the territory; people paste them so);
/// anything else is lower-cased as it is.
fn handle_text(raw: &str) -> String {
    let lower = raw.to_lowercase();
    match lower.strip_prefix('@') {
        Some(rest) => rest.split(':').next().unwrap_or(rest).to_owned(),
        None => lower,
    }
}

/// An account as user administration sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AdminUserView {
    /// User id (what `/api/v1/admin/users/{id}/…` takes).
    pub user_id: Uuid,
    /// `@handle:territory`.
    pub handle: String,
    /// Display name.
    pub display_name: String,
    /// Email address.
    pub email: String,
    /// The email address is confirmed.
    pub email_verified: bool,
    /// Locked (disabled) by an admin: cannot sign in.
    pub locked: bool,
    /// When it was locked.
    pub locked_at: Option<DateTime<Utc>>,
    /// Roles held (kept in the account's home territory).
    pub roles: Vec<Grant>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    handle: String,
    display_name: String,
    email: String,
    email_verified_at: Option<DateTime<Utc>>,
    disabled_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
}

async fn matching_users(
    conn: &mut PgConnection,
    text: &str,
    limit: i64,
) -> Result<Vec<Row>, sqlx::Error> {
    // strpos instead of LIKE: the text needs no escaping of `%` and `_`.
    sqlx::query_as(
        "SELECT id, handle, display_name, email, email_verified_at, disabled_at, created_at
         FROM identity_users
         WHERE $1 = '' OR strpos(handle, $1) > 0 OR strpos(lower(email), $1) > 0
            OR strpos(lower(display_name), $1) > 0
         ORDER BY (handle = $1 OR lower(email) = $1) DESC, handle
         LIMIT $2",
    )
    .bind(text)
    .bind(limit)
    .fetch_all(conn)
    .await
}

async fn grants_of(
    conn: &mut PgConnection,
    users: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Grant>>, sqlx::Error> {
    let rows: Vec<(Uuid, String, String)> = sqlx::query_as(
        "SELECT user_id, territory, role FROM identity_role_grants
         WHERE user_id = ANY($1) ORDER BY territory, role",
    )
    .bind(users)
    .fetch_all(conn)
    .await?;
    let mut map: HashMap<Uuid, Vec<Grant>> = HashMap::new();
    for (user, territory, role) in rows {
        let Ok(role) = role.parse::<Role>() else {
            continue;
        };
        let territory = if territory == "*" {
            None
        } else {
            match TerritoryCode::parse(&territory) {
                Ok(t) => Some(t),
                Err(_) => continue,
            }
        };
        map.entry(user).or_default().push(Grant { role, territory });
    }
    Ok(map)
}

/// Find accounts of a territory by handle, email address or display name (platform admins,
/// from `identity.admin_allow` networks). Exact handle or email matches come first.
#[utoipa::path(get, path = "/api/v1/admin/users", tag = "admin", params(UserQuery),
    responses(
        (status = 200, body = [AdminUserView]),
        (status = 400, description = "`territory_required`, `invalid_territory_code`, `query_too_long`, `invalid_limit`", body = ErrorBody),
        (status = 403, description = "`admin_network_refused` or `forbidden`", body = ErrorBody),
        (status = 404, description = "`territory_not_found`", body = ErrorBody)
    ))]
async fn find_users(
    State(identity): State<Identity>,
    _admin: AdminGuard,
    Query(query): Query<UserQuery>,
) -> AppResult<Json<Vec<AdminUserView>>> {
    let search = Search::parse(&query)?;
    let mut tx = identity
        .platform()
        .router()
        .begin(&search.territory, Access::Read)
        .await?;
    let rows = matching_users(tx.conn(), &search.text, search.limit).await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut grants = grants_of(tx.conn(), &ids).await?;
    tx.commit().await?;
    let suffix = search.territory.lower();
    Ok(Json(
        rows.into_iter()
            .map(|r| AdminUserView {
                user_id: r.id,
                handle: format!("@{}:{suffix}", r.handle),
                display_name: r.display_name,
                email: r.email,
                email_verified: r.email_verified_at.is_some(),
                locked: r.disabled_at.is_some(),
                locked_at: r.disabled_at,
                roles: grants.remove(&r.id).unwrap_or_default(),
                created_at: r.created_at,
            })
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(territory: Option<&str>, q: Option<&str>, limit: Option<i64>) -> UserQuery {
        UserQuery {
            territory: territory.map(str::to_owned),
            q: q.map(str::to_owned),
            limit,
        }
    }

    #[test]
    fn handles_are_searched_without_at_and_territory() {
        assert_eq!(handle_text("@Ada:dk"), "ada");
        assert_eq!(handle_text("@ada"), "ada");
        assert_eq!(handle_text("Ada@Example.test"), "ada@example.test");
        assert_eq!(handle_text(""), "");
    }

    #[test]
    fn bad_queries_are_refused_with_stable_codes() {
        let code = |q: UserQuery| Search::parse(&q).err().map(|e| e.code());
        assert_eq!(
            code(query(None, Some("ada"), None)),
            Some("territory_required")
        );
        assert_eq!(
            code(query(Some("Denmark"), None, None)),
            Some("invalid_territory_code")
        );
        assert_eq!(
            code(query(Some("DK"), Some(&"x".repeat(101)), None)),
            Some("query_too_long")
        );
        assert_eq!(
            code(query(Some("DK"), None, Some(0))),
            Some("invalid_limit")
        );
        let ok = Search::parse(&query(Some("dk"), Some(" @Ada:dk "), None)).ok();
        assert_eq!(
            ok,
            Some(Search {
                territory: TerritoryCode::parse("DK").unwrap(),
                text: "ada".into(),
                limit: DEFAULT_LIMIT
            })
        );
    }
}
