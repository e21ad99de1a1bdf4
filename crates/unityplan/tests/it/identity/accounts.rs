//! Registration, verification, sign-in, sessions, roles.

use serde_json::json;

use super::{get_as, post_as};
use crate::support::spawn_app;
use crate::users::{self, PASSWORD};

#[tokio::test]
async fn register_verify_login_me_and_roles() {
    let Some(app) = spawn_app().await else { return };
    // Weak password refused with a reason.
    let (status, body) = app
        .post_json(
            "/api/v1/t/DK/auth/register",
            &json!({"handle": "weak", "email": "weak@example.test", "password": "password1", "display_name": "W"}),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body["fields"]["password"]
            .as_str()
            .unwrap()
            .contains("too weak"),
        "{body}"
    );

    let token = users::register_and_login(&app, "DK", "ada").await;
    let (status, me) = get_as(&app, &token, "/api/v1/me").await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["handle"], "@ada:dk");
    assert_eq!(me["territory"], "DK");
    assert_eq!(me["email_verified"], true);

    // Handle taken, platform-wide.
    let (status, body) = app
        .post_json(
            "/api/v1/t/SE/auth/register",
            &json!({"handle": "ada", "email": "other@example.test", "password": PASSWORD, "display_name": "A"}),
        )
        .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"], "handle_taken");

    // Email already registered: the same answer as a fresh registration (no enumeration);
    // the address's owner is told by mail and no second account appears.
    let (status, body) = app
        .post_json(
            "/api/v1/t/SE/auth/register",
            &json!({"handle": "ada_two", "email": users::email_of("ada"), "password": PASSWORD, "display_name": "A"}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["verification_sent"], true);
    assert_eq!(body["handle"], "@ada_two:se");
    let outbox = users::outbox(&app);
    let mut warned = false;
    for _ in 0..100 {
        warned = users::mails_in(&outbox)
            .iter()
            .any(|m| m.contains("Someone tried to register") && m.contains("ada_two"));
        if warned {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(warned, "the owner of the address is told");
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": "ada_two", "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, 401, "no account was created: {body}");

    // The login set the `__Host-` session cookie on the app's client: it authenticates too.
    let (status, body) = app.get_json("/api/v1/me").await;
    assert_eq!(status, 200, "{body}");
    // No credential, bad token: 401 unauthenticated.
    let r = reqwest::get(app.url("/api/v1/me")).await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(
        r.json::<serde_json::Value>().await.unwrap()["error"],
        "unauthenticated"
    );
    let (status, body) = get_as(&app, "ses_dk_nonsense", "/api/v1/me").await;
    assert_eq!(status, 401);
    assert_eq!(body["error"], "unauthenticated");

    // Cross-territory isolation: DK user cannot list SE (nor DK) members without a role.
    let (status, body) = get_as(&app, &token, "/api/v1/t/SE/members").await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"], "forbidden");
    users::grant_role(&app, "ada", "moderator", Some("SE")).await;
    let (status, _) = get_as(&app, &token, "/api/v1/t/SE/members").await;
    assert_eq!(status, 200);
    let (status, _) = get_as(&app, &token, "/api/v1/t/NO/members").await;
    assert_eq!(status, 403);

    // Logout ends the session.
    let (status, _) = post_as(&app, &token, "/api/v1/auth/logout", &json!({})).await;
    assert_eq!(status, 204);
    let (status, _) = get_as(&app, &token, "/api/v1/me").await;
    assert_eq!(status, 401);
    app.stop().await;
}

/// A hash stored with older (weaker) Argon2 parameters still signs in, and that sign-in
/// stores a new hash with the current OWASP baseline (m=19456 KiB, t=2, p=1); a wrong
/// password never rewrites the hash.
#[tokio::test]
async fn sign_in_upgrades_a_hash_made_with_old_parameters() {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let Some(app) = spawn_app().await else { return };
    users::register_and_login(&app, "NO", "old_hash").await;

    let old = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(4096, 1, 1, None).unwrap(),
    )
    .hash_password(
        PASSWORD.as_bytes(),
        &SaltString::generate(&mut rand::rngs::OsRng),
    )
    .unwrap()
    .to_string();
    let mut db = crate::support::connect(&app.db_url).await;
    sqlx::query(
        "UPDATE territory_no.identity_users SET password_hash = $1 WHERE handle = 'old_hash'",
    )
    .bind(&old)
    .execute(&mut db)
    .await
    .unwrap();

    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": "old_hash", "password": "not the password at all"}),
        )
        .await;
    assert_eq!(status, 401);
    assert_eq!(
        stored(&mut db).await,
        old,
        "a failed sign-in leaves the hash alone"
    );

    // One failure soft-locks the account for a second (Kanidm's schedule).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let token = users::login(&app, "old_hash").await;
    assert_eq!(get_as(&app, &token, "/api/v1/me").await.0, 200);
    let upgraded = stored(&mut db).await;
    assert_ne!(upgraded, old);
    assert!(
        upgraded.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{upgraded}"
    );
    // The new hash verifies: the next sign-in works and changes nothing.
    users::login(&app, "old_hash").await;
    assert_eq!(stored(&mut db).await, upgraded);
}

/// The stored password hash of the NO account `old_hash`.
async fn stored(db: &mut sqlx::PgConnection) -> String {
    sqlx::query_scalar(
        "SELECT password_hash FROM territory_no.identity_users WHERE handle = 'old_hash'",
    )
    .fetch_one(db)
    .await
    .unwrap()
}
