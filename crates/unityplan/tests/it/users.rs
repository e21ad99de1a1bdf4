//! Test helpers for creating users, for every domain's tests:
//!
//! ```ignore
//! let token = users::register_and_login(&app, "DK", "ada").await;   // bearer token
//! users::grant_role(&app, "ada", "moderator", Some("SE")).await;    // direct DB write
//! app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await
//! ```
//!
//! Accounts get the password [`PASSWORD`] and the email `<handle>@example.test`.

#![allow(dead_code)]
// Test helpers fail loudly: that is their job.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use crate::support::{connect, TestApp};

/// The password of every helper-made account.
pub const PASSWORD: &str = "violet tractor orbit lantern";

/// The email of a helper-made account.
pub fn email_of(handle: &str) -> String {
    format!("{handle}@example.test")
}

/// Mail files (`.eml`) in `dir`, oldest first.
pub fn mails_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|raw| decode_qp(&raw))
        .collect()
}

/// Undo quoted-printable soft breaks and the escapes our mails can contain.
pub fn decode_qp(raw: &str) -> String {
    raw.replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
        .replace("=20", " ")
}

/// The `token=` value of the newest mail to `to` whose text contains `needle`.
pub fn token_in(mails: &[String], to: &str, needle: &str) -> Option<String> {
    mails
        .iter()
        .rev()
        .filter(|m| m.contains(to) && m.contains(needle))
        .find_map(|m| {
            let start = m.find("token=")? + "token=".len();
            let token: String = m[start..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            Some(token)
        })
}

/// Wait (up to 10 s) for a mail to `to` containing `needle` in `dir`; return its link token.
pub async fn wait_for_token(dir: &Path, to: &str, needle: &str) -> String {
    for _ in 0..200 {
        if let Some(t) = token_in(&mails_in(dir), to, needle) {
            return t;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no mail to {to} containing {needle:?} in {}", dir.display());
}

/// The file outbox of an app running with the default mail backend.
pub fn outbox(app: &TestApp) -> std::path::PathBuf {
    app.config.data.dir.join("outbox")
}

/// Register `handle` in `territory` (password [`PASSWORD`]), confirm the email through the
/// outbox link, sign in, and return the bearer token.
pub async fn register_and_login(app: &TestApp, territory: &str, handle: &str) -> String {
    let email = email_of(handle);
    let (status, body) = app
        .post_json(
            &format!("/api/v1/t/{territory}/auth/register"),
            &serde_json::json!({
                "handle": handle, "email": email, "password": PASSWORD,
                "display_name": handle, "language": "en"
            }),
        )
        .await;
    assert_eq!(status, 201, "register {handle}: {body}");
    let token = wait_for_token(&outbox(app), &email, "verify-email").await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/verify-email",
            &serde_json::json!({ "token": token }),
        )
        .await;
    assert_eq!(status, 204, "verify {handle}: {body}");
    login(app, handle).await
}

/// Sign in an existing helper-made account; returns the bearer token.
pub async fn login(app: &TestApp, handle: &str) -> String {
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login",
            &serde_json::json!({ "login": handle, "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, 200, "login {handle}: {body}");
    body["token"].as_str().expect("token").to_owned()
}

/// The user id of a handle (from the control-plane directory).
pub async fn user_id(app: &TestApp, handle: &str) -> uuid::Uuid {
    let mut conn = connect(&app.db_url).await;
    sqlx::query_scalar("SELECT user_id FROM control.identity_directory WHERE handle = $1")
        .bind(handle)
        .fetch_one(&mut conn)
        .await
        .expect("user in directory")
}

/// Grant `role` (`platform_admin`, `territory_admin`, `moderator`, `instructor`,
/// `translator`, `member`) to `handle` in `territory` (ignored for platform_admin), by a
/// direct write to the user's home schema. Takes effect on the next request.
pub async fn grant_role(app: &TestApp, handle: &str, role: &str, territory: Option<&str>) {
    let mut conn = connect(&app.db_url).await;
    let (user, home): (uuid::Uuid, String) = sqlx::query_as(
        "SELECT user_id, territory FROM control.identity_directory WHERE handle = $1",
    )
    .bind(handle)
    .fetch_one(&mut conn)
    .await
    .expect("user in directory");
    let scope = if role == "platform_admin" {
        "*".to_owned()
    } else {
        territory
            .expect("territory for this role")
            .to_ascii_uppercase()
    };
    let schema: String =
        sqlx::query_scalar("SELECT schema_name FROM control.territories WHERE code = $1")
            .bind(&home)
            .fetch_one(&mut conn)
            .await
            .expect("home territory");
    sqlx::query(&format!(
        "INSERT INTO {schema}.identity_role_grants (user_id, territory, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"
    ))
    .bind(user)
    .bind(scope)
    .bind(role)
    .execute(&mut conn)
    .await
    .expect("grant role");
}
