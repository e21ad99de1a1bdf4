//! `GET /api/v1/t/{territory}/forum/people?ids=…`: public forum names of a territory's accounts
//! (what the web app shows as post authors), and its bad input.

use serde_json::json;
use uuid::Uuid;

use crate::support;
use crate::users;

#[tokio::test]
async fn names_accounts_of_the_territory_and_refuses_bad_ids() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    users::register_and_login(&app, "DK", "ada").await;
    users::register_and_login(&app, "DK", "bob").await;
    users::register_and_login(&app, "SE", "sven").await;
    let ada = users::user_id(&app, "ada").await;
    let bob = users::user_id(&app, "bob").await;
    let sven = users::user_id(&app, "sven").await;
    let unknown = Uuid::now_v7();

    // Anyone may ask (forum reads are public); unknown ids and other territories' accounts are
    // left out; duplicates are answered once; the answer holds no email.
    let (status, body) = app
        .get_json(&format!(
            "/api/v1/t/DK/forum/people?ids={bob},{ada},{unknown},{sven},{ada}"
        ))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body,
        json!([
            {"user_id": ada, "handle": "@ada:dk", "display_name": "ada"},
            {"user_id": bob, "handle": "@bob:dk", "display_name": "bob"},
        ])
    );
    let (status, body) = app
        .get_json(&format!("/api/v1/t/SE/forum/people?ids={sven}"))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body[0]["handle"], "@sven:se");

    // Bad input says what to fix.
    for query in ["ids=", "ids=not-a-uuid", "ids=,,"] {
        let (status, body) = app
            .get_json(&format!("/api/v1/t/DK/forum/people?{query}"))
            .await;
        assert_eq!(status, 422, "{query}: {body}");
        assert!(body["fields"]["ids"].is_string(), "{query}: {body}");
    }
    let many: Vec<String> = (0..101).map(|_| Uuid::now_v7().to_string()).collect();
    let (status, _) = app
        .get_json(&format!("/api/v1/t/DK/forum/people?ids={}", many.join(",")))
        .await;
    assert_eq!(status, 422);
    let (status, body) = app
        .get_json(&format!("/api/v1/t/XX/forum/people?ids={ada}"))
        .await;
    assert_eq!(status, 404, "{body}");
    app.stop().await;
}
