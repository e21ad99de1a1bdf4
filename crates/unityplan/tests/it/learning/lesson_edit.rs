//! Changing a lesson's content through HTTP: the instructor reads the source back and saves
//! new Markdown or video interactions; completions stay, video answers follow their question,
//! and a change that would delete answers is refused (409) until confirmed. Bad input and
//! other territories change nothing.

use super::*;

fn tf(name: &str) -> Value {
    q(name, name, json!({"type": "true_false", "correct": true}))
}

fn video(interactions: Value) -> Value {
    json!({"type": "video", "source": {"url": "https://video.example/lesson.mp4"},
           "markdown": "Watch", "interactions": interactions})
}

/// `(interaction, question)` of every stored video answer of a lesson, in order.
async fn stored_answers(app: &TestApp, lesson: &str) -> Vec<(i32, Uuid)> {
    let mut conn = support::connect(&app.db_url).await;
    sqlx::query_as(
        "SELECT interaction, question_id FROM territory_dk.learning_video_answers \
         WHERE lesson_id = $1 ORDER BY interaction",
    )
    .bind(Uuid::parse_str(lesson).expect("uuid"))
    .fetch_all(&mut conn)
    .await
    .expect("answers")
}

#[tokio::test]
async fn lesson_content_edits_keep_progress_and_ask_before_deleting_answers() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    // The outsider teaches in SE: an instructor, but not of DK.
    users::grant_role(&app, "outsider", "instructor", Some("SE")).await;
    let [t, l, o] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Editing").await;
    let module = id_of(
        &t.ok(
            &format!("{T}/courses/{course}/modules"),
            json!({"title": "M"}),
        )
        .await,
    );
    let q1 = add_q(&t, &course, "", json!([]), tf("one")).await;
    let q2 = add_q(&t, &course, "", json!([]), tf("two")).await;
    let q3 = add_q(&t, &course, "", json!([]), tf("three")).await;
    let other = course_with_learner(&t, &l, "Other").await;
    let foreign_q = add_q(&t, &other, "", json!([]), tf("far")).await;
    let text = id_of(
        &t.ok(
            &format!("{T}/modules/{module}/lessons"),
            json!({"title": "Intro", "content": {"type": "text", "markdown": "Helo world"}}),
        )
        .await,
    );
    let film = id_of(
        &t.ok(
            &format!("{T}/modules/{module}/lessons"),
            json!({"title": "Film", "content": video(json!([
                {"at_secs": 2.0, "question_id": q1, "require_correct": true},
                {"at_secs": 4.0, "question_id": q2}]))}),
        )
        .await,
    );

    // The source, as written: instructors only, and only in the lesson's territory.
    let (s, src) = t.get(&format!("{T}/lessons/{text}/source")).await;
    assert_eq!(s, 200, "{src}");
    assert_eq!(
        src["content"],
        json!({"type": "text", "markdown": "Helo world", "attachments": []})
    );
    assert_eq!(src["module_id"], module.as_str());
    assert_eq!(src["title"], "Intro");
    assert_eq!(src["learners_completed"], 0);
    let (s, b) = l.get(&format!("{T}/lessons/{text}/source")).await;
    assert_eq!((s, b["error"].as_str()), (403, Some("forbidden")), "{b}");
    let (s, _) = o.get(&format!("{T}/lessons/{text}/source")).await;
    assert_eq!(s, 403);
    let (s, b) = o.get(&format!("/api/v1/t/se/lessons/{text}/source")).await;
    assert_eq!(
        (s, b["error"].as_str()),
        (404, Some("lesson_not_found")),
        "{b}"
    );
    let (s, b) = t
        .get(&format!("{T}/lessons/{}/source", Uuid::new_v4()))
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (404, Some("lesson_not_found")),
        "{b}"
    );
    let (s, b) = t.get(&format!("{T}/lessons/nope/source")).await;
    assert_eq!((s, b["error"].as_str()), (400, Some("invalid_id")), "{b}");

    // The learner completes the text lesson; fixing its typo keeps the completion.
    l.ok(&format!("{T}/lessons/{text}/complete"), json!({}))
        .await;
    let (s, p) = t
        .patch(
            &format!("{T}/lessons/{text}"),
            json!({"content": {"type": "text", "markdown": "Hello **world**"}}),
        )
        .await;
    assert_eq!(s, 200, "{p}");
    let (s, lv) = l.get(&format!("{T}/lessons/{text}")).await;
    assert_eq!(s, 200, "{lv}");
    assert!(
        lv["html"]
            .as_str()
            .unwrap_or("")
            .contains("Hello <strong>world</strong>"),
        "{lv}"
    );
    assert_eq!(lv["viewed"], true, "completion kept: {lv}");
    let (_, src) = t.get(&format!("{T}/lessons/{text}/source")).await;
    assert_eq!(src["content"]["markdown"], "Hello **world**");
    assert_eq!(src["learners_completed"], 1);

    // Bad input: the creation rules and codes, and nothing changes.
    let bad = [
        (
            json!({"content": {"type": "video", "source": {"url": "http://video.example/a.mp4"}}}),
            422,
            "content.source",
        ),
        (
            json!({"content": video(json!([{"at_secs": 1.0, "question_id": foreign_q}]))}),
            422,
            "content.interactions",
        ),
        (
            json!({"content": video(json!([{"at_secs": -1.0, "question_id": q1}]))}),
            422,
            "content.interactions",
        ),
        (
            json!({"title": " ", "content": {"type": "text", "markdown": "x"}}),
            422,
            "title",
        ),
    ];
    for (body, status, field) in bad {
        let (s, b) = t.patch(&format!("{T}/lessons/{text}"), body.clone()).await;
        assert_eq!(
            (s, b["error"].as_str()),
            (status, Some("validation_failed")),
            "{body}: {b}"
        );
        assert!(b["fields"][field].is_string(), "{field} named: {b}");
    }
    let (s, b) = t
        .patch(
            &format!("{T}/lessons/{text}"),
            json!({"content": {"type": "text", "markdown": "x", "attachments": [{"sha256": "ab".repeat(32), "name": "gone.pdf"}]}}),
        )
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (404, Some("file_not_found")),
        "{b}"
    );
    let (s, _) = t
        .patch(
            &format!("{T}/lessons/{text}"),
            json!({"content": {"markdown": "no type"}}),
        )
        .await;
    assert!((400..500).contains(&s), "malformed content refused: {s}");
    let edit = json!({"content": {"type": "text", "markdown": "hijacked"}});
    let (s, _) = l.patch(&format!("{T}/lessons/{text}"), edit.clone()).await;
    assert_eq!(s, 403, "learners cannot edit");
    let (s, _) = o.patch(&format!("{T}/lessons/{text}"), edit.clone()).await;
    assert_eq!(s, 403, "an instructor of SE cannot edit DK");
    let (s, b) = o
        .patch(&format!("/api/v1/t/se/lessons/{text}"), edit.clone())
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (404, Some("lesson_not_found")),
        "{b}"
    );
    let (_, after) = t.get(&format!("{T}/lessons/{text}/source")).await;
    assert_eq!(after["content"], src["content"], "refusals changed nothing");
    assert_eq!(after["title"], "Intro");

    // Video: the learner answers both questions and completes the lesson (and the course).
    for i in 0..2 {
        let (s, b) = l
            .post(
                &format!("{T}/lessons/{film}/interactions/{i}"),
                json!({"type": "bool", "value": true}),
            )
            .await;
        assert_eq!(s, 200, "{b}");
    }
    l.ok(&format!("{T}/lessons/{film}/complete"), json!({}))
        .await;
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    let completed_at = p["completed_at"].clone();
    assert!(completed_at.is_string(), "{p}");

    // Retimed, reordered, a question added: every answer follows its question, no 409.
    let (s, b) = t
        .patch(
            &format!("{T}/lessons/{film}"),
            json!({"content": video(json!([
                {"at_secs": 3.0, "question_id": q2},
                {"at_secs": 2.0, "question_id": q1, "require_correct": true},
                {"at_secs": 6.0, "question_id": q3}]))}),
        )
        .await;
    assert_eq!(s, 200, "{b}");
    let uuid = |s: &str| Uuid::parse_str(s).expect("uuid");
    let (u1, u2, u3) = (uuid(&q1), uuid(&q2), uuid(&q3));
    assert_eq!(stored_answers(&app, &film).await, [(0, u2), (1, u1)]);
    let (_, src) = t.get(&format!("{T}/lessons/{film}/source")).await;
    assert_eq!(src["answered_by"], json!([1, 1, 0]));
    let (_, lv) = l.get(&format!("{T}/lessons/{film}")).await;
    assert_eq!(lv["interactions"][1]["answered_fraction"], 1.0, "{lv}");
    assert!(lv["interactions"][2]["answered_fraction"].is_null(), "{lv}");

    // Replacing the answered question two: refused, saying what happens; nothing changes.
    let replaced = json!({"content": video(json!([
        {"at_secs": 3.0, "question_id": q3},
        {"at_secs": 2.0, "question_id": q1, "require_correct": true}]))});
    let (s, b) = t
        .patch(&format!("{T}/lessons/{film}"), replaced.clone())
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (409, Some("learner_answers_exist")),
        "{b}"
    );
    let msg = b["message"].as_str().unwrap_or("");
    assert!(
        msg.contains("1 learner(s)") && msg.contains("at 3 s") && msg.contains("confirm=true"),
        "{msg}"
    );
    assert_eq!(stored_answers(&app, &film).await, [(0, u2), (1, u1)]);
    let (_, same) = t.get(&format!("{T}/lessons/{film}/source")).await;
    assert_eq!(same["content"], src["content"], "refusal changed nothing");
    let (s, _) = l
        .patch(
            &format!("{T}/lessons/{film}?confirm=true"),
            replaced.clone(),
        )
        .await;
    assert_eq!(s, 403, "learners cannot confirm either");

    // Confirmed: the answers to question two go, question one's stay, completions stay.
    let (s, b) = t
        .patch(&format!("{T}/lessons/{film}?confirm=true"), replaced)
        .await;
    assert_eq!(s, 200, "{b}");
    assert_eq!(stored_answers(&app, &film).await, [(1, u1)]);
    let (_, src) = t.get(&format!("{T}/lessons/{film}/source")).await;
    assert_eq!(src["answered_by"], json!([0, 1]));
    assert_eq!(
        src["content"]["interactions"][0]["question_id"],
        u3.to_string()
    );
    let (_, lv) = l.get(&format!("{T}/lessons/{film}")).await;
    assert_eq!(lv["viewed"], true, "completion kept: {lv}");
    assert!(lv["interactions"][0]["answered_fraction"].is_null(), "{lv}");
    assert_eq!(lv["interactions"][1]["answered_fraction"], 1.0, "{lv}");
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert_eq!(
        (p["lessons_viewed"].as_i64(), p["lessons_total"].as_i64()),
        (Some(2), Some(2))
    );
    assert_eq!(p["completed_at"], completed_at, "course completion kept");

    // Rename, new content and a move in one request.
    let m2 = id_of(
        &t.ok(
            &format!("{T}/courses/{course}/modules"),
            json!({"title": "M2"}),
        )
        .await,
    );
    let (s, p) = t
        .patch(
            &format!("{T}/lessons/{text}"),
            json!({"title": "Welcome", "module_id": m2, "content": {"type": "text", "markdown": "Hi"}}),
        )
        .await;
    assert_eq!(s, 200, "{p}");
    assert_eq!(p["modules"][1]["lessons"][0]["title"], "Welcome", "{p}");
    let (_, src) = t.get(&format!("{T}/lessons/{text}/source")).await;
    assert_eq!(
        (
            src["module_id"].as_str(),
            src["content"]["markdown"].as_str()
        ),
        (Some(m2.as_str()), Some("Hi"))
    );
    app.stop().await;
}
