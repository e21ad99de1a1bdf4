//! Identity and access through HTTP against real PostgreSQL (and a real SMTP server).

// Test code fails loudly: that is its job.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod admin;
mod factors;
mod passkeys;
mod smtp;

use serde_json::Value;

use crate::support::TestApp;

/// GET with a bearer token.
pub async fn get_as(app: &TestApp, token: &str, path: &str) -> (reqwest::StatusCode, Value) {
    let r = reqwest::Client::new()
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// POST JSON with a bearer token.
pub async fn post_as(
    app: &TestApp,
    token: &str,
    path: &str,
    body: &Value,
) -> (reqwest::StatusCode, Value) {
    let r = reqwest::Client::new()
        .post(app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .expect("request");
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// DELETE with a bearer token.
#[allow(dead_code)]
pub async fn delete_as(app: &TestApp, token: &str, path: &str) -> reqwest::StatusCode {
    reqwest::Client::new()
        .delete(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("request")
        .status()
}
