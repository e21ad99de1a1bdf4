//! The OpenAPI document covers every route: every documented operation exists, and no route
//! is registered outside the documenting router.

use crate::support::spawn_app;

#[tokio::test]
async fn every_documented_route_exists() {
    let Some(app) = spawn_app().await else { return };
    let (status, doc) = app.get_json("/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.contains_key("/api/v1/regions"));
    assert!(paths.contains_key("/api/v1/territories/{code}"));
    for (path, item) in paths {
        for method in item.as_object().unwrap().keys() {
            if !["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                continue;
            }
            // Fill path parameters with plausible values; the route must exist (any answer
            // but `route_not_found` / `method_not_allowed`).
            let concrete = path
                .split('/')
                .map(|seg| {
                    if seg.starts_with('{') {
                        if seg.contains("territory") || seg.contains("code") {
                            "DK"
                        } else {
                            "00000000-0000-0000-0000-000000000000"
                        }
                    } else {
                        seg
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let request = app
                .client
                .request(method.to_uppercase().parse().unwrap(), app.url(&concrete));
            let response = request
                .header("content-type", "application/json")
                .body("{}")
                .send()
                .await
                .unwrap();
            let status = response.status();
            let body: serde_json::Value = response.json().await.unwrap_or(serde_json::Value::Null);
            assert_ne!(
                body["error"], "route_not_found",
                "{method} {path} is documented but not routed"
            );
            assert_ne!(
                body["error"], "method_not_allowed",
                "{method} {path} is documented but not routed"
            );
            // A 404 with a domain code (an unknown post, say) is fine: the route exists.
            let _ = status;
        }
    }
    app.stop().await;
}

/// Routes registered with axum's plain `.route(` are invisible to the OpenAPI generator.
/// Every HTTP route must go through `utoipa_axum::routes!`, so this scans the sources.
#[test]
fn no_route_bypasses_the_documenting_router() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut offenders = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if path
                    .file_name()
                    .is_some_and(|n| n != "tests" && n != "target")
                {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, line) in text.lines().enumerate() {
                    let code = line.trim_start();
                    if code.starts_with("//") {
                        continue;
                    }
                    if code.contains(".route(") {
                        offenders.push(format!("{}:{}: {}", path.display(), i + 1, code));
                    }
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "routes registered outside utoipa_axum::routes! (undocumented):\n{}",
        offenders.join("\n")
    );
}
