//! Platform routes: liveness, readiness, metrics, and the region/territory registry.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use kernel::error::ErrorBody;
use kernel::{AppError, AppResult, RegionCode, TerritoryCode};
use serde::Serialize;
use store::platform::{NodeSummary, RegionReadiness};
use store::{Territory, TerritoryStatus};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::server::AppState;

/// The platform routes.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(metrics))
        .routes(routes!(list_regions))
        .routes(routes!(list_territories))
        .routes(routes!(get_territory))
        .routes(routes!(territory_status))
}

/// Liveness.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` while the process serves.
    pub status: &'static str,
}

/// The process is alive.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, body = Health)))]
async fn healthz() -> Json<Health> {
    Json(Health { status: "ok" })
}

/// Readiness of the control plane and every region.
#[derive(Serialize, ToSchema)]
pub struct Readiness {
    /// True when the control plane and every region are ready.
    pub ready: bool,
    /// The control-plane database answers.
    pub control_plane: bool,
    /// Per region: ready when a primary is reachable.
    pub regions: Vec<RegionReadiness>,
    /// The event backbone: transport, NATS connection, relay. A NATS outage does not make
    /// the process unready (events wait in the outbox); it is reported here.
    pub events: events::EventsStatus,
}

/// Ready when the control plane answers and every region has a reachable primary.
#[utoipa::path(get, path = "/readyz", tag = "operations", responses(
    (status = 200, description = "Ready", body = Readiness),
    (status = 503, description = "Not ready; the body says which part is down", body = Readiness)
))]
async fn readyz(State(state): State<AppState>) -> Response {
    let control_plane = state.platform.control_plane_ready().await;
    let regions = state.platform.regions();
    let ready = control_plane && regions.iter().all(|r| r.ready);
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        Json(Readiness {
            ready,
            control_plane,
            regions,
            events: state.events.status(),
        }),
    )
        .into_response()
}

/// Prometheus metrics (text exposition format).
#[utoipa::path(get, path = "/metrics", tag = "operations", responses(
    (status = 200, description = "Prometheus text format", content_type = "text/plain", body = String)
))]
async fn metrics(State(state): State<AppState>) -> AppResult<Response> {
    state.platform.refresh_metrics();
    state.events.refresh_metrics().await;
    let mut body = String::new();
    prometheus_client::encoding::text::encode(&mut body, &state.metrics_registry)
        .map_err(AppError::internal)?;
    Ok((
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        body,
    )
        .into_response())
}

/// A region with its database nodes and territories.
#[derive(Serialize, ToSchema)]
pub struct RegionView {
    /// Code, e.g. `eu`.
    pub code: RegionCode,
    /// Name, e.g. `Europe`.
    pub name: String,
    /// True when a primary is reachable.
    pub ready: bool,
    /// Territories served by this region.
    pub territories: Vec<TerritoryCode>,
    /// Database nodes with observed state and pool figures.
    pub nodes: Vec<NodeSummary>,
}

/// List regions with node health and pool figures.
#[utoipa::path(get, path = "/api/v1/regions", tag = "platform", responses(
    (status = 200, body = [RegionView]),
    (status = 503, description = "Control plane unavailable", body = ErrorBody)
))]
async fn list_regions(State(state): State<AppState>) -> AppResult<Json<Vec<RegionView>>> {
    let territories = state.platform.territories().await?;
    let views = state
        .platform
        .regions()
        .into_iter()
        .map(|r| RegionView {
            name: state.platform.region_name(&r.region).unwrap_or_default(),
            territories: territories
                .iter()
                .filter(|t| t.region == r.region)
                .map(|t| t.code.clone())
                .collect(),
            ready: r.ready,
            nodes: r.nodes,
            code: r.region,
        })
        .collect();
    Ok(Json(views))
}

/// A territory with its region and health.
#[derive(Serialize, ToSchema)]
pub struct TerritoryView {
    /// Two-letter code.
    pub code: TerritoryCode,
    /// Display name.
    pub name: String,
    /// Default language tag.
    pub default_language: String,
    /// Region code.
    pub region: RegionCode,
    /// Region name.
    pub region_name: String,
    /// Lifecycle state.
    pub status: TerritoryStatus,
    /// Routing epoch (bumped when routing changes).
    pub routing_epoch: i64,
    /// `ok` when its region has a reachable primary, else `unavailable`.
    pub health: &'static str,
    /// Created.
    pub created_at: DateTime<Utc>,
}

fn territory_view(state: &AppState, t: Territory) -> TerritoryView {
    TerritoryView {
        health: if state.platform.region_ready(&t.region) {
            "ok"
        } else {
            "unavailable"
        },
        region_name: state.platform.region_name(&t.region).unwrap_or_default(),
        code: t.code,
        name: t.name,
        default_language: t.default_language,
        region: t.region,
        status: t.status,
        routing_epoch: t.routing_epoch,
        created_at: t.created_at,
    }
}

/// List territories with region, status and health.
#[utoipa::path(get, path = "/api/v1/territories", tag = "platform", responses(
    (status = 200, body = [TerritoryView]),
    (status = 503, description = "Control plane unavailable", body = ErrorBody)
))]
async fn list_territories(State(state): State<AppState>) -> AppResult<Json<Vec<TerritoryView>>> {
    let territories = state.platform.territories().await?;
    Ok(Json(
        territories
            .into_iter()
            .map(|t| territory_view(&state, t))
            .collect(),
    ))
}

/// One territory.
#[utoipa::path(get, path = "/api/v1/territories/{code}", tag = "platform",
    params(("code" = String, Path, description = "Two-letter territory code, e.g. DK")),
    responses(
        (status = 200, body = TerritoryView),
        (status = 400, description = "Malformed code (`invalid_territory_code`)", body = ErrorBody),
        (status = 404, description = "No such territory (`territory_not_found`)", body = ErrorBody)
    ))]
async fn get_territory(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> AppResult<Json<TerritoryView>> {
    let code = TerritoryCode::parse(&code)?;
    let territory = state.platform.territory(&code).await?;
    Ok(Json(territory_view(&state, territory)))
}

/// Facts read from inside a territory's own schema, through the router.
#[derive(Serialize, ToSchema)]
pub struct TerritoryStatusView {
    /// Territory code, as stored in its schema.
    pub code: String,
    /// When its schema was provisioned.
    pub provisioned_at: DateTime<Utc>,
    /// Migrations applied to its schema.
    pub migrations: i64,
    /// Database node that served this read.
    pub served_by: String,
}

/// Read a territory's status from its own schema on its region's server.
#[utoipa::path(get, path = "/api/v1/t/{territory}/status", tag = "platform",
    params(("territory" = String, Path, description = "Two-letter territory code")),
    responses(
        (status = 200, body = TerritoryStatusView),
        (status = 404, description = "`territory_not_found`", body = ErrorBody),
        (status = 503, description = "`region_unavailable`, with Retry-After", body = ErrorBody)
    ))]
async fn territory_status(
    State(state): State<AppState>,
    Path(territory): Path<String>,
) -> AppResult<Json<TerritoryStatusView>> {
    let code = TerritoryCode::parse(&territory)?;
    // One statement, one round trip: the hot-read path of the router.
    let mut read = state.platform.router().read_as(&code, None).await?;
    let sql = read.qualify(
        "SELECT code, provisioned_at, (SELECT count(*) FROM {schema}.schema_migrations) \
         FROM {schema}.territory_meta",
    );
    let row: Result<(String, DateTime<Utc>, i64), sqlx::Error> =
        sqlx::query_as(&sql).fetch_one(read.conn()).await;
    let (code, provisioned_at, migrations) = row.map_err(|e| read.observe(e))?;
    let served_by = read.node_name().to_owned();
    Ok(Json(TerritoryStatusView {
        code,
        provisioned_at,
        migrations,
        served_by,
    }))
}
