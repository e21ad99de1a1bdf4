//! Admin HTTP endpoints of territory moves (`/api/v1/admin/moves…`), behind the identity
//! crate's admin guard (admin network + platform admin). Operator actions are also written to
//! the tamper-evident audit log; every state change is in the move's step log.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use identity::AdminGuard;
use kernel::error::ErrorBody;
use kernel::{AppError, AppResult, TerritoryCode};
use serde::Deserialize;
use sqlx::Connection;
use store::moves::{self, MoveOptions, MoveStatus, MoveTarget};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::server::AppState;

/// Every move step-log entry also goes to the identity crate's tamper-evident audit log.
pub fn audit_move_steps() {
    moves::set_audit(append_move_event);
}

fn append_move_event<'c>(
    conn: &'c mut sqlx::PgConnection,
    action: &'c str,
    target: &'c str,
    detail: serde_json::Value,
) -> futures::future::BoxFuture<'c, AppResult<()>> {
    Box::pin(async move {
        // A savepoint inside the caller's transaction, or a transaction of its own.
        let mut tx = conn.begin().await?;
        identity::audit::append(&mut tx, None, action, target, detail).await?;
        tx.commit().await?;
        Ok(())
    })
}

/// The move routes.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_moves, start_move))
        .routes(routes!(move_status))
        .routes(routes!(move_action))
}

/// Start a territory move.
#[derive(Debug, Deserialize, ToSchema)]
pub struct StartMove {
    /// Territory code, e.g. `DK`.
    pub territory: String,
    /// Target region code or database node name.
    pub to: String,
    /// Tunables (defaults when omitted).
    #[serde(default)]
    pub options: Option<MoveOptions>,
}

async fn audit(
    state: &AppState,
    admin: &AdminGuard,
    action: &str,
    code: &TerritoryCode,
    detail: serde_json::Value,
) -> AppResult<()> {
    let mut conn = state.platform.control_conn().await?;
    let mut tx = conn.begin().await?;
    identity::audit::append(
        &mut tx,
        Some(admin.0.user_id.0),
        action,
        &format!("territory:{code}"),
        detail,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Every territory move, newest first.
#[utoipa::path(get, path = "/api/v1/admin/moves", tag = "admin", responses(
    (status = 200, body = [MoveStatus]),
    (status = 401, description = "Not signed in", body = ErrorBody),
    (status = 403, description = "`admin_network_refused` or not a platform admin", body = ErrorBody)
))]
async fn list_moves(
    _admin: AdminGuard,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<MoveStatus>>> {
    Ok(Json(moves::list(&state.platform).await?))
}

/// Start moving a territory to another region's server. Pre-checks run first; a refused move
/// changes nothing. A running `unityplan serve` drives the move.
#[utoipa::path(post, path = "/api/v1/admin/moves", tag = "admin", request_body = StartMove, responses(
    (status = 201, body = MoveStatus),
    (status = 404, description = "`territory_not_found`", body = ErrorBody),
    (status = 409, description = "`move_in_progress`, `move_table_without_key`, `move_target_schema_exists`, `move_same_server`, `move_wal_level`, `move_no_slot_headroom`, `move_version_mismatch`", body = ErrorBody),
    (status = 422, description = "`validation_failed` (unknown target, bad options)", body = ErrorBody),
    (status = 503, description = "`move_target_unreachable`", body = ErrorBody)
))]
async fn start_move(
    admin: AdminGuard,
    State(state): State<AppState>,
    Json(body): Json<StartMove>,
) -> AppResult<(StatusCode, Json<MoveStatus>)> {
    let code = TerritoryCode::parse(&body.territory)?;
    let status = moves::start(
        &state.platform,
        &code,
        &MoveTarget(body.to.clone()),
        body.options.unwrap_or_default(),
    )
    .await?;
    audit(
        &state,
        &admin,
        "territory_move.start",
        &code,
        serde_json::json!({"move": status.id, "to": body.to}),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(status)))
}

/// Status of a territory's latest move: per-table copy progress with ETA, lag, read share,
/// validation results and the step log.
#[utoipa::path(get, path = "/api/v1/admin/moves/{territory}", tag = "admin",
    params(("territory" = String, Path, description = "Territory code")),
    responses(
        (status = 200, body = MoveStatus),
        (status = 404, description = "`territory_not_found` or `move_not_found`", body = ErrorBody)
    ))]
async fn move_status(
    _admin: AdminGuard,
    State(state): State<AppState>,
    Path(territory): Path<String>,
) -> AppResult<Json<MoveStatus>> {
    let code = TerritoryCode::parse(&territory)?;
    Ok(Json(moves::status(&state.platform, &code).await?))
}

/// Operator actions: `advance`, `pause`, `resume`, `cancel` (before the write switch),
/// `reverse` (after it), `complete`, `restart` (a failed move).
#[utoipa::path(post, path = "/api/v1/admin/moves/{territory}/{action}", tag = "admin",
    params(
        ("territory" = String, Path, description = "Territory code"),
        ("action" = String, Path, description = "advance, pause, resume, cancel, reverse, complete or restart")
    ),
    responses(
        (status = 200, body = MoveStatus),
        (status = 404, description = "`move_not_found` or unknown action (`move_action_unknown`)", body = ErrorBody),
        (status = 409, description = "Not allowed in the move's state (`move_cannot_cancel`, `move_cannot_reverse`, …)", body = ErrorBody)
    ))]
async fn move_action(
    admin: AdminGuard,
    State(state): State<AppState>,
    Path((territory, action)): Path<(String, String)>,
) -> AppResult<Json<MoveStatus>> {
    let code = TerritoryCode::parse(&territory)?;
    let p = &state.platform;
    let status = match action.as_str() {
        "advance" => moves::advance(p, &code).await?,
        "pause" => moves::pause(p, &code).await?,
        "resume" => moves::resume(p, &code).await?,
        "cancel" => moves::cancel(p, &code).await?,
        "reverse" => moves::reverse(p, &code).await?,
        "complete" => moves::complete(p, &code).await?,
        "restart" => moves::restart(p, &code).await?,
        _ => {
            return Err(AppError::not_found(
                "move_action_unknown",
                "Unknown move action; use advance, pause, resume, cancel, reverse, complete or restart.",
            ))
        }
    };
    audit(
        &state,
        &admin,
        &format!("territory_move.{action}"),
        &code,
        serde_json::json!({"move": status.id, "state": status.state}),
    )
    .await?;
    Ok(Json(status))
}
