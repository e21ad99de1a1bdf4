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
