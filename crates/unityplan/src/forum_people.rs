//! `GET /api/v1/t/{territory}/forum/people?ids=…`: the public forum names (handle and display
//! name) of accounts of a territory, so the web app can name post authors, flaggers and
//! moderators (the forum API carries user ids only). Reads are public like the forum itself;
//! only what every post already shows publicly is returned (no email, no state).

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::Json;
use kernel::error::ErrorBody;
use kernel::{AppError, AppResult, TerritoryCode};
use serde::{Deserialize, Serialize};
use store::Platform;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::server::AppState;

/// Most ids one request may ask about.
const MAX_IDS: usize = 100;

/// The route.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(forum_people))
}

/// Which accounts.
#[derive(Debug, Deserialize, IntoParams)]
pub struct PeopleQuery {
    /// Comma-separated user ids (1 to 100).
    pub ids: String,
}

/// A person as the forum shows them.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct ForumPerson {
    /// User id.
    pub user_id: Uuid,
    /// `@handle:territory`.
    pub handle: String,
    /// Display name.
    pub display_name: String,
}

/// Parse `ids` (comma-separated UUIDs, 1 to 100, duplicates ignored).
pub fn parse_ids(raw: &str) -> AppResult<Vec<Uuid>> {
    let mut ids: Vec<Uuid> = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let id = Uuid::parse_str(part).map_err(|_| {
            AppError::invalid_field("ids", format!("`{part}` is not a user id (UUID)"))
        })?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.is_empty() || ids.len() > MAX_IDS {
        return Err(AppError::invalid_field(
            "ids",
            format!("give 1 to {MAX_IDS} comma-separated user ids"),
        ));
    }
    Ok(ids)
}

/// Names of the given accounts of the territory (unknown ids are left out).
pub async fn people(
    platform: &Platform,
    territory: &TerritoryCode,
    ids: &[Uuid],
) -> AppResult<Vec<ForumPerson>> {
    let mut read = platform.router().read_as(territory, None).await?;
    let sql = read.qualify(
        "SELECT id AS user_id, handle, display_name FROM {schema}.identity_users \
         WHERE id = ANY($1) ORDER BY handle",
    );
    let rows: Result<Vec<ForumPerson>, sqlx::Error> =
        sqlx::query_as(&sql).bind(ids).fetch_all(read.conn()).await;
    let mut rows = rows.map_err(|e| read.observe(e))?;
    let suffix = territory.lower();
    for row in &mut rows {
        row.handle = format!("@{}:{suffix}", row.handle);
    }
    Ok(rows)
}

/// Handles and display names of accounts of a territory, for naming forum authors.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/people", tag = "forum",
    params(("territory" = String, Path), PeopleQuery),
    responses((status = 200, body = [ForumPerson]), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn forum_people(
    State(platform): State<Arc<Platform>>,
    Path(territory): Path<String>,
    Query(q): Query<PeopleQuery>,
) -> AppResult<Json<Vec<ForumPerson>>> {
    let territory = TerritoryCode::parse(&territory)?;
    let ids = parse_ids(&q.ids)?;
    Ok(Json(people(&platform, &territory, &ids).await?))
}
