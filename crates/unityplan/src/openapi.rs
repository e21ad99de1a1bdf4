//! The OpenAPI 3.1 document, generated from the route annotations. Every API route is
//! registered through `utoipa_axum::routes!`, which documents it in the same step.

use std::sync::OnceLock;

use axum::http::header;
use axum::response::IntoResponse;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::server::AppState;
use crate::services::Services;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "UnityPlan API",
        description = "Federated, multilingual education and community platform. Errors are \
                       `{\"error\": \"<code>\", \"message\": \"…\", \"fields\": {…}}` with stable codes.",
        license(name = "AGPL-3.0-or-later")
    ),
    components(schemas(kernel::error::ErrorBody)),
    tags(
        (name = "operations", description = "Liveness, readiness, metrics"),
        (name = "platform", description = "Regions, territories and routing"),
        (name = "identity", description = "Accounts, sign-in, sessions, two-factor, API keys"),
        (name = "admin", description = "Administration (CIDR allow-list + platform admin)"),
        (name = "files", description = "Content-addressed files (SHA-256), ranges, immutable caching"),
        (name = "learning", description = "Courses, lessons, question banks, quizzes, attempts")
    )
)]
struct ApiDoc;

/// Every documented route of the selected services.
pub fn router(services: &Services) -> OpenApiRouter<AppState> {
    let mut router = OpenApiRouter::with_openapi(ApiDoc::openapi()).routes(routes!(openapi_json));
    if services.platform {
        router = router.merge(crate::api::routes());
        router = router.merge(identity::routes());
        router = router.merge(identity::admin_lookup::routes());
        router = router.merge(crate::moves_api::routes());
        router = router.merge(forum::routes::<AppState>());
        router = router.merge(crate::forum_people::routes());
        router = router.merge(crate::events_api::routes());
        router = router.merge(files::routes());
        router = router.merge(learning::routes());
    }
    router
}

/// The document for every service, as JSON.
pub fn document() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| {
        let (_, api) = router(&Services::all()).split_for_parts();
        api.to_pretty_json()
            .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    })
}

/// This OpenAPI 3.1 document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "operations", responses(
    (status = 200, description = "OpenAPI 3.1 document", content_type = "application/json", body = Object)
))]
async fn openapi_json() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], document())
}
