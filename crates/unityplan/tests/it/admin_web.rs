//! The admin user lookup the web dashboard uses (`GET /api/v1/admin/users`): find accounts of
//! a territory by handle, email or display name with their lock state and roles; platform
//! admins only, from `identity.admin_allow` networks; bad queries are 400s with stable codes.

use serde_json::{json, Value};

use crate::identity::{get_as, post_as};
use crate::support::{spawn_app, spawn_app_with};
use crate::users::{self, email_of};

fn handles(body: &Value) -> Vec<&str> {
    body.as_array()
        .map(|a| a.iter().filter_map(|u| u["handle"].as_str()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn admin_user_lookup_finds_accounts_with_lock_state_and_roles() {
    let Some(app) = spawn_app().await else { return };
    let admin = users::register_and_login(&app, "DK", "opsroot").await;
    users::grant_role(&app, "opsroot", "platform_admin", None).await;
    let ada = users::register_and_login(&app, "DK", "ada_l").await;
    let _ = users::register_and_login(&app, "DK", "grace").await;
    let _ = users::register_and_login(&app, "SE", "sven").await;
    let ada_id = users::user_id(&app, "ada_l").await;

    // By handle, as typed or as shown (`@ada_l:dk`); other territories' accounts are not in it.
    for q in ["ada", "ADA_L", "%40ada_l%3Adk"] {
        let (status, body) = get_as(
            &app,
            &admin,
            &format!("/api/v1/admin/users?territory=DK&q={q}"),
        )
        .await;
        assert_eq!(status, 200, "{q}: {body}");
        assert_eq!(handles(&body), vec!["@ada_l:dk"], "{q}: {body}");
    }
    let (_, body) = get_as(&app, &admin, "/api/v1/admin/users?territory=DK&q=ada").await;
    let user = &body[0];
    assert_eq!(user["user_id"], ada_id.to_string());
    assert_eq!(user["display_name"], "ada_l");
    assert_eq!(user["email"], email_of("ada_l"));
    assert_eq!(user["email_verified"], true);
    assert_eq!(user["locked"], false);
    assert_eq!(user["roles"], json!([]));

    // By email; an empty query lists the territory's accounts by handle; `limit` bounds it.
    let (_, body) = get_as(
        &app,
        &admin,
        "/api/v1/admin/users?territory=dk&q=GRACE@example.test",
    )
    .await;
    assert_eq!(handles(&body), vec!["@grace:dk"], "{body}");
    let (_, body) = get_as(&app, &admin, "/api/v1/admin/users?territory=DK").await;
    assert_eq!(
        handles(&body),
        vec!["@ada_l:dk", "@grace:dk", "@opsroot:dk"],
        "{body}"
    );
    let (_, body) = get_as(&app, &admin, "/api/v1/admin/users?territory=DK&limit=1").await;
    assert_eq!(handles(&body).len(), 1, "{body}");
    let (_, body) = get_as(&app, &admin, "/api/v1/admin/users?territory=SE&q=ada").await;
    assert_eq!(body, json!([]));
    let (_, body) = get_as(&app, &admin, "/api/v1/admin/users?territory=DK&q=opsroot").await;
    assert_eq!(
        body[0]["roles"],
        json!([{"role": "platform_admin", "territory": null}]),
        "{body}"
    );

    // What the admin routes change shows in the next lookup.
    let (status, body) = post_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users/{ada_id}/roles"),
        &json!({"role": "moderator", "territory": "DK"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = post_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users/{ada_id}/lock"),
        &json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (_, body) = get_as(&app, &admin, "/api/v1/admin/users?territory=DK&q=ada").await;
    assert_eq!(body[0]["locked"], true, "{body}");
    assert!(body[0]["locked_at"].is_string(), "{body}");
    assert_eq!(
        body[0]["roles"],
        json!([{"role": "moderator", "territory": "DK"}]),
        "{body}"
    );

    // Bad queries: 400 with a code the web app translates; an unknown territory is a 404.
    for (path, code) in [
        ("/api/v1/admin/users?q=ada", "territory_required"),
        ("/api/v1/admin/users?territory=&q=ada", "territory_required"),
        (
            "/api/v1/admin/users?territory=Denmark",
            "invalid_territory_code",
        ),
        ("/api/v1/admin/users?territory=DK&limit=0", "invalid_limit"),
        (
            "/api/v1/admin/users?territory=DK&limit=101",
            "invalid_limit",
        ),
    ] {
        let (status, body) = get_as(&app, &admin, path).await;
        assert_eq!(
            (status.as_u16(), body["error"].as_str()),
            (400, Some(code)),
            "{path}: {body}"
        );
    }
    let long = "x".repeat(101);
    let (status, body) = get_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users?territory=DK&q={long}"),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (400, Some("query_too_long")),
        "{body}"
    );
    let (status, body) = get_as(&app, &admin, "/api/v1/admin/users?territory=ZZ").await;
    assert_eq!(status, 404, "{body}");

    // Not a platform admin (a moderator of DK included): 403; not signed in: 401.
    let eve = users::register_and_login(&app, "DK", "eve").await;
    let (status, body) = get_as(&app, &eve, "/api/v1/admin/users?territory=DK&q=ada").await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (403, Some("forbidden")),
        "{body}"
    );
    users::grant_role(&app, "eve", "territory_admin", Some("DK")).await;
    let (status, _) = get_as(&app, &eve, "/api/v1/admin/users?territory=DK&q=ada").await;
    assert_eq!(status, 403);
    // (A fresh client: `app.client` keeps the cookie of the last sign-in.)
    let status = reqwest::Client::new()
        .get(app.url("/api/v1/admin/users?territory=DK&q=ada"))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 401);
    // The locked account's own token no longer works at all.
    assert_eq!(get_as(&app, &ada, "/api/v1/me").await.0, 401);
    app.stop().await;
}

#[tokio::test]
async fn admin_user_lookup_refuses_other_networks() {
    // The admin network is 203.0.113.0/24; the test client is 127.0.0.1.
    let Some(app) = spawn_app_with(|c| {
        c.identity.admin_allow = vec!["203.0.113.0/24".into()];
    })
    .await
    else {
        return;
    };
    let admin = users::register_and_login(&app, "DK", "opsroot").await;
    users::grant_role(&app, "opsroot", "platform_admin", None).await;
    let (status, body) = get_as(&app, &admin, "/api/v1/admin/users?territory=DK&q=ops").await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (403, Some("admin_network_refused")),
        "{body}"
    );
    // A forged X-Forwarded-For from an untrusted peer changes nothing.
    let r = reqwest::Client::new()
        .get(app.url("/api/v1/admin/users?territory=DK&q=ops"))
        .bearer_auth(&admin)
        .header("x-forwarded-for", "203.0.113.7")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    app.stop().await;
}
