//! Admin routes of the event backbone: dead letters per territory, and replaying them.

use axum::extract::{Path, Query, State};
use axum::Json;
use identity::AdminGuard;
use kernel::error::ErrorBody;
use kernel::{AppError, AppResult, TerritoryCode};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::server::AppState;

/// The routes.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(dead_letters))
        .routes(routes!(replay))
}

/// Paging of dead letters.
#[derive(Debug, Deserialize, IntoParams)]
pub struct DeadLetterQuery {
    /// `next` of the previous page.
    pub cursor: Option<String>,
    /// Page size, 1–100 (default 50).
    pub limit: Option<u32>,
}

/// A page of dead letters.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeadLetterPage {
    /// Open dead letters, newest first.
    pub items: Vec<events::consumer::DeadLetter>,
    /// Cursor of the next page.
    pub next: Option<String>,
}

/// The outcome of a replay.
#[derive(Debug, Serialize, ToSchema)]
pub struct Replayed {
    /// True when the handler succeeded (or had already processed the event).
    pub processed: bool,
}

fn cursor(raw: &str) -> AppResult<(chrono::DateTime<chrono::Utc>, Uuid)> {
    let bad = || AppError::bad_request("invalid_cursor", "`cursor` is not from a previous page.");
    let (at, id) = raw.split_once('_').ok_or_else(bad)?;
    let at = chrono::DateTime::parse_from_rfc3339(at).map_err(|_| bad())?;
    Ok((
        at.with_timezone(&chrono::Utc),
        Uuid::parse_str(id).map_err(|_| bad())?,
    ))
}

/// Open dead letters of a territory (platform admins, from `identity.admin_allow`).
#[utoipa::path(get, path = "/api/v1/admin/events/{territory}/dead-letters", tag = "admin",
    params(("territory" = String, Path), DeadLetterQuery),
    responses((status = 200, body = DeadLetterPage), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn dead_letters(
    State(state): State<AppState>,
    _admin: AdminGuard,
    Path(territory): Path<String>,
    Query(q): Query<DeadLetterQuery>,
) -> AppResult<Json<DeadLetterPage>> {
    let territory = TerritoryCode::parse(&territory)?;
    let limit = match q.limit {
        None => 50,
        Some(n) if (1..=100).contains(&n) => i64::from(n),
        Some(_) => return Err(AppError::invalid_field("limit", "must be 1 to 100")),
    };
    let before = q.cursor.as_deref().map(cursor).transpose()?;
    let mut items = state
        .events
        .dead_letters(&territory, before, limit + 1)
        .await?;
    let more = items.len() > usize::try_from(limit).unwrap_or(50);
    items.truncate(usize::try_from(limit).unwrap_or(50));
    let next = more
        .then(|| {
            items
                .last()
                .map(|d| format!("{}_{}", d.failed_at.to_rfc3339(), d.id))
        })
        .flatten();
    Ok(Json(DeadLetterPage { items, next }))
}

/// Replay a dead letter through its consumer (which must run in this process).
#[utoipa::path(post, path = "/api/v1/admin/events/{territory}/dead-letters/{id}/replay", tag = "admin",
    params(("territory" = String, Path), ("id" = Uuid, Path)),
    responses((status = 200, body = Replayed), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn replay(
    State(state): State<AppState>,
    _admin: AdminGuard,
    Path((territory, id)): Path<(String, String)>,
) -> AppResult<Json<Replayed>> {
    let territory = TerritoryCode::parse(&territory)?;
    let id = Uuid::parse_str(&id).map_err(|_| {
        AppError::not_found(
            "dead_letter_not_found",
            "There is no dead letter with that id.",
        )
    })?;
    let processed = state.events.replay_dead_letter(&territory, id).await?;
    Ok(Json(Replayed { processed }))
}
