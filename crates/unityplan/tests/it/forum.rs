//! Forums through HTTP against real PostgreSQL: posting, replies, mentions (and their
//! outbox events), edits, reactions, unread counts, listings with cursor pagination, search
//! in Danish and English, moderation and its log, rate limits and bad input.

use std::collections::HashSet;
use std::sync::Arc;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::support::{self, TestApp};
use crate::users;

async fn call(
    app: &TestApp,
    token: Option<&str>,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> (StatusCode, Value) {
    let mut request = reqwest::Client::new().request(method, app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn get(app: &TestApp, token: Option<&str>, path: &str) -> (StatusCode, Value) {
    call(app, token, Method::GET, path, None).await
}

async fn post(app: &TestApp, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
    call(app, Some(token), Method::POST, path, Some(&body)).await
}

const F: &str = "/api/v1/t/DK/forum";

/// POST that must be refused with `status` and the stable error `code`.
async fn refused(app: &TestApp, token: &str, path: &str, body: Value, status: u16, code: &str) {
    let (got, answer) = post(app, token, path, body).await;
    assert_eq!(
        (got.as_u16(), answer["error"].as_str()),
        (status, Some(code)),
        "{answer}"
    );
}

async fn category(app: &TestApp, moderator: &str, slug: &str) -> String {
    let (status, body) = post(
        app,
        moderator,
        &format!("{F}/categories"),
        json!({"slug": slug, "name": slug, "description": "about it", "position": 1}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

async fn topic(app: &TestApp, token: &str, category: &str, title: &str, body: &str) -> Value {
    let (status, page) = post(
        app,
        token,
        &format!("{F}/topics"),
        json!({"category_id": category, "title": title, "body": body}),
    )
    .await;
    assert_eq!(status, 201, "{page}");
    page
}

async fn outbox_events(app: &TestApp, schema: &str) -> Vec<(String, Value)> {
    let mut conn = support::connect(&app.db_url).await;
    sqlx::query_as(&format!(
        "SELECT name, payload FROM {schema}.outbox WHERE domain = 'forum' ORDER BY seq"
    ))
    .fetch_all(&mut conn)
    .await
    .unwrap()
}

#[tokio::test]
async fn posting_replies_mentions_edits_reactions_and_unread_counts() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    let ada = users::register_and_login(&app, "DK", "ada").await;
    users::grant_role(&app, "ada", "moderator", Some("DK")).await;
    let bob = users::register_and_login(&app, "DK", "bob").await;
    let carol = users::register_and_login(&app, "DK", "carol").await;
    let carol_id = users::user_id(&app, "carol").await;
    let bob_id = users::user_id(&app, "bob").await;

    // A member acting as a moderator is refused.
    let (status, body) = post(
        &app,
        &bob,
        &format!("{F}/categories"),
        json!({"slug": "x", "name": "X"}),
    )
    .await;
    assert_eq!(status, 403, "{body}");
    let cat = category(&app, &ada, "general").await;

    // Markdown with script injection and a mention.
    let page = topic(&app, &bob, &cat, "Hello forum", "Hi @carol! <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> **bold**").await;
    let topic_id = page["topic"]["id"].as_str().unwrap().to_owned();
    let first = &page["posts"]["items"][0];
    let html = first["html"].as_str().unwrap();
    assert!(
        !html.contains("<script") && !html.contains("javascript:") && !html.contains("onerror"),
        "{html}"
    );
    assert!(html.contains("<strong>bold</strong>"), "{html}");
    assert_eq!(first["mentions"], json!([carol_id]));
    let first_id = first["id"].as_str().unwrap().to_owned();

    // Reply to bob's post quoting it: a reply event and a post event, in the same transaction.
    let (status, reply) = post(
        &app,
        &carol,
        &format!("{F}/topics/{topic_id}/posts"),
        json!({"body": "Thanks @bob", "reply_to": first_id, "quote_of": first_id}),
    )
    .await;
    assert_eq!(status, 201, "{reply}");
    assert_eq!(reply["number"], 2);
    assert_eq!(reply["reply_to"], json!(first_id));
    let events = outbox_events(&app, "territory_dk").await;
    let names: Vec<&str> = events.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "post_created",
            "mentioned",
            "post_created",
            "mentioned",
            "replied"
        ],
        "{events:?}"
    );
    assert_eq!(events[1].1["user_id"], json!(carol_id));
    assert_eq!(events[4].1["to_user"], json!(bob_id));
    // bob started the topic, so he is subscribed and listed on carol's post event.
    assert_eq!(events[2].1["subscribers"], json!([bob_id]));

    // Edit with history.
    let (status, edited) = call(
        &app,
        Some(&bob),
        Method::PATCH,
        &format!("{F}/posts/{first_id}"),
        Some(&json!({"body": "Hello again"})),
    )
    .await;
    assert_eq!(status, 200, "{edited}");
    assert_eq!(edited["revision"], 2);
    let (_, revisions) = get(&app, None, &format!("{F}/posts/{first_id}/revisions")).await;
    assert_eq!(revisions.as_array().unwrap().len(), 2, "{revisions}");
    assert!(revisions[0]["body"].as_str().unwrap().contains("@carol"));
    // Someone else's post cannot be edited by a member.
    let (status, body) = call(
        &app,
        Some(&carol),
        Method::PATCH,
        &format!("{F}/posts/{first_id}"),
        Some(&json!({"body": "mine now"})),
    )
    .await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"], "not_your_post");

    // Reactions from the territory's set.
    let (status, reacted) = call(
        &app,
        Some(&carol),
        Method::PUT,
        &format!("{F}/posts/{first_id}/reactions/%F0%9F%91%8D"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{reacted}");
    assert_eq!(reacted["reactions"]["👍"], 1);
    let (status, body) = call(
        &app,
        Some(&carol),
        Method::PUT,
        &format!("{F}/posts/{first_id}/reactions/x"),
        None,
    )
    .await;
    assert_eq!(status, 422, "{body}");

    // Bookmarks.
    let (status, _) = call(
        &app,
        Some(&carol),
        Method::PUT,
        &format!("{F}/posts/{first_id}/bookmark"),
        None,
    )
    .await;
    assert_eq!(status, 204);
    let (_, marks) = get(&app, Some(&carol), &format!("{F}/bookmarks")).await;
    assert_eq!(marks["items"][0]["id"], json!(first_id));

    // The topic page tells each viewer what they did there, whatever device they use:
    // carol's reaction and bookmark; bob follows the topic he opened; signed out, nothing.
    let (_, seen) = get(&app, Some(&carol), &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(
        seen["viewer"]["reacted"][&first_id],
        json!(["👍"]),
        "{seen}"
    );
    assert_eq!(seen["viewer"]["bookmarked"], json!([first_id]));
    let (_, seen) = get(&app, Some(&bob), &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(seen["viewer"]["reacted"], json!({}), "{seen}");
    assert_eq!(seen["viewer"]["bookmarked"], json!([]));
    assert_eq!(seen["viewer"]["following"], true);
    let (status, _) = call(
        &app,
        Some(&bob),
        Method::DELETE,
        &format!("{F}/topics/{topic_id}/subscription"),
        None,
    )
    .await;
    assert!(status.is_success(), "{status}");
    let (_, seen) = get(&app, Some(&bob), &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(seen["viewer"]["following"], false);
    let (status, _) = call(
        &app,
        Some(&bob),
        Method::PUT,
        &format!("{F}/topics/{topic_id}/subscription"),
        None,
    )
    .await;
    assert!(status.is_success(), "{status}");
    let (_, seen) = get(&app, None, &format!("{F}/topics/{topic_id}")).await;
    assert!(seen["viewer"].is_null(), "{seen}");

    // Unread counts per topic and category.
    let (_, list) = get(&app, Some(&bob), &format!("{F}/topics")).await;
    assert_eq!(list["items"][0]["unread"], 1, "{list}");
    let (_, cats) = get(&app, Some(&bob), &format!("{F}/categories")).await;
    assert_eq!(cats[0]["unread"], 1, "{cats}");
    let (_, unread) = get(&app, Some(&bob), &format!("{F}/topics?sort=unread")).await;
    assert_eq!(unread["items"].as_array().unwrap().len(), 1);
    let (status, read) = post(
        &app,
        &bob,
        &format!("{F}/topics/{topic_id}/read"),
        json!({"number": 2}),
    )
    .await;
    assert_eq!(status, 200, "{read}");
    assert_eq!(read["unread"], 0);
    let (_, unread) = get(&app, Some(&bob), &format!("{F}/topics?sort=unread")).await;
    assert_eq!(unread["items"].as_array().unwrap().len(), 0);

    // Soft delete keeps the slot, hides the text.
    let reply_id = reply["id"].as_str().unwrap();
    let (status, _) = call(
        &app,
        Some(&carol),
        Method::DELETE,
        &format!("{F}/posts/{reply_id}"),
        None,
    )
    .await;
    assert_eq!(status, 204);
    let (_, page) = get(&app, None, &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(page["posts"]["items"][1]["deleted"], true);
    assert_eq!(page["posts"]["items"][1]["body"], "");

    // Bad input.
    let (status, body) = post(
        &app,
        &bob,
        &format!("{F}/topics/{topic_id}/posts"),
        json!({"body": "   "}),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["fields"]["body"].is_string()),
        (422, true),
        "{body}"
    );
    let (status, body) = post(
        &app,
        &bob,
        &format!("{F}/topics/{topic_id}/posts"),
        json!({"body": "x".repeat(20_001)}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    refused(
        &app,
        &bob,
        &format!("{F}/topics/{}/posts", Uuid::now_v7()),
        json!({"body": "hello"}),
        404,
        "topic_not_found",
    )
    .await;
    let (status, body) = get(&app, None, &format!("{F}/topics/not-a-uuid")).await;
    assert_eq!(status, 404, "{body}");
    let (status, body) = post(
        &app,
        &bob,
        &format!("{F}/topics"),
        json!({"category_id": cat, "title": "x", "body": "short title"}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = get(&app, None, &format!("{F}/topics?cursor=zz")).await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (400, Some("invalid_cursor")),
        "{body}"
    );
    let (status, _) = call(
        &app,
        None,
        Method::POST,
        &format!("{F}/topics/{topic_id}/posts"),
        Some(&json!({"body": "anon"})),
    )
    .await;
    assert_eq!(status, 401);
    // Locked topic.
    let (status, body) = post(
        &app,
        &ada,
        &format!("{F}/topics/{topic_id}/moderation"),
        json!({"action": "lock", "reason": "cooling down"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    refused(
        &app,
        &bob,
        &format!("{F}/topics/{topic_id}/posts"),
        json!({"body": "let me in"}),
        403,
        "topic_locked",
    )
    .await;
    app.stop().await;
}

/// Walk every page of a listing, creating a new topic between page fetches.
async fn walk(
    app: &TestApp,
    token: &str,
    writer: &str,
    path: &str,
    cat: &str,
    fresh: &mut Vec<String>,
) -> Vec<String> {
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let url = match &cursor {
            Some(c) => format!("{path}&cursor={c}"),
            None => path.to_owned(),
        };
        let (status, page) = get(app, Some(token), &url).await;
        assert_eq!(status, 200, "{page}");
        for item in page["items"].as_array().unwrap() {
            seen.push(item["id"].as_str().unwrap().to_owned());
        }
        let t = topic(
            app,
            writer,
            cat,
            &format!("Arrived meanwhile {}", fresh.len()),
            "new while paging",
        )
        .await;
        fresh.push(t["topic"]["id"].as_str().unwrap().to_owned());
        match page["next"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    seen
}

#[tokio::test]
async fn listings_paginate_without_duplicates_or_gaps_while_posts_arrive() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    let ada = users::register_and_login(&app, "DK", "ada").await;
    users::grant_role(&app, "ada", "moderator", Some("DK")).await; // exempt from rate limits
    let cat = category(&app, &ada, "paging").await;
    let mut original = Vec::new();
    for i in 0..23 {
        let t = topic(
            &app,
            &ada,
            &cat,
            &format!("Topic number {i}"),
            &format!("body {i}"),
        )
        .await;
        let id = t["topic"]["id"].as_str().unwrap().to_owned();
        // Some reactions and replies so top and hot have distinct scores.
        for _ in 0..(i % 4) {
            let (status, body) = post(
                &app,
                &ada,
                &format!("{F}/topics/{id}/posts"),
                json!({"body": "more"}),
            )
            .await;
            assert_eq!(status, 201, "{body}");
        }
        original.push(id);
    }
    let platform = support::platform(app.config.clone()).await;
    let forum = forum::Forum::new(Arc::new(platform));
    forum
        .refresh_hot(&kernel::TerritoryCode::parse("DK").unwrap())
        .await
        .unwrap();

    let mut fresh = Vec::new();
    for listing in [
        "sort=latest",
        "sort=top&period=all",
        "sort=hot",
        "sort=top&period=day",
    ] {
        let seen = walk(
            &app,
            &ada,
            &ada,
            &format!("{F}/topics?{listing}&limit=5"),
            &cat,
            &mut fresh,
        )
        .await;
        let unique: HashSet<&String> = seen.iter().collect();
        assert_eq!(
            unique.len(),
            seen.len(),
            "{listing}: duplicates across pages"
        );
        for id in &original {
            assert!(unique.contains(id), "{listing}: topic {id} missing (a gap)");
        }
    }
    // Unread for another user: everything is unread, paged in fives.
    let bob = users::register_and_login(&app, "DK", "bob").await;
    let seen = walk(
        &app,
        &bob,
        &ada,
        &format!("{F}/topics?sort=unread&limit=5"),
        &cat,
        &mut fresh,
    )
    .await;
    let unique: HashSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len());
    for id in &original {
        assert!(unique.contains(id), "unread: topic {id} missing");
    }

    // Posts of a topic page by number while replies arrive.
    let long = &original[3];
    for _ in 0..9 {
        post(
            &app,
            &ada,
            &format!("{F}/topics/{long}/posts"),
            json!({"body": "filler"}),
        )
        .await;
    }
    let mut numbers = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let url = match &cursor {
            Some(c) => format!("{F}/topics/{long}?limit=4&cursor={c}"),
            None => format!("{F}/topics/{long}?limit=4"),
        };
        let (_, page) = get(&app, None, &url).await;
        for p in page["posts"]["items"].as_array().unwrap() {
            numbers.push(p["number"].as_i64().unwrap());
        }
        if numbers.len() < 20 {
            post(
                &app,
                &ada,
                &format!("{F}/topics/{long}/posts"),
                json!({"body": "arrived"}),
            )
            .await;
        }
        match page["posts"]["next"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    let expected: Vec<i64> = (1..=numbers.len() as i64).collect();
    assert_eq!(numbers, expected, "posts skipped or repeated");
    assert!(numbers.len() >= 13);
    app.stop().await;
}

#[tokio::test]
async fn search_uses_the_territory_language_with_stemming_and_snippets() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    let ada = users::register_and_login(&app, "DK", "ada").await;
    users::grant_role(&app, "ada", "moderator", Some("DK")).await;
    users::grant_role(&app, "ada", "moderator", Some("UK")).await;
    let cat = category(&app, &ada, "snak").await;
    topic(
        &app,
        &ada,
        &cat,
        "Cykler i byen",
        "Vi elsker cyklerne i København <b>om sommeren</b>",
    )
    .await;
    topic(&app, &ada, &cat, "Noget andet", "Kaffe og kage").await;
    // Danish stemming: "cykel" finds "cyklerne"/"Cykler".
    let (status, hits) = get(&app, None, &format!("{F}/search?q=cykler")).await;
    assert_eq!(status, 200, "{hits}");
    let items = hits["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{hits}");
    let snippet = items[0]["snippet"].as_str().unwrap();
    assert!(snippet.contains("<mark>cyklerne</mark>"), "{snippet}");
    assert!(
        !snippet.contains("<b>"),
        "user HTML must be escaped: {snippet}"
    );

    // English in the UK.
    let (status, uk) = post(
        &app,
        &ada,
        "/api/v1/t/UK/forum/categories",
        json!({"slug": "chat", "name": "Chat"}),
    )
    .await;
    assert_eq!(status, 201, "{uk}");
    let uk_cat = uk["id"].as_str().unwrap();
    let (status, body) = post(&app, &ada, "/api/v1/t/UK/forum/topics", json!({"category_id": uk_cat, "title": "Running clubs", "body": "She runs every morning and ran a marathon."})).await;
    assert_eq!(status, 201, "{body}");
    let (_, hits) = get(&app, None, "/api/v1/t/UK/forum/search?q=running").await;
    assert_eq!(hits["items"].as_array().unwrap().len(), 1, "{hits}");
    assert!(
        hits["items"][0]["snippet"]
            .as_str()
            .unwrap()
            .contains("<mark>runs</mark>"),
        "{hits}"
    );
    // No cross-territory leakage, and an empty query is refused.
    let (_, none) = get(&app, None, &format!("{F}/search?q=running")).await;
    assert_eq!(none["items"].as_array().unwrap().len(), 0);
    let (status, _) = get(&app, None, &format!("{F}/search?q=%20")).await;
    assert_eq!(status, 422);
    app.stop().await;
}

#[tokio::test]
async fn moderation_actions_are_enforced_and_logged() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    let ada = users::register_and_login(&app, "DK", "ada").await;
    users::grant_role(&app, "ada", "moderator", Some("DK")).await;
    let bob = users::register_and_login(&app, "DK", "bob").await;
    let carol = users::register_and_login(&app, "DK", "carol").await;
    let cat = category(&app, &ada, "main").await;
    let other = category(&app, &ada, "other").await;
    let t1 = topic(&app, &bob, &cat, "First topic", "one").await;
    let t2 = topic(&app, &bob, &cat, "Second topic", "two").await;
    let t1_id = t1["topic"]["id"].as_str().unwrap().to_owned();
    let t2_id = t2["topic"]["id"].as_str().unwrap().to_owned();
    let post_id = t1["posts"]["items"][0]["id"].as_str().unwrap().to_owned();
    let m = |t: &str| format!("{F}/topics/{t}/moderation");

    // A member cannot moderate; a reason is required.
    refused(
        &app,
        &bob,
        &m(&t1_id),
        json!({"action": "pin", "reason": "mine"}),
        403,
        "forbidden",
    )
    .await;
    let (status, _) = post(
        &app,
        &ada,
        &m(&t1_id),
        json!({"action": "pin", "reason": " "}),
    )
    .await;
    assert_eq!(status, 422);

    for (action, extra) in [
        ("pin", json!({})),
        ("unpin", json!({})),
        ("lock", json!({})),
        ("unlock", json!({})),
        ("move", json!({"category_id": other})),
        ("slow_mode", json!({"seconds": 3600})),
    ] {
        let mut body = json!({"action": action, "reason": format!("because {action}")});
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let (status, topic) = post(&app, &ada, &m(&t1_id), body).await;
        assert_eq!(status, 200, "{action}: {topic}");
    }
    let (_, t) = get(&app, None, &format!("{F}/topics/{t1_id}")).await;
    assert_eq!(t["topic"]["category_id"], json!(other));
    assert_eq!(t["topic"]["slow_mode_secs"], 3600);
    // Slow mode: carol's first reply passes, the second waits; bob opened the topic within
    // the hour, so he waits too.
    let (status, _) = post(
        &app,
        &carol,
        &format!("{F}/topics/{t1_id}/posts"),
        json!({"body": "first"}),
    )
    .await;
    assert_eq!(status, 201);
    refused(
        &app,
        &carol,
        &format!("{F}/topics/{t1_id}/posts"),
        json!({"body": "second"}),
        429,
        "slow_mode",
    )
    .await;
    refused(
        &app,
        &bob,
        &format!("{F}/topics/{t1_id}/posts"),
        json!({"body": "me too"}),
        429,
        "slow_mode",
    )
    .await;

    // Hide: gone for members, visible to moderators.
    post(
        &app,
        &ada,
        &m(&t2_id),
        json!({"action": "hide", "reason": "spam wave"}),
    )
    .await;
    let (status, _) = get(&app, Some(&bob), &format!("{F}/topics/{t2_id}")).await;
    assert_eq!(status, 404);
    let (status, _) = get(&app, Some(&ada), &format!("{F}/topics/{t2_id}")).await;
    assert_eq!(status, 200);
    post(
        &app,
        &ada,
        &m(&t2_id),
        json!({"action": "unhide", "reason": "false alarm"}),
    )
    .await;

    // Merge t2 into t1: its post follows t1's.
    let (status, body) = post(
        &app,
        &ada,
        &m(&t2_id),
        json!({"action": "merge", "into": t1_id, "reason": "duplicate"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (_, page) = get(&app, None, &format!("{F}/topics/{t1_id}")).await;
    let bodies: Vec<&str> = page["posts"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["body"].as_str().unwrap())
        .collect();
    assert_eq!(bodies, ["one", "first", "two"]);
    refused(
        &app,
        &bob,
        &format!("{F}/topics/{t2_id}/posts"),
        json!({"body": "old"}),
        409,
        "topic_merged",
    )
    .await;

    // Flag queue.
    let (status, flag) = post(
        &app,
        &bob,
        &format!("{F}/posts/{post_id}/flags"),
        json!({"reason": "spam", "note": "ads"}),
    )
    .await;
    assert_eq!(status, 201, "{flag}");
    let (status, body) = post(
        &app,
        &bob,
        &format!("{F}/posts/{post_id}/flags"),
        json!({"reason": "spam"}),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (409, Some("already_flagged"))
    );
    let (status, body) = post(
        &app,
        &bob,
        &format!("{F}/posts/{post_id}/flags"),
        json!({"reason": "meh"}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = get(&app, Some(&bob), &format!("{F}/flags")).await;
    assert_eq!(status, 403);
    let (_, queue) = get(&app, Some(&ada), &format!("{F}/flags")).await;
    assert_eq!(queue["items"][0]["reason"], "spam", "{queue}");
    let events = outbox_events(&app, "territory_dk").await;
    assert!(events
        .iter()
        .any(|(n, p)| n == "flagged" && p["reason"] == "spam"));
    let flag_id = flag["id"].as_str().unwrap();
    let (status, _) = post(
        &app,
        &ada,
        &format!("{F}/posts/{post_id}/moderation"),
        json!({"action": "hide", "reason": "advertising"}),
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = post(
        &app,
        &ada,
        &format!("{F}/flags/{flag_id}/resolve"),
        json!({"resolution": "hidden"}),
    )
    .await;
    assert_eq!(status, 204);
    let (_, queue) = get(&app, Some(&ada), &format!("{F}/flags")).await;
    assert_eq!(queue["items"].as_array().unwrap().len(), 0);

    // The public log has every action with who and why, newest first, paged.
    let mut actions = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let url = match &cursor {
            Some(c) => format!("{F}/moderation-log?limit=4&cursor={c}"),
            None => format!("{F}/moderation-log?limit=4"),
        };
        let (status, page) = get(&app, None, &url).await;
        assert_eq!(status, 200, "{page}");
        for e in page["items"].as_array().unwrap() {
            assert!(!e["reason"].as_str().unwrap().is_empty());
            assert!(e["moderator_id"].is_string());
            actions.push(e["action"].as_str().unwrap().to_owned());
        }
        match page["next"].as_str() {
            Some(n) => cursor = Some(n.to_owned()),
            None => break,
        }
    }
    actions.reverse();
    assert_eq!(
        actions,
        [
            "pin",
            "unpin",
            "lock",
            "unlock",
            "move",
            "slow_mode",
            "hide",
            "unhide",
            "merge",
            "hide_post",
            "resolve_flag"
        ]
    );
    app.stop().await;
}

#[tokio::test]
async fn rate_limits_and_new_user_limits() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    let ada = users::register_and_login(&app, "DK", "ada").await;
    users::grant_role(&app, "ada", "territory_admin", Some("DK")).await;
    let bob = users::register_and_login(&app, "DK", "bob").await;
    let cat = category(&app, &ada, "limits").await;
    // Only territory admins change the settings; bad values are named.
    let (status, _) = call(&app, Some(&bob), Method::PUT, &format!("{F}/settings"), Some(&json!({"emoji": ["👍"], "posts_per_minute": 2, "new_user_hours": 24, "new_user_posts_per_day": 100, "max_post_chars": 1000}))).await;
    assert_eq!(status, 403);
    let (status, body) = call(&app, Some(&ada), Method::PUT, &format!("{F}/settings"), Some(&json!({"emoji": ["abc"], "posts_per_minute": 2, "new_user_hours": 24, "new_user_posts_per_day": 100, "max_post_chars": 1000}))).await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = call(&app, Some(&ada), Method::PUT, &format!("{F}/settings"), Some(&json!({"emoji": ["👍", "🎉"], "posts_per_minute": 2, "new_user_hours": 24, "new_user_posts_per_day": 100, "max_post_chars": 1000}))).await;
    assert_eq!(status, 200, "{body}");
    let t = topic(&app, &bob, &cat, "Rate limited", "one").await;
    let id = t["topic"]["id"].as_str().unwrap();
    let (status, _) = post(
        &app,
        &bob,
        &format!("{F}/topics/{id}/posts"),
        json!({"body": "two"}),
    )
    .await;
    assert_eq!(status, 201);
    refused(
        &app,
        &bob,
        &format!("{F}/topics/{id}/posts"),
        json!({"body": "three"}),
        429,
        "rate_limited",
    )
    .await;
    // The emoji set changed: 👀 is no longer allowed; max_post_chars applies.
    let post_id = t["posts"]["items"][0]["id"].as_str().unwrap();
    let (status, _) = call(
        &app,
        Some(&bob),
        Method::PUT,
        &format!("{F}/posts/{post_id}/reactions/%F0%9F%91%80"),
        None,
    )
    .await;
    assert_eq!(status, 422);
    // New users: 2 posts a day (bob already has 2 today).
    call(&app, Some(&ada), Method::PUT, &format!("{F}/settings"), Some(&json!({"emoji": ["👍"], "posts_per_minute": 100, "new_user_hours": 24, "new_user_posts_per_day": 2, "max_post_chars": 1000}))).await;
    refused(
        &app,
        &bob,
        &format!("{F}/topics/{id}/posts"),
        json!({"body": "four"}),
        429,
        "new_user_limit",
    )
    .await;
    let (status, body) = post(
        &app,
        &ada,
        &format!("{F}/topics/{id}/posts"),
        json!({"body": "x".repeat(1001)}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    app.stop().await;
}

async fn upload(
    app: &TestApp,
    token: &str,
    name: &str,
    declared: &str,
    bytes: Vec<u8>,
) -> (StatusCode, Value) {
    let response = reqwest::Client::new()
        .post(app.url(&format!("{F}/attachments?name={name}")))
        .bearer_auth(token)
        .header("content-type", declared)
        .body(bytes)
        .send()
        .await
        .expect("upload");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn attachments_upload_attach_download_and_hide_with_their_post() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    let ada = users::register_and_login(&app, "DK", "ada").await;
    users::grant_role(&app, "ada", "territory_admin", Some("DK")).await;
    let bob = users::register_and_login(&app, "DK", "bob").await;
    let carol = users::register_and_login(&app, "DK", "carol").await;
    let cat = category(&app, &ada, "files").await;

    // Limits come from the territory's forum settings.
    let settings = json!({"emoji": ["👍"], "posts_per_minute": 100, "new_user_hours": 0,
        "new_user_posts_per_day": 100, "max_post_chars": 1000,
        "max_attachment_bytes": 4096, "attachment_types": ["image/", "application/pdf"]});
    let (status, body) = call(
        &app,
        Some(&ada),
        Method::PUT,
        &format!("{F}/settings"),
        Some(&settings),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["max_attachment_bytes"], 4096);
    let (status, body) = call(&app, Some(&ada), Method::PUT, &format!("{F}/settings"),
        Some(&json!({"emoji": ["👍"], "posts_per_minute": 100, "new_user_hours": 0,
            "new_user_posts_per_day": 100, "max_post_chars": 1000, "attachment_types": ["Image/*"]}))).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["fields"]["attachment_types"].is_string(), "{body}");

    // Anonymous uploads are refused; too large → 413; a type outside the list (even when
    // declared as an image) → 415; empty → 422.
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend((0..600u32).map(|i| (i % 251) as u8));
    let response = reqwest::Client::new()
        .post(app.url(&format!("{F}/attachments")))
        .body(png.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    let (status, body) = upload(
        &app,
        &bob,
        "big.png",
        "image/png",
        [png.clone(), vec![0; 5000]].concat(),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (413, Some("file_too_large")),
        "{body}"
    );
    let (status, body) = upload(
        &app,
        &bob,
        "page.png",
        "image/png",
        b"<html><script>alert(1)</script></html>".to_vec(),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (415, Some("file_type_not_allowed")),
        "{body}"
    );
    let (status, body) = upload(&app, &bob, "notes.txt", "text/plain", b"just text".to_vec()).await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (415, Some("file_type_not_allowed")),
        "{body}"
    );
    let (status, body) = upload(&app, &bob, "empty.png", "image/png", Vec::new()).await;
    assert_eq!(status, 422, "{body}");

    // A PNG and a PDF are accepted; the type is what the bytes are.
    let (status, image) = upload(
        &app,
        &bob,
        "diagram.png",
        "application/octet-stream",
        png.clone(),
    )
    .await;
    assert_eq!(status, 201, "{image}");
    assert_eq!(image["content_type"], "image/png");
    assert_eq!(image["size_bytes"], png.len());
    assert_eq!(image["name"], "diagram.png");
    let image_sha = image["sha256"].as_str().unwrap().to_owned();
    let image_url = image["url"].as_str().unwrap().to_owned();
    assert_eq!(
        image_url,
        format!("/api/v1/t/dk/forum/attachments/{image_sha}")
    );
    let pdf = b"%PDF-1.4\n% a tiny pdf\n".repeat(10);
    let (status, doc) = upload(&app, &bob, "minutes.pdf", "application/pdf", pdf.clone()).await;
    assert_eq!(status, 201, "{doc}");
    let doc_sha = doc["sha256"].as_str().unwrap().to_owned();

    // Attach both to a new topic's opening post (same transaction as the post), the image
    // shown inline through Markdown.
    let (status, page) = post(
        &app,
        &bob,
        &format!("{F}/topics"),
        json!({
        "category_id": cat, "title": "Meeting files",
        "body": format!("See ![diagram]({image_url}) and the minutes."),
        "attachments": [image_sha, doc_sha]}),
    )
    .await;
    assert_eq!(status, 201, "{page}");
    let topic_id = page["topic"]["id"].as_str().unwrap().to_owned();
    let first = &page["posts"]["items"][0];
    let first_id = first["id"].as_str().unwrap().to_owned();
    let names: Vec<&str> = first["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["diagram.png", "minutes.pdf"], "{first}");
    assert_eq!(first["attachments"][1]["content_type"], "application/pdf");
    let html = first["html"].as_str().unwrap();
    assert!(
        html.contains("<img") && html.contains(&format!("src=\"{image_url}\"")),
        "{html}"
    );

    // Someone else cannot attach bob's upload by its hash, nor an unknown or malformed id;
    // the rejected reply leaves no post behind.
    let (status, body) = post(
        &app,
        &carol,
        &format!("{F}/topics/{topic_id}/posts"),
        json!({"body": "mine now", "attachments": [image_sha]}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body["fields"]["attachments"].is_string(), "{body}");
    let (status, body) = post(
        &app,
        &bob,
        &format!("{F}/topics/{topic_id}/posts"),
        json!({"body": "bad id", "attachments": ["abc"]}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = post(
        &app,
        &bob,
        &format!("{F}/topics/{topic_id}/posts"),
        json!({"body": "twice", "attachments": [doc_sha, doc_sha]}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (_, page) = get(&app, None, &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(page["topic"]["post_count"], 1, "{page}");

    // Anyone downloads it while the post is visible: sniffed type, length, ETag, Range.
    let client = reqwest::Client::new();
    let r = client.get(app.url(&image_url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(
        r.headers()["content-length"],
        png.len().to_string().as_str()
    );
    assert_eq!(r.headers()["cache-control"], "private, max-age=300");
    let etag = r.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(r.bytes().await.unwrap().as_ref(), png.as_slice());
    let r = client
        .get(app.url(&image_url))
        .header("range", "bytes=0-7")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 206);
    assert_eq!(
        r.headers()["content-range"],
        format!("bytes 0-7/{}", png.len()).as_str()
    );
    assert_eq!(r.bytes().await.unwrap().as_ref(), b"\x89PNG\r\n\x1a\n");
    let r = client
        .get(app.url(&image_url))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 304);
    let r = client
        .get(app.url(&format!("{F}/attachments/{doc_sha}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert_eq!(r.bytes().await.unwrap().as_ref(), pdf.as_slice());
    let r = client
        .get(app.url(&format!("{F}/attachments/{}", "0".repeat(64))))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);

    // Hidden by a moderator: the post's attachments disappear for everyone but moderators,
    // and the files are no longer served to others (the uploader still gets them).
    let (status, body) = post(
        &app,
        &ada,
        &format!("{F}/posts/{first_id}/moderation"),
        json!({"action": "hide", "reason": "private document"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (_, page) = get(&app, Some(&carol), &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(
        page["posts"]["items"][0]["attachments"],
        json!([]),
        "{page}"
    );
    let (_, page) = get(&app, None, &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(
        page["posts"]["items"][0]["attachments"],
        json!([]),
        "{page}"
    );
    let (_, page) = get(&app, Some(&ada), &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(
        page["posts"]["items"][0]["attachments"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "{page}"
    );
    let r = client.get(app.url(&image_url)).send().await.unwrap();
    assert_eq!(r.status(), 404);
    let r = client
        .get(app.url(&image_url))
        .bearer_auth(&carol)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let r = client
        .get(app.url(&image_url))
        .bearer_auth(&ada)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = client
        .get(app.url(&image_url))
        .bearer_auth(&bob)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // Attached again to a visible reply, it is public again; the reply lists it.
    let (status, reply) = post(
        &app,
        &bob,
        &format!("{F}/topics/{topic_id}/posts"),
        json!({"body": "Here it is again.", "attachments": [image_sha]}),
    )
    .await;
    assert_eq!(status, 201, "{reply}");
    assert_eq!(reply["attachments"][0]["sha256"], json!(image_sha));
    let r = client.get(app.url(&image_url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    // Deleting that reply hides it once more.
    let reply_id = reply["id"].as_str().unwrap();
    let (status, _) = call(
        &app,
        Some(&bob),
        Method::DELETE,
        &format!("{F}/posts/{reply_id}"),
        None,
    )
    .await;
    assert!(status.is_success(), "{status}");
    let r = client.get(app.url(&image_url)).send().await.unwrap();
    assert_eq!(r.status(), 404);
    app.stop().await;
}

#[tokio::test]
async fn retried_posts_with_a_client_id_are_applied_once() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    let ada = users::register_and_login(&app, "DK", "ada").await;
    users::grant_role(&app, "ada", "moderator", Some("DK")).await;
    let bob = users::register_and_login(&app, "DK", "bob").await;
    let cat = category(&app, &ada, "general").await;

    // A new topic sent twice with one client id (an offline outbox retrying after a lost
    // answer) is created once; both answers name the same topic.
    let cid = Uuid::now_v7();
    let request = json!({"category_id": cat, "title": "Bike repair", "body": "Who can help?", "client_id": cid});
    let (first_status, first) = post(&app, &bob, &format!("{F}/topics"), request.clone()).await;
    assert_eq!(first_status, 201, "{first}");
    let (again_status, again) = post(&app, &bob, &format!("{F}/topics"), request).await;
    assert!(again_status.is_success(), "{again}");
    let topic_id = first["topic"]["id"].as_str().unwrap().to_owned();
    assert_eq!(again["topic"]["id"], first["topic"]["id"]);
    let (_, listing) = get(&app, None, &format!("{F}/topics?sort=latest")).await;
    let titles: Vec<&str> = listing["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["title"].as_str())
        .collect();
    assert_eq!(titles, vec!["Bike repair"], "{listing}");

    // A reply retried, even concurrently, is one post.
    let reply_cid = Uuid::now_v7();
    let path = format!("{F}/topics/{topic_id}/posts");
    let body = json!({"body": "I can, on Saturday.", "client_id": reply_cid});
    let (a, b) = tokio::join!(
        post(&app, &ada, &path, body.clone()),
        post(&app, &ada, &path, body.clone())
    );
    assert!(a.0.is_success() && b.0.is_success(), "{} {}", a.1, b.1);
    assert_eq!(a.1["id"], b.1["id"]);
    // Still the same post after the topic is locked: a retry is not a new post.
    let (status, body_lock) = post(
        &app,
        &ada,
        &format!("{F}/topics/{topic_id}/moderation"),
        json!({"action": "lock", "reason": "solved"}),
    )
    .await;
    assert!(status.is_success(), "{body_lock}");
    let (status, late) = post(&app, &ada, &path, body).await;
    assert!(status.is_success(), "{late}");
    assert_eq!(late["id"], a.1["id"]);
    let (_, page) = get(&app, None, &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(
        page["posts"]["items"].as_array().map(Vec::len),
        Some(2),
        "{page}"
    );

    // Reusing a client id for a different post is refused, and nothing is posted.
    refused(
        &app,
        &bob,
        &path,
        json!({"body": "Another reply", "client_id": cid}),
        409,
        "client_id_reused",
    )
    .await;
    let (_, page) = get(&app, None, &format!("{F}/topics/{topic_id}")).await;
    assert_eq!(
        page["posts"]["items"].as_array().map(Vec::len),
        Some(2),
        "{page}"
    );
}
