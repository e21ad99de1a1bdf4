//! The HTTP service: error format, health, readiness, metrics, request ids, compression.

use crate::support::spawn_app;

#[tokio::test]
async fn registry_api_lists_regions_and_territories() {
    let Some(app) = spawn_app().await else { return };
    let (status, regions) = app.get_json("/api/v1/regions").await;
    assert_eq!(status, 200);
    let codes: Vec<&str> = regions
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["af", "am", "ap", "eu"]);
    let eu = regions
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "eu")
        .unwrap();
    assert_eq!(eu["name"], "Europe");
    assert_eq!(eu["ready"], true);
    assert_eq!(
        eu["territories"],
        serde_json::json!(["DE", "DK", "FI", "FR", "NO", "SE", "UK"])
    );
    assert_eq!(eu["nodes"][0]["state"], "primary");

    let (status, territories) = app.get_json("/api/v1/territories").await;
    assert_eq!(status, 200);
    assert_eq!(territories.as_array().unwrap().len(), 19);

    let (status, dk) = app.get_json("/api/v1/territories/dk").await;
    assert_eq!(status, 200);
    assert_eq!(dk["code"], "DK");
    assert_eq!(dk["region"], "eu");
    assert_eq!(dk["status"], "active");
    assert_eq!(dk["health"], "ok");
    assert_eq!(dk["default_language"], "da");

    let (status, st) = app.get_json("/api/v1/t/SE/status").await;
    assert_eq!(status, 200);
    assert_eq!(st["code"], "SE");
    assert_eq!(st["served_by"], "eu-local");
    app.stop().await;
}

#[tokio::test]
async fn errors_have_one_format() {
    let Some(app) = spawn_app().await else { return };
    let (status, body) = app.get_json("/api/v1/territories/xx").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "territory_not_found");
    assert!(body["message"].as_str().unwrap().contains("XX"));

    let (status, body) = app.get_json("/api/v1/territories/d1").await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "invalid_territory_code");

    let (status, body) = app.get_json("/api/v1/t/zz/status").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "territory_not_found");

    let (status, body) = app.get_json("/api/v1/nope").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "route_not_found");

    let response = app
        .client
        .delete(app.url("/api/v1/territories"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "method_not_allowed");
    app.stop().await;
}

#[tokio::test]
async fn health_readiness_metrics_request_ids_and_compression() {
    let Some(app) = spawn_app().await else { return };
    let (status, body) = app.get_json("/healthz").await;
    assert_eq!(
        (status.as_u16(), body["status"].as_str()),
        (200, Some("ok"))
    );

    let (status, body) = app.get_json("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["ready"], true);
    assert_eq!(body["control_plane"], true);
    assert_eq!(body["regions"].as_array().unwrap().len(), 4);

    // Some traffic so the pool series exist, then scrape.
    for _ in 0..3 {
        app.get_json("/api/v1/t/dk/status").await;
    }
    let metrics = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for series in [
        "unityplan_db_pool_max_connections{region=\"eu\",node=\"eu-local\"} 10",
        "unityplan_db_pool_connections{",
        "unityplan_db_pool_in_use_connections{",
        "unityplan_db_pool_idle_connections{",
        "unityplan_db_pool_acquires_total{region=\"eu\",node=\"eu-local\"}",
        "unityplan_db_pool_waits_total{",
        "unityplan_db_pool_acquire_seconds_bucket{",
        "unityplan_db_node_state{region=\"eu\",node=\"eu-local\",state=\"primary\"} 1",
        "unityplan_db_region_available{region=\"eu\"} 1",
        "unityplan_http_requests_total{method=\"GET\",route=\"/api/v1/t/{territory}/status\",status=\"200\"} 3",
        "unityplan_http_request_duration_seconds_bucket{",
    ] {
        assert!(metrics.contains(series), "missing {series} in:\n{metrics}");
    }

    // Request ids are generated and propagated.
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert!(response.headers().get("x-request-id").is_some());
    let response = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "abc-123")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "abc-123");

    // Large responses are compressed when asked.
    let raw = reqwest::Client::builder().no_gzip().build().unwrap();
    let response = raw
        .get(app.url("/api/v1/openapi.json"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
    app.stop().await;
}

#[tokio::test]
async fn extractor_rejections_use_the_error_format() {
    let Some(app) = crate::support::spawn_app_with(|c| c.server.body_limit_bytes = 2048).await
    else {
        return;
    };
    let login = app.url("/api/v1/auth/login");
    // Malformed JSON.
    let response = app
        .client
        .post(&login)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    // Either a domain's own JSON extractor or the normalising middleware answers; both use
    // the error format with a message that says what is wrong.
    assert!(
        ["bad_request", "invalid_body"].contains(&body["error"].as_str().unwrap()),
        "{body}"
    );
    assert!(body["message"].as_str().unwrap().contains("JSON"), "{body}");
    // Wrong content type.
    let response = app
        .client
        .post(&login)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 415);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "unsupported_media_type", "{body}");
    // A body over `server.body_limit_bytes`.
    let big = format!(
        "{{\"login\": \"{}\", \"password\": \"x\"}}",
        "a".repeat(10_000)
    );
    let response = app
        .client
        .post(&login)
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "payload_too_large", "{body}");
    app.stop().await;
}
