//! Learning through HTTP against real PostgreSQL: authoring to completion, every question
//! type, GIFT and Moodle XML round trips, random pools, time limits, grading methods,
//! adaptive quizzes, idempotent submissions, and refusals that change nothing.

use std::time::Duration;

use serde_json::{json, Value};
use uuid::Uuid;

use crate::support::{self, TestApp};
use crate::users;

mod authoring;
mod feedback;
mod lesson_edit;
mod structure;

const T: &str = "/api/v1/t/dk";

struct Api<'a> {
    app: &'a TestApp,
    token: String,
}

impl Api<'_> {
    async fn send(&self, req: reqwest::RequestBuilder) -> (u16, Value) {
        let r = req.bearer_auth(&self.token).send().await.expect("request");
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }
    async fn get(&self, path: &str) -> (u16, Value) {
        self.send(self.app.client.get(self.app.url(path))).await
    }
    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.app.client.post(self.app.url(path)).json(&body))
            .await
    }
    async fn patch(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.app.client.patch(self.app.url(path)).json(&body))
            .await
    }
    async fn put(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.app.client.put(self.app.url(path)).json(&body))
            .await
    }
    async fn delete(&self, path: &str) -> (u16, Value) {
        self.send(self.app.client.delete(self.app.url(path))).await
    }
    async fn raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> (u16, Value) {
        self.send(
            self.app
                .client
                .post(self.app.url(path))
                .header("content-type", content_type)
                .body(body),
        )
        .await
    }
    /// POST that must succeed; returns the body.
    async fn ok(&self, path: &str, body: Value) -> Value {
        let (s, b) = self.post(path, body).await;
        assert!(s == 200 || s == 201, "POST {path}: {s} {b}");
        b
    }
}

/// An app and the tokens of an instructor and a learner in DK and a learner of SE, in that
/// order (`let [t, l, o] = tokens.map(|token| Api { app: &app, token });`).
async fn setup() -> Option<(TestApp, [String; 3])> {
    let app = support::spawn_app().await?;
    let teacher = users::register_and_login(&app, "DK", "teacher").await;
    users::grant_role(&app, "teacher", "instructor", Some("DK")).await;
    let learner = users::register_and_login(&app, "DK", "learner").await;
    let outsider = users::register_and_login(&app, "SE", "outsider").await;
    Some((app, [teacher, learner, outsider]))
}

fn q(name: &str, text: &str, kind: Value) -> Value {
    json!({"name": name, "text": text, "kind": kind})
}

fn choice(text: &str, fraction: f64) -> Value {
    json!({"text": text, "fraction": fraction, "feedback": format!("about {text}")})
}

async fn course_with_learner(t: &Api<'_>, l: &Api<'_>, title: &str) -> String {
    let c = t
        .ok(
            &format!("{T}/courses"),
            json!({"title": title, "language": "da"}),
        )
        .await;
    let id = c["id"].as_str().expect("id").to_owned();
    let (s, b) = t
        .patch(&format!("{T}/courses/{id}"), json!({"status": "published"}))
        .await;
    assert_eq!(s, 200, "{b}");
    l.ok(&format!("{T}/courses/{id}/enrollments"), json!({}))
        .await;
    id
}

async fn add_q(t: &Api<'_>, course: &str, category: &str, tags: Value, question: Value) -> String {
    let b = t
        .ok(
            &format!("{T}/courses/{course}/questions"),
            json!({"category": category, "tags": tags, "question": question}),
        )
        .await;
    b["id"].as_str().expect("question id").to_owned()
}

async fn quiz(t: &Api<'_>, course: &str, settings: Value, slots: Value) -> String {
    let b = t
        .ok(
            &format!("{T}/courses/{course}/quizzes"),
            json!({"title": "Quiz", "settings": settings, "slots": slots}),
        )
        .await;
    b["id"].as_str().expect("quiz id").to_owned()
}

async fn start(l: &Api<'_>, quiz: &str) -> Value {
    l.ok(&format!("{T}/quizzes/{quiz}/attempts"), json!({}))
        .await
}

async fn answer(l: &Api<'_>, attempt: &str, slot: i64, response: Value) -> (u16, Value) {
    l.post(
        &format!("{T}/attempts/{attempt}/answers"),
        json!({"client_id": Uuid::new_v4(), "slot": slot, "response": response}),
    )
    .await
}

async fn submit(l: &Api<'_>, attempt: &str) -> (u16, Value) {
    l.post(
        &format!("{T}/attempts/{attempt}/submit"),
        json!({"client_id": Uuid::new_v4()}),
    )
    .await
}

fn id_of(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

/// Authoring to completion: course, module, text lesson with an attachment, interactive
/// video with a require-correct question, quiz required for completion, badge, certificate.
#[tokio::test]
async fn authoring_to_completion() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, o] = tokens.map(|token| Api { app: &app, token });

    // A learner cannot author.
    let (s, b) = l.post(&format!("{T}/courses"), json!({"title": "x"})).await;
    assert_eq!(s, 403, "{b}");

    let c = t
        .ok(
            &format!("{T}/courses"),
            json!({"title": "Rivers of Denmark", "summary": "**Water** <script>x</script>", "language": "da",
                   "badge": {"name": "River expert", "valid_days": 30}}),
        )
        .await;
    let course = id_of(&c);
    assert_eq!(c["status"], "draft");
    assert!(!c["summary_html"].as_str().unwrap_or("").contains("<script"));
    // Drafts are invisible to learners.
    let (s, _) = l.get(&format!("{T}/courses/{course}")).await;
    assert_eq!(s, 404);

    // Cover image: a PNG declared as anything is accepted; HTML posing as PNG is refused.
    let png =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89".to_vec();
    let up = t
        .raw(
            &format!("{T}/courses/{course}/files?purpose=cover"),
            "application/octet-stream",
            png.clone(),
        )
        .await;
    assert_eq!(up.0, 201, "{}", up.1);
    assert_eq!(up.1["file"]["content_type"], "image/png");
    let cover = up.1["file"]["sha256"].as_str().expect("sha").to_owned();
    let (s, b) = t
        .raw(
            &format!("{T}/courses/{course}/files?purpose=cover"),
            "image/png",
            b"<html><script>alert(1)</script>".to_vec(),
        )
        .await;
    assert_eq!(s, 415, "{b}");
    assert_eq!(b["error"], "file_type_not_allowed");

    // The file is served with its type, ETag, immutable caching and ranges.
    let url = app.url(&format!("{T}/files/{cover}"));
    let r = app.client.get(&url).send().await.expect("get file");
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(r.headers()["etag"], format!("\"{cover}\""));
    assert!(r.headers()["cache-control"]
        .to_str()
        .unwrap_or("")
        .contains("immutable"));
    let r = app
        .client
        .get(&url)
        .header("range", "bytes=1-3")
        .send()
        .await
        .expect("range");
    assert_eq!(r.status(), 206);
    assert_eq!(
        r.headers()["content-range"],
        format!("bytes 1-3/{}", png.len())
    );
    assert_eq!(r.bytes().await.expect("body").as_ref(), b"PNG");
    let r = app
        .client
        .get(&url)
        .header("if-none-match", format!("\"{cover}\""))
        .send()
        .await
        .expect("304");
    assert_eq!(r.status(), 304);
    let r = app
        .client
        .get(&url)
        .header("range", "bytes=999-")
        .send()
        .await
        .expect("416");
    assert_eq!(r.status(), 416);
    // Another territory does not have the file.
    let r = app
        .client
        .get(app.url(&format!("/api/v1/t/se/files/{cover}")))
        .send()
        .await
        .expect("se");
    assert_eq!(r.status(), 404);

    let pdf = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n".to_vec();
    let att = t
        .raw(
            &format!("{T}/courses/{course}/files"),
            "application/pdf",
            pdf,
        )
        .await;
    assert_eq!(att.0, 201, "{}", att.1);
    let att_sha = att.1["file"]["sha256"].as_str().expect("sha").to_owned();

    let (s, b) = t
        .patch(
            &format!("{T}/courses/{course}"),
            json!({"cover_sha256": cover}),
        )
        .await;
    assert_eq!(s, 200, "{b}");
    assert!(b["cover_url"].as_str().unwrap_or("").ends_with(&cover));

    let m = t
        .ok(
            &format!("{T}/courses/{course}/modules"),
            json!({"title": "Basics"}),
        )
        .await;
    let module = id_of(&m);
    let lesson1 = t
        .ok(
            &format!("{T}/modules/{module}/lessons"),
            json!({"title": "Intro", "content": {"type": "text",
                   "markdown": "# Gudenå\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))",
                   "attachments": [{"sha256": att_sha, "name": "map.pdf"}]}}),
        )
        .await;
    let lesson1 = id_of(&lesson1);
    let vq = add_q(
        &t,
        &course,
        "video",
        json!([]),
        q(
            "Longest",
            "Is Gudenå the longest river?",
            json!({"type": "true_false", "correct": true}),
        ),
    )
    .await;
    let video = t
        .ok(
            &format!("{T}/modules/{module}/lessons"),
            json!({"title": "Film", "content": {"type": "video", "source": {"url": "https://video.example/river.mp4"},
                   "interactions": [{"at_secs": 12.5, "question_id": vq, "require_correct": true}],
                   "prevent_skipping": true}}),
        )
        .await;
    let video = id_of(&video);
    let qz = quiz(
        &t,
        &course,
        json!({"pass_grade": 0.5, "required_for_completion": true, "grading_method": "highest"}),
        json!([{"type": "fixed", "question_id": vq}]),
    )
    .await;
    let (s, b) = t
        .patch(
            &format!("{T}/courses/{course}"),
            json!({"status": "published"}),
        )
        .await;
    assert_eq!(s, 200, "{b}");
    let (s, b) = t
        .patch(&format!("{T}/courses/{course}"), json!({"status": "draft"}))
        .await;
    assert_eq!(s, 409, "{b}");

    // A learner of another territory is refused and nothing changes.
    let (s, b) = o
        .post(&format!("{T}/courses/{course}/enrollments"), json!({}))
        .await;
    assert_eq!(s, 403, "{b}");
    let (s, _) = o.get(&format!("{T}/courses/{course}")).await;
    assert_eq!(s, 403);
    let (_, e) = t.get(&format!("{T}/courses/{course}/enrollments")).await;
    assert_eq!(e.as_array().map(Vec::len), Some(0));

    // Not enrolled yet: lessons are closed.
    let (s, b) = l.get(&format!("{T}/lessons/{lesson1}")).await;
    assert_eq!(s, 403, "{b}");
    assert_eq!(b["error"], "not_enrolled");
    l.ok(&format!("{T}/courses/{course}/enrollments"), json!({}))
        .await;

    let (s, page) = l.get(&format!("{T}/courses/{course}")).await;
    assert_eq!(s, 200);
    assert_eq!(
        page["modules"][0]["lessons"].as_array().map(Vec::len),
        Some(2)
    );
    let (s, lv) = l.get(&format!("{T}/lessons/{lesson1}")).await;
    assert_eq!(s, 200, "{lv}");
    let html = lv["html"].as_str().unwrap_or("");
    assert!(
        html.contains("<h1>Gudenå</h1>")
            && !html.contains("onerror")
            && !html.contains("javascript:"),
        "{html}"
    );
    assert_eq!(lv["attachments"][0]["content_type"], "application/pdf");
    let p = l
        .ok(&format!("{T}/lessons/{lesson1}/complete"), json!({}))
        .await;
    assert_eq!(p["lessons_viewed"], 1);

    // Interactive video: answers hidden, skipping prevented, a wrong answer does not continue.
    let (_, vv) = l.get(&format!("{T}/lessons/{video}")).await;
    assert_eq!(vv["interactions"][0]["question"]["type"], "true_false");
    assert!(vv["interactions"][0]["question"].get("correct").is_none());
    let (s, b) = l
        .post(&format!("{T}/lessons/{video}/complete"), json!({}))
        .await;
    assert_eq!((s, b["error"].as_str()), (409, Some("lesson_incomplete")));
    let r = l
        .ok(
            &format!("{T}/lessons/{video}/interactions/0"),
            json!({"type": "bool", "value": false}),
        )
        .await;
    assert_eq!(r["may_continue"], false);
    let (s, _) = l
        .post(&format!("{T}/lessons/{video}/complete"), json!({}))
        .await;
    assert_eq!(s, 409);
    let r = l
        .ok(
            &format!("{T}/lessons/{video}/interactions/0"),
            json!({"type": "bool", "value": true}),
        )
        .await;
    assert_eq!(r["may_continue"], true);
    let p = l
        .ok(&format!("{T}/lessons/{video}/complete"), json!({}))
        .await;
    assert_eq!(p["lessons_viewed"], 2);
    assert!(p["completed_at"].is_null(), "quiz still required: {p}");

    // Fail then pass the required quiz → completion, certificate, badge.
    let a = start(&l, &qz).await;
    answer(&l, &id_of(&a), 1, json!({"type": "bool", "value": false})).await;
    let (s, done) = submit(&l, &id_of(&a)).await;
    assert_eq!((s, done["grade"].as_f64()), (200, Some(0.0)), "{done}");
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert!(p["completed_at"].is_null());
    let a = start(&l, &qz).await;
    answer(&l, &id_of(&a), 1, json!({"type": "bool", "value": true})).await;
    let (s, done) = submit(&l, &id_of(&a)).await;
    assert_eq!((s, done["grade"].as_f64()), (200, Some(1.0)), "{done}");
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert!(p["completed_at"].is_string(), "{p}");
    assert_eq!(p["certificate"]["course"], "Rivers of Denmark");
    assert_eq!(p["certificate"]["learner"], "learner");
    assert_eq!(p["badge"]["name"], "River expert");
    assert_eq!(p["badge"]["valid"], true);
    assert!(p["badge"]["expires_at"].is_string());

    // A lapsed badge is renewed by passing the quiz again.
    let mut conn = support::connect(&app.db_url).await;
    sqlx::query("UPDATE territory_dk.learning_badges SET expires_at = now() - interval '1 day'")
        .execute(&mut conn)
        .await
        .expect("expire badge");
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert_eq!(p["badge"]["valid"], false);
    let a = start(&l, &qz).await;
    answer(&l, &id_of(&a), 1, json!({"type": "bool", "value": true})).await;
    submit(&l, &id_of(&a)).await;
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert_eq!(p["badge"]["valid"], true, "{p}");
    // Course and quiz events went through the outbox.
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT name FROM territory_dk.outbox WHERE domain = 'learning' ORDER BY name",
    )
    .fetch_all(&mut conn)
    .await
    .expect("outbox");
    assert_eq!(
        names,
        [
            "attempt_ended",
            "course_completed",
            "course_published",
            "enrolled"
        ]
    );

    // Prerequisites: a second course requires the first; another learner is refused.
    let c2 = t
        .ok(
            &format!("{T}/courses"),
            json!({"title": "Advanced", "prerequisites": [course], "enrollment": "approval"}),
        )
        .await;
    let c2 = id_of(&c2);
    t.patch(&format!("{T}/courses/{c2}"), json!({"status": "published"}))
        .await;
    let e = l
        .ok(&format!("{T}/courses/{c2}/enrollments"), json!({}))
        .await;
    assert_eq!(e["status"], "pending");
    let (s, b) = l.get(&format!("{T}/courses/{c2}/progress")).await;
    assert_eq!(s, 200, "{b}");
    let uid = users::user_id(&app, "learner").await;
    let e = t
        .ok(
            &format!("{T}/courses/{c2}/enrollments/{uid}/approve"),
            json!({}),
        )
        .await;
    assert_eq!(e["status"], "active");
    app.stop().await;
}

/// Every question type graded right, wrong and partially through the attempt API (deferred
/// feedback), manual grading of the essay and file answers, and regrading after a correction.
#[tokio::test]
async fn question_types_grading_and_regrade() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Types").await;
    let types = [
        q(
            "single",
            "Capital?",
            json!({"type": "single_choice", "choices": [choice("Copenhagen", 1.0), choice("Aarhus", 0.0), choice("Kbh", 0.5)]}),
        ),
        q(
            "multi",
            "Primes?",
            json!({"type": "multiple_choice", "choices": [choice("2", 0.5), choice("3", 0.5), choice("4", -1.0)]}),
        ),
        q(
            "tf",
            "Sun is a star",
            json!({"type": "true_false", "correct": true}),
        ),
        q(
            "blanks",
            "{1} and {2}",
            json!({"type": "fill_blanks", "blanks": [
            {"answers": [{"text": "salt", "fraction": 1.0}]},
            {"answers": [{"text": "Pepper", "fraction": 1.0}, {"text": "pep*", "fraction": 0.5}], "case_sensitive": true}]}),
        ),
        q(
            "numeric",
            "Length?",
            json!({"type": "numeric", "answers": [{"value": 1.5, "tolerance": 0.01, "fraction": 1.0}, {"value": 1.5, "tolerance": 0.2, "fraction": 0.5}],
            "units": [{"name": "m", "multiplier": 1.0}, {"name": "cm", "multiplier": 100.0}]}),
        ),
        q(
            "matching",
            "Match",
            json!({"type": "matching", "pairs": [{"prompt": "DK", "answer": "Copenhagen"}, {"prompt": "SE", "answer": "Stockholm"}], "distractors": ["Oslo"]}),
        ),
        q(
            "ordering",
            "Order",
            json!({"type": "ordering", "items": ["a", "b", "c", "d"]}),
        ),
        q(
            "essay",
            "Write",
            json!({"type": "essay", "rubric": [{"description": "thesis", "points": 2.0}, {"description": "evidence", "points": 2.0}]}),
        ),
        q(
            "file",
            "Upload",
            json!({"type": "file_upload", "max_files": 1}),
        ),
    ];
    let mut slots = Vec::new();
    for question in &types {
        let id = add_q(&t, &course, "types", json!([]), question.clone()).await;
        slots.push(json!({"type": "fixed", "question_id": id}));
    }
    let qz = quiz(
        &t,
        &course,
        json!({"grading_method": "last"}),
        Value::Array(slots),
    )
    .await;
    let file = l
        .raw(
            &format!("{T}/courses/{course}/files"),
            "text/plain",
            b"my drawing notes".to_vec(),
        )
        .await;
    assert_eq!(file.0, 201, "{}", file.1);
    let sha = file.1["file"]["sha256"].as_str().expect("sha").to_owned();

    // (right, partial, wrong) responses per type, in slot order; None = no partial form.
    let cases: Vec<(Value, Option<Value>, Value)> = vec![
        (
            json!({"type": "choice", "index": 0}),
            Some(json!({"type": "choice", "index": 2})),
            json!({"type": "choice", "index": 1}),
        ),
        (
            json!({"type": "choices", "indexes": [0, 1]}),
            Some(json!({"type": "choices", "indexes": [0]})),
            json!({"type": "choices", "indexes": [0, 2]}),
        ),
        (
            json!({"type": "bool", "value": true}),
            None,
            json!({"type": "bool", "value": false}),
        ),
        (
            json!({"type": "blanks", "values": [" SALT ", "Pepper"]}),
            Some(json!({"type": "blanks", "values": ["salt", "pepper"]})),
            json!({"type": "blanks", "values": ["sugar", "x"]}),
        ),
        (
            json!({"type": "number", "value": "150 cm"}),
            Some(json!({"type": "number", "value": "1,6"})),
            json!({"type": "number", "value": "3 m"}),
        ),
        (
            json!({"type": "matches", "answers": ["Copenhagen", "Stockholm"]}),
            Some(json!({"type": "matches", "answers": ["Copenhagen", "Oslo"]})),
            json!({"type": "matches", "answers": ["Oslo", "Copenhagen"]}),
        ),
        (
            json!({"type": "order", "order": [0, 1, 2, 3]}),
            Some(json!({"type": "order", "order": [0, 1, 3, 2]})),
            json!({"type": "order", "order": [3, 2, 1, 0]}),
        ),
    ];
    let expected_partial = [0.5, 0.5, 0.0, 0.75, 0.5, 0.5, 0.5];
    for round in 0..3 {
        let a = start(&l, &qz).await;
        let aid = id_of(&a);
        // Deferred: nothing shown while in progress.
        for (i, (right, partial, wrong)) in cases.iter().enumerate() {
            let r = match round {
                0 => right.clone(),
                1 => partial.clone().unwrap_or(wrong.clone()),
                _ => wrong.clone(),
            };
            let (s, v) = answer(&l, &aid, i as i64 + 1, r).await;
            assert_eq!(s, 200, "{v}");
            assert_eq!(v["slots"][i]["state"], "answered");
            assert!(v["slots"][i]["marks"].is_null());
        }
        let (s, v) = answer(&l, &aid, 8, json!({"type": "text", "text": "Rivers flow."})).await;
        assert_eq!(s, 200, "{v}");
        let (s, v) = answer(&l, &aid, 9, json!({"type": "files", "files": [sha]})).await;
        assert_eq!(s, 200, "{v}");
        let (s, v) = submit(&l, &aid).await;
        assert_eq!(s, 200, "{v}");
        assert!(v["grade"].is_null() && v["needs_grading"] == true, "{v}");
        for (i, _) in cases.iter().enumerate() {
            let marks = v["slots"][i]["marks"].as_f64().expect("marks");
            let want = match round {
                0 => 1.0,
                1 => expected_partial[i],
                _ => 0.0,
            };
            assert!(
                (marks - want).abs() < 1e-9,
                "round {round} slot {}: {marks} != {want}: {}",
                i + 1,
                v["slots"][i]
            );
        }
        assert_eq!(v["slots"][7]["state"], "needs_grading");
        // Manual grading: rubric points for the essay, a fraction for the file.
        let (_, queue) = t.get(&format!("{T}/courses/{course}/grading-queue")).await;
        assert_eq!(queue.as_array().map(Vec::len), Some(2), "{queue}");
        let (s, g) = t
            .post(
                &format!("{T}/attempts/{aid}/slots/8/grade"),
                json!({"rubric_points": [5.0, 1.0]}),
            )
            .await;
        assert_eq!(s, 422, "{g}");
        let g = t
            .ok(
                &format!("{T}/attempts/{aid}/slots/8/grade"),
                json!({"rubric_points": [2.0, 1.0], "comment": "Good"}),
            )
            .await;
        assert!(g["grade"].is_null(), "file still ungraded");
        let g = t
            .ok(
                &format!("{T}/attempts/{aid}/slots/9/grade"),
                json!({"fraction": 1.0}),
            )
            .await;
        let total: f64 = match round {
            0 => 7.0,
            1 => expected_partial.iter().sum(),
            _ => 0.0,
        } + 0.75
            + 1.0;
        let grade = g["grade"].as_f64().expect("grade");
        assert!(
            (grade - total / 9.0).abs() < 1e-9,
            "{grade} vs {}",
            total / 9.0
        );
    }

    // A response of the wrong shape is a 400, not a wrong answer.
    let a = start(&l, &qz).await;
    let (s, b) = answer(&l, &id_of(&a), 1, json!({"type": "bool", "value": true})).await;
    assert_eq!((s, b["error"].as_str()), (400, Some("response_mismatch")));
    submit(&l, &id_of(&a)).await;

    // Regrade: the true/false key was wrong; correcting it regrades the finished attempts.
    let (_, bank) = t.get(&format!("{T}/courses/{course}/questions")).await;
    let tf = bank
        .as_array()
        .and_then(|b| b.iter().find(|q| q["question"]["name"] == "tf"))
        .expect("tf")
        .clone();
    let (s, r) = t
        .put(&format!("{T}/questions/{}", id_of(&tf)), json!({"category": "types", "tags": [], "regrade": true,
             "question": q("tf", "Sun is a star", json!({"type": "true_false", "correct": false}))}))
        .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["regraded_attempts"], 4);
    assert_eq!(r["question"]["version"], 2);
    let (_, g) = l.get(&format!("{T}/quizzes/{qz}/grade")).await;
    assert_eq!(g["attempts"].as_array().map(Vec::len), Some(4));
    // First attempt answered `true` (now wrong): 1 mark less.
    let first = g["attempts"][0].as_f64().expect("first");
    assert!((first - (7.0 - 1.0 + 1.75) / 9.0).abs() < 1e-9, "{g}");
    app.stop().await;
}

/// Import a Moodle XML and a GIFT file with every supported type, export them back and
/// import the export into a second course: the banks are equivalent. Malformed files are
/// refused and nothing is imported.
#[tokio::test]
async fn import_export_roundtrip_and_malformed() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let xml = include_str!("../../../learning/tests/fixtures/all_types.moodle.xml");
    let gift = include_str!("../../../learning/tests/fixtures/all_types.gift");
    for (format, text, expected) in [("moodle_xml", xml, 10usize), ("gift", gift, 8)] {
        let a = course_with_learner(&t, &l, &format!("{format} a")).await;
        let b = course_with_learner(&t, &l, &format!("{format} b")).await;
        let (s, r) = t
            .raw(
                &format!("{T}/courses/{a}/questions/import?format={format}"),
                "text/plain",
                text.as_bytes().to_vec(),
            )
            .await;
        assert_eq!(s, 201, "{r}");
        assert_eq!(
            r["imported"].as_array().map(Vec::len),
            Some(expected),
            "{r}"
        );
        if format == "moodle_xml" {
            assert_eq!(r["skipped"][0]["name"], "Calculated", "{r}");
            assert!(
                r["warnings"]
                    .as_array()
                    .is_some_and(|w| w.iter().any(|w| w["message"]
                        .as_str()
                        .unwrap_or("")
                        .contains("customelement"))),
                "{r}"
            );
        }
        let exported = app
            .client
            .get(app.url(&format!("{T}/courses/{a}/questions/export?format={format}")))
            .bearer_auth(&t.token)
            .send()
            .await
            .expect("export");
        assert_eq!(exported.status(), 200);
        assert_eq!(exported.headers()["x-export-notes"], "[]");
        let text2 = exported.text().await.expect("text");
        let (s, r) = t
            .raw(
                &format!("{T}/courses/{b}/questions/import?format={format}"),
                "text/plain",
                text2.into_bytes(),
            )
            .await;
        assert_eq!(s, 201, "{r}");
        let (_, qa) = t.get(&format!("{T}/courses/{a}/questions")).await;
        let (_, qb) = t.get(&format!("{T}/courses/{b}/questions")).await;
        let strip = |v: &Value| -> Vec<Value> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .map(|q| json!([q["category"], q["tags"], q["question"]]))
                        .collect()
                })
                .unwrap_or_default()
        };
        assert_eq!(strip(&qa), strip(&qb));
    }

    // Malformed: nothing imported, a clear error naming the question.
    let c = course_with_learner(&t, &l, "bad").await;
    for (format, body) in [
        ("moodle_xml", "<quiz><question type=\"multichoice\"><name><text>x"),
        ("moodle_xml", "<quiz><question type=\"numerical\"><name><text>n</text></name><questiontext><text>q</text></questiontext><answer fraction=\"100\"><text>abc</text></answer></question></quiz>"),
        ("gift", "::ok::fine {=a ~b}\n\n::broken::Q {=x"),
        ("gift", "no questions here"),
    ] {
        let (s, r) = t
            .raw(&format!("{T}/courses/{c}/questions/import?format={format}"), "text/plain", body.as_bytes().to_vec())
            .await;
        assert_eq!((s, r["error"].as_str()), (422, Some("invalid_import")), "{r}");
    }
    let (s, r) = t
        .raw(
            &format!("{T}/courses/{c}/questions/import?format=qti"),
            "text/plain",
            b"x".to_vec(),
        )
        .await;
    assert_eq!(s, 400, "{r}");
    let (_, bank) = t.get(&format!("{T}/courses/{c}/questions")).await;
    assert_eq!(bank.as_array().map(Vec::len), Some(0));
    app.stop().await;
}

/// Random pools: least-used first across attempts, no repeats, stable on reload, fair
/// across learners' seeds; idempotent saves and submits; answers to foreign slots refused;
/// grading methods; interactive penalties; attempt limits.
#[tokio::test]
async fn attempts_pools_idempotency_and_grading_methods() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, o] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Pools").await;
    let mut pool = Vec::new();
    for i in 0..6 {
        let id = add_q(
            &t,
            &course,
            "pool/a",
            json!(["p"]),
            q(
                &format!("p{i}"),
                &format!("Is {i} even?"),
                json!({"type": "true_false", "correct": i % 2 == 0}),
            ),
        )
        .await;
        pool.push(id);
    }
    add_q(
        &t,
        &course,
        "other",
        json!(["p"]),
        q("other", "x", json!({"type": "true_false", "correct": true})),
    )
    .await;
    let qz = quiz(
        &t,
        &course,
        json!({"grading_method": "average", "max_attempts": 3}),
        json!([{"type": "fixed", "question_id": pool[0]}, {"type": "random", "count": 2, "category": "pool", "tags": ["p"]}]),
    )
    .await;
    let mut seen = std::collections::HashMap::<String, u32>::new();
    let mut grades = Vec::new();
    for attempt in 0..3 {
        let a = start(&l, &qz).await;
        let aid = id_of(&a);
        // Reload: the same attempt and the same draw.
        let again = start(&l, &qz).await;
        assert_eq!(id_of(&again), aid);
        let ids: Vec<String> = a["slots"]
            .as_array()
            .expect("slots")
            .iter()
            .map(|s| s["question_id"].as_str().unwrap_or("").to_owned())
            .collect();
        let again_ids: Vec<String> = again["slots"]
            .as_array()
            .expect("slots")
            .iter()
            .map(|s| s["question_id"].as_str().unwrap_or("").to_owned())
            .collect();
        assert_eq!(ids, again_ids);
        assert_eq!(ids.len(), 3);
        assert_eq!(ids[0], pool[0]);
        let unique: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), 3, "no repeats within an attempt");
        for id in &ids[1..] {
            assert!(pool.contains(id), "drawn from the category");
            *seen.entry(id.clone()).or_default() += 1;
        }
        // Idempotent answer: the same client id twice is applied once.
        let cid = Uuid::new_v4();
        let body = json!({"client_id": cid, "slot": 1, "response": {"type": "bool", "value": attempt != 1}});
        let (s1, v1) = l
            .post(&format!("{T}/attempts/{aid}/answers"), body.clone())
            .await;
        let (s2, v2) = l.post(&format!("{T}/attempts/{aid}/answers"), body).await;
        assert_eq!((s1, s2), (200, 200), "{v1} {v2}");
        assert_eq!(v1, v2);
        // The same client id for a different request is refused, not replayed.
        let (s, b) = l
            .post(
                &format!("{T}/attempts/{aid}/submit"),
                json!({"client_id": cid}),
            )
            .await;
        assert_eq!(
            (s, b["error"].as_str()),
            (409, Some("client_id_reused")),
            "{b}"
        );
        // A slot that is not in the attempt.
        let (s, b) = answer(&l, &aid, 99, json!({"type": "bool", "value": true})).await;
        assert_eq!((s, b["error"].as_str()), (404, Some("slot_not_in_attempt")));
        // Another territory's learner cannot touch it.
        let (s, _) = o.post(&format!("{T}/attempts/{aid}/answers"), json!({"client_id": Uuid::new_v4(), "slot": 1, "response": {"type": "bool", "value": false}})).await;
        assert_eq!(s, 403);
        // None of the refusals above changed the attempt.
        let (_, now) = l.get(&format!("{T}/attempts/{aid}")).await;
        assert_eq!(now["slots"], v1["slots"], "refusals changed nothing");
        // Idempotent submit.
        let cid = Uuid::new_v4();
        let (s1, v1) = l
            .post(
                &format!("{T}/attempts/{aid}/submit"),
                json!({"client_id": cid}),
            )
            .await;
        let (s2, v2) = l
            .post(
                &format!("{T}/attempts/{aid}/submit"),
                json!({"client_id": cid}),
            )
            .await;
        assert_eq!((s1, s2), (200, 200), "{v1} {v2}");
        assert_eq!(v1, v2);
        let (s3, v3) = submit(&l, &aid).await;
        assert_eq!((s3, v3["error"].as_str()), (409, Some("attempt_closed")));
        grades.push(v1["grade"].as_f64().expect("grade"));
    }
    // 6 pool questions, 2 drawn per attempt + 1 fixed: least-used first → the 5 others are
    // covered before any repeats (attempts 1–2 draw 4 distinct, attempt 3 the 5th + 1).
    assert!(seen.len() >= 5, "least used first: {seen:?}");
    assert!(seen.values().all(|c| *c <= 2), "{seen:?}");
    let (_, g) = l.get(&format!("{T}/quizzes/{qz}/grade")).await;
    let avg = grades.iter().sum::<f64>() / 3.0;
    assert!(
        (g["grade"].as_f64().unwrap_or(-1.0) - avg).abs() < 1e-9,
        "{g}"
    );
    let (s, b) = l
        .post(&format!("{T}/quizzes/{qz}/attempts"), json!({}))
        .await;
    assert_eq!((s, b["error"].as_str()), (409, Some("no_attempts_left")));
    let mut conn = support::connect(&app.db_url).await;
    let requests: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM territory_dk.learning_requests WHERE kind LIKE 'submit:%'",
    )
    .fetch_one(&mut conn)
    .await
    .expect("count");
    assert_eq!(requests, 3, "each submit recorded once");

    // Grading methods over the same attempts: highest, first, last.
    for (method, want) in [
        ("highest", grades.iter().copied().fold(0.0, f64::max)),
        ("first", grades[0]),
        ("last", grades[2]),
    ] {
        let qm = quiz(
            &t,
            &course,
            json!({"grading_method": method}),
            json!([{"type": "fixed", "question_id": pool[0]}]),
        )
        .await;
        for g in &grades {
            let a = start(&l, &qm).await;
            // Answer right exactly when that attempt's grade was 1/3 or more from slot 1.
            let right = *g > 0.3;
            answer(&l, &id_of(&a), 1, json!({"type": "bool", "value": right})).await;
            submit(&l, &id_of(&a)).await;
        }
        let (_, gm) = l.get(&format!("{T}/quizzes/{qm}/grade")).await;
        let expect = if want > 0.3 { 1.0 } else { 0.0 };
        assert_eq!(gm["grade"].as_f64(), Some(expect), "{method}: {gm}");
    }

    // Interactive mode: penalty per wrong try, hints between tries.
    let hinted = add_q(&t, &course, "hinted", json!([]), json!({"name": "h", "text": "2+2", "penalty": 0.25, "hints": ["even", "four"],
        "kind": {"type": "single_choice", "choices": [choice("3", 0.0), choice("4", 1.0), choice("5", 0.0)]}})).await;
    let qi = quiz(
        &t,
        &course,
        json!({"feedback_mode": "interactive"}),
        json!([{"type": "fixed", "question_id": hinted}]),
    )
    .await;
    let a = start(&l, &qi).await;
    let aid = id_of(&a);
    let (_, v) = answer(&l, &aid, 1, json!({"type": "choice", "index": 0})).await;
    assert_eq!(v["slots"][0]["hint"], "even");
    assert_eq!(v["slots"][0]["state"], "wrong");
    let (_, v) = answer(&l, &aid, 1, json!({"type": "choice", "index": 1})).await;
    assert_eq!(v["slots"][0]["marks"].as_f64(), Some(0.75), "{v}");
    let (s, b) = answer(&l, &aid, 1, json!({"type": "choice", "index": 1})).await;
    assert_eq!((s, b["error"].as_str()), (409, Some("no_tries_left")));
    let (_, v) = submit(&l, &aid).await;
    assert_eq!(v["grade"].as_f64(), Some(0.75));
    app.stop().await;
}

/// Time limits: a late submit is refused; auto-submit keeps saved answers; a grace period
/// allows submitting but not answering; abandon; the background job closes attempts nobody
/// came back to.
#[tokio::test]
async fn time_limits_and_overdue_job() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Timed").await;
    let qid = add_q(
        &t,
        &course,
        "",
        json!([]),
        q("tf", "t?", json!({"type": "true_false", "correct": true})),
    )
    .await;
    let slots = json!([{"type": "fixed", "question_id": qid}]);
    let auto = quiz(
        &t,
        &course,
        json!({"time_limit_secs": 1, "overdue": "auto_submit"}),
        slots.clone(),
    )
    .await;
    let grace = quiz(
        &t,
        &course,
        json!({"time_limit_secs": 1, "overdue": "grace_period", "grace_secs": 60}),
        slots.clone(),
    )
    .await;
    let abandon = quiz(
        &t,
        &course,
        json!({"time_limit_secs": 1, "overdue": "abandon"}),
        slots.clone(),
    )
    .await;
    let job = quiz(
        &t,
        &course,
        json!({"time_limit_secs": 1, "overdue": "abandon"}),
        slots.clone(),
    )
    .await;

    let a_auto = start(&l, &auto).await;
    assert!(a_auto["deadline"].is_string());
    answer(
        &l,
        &id_of(&a_auto),
        1,
        json!({"type": "bool", "value": true}),
    )
    .await;
    let a_grace = start(&l, &grace).await;
    let a_abandon = start(&l, &abandon).await;
    answer(
        &l,
        &id_of(&a_abandon),
        1,
        json!({"type": "bool", "value": true}),
    )
    .await;
    let a_job = start(&l, &job).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let (s, b) = submit(&l, &id_of(&a_auto)).await;
    assert_eq!(
        (s, b["error"].as_str()),
        (409, Some("attempt_time_expired")),
        "{b}"
    );
    let (_, v) = l.get(&format!("{T}/attempts/{}", id_of(&a_auto))).await;
    assert_eq!(
        (v["state"].as_str(), v["grade"].as_f64()),
        (Some("finished"), Some(1.0)),
        "{v}"
    );

    let (s, b) = answer(
        &l,
        &id_of(&a_grace),
        1,
        json!({"type": "bool", "value": true}),
    )
    .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (409, Some("attempt_time_expired"))
    );
    let (s, v) = submit(&l, &id_of(&a_grace)).await;
    assert_eq!((s, v["state"].as_str()), (200, Some("finished")), "{v}");
    assert_eq!(
        v["grade"].as_f64(),
        Some(0.0),
        "the late answer was not saved"
    );

    let (s, b) = submit(&l, &id_of(&a_abandon)).await;
    assert_eq!(s, 409, "{b}");
    let (_, v) = l.get(&format!("{T}/attempts/{}", id_of(&a_abandon))).await;
    assert_eq!(v["state"], "abandoned");
    assert!(v["grade"].is_null());

    // Nobody comes back to `a_job`: the background job abandons it.
    let mut state = Value::Null;
    for _ in 0..40 {
        let (_, v) = l.get(&format!("{T}/attempts/{}", id_of(&a_job))).await;
        state = v["state"].clone();
        if state == "abandoned" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(state, "abandoned");
    app.stop().await;
}

/// An adaptive quiz converges on a simulated learner of known ability, who answers the
/// questions of their level or below right and those above wrong.
#[tokio::test]
async fn adaptive_quiz_converges() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Adaptive").await;
    let mut level_of = std::collections::HashMap::new();
    for level in 1..=10 {
        for k in 0..4 {
            let id = add_q(
                &t,
                &course,
                "adaptive",
                json!([]),
                json!({"name": format!("L{level}-{k}"), "text": "x", "difficulty": level,
                "kind": {"type": "true_false", "correct": true}}),
            )
            .await;
            level_of.insert(id, level);
        }
    }
    let qz = quiz(
        &t,
        &course,
        json!({"adaptive": {"settings": {"lowest": 1, "highest": 10, "starting_level": 5, "target_standard_error": 0.6, "min_questions": 6, "max_questions": 30},
              "category": "adaptive"}}),
        json!([]),
    )
    .await;
    let ability = 7;
    let mut a = start(&l, &qz).await;
    let aid = id_of(&a);
    let mut asked = 0;
    while a["state"] == "in_progress" {
        let slots = a["slots"].as_array().expect("slots");
        let last = slots.last().expect("slot");
        let level = level_of[last["question_id"].as_str().unwrap_or("")];
        let (s, v) = answer(
            &l,
            &aid,
            last["slot"].as_i64().unwrap_or(0),
            json!({"type": "bool", "value": level <= ability}),
        )
        .await;
        assert_eq!(s, 200, "{v}");
        a = v;
        asked += 1;
        assert!(asked <= 30);
    }
    let est = a["estimate"]["ability_level"].as_f64().expect("estimate");
    assert!(
        (est - 7.5).abs() <= 1.5,
        "estimate {est} for a learner between levels 7 and 8: {}",
        a["estimate"]
    );
    assert!(a["stop_reason"].is_string(), "{a}");
    assert_eq!(a["state"], "finished");
    app.stop().await;
}

/// Oversized uploads are refused with 413 and nothing is stored.
#[tokio::test]
async fn oversized_upload_refused() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Big").await;
    let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
    big.resize(6 * 1024 * 1024, 0);
    let (s, b) = t
        .raw(
            &format!("{T}/courses/{course}/files?purpose=cover"),
            "image/png",
            big,
        )
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (413, Some("file_too_large")),
        "{b}"
    );
    let mut conn = support::connect(&app.db_url).await;
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM territory_dk.file_objects")
        .fetch_one(&mut conn)
        .await
        .expect("count");
    assert_eq!(n, 0);
    let blobs = std::fs::read_dir(app.config.data.dir.join("files/tmp"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(blobs, 0, "no temporary file left behind");
    app.stop().await;
}

/// Latency percentiles (ms) of durations.
fn percentiles(mut d: Vec<Duration>) -> (f64, f64, f64) {
    d.sort();
    let at = |p: f64| {
        let i = ((d.len() as f64 * p).ceil() as usize).clamp(1, d.len()) - 1;
        d[i].as_secs_f64() * 1000.0
    };
    (at(0.50), at(0.95), at(0.99))
}

/// Fire `n` requests at `rate` per second, open loop; latency from the scheduled send time.
async fn fixed_rate<F, Fut>(
    rate: u64,
    n: usize,
    make: F,
) -> (Vec<Duration>, std::collections::BTreeMap<u16, usize>)
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = u16> + Send + 'static,
{
    let start = tokio::time::Instant::now();
    let mut handles = Vec::with_capacity(n);
    for i in 0..n {
        let scheduled = start + Duration::from_secs_f64(i as f64 / rate as f64);
        tokio::time::sleep_until(scheduled).await;
        let fut = make(i);
        handles.push(tokio::spawn(async move {
            let status = fut.await;
            (scheduled.elapsed(), status)
        }));
    }
    let mut out = Vec::with_capacity(n);
    let mut statuses = std::collections::BTreeMap::new();
    for h in handles {
        let (d, status) = h.await.expect("task");
        *statuses.entry(status).or_insert(0) += 1;
        out.push(d);
    }
    (out, statuses)
}

/// Benchmark, run by hand (see docs/benchmarks.md, "Learning"): quiz submits and course
/// page reads at a fixed rate, open loop, against the real app and PostgreSQL.
/// `LEARNING_BENCH_RATE` (default 100/s) and `LEARNING_BENCH_SECS` (default 10).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn bench_submit_and_course_page() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let learner = tokens[1].clone();
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let rate: u64 = std::env::var("LEARNING_BENCH_RATE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let secs: u64 = std::env::var("LEARNING_BENCH_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let n = (rate * secs) as usize;
    let course = course_with_learner(&t, &l, "Bench").await;
    for m in 0..3 {
        let module = id_of(
            &t.ok(
                &format!("{T}/courses/{course}/modules"),
                json!({"title": format!("M{m}")}),
            )
            .await,
        );
        for k in 0..5 {
            t.ok(&format!("{T}/modules/{module}/lessons"), json!({"title": format!("L{k}"), "content": {"type": "text", "markdown": "# Text\n\nSome *words*."}})).await;
        }
    }
    let mut slots = Vec::new();
    let mut qids = Vec::new();
    for i in 0..5 {
        let id = add_q(
            &t,
            &course,
            "bench",
            json!([]),
            q(
                &format!("b{i}"),
                "t?",
                json!({"type": "true_false", "correct": true}),
            ),
        )
        .await;
        slots.push(json!({"type": "fixed", "question_id": id}));
        qids.push(id);
    }
    let qz = quiz(&t, &course, json!({}), Value::Array(slots)).await;
    // Prepare n answered attempts directly in the database (starting them through the API
    // is not what is measured).
    let uid = users::user_id(&app, "learner").await;
    let mut conn = support::connect(&app.db_url).await;
    sqlx::query(
        "INSERT INTO territory_dk.learning_attempts (id, quiz_id, user_id, number, seed, state, started_at) \
         SELECT gen_random_uuid(), $1, $2, g, g, 'in_progress', now() FROM generate_series(1, $3) g",
    )
    .bind(Uuid::parse_str(&qz).expect("uuid"))
    .bind(uid)
    .bind(n as i32)
    .execute(&mut conn)
    .await
    .expect("attempts");
    sqlx::query(
        "INSERT INTO territory_dk.learning_attempt_slots (attempt_id, slot, question_id, response, auto_fraction, tries, credit) \
         SELECT a.id, (x->>'n')::int, (x->>'q')::uuid, '{\"type\":\"bool\",\"value\":true}', 1, 1, 1 \
         FROM territory_dk.learning_attempts a, jsonb_array_elements($2) x WHERE a.quiz_id = $1",
    )
    .bind(Uuid::parse_str(&qz).expect("uuid"))
    .bind(json!(qids.iter().enumerate().map(|(i, q)| json!({"n": i + 1, "q": q})).collect::<Vec<_>>()))
    .execute(&mut conn)
    .await
    .expect("slots");
    let attempts: Vec<Uuid> = sqlx::query_scalar(
        "SELECT id FROM territory_dk.learning_attempts WHERE quiz_id = $1 ORDER BY number",
    )
    .bind(Uuid::parse_str(&qz).expect("uuid"))
    .fetch_all(&mut conn)
    .await
    .expect("ids");
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()
        .expect("client");
    let page_url = app.url(&format!("{T}/courses/{course}"));
    let (page, page_errors) = fixed_rate(rate, n, |_| {
        let c = client.clone();
        let u = page_url.clone();
        let tok = learner.clone();
        async move {
            c.get(u)
                .bearer_auth(tok)
                .send()
                .await
                .map(|r| r.status().as_u16())
                .unwrap_or(0)
        }
    })
    .await;
    let base = app.url(T);
    let (submit, submit_errors) = fixed_rate(rate, n, |i| {
        let c = client.clone();
        let u = format!("{base}/attempts/{}/submit", attempts[i]);
        let tok = learner.clone();
        async move {
            c.post(u)
                .bearer_auth(tok)
                .json(&json!({"client_id": Uuid::new_v4()}))
                .send()
                .await
                .map(|r| r.status().as_u16())
                .unwrap_or(0)
        }
    })
    .await;
    let (p50, p95, p99) = percentiles(page);
    println!("BENCH course page: rate {rate}/s x {secs}s, {n} requests, statuses {page_errors:?} (0 = no response), p50 {p50:.1} ms, p95 {p95:.1} ms, p99 {p99:.1} ms");
    let (p50, p95, p99) = percentiles(submit);
    println!("BENCH quiz submit: rate {rate}/s x {secs}s, {n} requests, statuses {submit_errors:?} (0 = no response), p50 {p50:.1} ms, p95 {p95:.1} ms, p99 {p99:.1} ms");
    let graded: i64 = sqlx::query_scalar("SELECT count(*) FROM territory_dk.learning_attempts WHERE quiz_id = $1 AND state = 'finished' AND grade = 1")
        .bind(Uuid::parse_str(&qz).expect("uuid"))
        .fetch_one(&mut conn)
        .await
        .expect("count");
    println!("BENCH finished and graded attempts: {graded}");
    app.stop().await;
}
