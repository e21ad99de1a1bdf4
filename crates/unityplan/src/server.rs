//! The HTTP server: router assembly, middleware (request ids, logging, metrics, timeouts,
//! compression, body limits), and graceful shutdown.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
use kernel::config::Config;
use kernel::error::ErrorReport;
use kernel::AppError;
use prometheus_client::registry::Registry as MetricsRegistry;
use store::{Catalog, Platform, StartOptions};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{
    MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::services::{ServeDir, ServeFile};

use crate::metrics::HttpMetrics;
use crate::services::Services;

/// State shared by every handler. Domain crates ask for their own part through `FromRef`
/// (e.g. `State<Arc<Platform>>`), so a domain never sees another's state.
#[derive(Clone, axum::extract::FromRef)]
pub struct AppState {
    /// The storage platform.
    pub platform: Arc<Platform>,
    /// Prometheus registry with every metric family.
    pub metrics_registry: Arc<MetricsRegistry>,
    /// HTTP metrics.
    pub http_metrics: HttpMetrics,
    /// Accounts, sessions and access control (the `AuthUser`/`AdminGuard` extractors).
    pub identity: identity::Identity,
    /// The event backbone (outbox relay and consumers).
    pub events: events::Events,
    /// Forums.
    pub forum: forum::Forum,
    /// The shared content-addressed file store.
    pub files: Arc<files::FileStore>,
    /// Courses, lessons, question banks, quizzes and attempts.
    pub learning: learning::Learning,
}

static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Build the whole application router for a started platform.
pub fn app(platform: Arc<Platform>, services: &Services, events: events::Events) -> Router {
    let mut registry = MetricsRegistry::default();
    platform.register_metrics(&mut registry);
    store::moves::metrics::register(&mut registry);
    events::metrics::register(&mut registry);
    let http_metrics = HttpMetrics::new();
    http_metrics.register(&mut registry);
    let files = Arc::new(files::FileStore::new(&platform.config().data.dir));
    let state = AppState {
        platform: platform.clone(),
        metrics_registry: Arc::new(registry),
        http_metrics,
        identity: identity::Identity::new(platform.clone()),
        events,
        forum: forum::Forum::new(platform.clone()),
        learning: learning::Learning::new(platform.clone(), files.clone()),
        files,
    };
    let config = platform.config().clone();
    let (api, _openapi) = crate::openapi::router(services).split_for_parts();
    let mut router = api.with_state(state.clone());
    if services.web {
        router = router.fallback_service(web_service(&config));
    } else {
        router = router.fallback(route_not_found);
    }
    router
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::extract::DefaultBodyLimit::max(
            config.server.body_limit_bytes,
        ))
        .layer(middleware::from_fn_with_state(
            Duration::from_secs(config.server.request_timeout_secs),
            timeout,
        ))
        .layer(middleware::from_fn(normalize_errors))
        .layer(middleware::from_fn_with_state(state, observe))
        .layer(CompressionLayer::new().gzip(true).br(true))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID.clone()))
        .layer(SetRequestIdLayer::new(REQUEST_ID.clone(), MakeRequestUuid))
}

fn web_service(config: &Config) -> axum::routing::MethodRouter {
    let dir = &config.server.web_dir;
    let index = dir.join("index.html");
    if index.is_file() {
        axum::routing::get_service(ServeDir::new(dir).fallback(ServeFile::new(index)))
    } else {
        axum::routing::get(no_web_app).fallback(route_not_found)
    }
}

async fn no_web_app(request: Request) -> Response {
    if request.uri().path().starts_with("/api/") {
        return route_not_found().await.into_response();
    }
    Html(
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>UnityPlan</title>\
         <body><h1>UnityPlan is running</h1><p>The web app has not been built in this checkout \
         (<code>npm --prefix web ci &amp;&amp; npm --prefix web run build</code>). The API is at \
         <a href=\"/api/v1/territories\">/api/v1/territories</a>, its description at \
         <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a>, health at \
         <a href=\"/readyz\">/readyz</a>.</p></body></html>",
    )
    .into_response()
}

async fn route_not_found() -> AppError {
    AppError::not_found(
        "route_not_found",
        "There is no such API route. /api/v1/openapi.json lists the routes.",
    )
}

async fn method_not_allowed() -> AppError {
    AppError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "This route does not accept that method. /api/v1/openapi.json lists what it accepts.",
    )
}

async fn timeout(State(limit): State<Duration>, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => AppError::unavailable(
            "request_timeout",
            format!(
                "The request took longer than {} s and was stopped. Try again.",
                limit.as_secs()
            ),
            1,
        )
        .into_response(),
    }
}

/// Give every error response the API's format. Extractor rejections from axum (malformed
/// JSON, a body over the limit, a wrong content type, a bad path or query parameter) answer in
/// plain text; they are rewritten to `{"error": "<code>", "message": "…"}` keeping their status.
async fn normalize_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error())
        || response.extensions().get::<ErrorReport>().is_some()
    {
        return response;
    }
    let is_json = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let detail = axum::body::to_bytes(body, 16 * 1024)
        .await
        .unwrap_or_default();
    let detail = String::from_utf8_lossy(&detail).trim().to_owned();
    let (code, message) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => (
            "payload_too_large",
            "The request body is larger than this server accepts.".to_owned(),
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported_media_type",
            "Send the body as JSON with `Content-Type: application/json`.".to_owned(),
        ),
        StatusCode::UNPROCESSABLE_ENTITY => (
            "invalid_body",
            format!("The request body does not have the expected fields: {detail}"),
        ),
        StatusCode::BAD_REQUEST => ("bad_request", format!("The request is malformed: {detail}")),
        StatusCode::NOT_FOUND => ("not_found", "Not found.".to_owned()),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "This route does not accept that method.".to_owned(),
        ),
        s if s.is_server_error() => (
            "internal",
            "Something went wrong on our side. Please try again.".to_owned(),
        ),
        _ => ("request_refused", "The request was refused.".to_owned()),
    };
    let mut response = AppError::new(status, code, message).into_response();
    for (name, value) in parts.headers.iter() {
        if name != axum::http::header::CONTENT_TYPE && name != axum::http::header::CONTENT_LENGTH {
            response.headers_mut().insert(name.clone(), value.clone());
        }
    }
    response
}

/// Log every request once (with the internal cause of errors) and record HTTP metrics.
async fn observe(State(state): State<AppState>, request: Request<Body>, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_else(|| {
            if path.starts_with("/api/") {
                "unmatched".to_owned()
            } else {
                "static".to_owned()
            }
        });
    let request_id = request
        .extensions()
        .get::<RequestId>()
        .and_then(|id| id.header_value().to_str().ok())
        .unwrap_or("-")
        .to_owned();
    let response = next.run(request).await;
    let elapsed = started.elapsed();
    let status = response.status();
    state
        .http_metrics
        .observe(method.as_str(), &route, status.as_u16(), elapsed);
    let report = response
        .extensions()
        .get::<ErrorReport>()
        .map(|r| r.0.clone());
    let ms = elapsed.as_secs_f64() * 1000.0;
    if status.is_server_error() {
        tracing::error!(%method, path, route, status = status.as_u16(), ms, request_id, error = report.as_deref().map(String::as_str), "request failed");
    } else if status.is_client_error() {
        tracing::info!(%method, path, route, status = status.as_u16(), ms, request_id, error = report.as_deref().map(String::as_str), "request refused");
    } else if route != "/metrics" && route != "/healthz" && route != "/readyz" {
        tracing::debug!(%method, path, route, status = status.as_u16(), ms, request_id, "request");
    }
    response
}

/// Start the platform and serve until `shutdown` resolves, then drain and stop everything.
pub async fn serve(
    config: Config,
    catalog: Catalog,
    services: Services,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let grace = Duration::from_secs(config.server.shutdown_grace_secs);
    let migrate = config.database.migrate_on_start;
    let platform = Arc::new(
        Platform::start(
            config,
            catalog,
            StartOptions {
                ownership: store::embedded::Ownership::Exclusive,
                migrate_control: migrate,
                migrate_territories: migrate,
                background: true,
            },
        )
        .await?,
    );
    let events = events::Events::new(platform.clone(), &platform.config().events, Vec::new())
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
    let app = app(platform.clone(), &services, events.clone());
    events.start();
    // Hot ranks are stored, refreshed here rather than computed per query.
    let hot_ranks = forum::Forum::new(platform.clone()).spawn_hot_job(Duration::from_secs(60));
    // Territory moves continue wherever an instance serves (each move has one driver).
    crate::moves_api::audit_move_steps();
    let moves = tokio::spawn(store::moves::supervise(platform.clone()));
    // Quiz attempts past their deadline are closed even when nobody comes back to them.
    let overdue = learning::Learning::new(
        platform.clone(),
        Arc::new(files::FileStore::new(&platform.config().data.dir)),
    )
    .spawn_overdue_job(Duration::from_secs(2));
    let address = listener.local_addr()?;
    tracing::info!(%address, services = %services, "UnityPlan is serving");
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let server = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown.await;
        let _ = stop_tx.send(true);
        tracing::info!("shutting down: draining in-flight requests");
    });
    let mut stop_rx_for_grace = stop_rx.clone();
    let result = tokio::select! {
        result = server => result.map_err(anyhow::Error::from),
        _ = async {
            let _ = stop_rx_for_grace.wait_for(|stopped| *stopped).await;
            tokio::time::sleep(grace).await;
        } => {
            tracing::warn!(grace_secs = grace.as_secs(), "in-flight requests did not finish in time; closing them");
            Ok(())
        }
    };
    drop(stop_rx);
    events.shutdown().await;
    hot_ranks.abort();
    moves.abort();
    overdue.abort();
    platform.shutdown().await;
    tracing::info!("UnityPlan stopped");
    result
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let term = async {
        match signal(SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
    }
}

/// A header value from a string, for handlers setting headers.
pub fn header_value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static("invalid"))
}
