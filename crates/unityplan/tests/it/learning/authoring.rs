//! Managing what was authored, through HTTP: changing a quiz's settings after creation
//! (what may change once attempted, regrading by a new grading method, deadlines of running
//! attempts), deleting quizzes, courses and questions (409 unless confirmed when learners
//! would lose data; `question_in_use`), a learner's own attempts, and learners' names in the
//! grading queue.

use super::*;

fn right_wrong() -> Value {
    json!({"type": "single_choice", "choices": [choice("right", 1.0), choice("wrong", 0.0)]})
}

/// Start, answer `index` and submit; returns the attempt id.
async fn attempt(l: &Api<'_>, quiz: &str, index: u64) -> String {
    let a = id_of(&start(l, quiz).await);
    let (s, b) = answer(l, &a, 1, json!({"type": "choice", "index": index})).await;
    assert_eq!(s, 200, "{b}");
    let (s, b) = submit(l, &a).await;
    assert_eq!(s, 200, "{b}");
    a
}

fn error(b: &Value) -> Option<&str> {
    b["error"].as_str()
}

#[tokio::test]
async fn quiz_settings_change_after_creation() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, o] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Settings").await;
    let q1 = add_q(&t, &course, "", json!([]), q("q1", "Pick", right_wrong())).await;
    let qz = quiz(
        &t,
        &course,
        json!({"grading_method": "first", "pass_grade": 0.5, "max_attempts": 1,
               "required_for_completion": true}),
        json!([{"type": "fixed", "question_id": q1}]),
    )
    .await;
    let path = format!("{T}/quizzes/{qz}");

    // Bad input changes nothing: same validation as at creation.
    let bad = [
        (
            json!({"settings": {"pass_grade": 2.0}}),
            "settings.pass_grade",
        ),
        (
            json!({"settings": {"max_attempts": 0}}),
            "settings.max_attempts",
        ),
        (
            json!({"settings": {"open_at": "2030-01-02T00:00:00Z", "close_at": "2030-01-01T00:00:00Z"}}),
            "settings.close_at",
        ),
        (
            json!({"settings": {"overall_feedback": [
                {"min_grade": 0.0, "max_grade": 0.6, "text": "a"},
                {"min_grade": 0.5, "max_grade": 1.0, "text": "b"}]}}),
            "settings.overall_feedback",
        ),
        (json!({"title": "  "}), "title"),
        (json!({"settings": {"pass_grade": null}}), ""),
        (
            json!({"settings": {"adaptive": {"category": "", "tags": [], "settings": {}}}}),
            "",
        ),
    ];
    for (body, field) in bad {
        let (s, b) = t.patch(&path, body.clone()).await;
        assert!(s == 422 || s == 400, "{body}: {s} {b}");
        if !field.is_empty() {
            assert_eq!(error(&b), Some("validation_failed"), "{b}");
            assert!(b["fields"][field].is_string(), "{field}: {b}");
        }
    }
    let (s, b) = t
        .patch(&path, json!({"settings": {"no_such_setting": 1}}))
        .await;
    assert!(s == 422 || s == 400, "unknown setting refused: {s} {b}");
    let (s, b) = t
        .patch(&format!("{T}/quizzes/{}", Uuid::new_v4()), json!({}))
        .await;
    assert_eq!((s, error(&b)), (404, Some("quiz_not_found")));
    let (s, b) = t.patch(&format!("{T}/quizzes/nope"), json!({})).await;
    assert_eq!((s, error(&b)), (400, Some("invalid_id")));
    let (s, _) = l
        .patch(&path, json!({"settings": {"max_attempts": 9}}))
        .await;
    assert_eq!(s, 403, "a learner cannot change a quiz");
    let (s, _) = o
        .patch(&path, json!({"settings": {"max_attempts": 9}}))
        .await;
    assert_eq!(s, 403, "another territory's user cannot change a quiz");
    let (_, unchanged) = t.get(&path).await;
    assert_eq!(unchanged["settings"]["max_attempts"], 1, "{unchanged}");
    assert_eq!(unchanged["settings"]["pass_grade"], 0.5);

    // First attempt wrong; the one attempt allowed is used up until the limit is raised.
    let a1 = attempt(&l, &qz, 1).await;
    let (s, b) = l
        .post(&format!("{T}/quizzes/{qz}/attempts"), json!({}))
        .await;
    assert_eq!((s, error(&b)), (409, Some("no_attempts_left")), "{b}");
    let (s, b) = t
        .patch(&path, json!({"settings": {"max_attempts": 3}}))
        .await;
    assert_eq!(s, 200, "{b}");
    assert_eq!(b["settings"]["max_attempts"], 3);
    assert_eq!(b["settings"]["grading_method"], "first", "others kept: {b}");
    let a2 = attempt(&l, &qz, 0).await;

    // Grading method "first": grade 0, not passed, course not complete.
    let (_, g) = l.get(&format!("{path}/grade")).await;
    assert_eq!(
        (g["grade"].as_f64(), g["passed"].as_bool()),
        (Some(0.0), Some(false)),
        "{g}"
    );
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert!(p["completed_at"].is_null(), "{p}");

    // Changing what would re-mark existing attempts is refused once attempted.
    let (s, b) = t
        .patch(&path, json!({"settings": {"feedback_mode": "interactive"}}))
        .await;
    assert_eq!((s, error(&b)), (409, Some("quiz_has_attempts")), "{b}");
    assert!(
        b["message"]
            .as_str()
            .unwrap_or("")
            .contains("feedback_mode"),
        "{b}"
    );

    // A new grading method applies to the stored attempts at once and completes the learner.
    let (s, b) = t
        .patch(&path, json!({"settings": {"grading_method": "highest"}}))
        .await;
    assert_eq!(s, 200, "{b}");
    let (_, g) = l.get(&format!("{path}/grade")).await;
    assert_eq!(
        (g["grade"].as_f64(), g["passed"].as_bool()),
        (Some(1.0), Some(true)),
        "{g}"
    );
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert!(
        p["completed_at"].is_string(),
        "completed after the regrade: {p}"
    );

    // Title, shuffling, review options, feedback bands and clearing a limit with null.
    let (s, b) = t
        .patch(
            &path,
            json!({"title": "Renamed", "settings": {
                "shuffle_answers": true, "max_attempts": null,
                "overall_feedback": [{"min_grade": 0.0, "max_grade": 1.0, "text": "Thanks"}],
                "review": {
                    "during": {"marks": false, "feedback": false, "overall_feedback": false},
                    "immediately_after": {"marks": false, "feedback": false, "overall_feedback": false},
                    "later": {"marks": false, "feedback": false, "overall_feedback": false},
                    "after_close": {"marks": true, "feedback": true, "overall_feedback": true}}}}),
        )
        .await;
    assert_eq!(s, 200, "{b}");
    let (_, got) = t.get(&path).await;
    assert_eq!(got["title"], "Renamed");
    assert_eq!(got["settings"]["shuffle_answers"], true);
    assert!(got["settings"]["max_attempts"].is_null(), "{got}");
    assert_eq!(got["settings"]["overall_feedback"][0]["text"], "Thanks");
    assert_eq!(got["settings"]["review"]["later"]["marks"], false);

    // A running attempt's deadline follows a new time limit.
    let a3 = start(&l, &qz).await;
    assert!(a3["deadline"].is_null(), "{a3}");
    let (s, b) = t
        .patch(&path, json!({"settings": {"time_limit_secs": 600}}))
        .await;
    assert_eq!(s, 200, "{b}");
    let (_, v) = l.get(&format!("{T}/attempts/{}", id_of(&a3))).await;
    let started = chrono::DateTime::parse_from_rfc3339(v["started_at"].as_str().unwrap_or(""));
    let deadline = chrono::DateTime::parse_from_rfc3339(v["deadline"].as_str().unwrap_or(""));
    match (started, deadline) {
        (Ok(s), Ok(d)) => assert_eq!((d - s).num_seconds(), 600, "{v}"),
        _ => panic!("deadline set from the new limit: {v}"),
    }

    // The learner's own attempts, oldest first; marks hidden by the new review options.
    let (s, list) = l.get(&format!("{path}/attempts")).await;
    assert_eq!(s, 200, "{list}");
    let list = list.as_array().cloned().unwrap_or_default();
    let ids: Vec<&str> = list.iter().filter_map(|a| a["id"].as_str()).collect();
    assert_eq!(ids, [a1.as_str(), a2.as_str(), id_of(&a3).as_str()]);
    let states: Vec<&str> = list.iter().filter_map(|a| a["state"].as_str()).collect();
    assert_eq!(states, ["finished", "finished", "in_progress"]);
    assert!(
        list.iter().all(|a| a["grade"].is_null()),
        "marks hidden now: {list:?}"
    );
    assert!(list[0]["finished_at"].is_string() && list[2]["finished_at"].is_null());
    // Marks shown again: the grades appear.
    let (s, _) = t
        .patch(
            &path,
            json!({"settings": {"review": {
                "during": {"marks": true, "feedback": true, "overall_feedback": true},
                "immediately_after": {"marks": true, "feedback": true, "overall_feedback": true},
                "later": {"marks": true, "feedback": true, "overall_feedback": true},
                "after_close": {"marks": true, "feedback": true, "overall_feedback": true}}}}),
        )
        .await;
    assert_eq!(s, 200);
    let (_, list) = l.get(&format!("{path}/attempts")).await;
    assert_eq!(list[0]["grade"].as_f64(), Some(0.0), "{list}");
    assert_eq!(list[1]["grade"].as_f64(), Some(1.0), "{list}");
    // Only one's own attempts; other territories and unknown quizzes refused.
    let (s, mine) = t.get(&format!("{path}/attempts")).await;
    assert_eq!((s, mine.as_array().map(Vec::len)), (200, Some(0)));
    let (s, _) = o.get(&format!("{path}/attempts")).await;
    assert_eq!(s, 403);
    let (s, b) = l
        .get(&format!("{T}/quizzes/{}/attempts", Uuid::new_v4()))
        .await;
    assert_eq!((s, error(&b)), (404, Some("quiz_not_found")));
}

#[tokio::test]
async fn delete_quizzes_courses_and_questions() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, o] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Deleting").await;
    let module = id_of(
        &t.ok(
            &format!("{T}/courses/{course}/modules"),
            json!({"title": "M"}),
        )
        .await,
    );
    let lesson = id_of(
        &t.ok(
            &format!("{T}/modules/{module}/lessons"),
            json!({"title": "Read", "content": {"type": "text", "markdown": "x"}}),
        )
        .await,
    );
    let used = add_q(&t, &course, "", json!([]), q("used", "Pick", right_wrong())).await;
    let spare = add_q(
        &t,
        &course,
        "",
        json!([]),
        q("spare", "Pick", right_wrong()),
    )
    .await;
    let pooled = add_q(
        &t,
        &course,
        "pool",
        json!([]),
        q("pooled", "P", right_wrong()),
    )
    .await;
    let in_video = add_q(&t, &course, "", json!([]), q("video", "V", right_wrong())).await;
    t.ok(
        &format!("{T}/modules/{module}/lessons"),
        json!({"title": "Film", "content": {"type": "video", "source": {"url": "https://video.example/a.mp4"},
               "interactions": [{"at_secs": 1.0, "question_id": in_video}]}}),
    )
    .await;
    let required = quiz(
        &t,
        &course,
        json!({"pass_grade": 1.0, "required_for_completion": true}),
        json!([{"type": "fixed", "question_id": used}]),
    )
    .await;
    let pool_quiz = quiz(
        &t,
        &course,
        json!({}),
        json!([{"type": "random", "count": 1, "category": "pool"}]),
    )
    .await;

    // Questions: in use (fixed slot, random pool that needs it, video), unknown, by learner.
    for (qid, names) in [
        (&used, "\"Quiz\""),
        (&pooled, "\"Quiz\""),
        (&in_video, "\"Film\""),
    ] {
        let (s, b) = t.delete(&format!("{T}/questions/{qid}")).await;
        assert_eq!((s, error(&b)), (409, Some("question_in_use")), "{b}");
        assert!(b["message"].as_str().unwrap_or("").contains(names), "{b}");
    }
    let (s, _) = l.delete(&format!("{T}/questions/{spare}")).await;
    assert_eq!(s, 403);
    let (s, _) = o.delete(&format!("{T}/questions/{spare}")).await;
    assert_eq!(s, 403);
    let (s, b) = t.delete(&format!("{T}/questions/nope")).await;
    assert_eq!((s, error(&b)), (400, Some("invalid_id")));
    let (s, b) = t.delete(&format!("{T}/questions/{spare}")).await;
    assert_eq!(s, 204, "{b}");
    let (s, b) = t.delete(&format!("{T}/questions/{spare}")).await;
    assert_eq!((s, error(&b)), (404, Some("question_not_found")));
    let (_, bank) = t.get(&format!("{T}/courses/{course}/questions")).await;
    assert_eq!(bank.as_array().map(Vec::len), Some(3), "{bank}");

    // A quiz nobody attempted goes without confirmation; the pool question is free then.
    let (s, b) = t.delete(&format!("{T}/quizzes/{pool_quiz}")).await;
    assert_eq!(s, 204, "{b}");
    let (s, b) = t.delete(&format!("{T}/questions/{pooled}")).await;
    assert_eq!(s, 204, "{b}");

    // The learner reads the lesson and fails the required quiz: not complete.
    let (s, b) = l
        .post(&format!("{T}/lessons/{lesson}/complete"), json!({}))
        .await;
    assert_eq!(s, 200, "{b}");
    attempt(&l, &required, 1).await;
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert!(p["completed_at"].is_null(), "{p}");

    // Deleting the attempted quiz needs confirmation; learners cannot; unknown is 404.
    let (s, b) = t.delete(&format!("{T}/quizzes/{required}")).await;
    assert_eq!((s, error(&b)), (409, Some("learner_attempts_exist")), "{b}");
    assert!(b["message"].as_str().unwrap_or("").contains("confirm=true"));
    let (s, _) = l
        .delete(&format!("{T}/quizzes/{required}?confirm=true"))
        .await;
    assert_eq!(s, 403);
    let (s, b) = t
        .delete(&format!("{T}/quizzes/{}?confirm=true", Uuid::new_v4()))
        .await;
    assert_eq!((s, error(&b)), (404, Some("quiz_not_found")));
    let (_, still) = l.get(&format!("{T}/quizzes/{required}/attempts")).await;
    assert_eq!(
        still.as_array().map(Vec::len),
        Some(1),
        "refused deletes change nothing"
    );
    // The attempt that drew it still keeps the question in use.
    let (s, b) = t.delete(&format!("{T}/questions/{used}")).await;
    assert_eq!((s, error(&b)), (409, Some("question_in_use")), "{b}");
    let (s, b) = t
        .delete(&format!("{T}/quizzes/{required}?confirm=true"))
        .await;
    assert_eq!(s, 204, "{b}");
    let (s, b) = l.get(&format!("{T}/quizzes/{required}")).await;
    assert_eq!((s, error(&b)), (404, Some("quiz_not_found")));
    let (_, page) = t.get(&format!("{T}/courses/{course}")).await;
    assert_eq!(page["quizzes"].as_array().map(Vec::len), Some(0), "{page}");
    // With the attempts gone, the question is free.
    let (s, b) = t.delete(&format!("{T}/questions/{used}")).await;
    assert_eq!(s, 204, "{b}");

    // Courses: refused while learners are enrolled unless confirmed.
    let (s, b) = t.delete(&format!("{T}/courses/{course}")).await;
    assert_eq!(
        (s, error(&b)),
        (409, Some("learner_enrollments_exist")),
        "{b}"
    );
    let (s, _) = l
        .delete(&format!("{T}/courses/{course}?confirm=true"))
        .await;
    assert_eq!(s, 403);
    let (s, _) = o
        .delete(&format!("{T}/courses/{course}?confirm=true"))
        .await;
    assert_eq!(s, 403);
    let (s, b) = t.delete(&format!("{T}/courses/{}", Uuid::new_v4())).await;
    assert_eq!((s, error(&b)), (404, Some("course_not_found")));
    let (s, _) = t.get(&format!("{T}/courses/{course}")).await;
    assert_eq!(s, 200, "a refused delete keeps the course");
    let (s, b) = t
        .delete(&format!("{T}/courses/{course}?confirm=true"))
        .await;
    assert_eq!(s, 204, "{b}");
    let (s, b) = t.get(&format!("{T}/courses/{course}")).await;
    assert_eq!((s, error(&b)), (404, Some("course_not_found")));
    let (s, b) = t.get(&format!("{T}/courses/{course}/questions")).await;
    assert!(
        s == 404 || b.as_array().is_some_and(Vec::is_empty),
        "{s} {b}"
    );

    // A course with attempts and no enrolment left still asks; an empty draft does not.
    let course2 = course_with_learner(&t, &l, "With attempts").await;
    let q2 = add_q(&t, &course2, "", json!([]), q("q", "Pick", right_wrong())).await;
    let qz2 = quiz(
        &t,
        &course2,
        json!({}),
        json!([{"type": "fixed", "question_id": q2}]),
    )
    .await;
    attempt(&l, &qz2, 0).await;
    let (s, b) = t.delete(&format!("{T}/courses/{course2}")).await;
    assert_eq!(
        (s, error(&b)),
        (409, Some("learner_enrollments_exist")),
        "{b}"
    );
    let (s, b) = t
        .delete(&format!("{T}/courses/{course2}?confirm=true"))
        .await;
    assert_eq!(
        s, 204,
        "course with attempts and questions deleted in one go: {b}"
    );
    let draft = id_of(
        &t.ok(
            &format!("{T}/courses"),
            json!({"title": "Draft", "language": "en"}),
        )
        .await,
    );
    let (s, b) = t.delete(&format!("{T}/courses/{draft}")).await;
    assert_eq!(s, 204, "{b}");
}

#[tokio::test]
async fn deleting_a_required_quiz_completes_learners_who_did_the_rest() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Recheck").await;
    let module = id_of(
        &t.ok(
            &format!("{T}/courses/{course}/modules"),
            json!({"title": "M"}),
        )
        .await,
    );
    let lesson = id_of(
        &t.ok(
            &format!("{T}/modules/{module}/lessons"),
            json!({"title": "Read", "content": {"type": "text", "markdown": "x"}}),
        )
        .await,
    );
    let q1 = add_q(&t, &course, "", json!([]), q("q1", "Pick", right_wrong())).await;
    let qz = quiz(
        &t,
        &course,
        json!({"pass_grade": 1.0, "required_for_completion": true}),
        json!([{"type": "fixed", "question_id": q1}]),
    )
    .await;
    let (s, b) = l
        .post(&format!("{T}/lessons/{lesson}/complete"), json!({}))
        .await;
    assert_eq!(s, 200, "{b}");
    attempt(&l, &qz, 1).await;
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert!(p["completed_at"].is_null(), "{p}");
    let (s, b) = t.delete(&format!("{T}/quizzes/{qz}?confirm=true")).await;
    assert_eq!(s, 204, "{b}");
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert!(
        p["completed_at"].is_string(),
        "completed once the quiz is gone: {p}"
    );
}

#[tokio::test]
async fn grading_queue_names_learners() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, o] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Essays").await;
    let essay = add_q(
        &t,
        &course,
        "",
        json!([]),
        q("essay", "Write", json!({"type": "essay", "rubric": []})),
    )
    .await;
    let qz = quiz(
        &t,
        &course,
        json!({}),
        json!([{"type": "fixed", "question_id": essay}]),
    )
    .await;
    let a = id_of(&start(&l, &qz).await);
    let (s, b) = answer(&l, &a, 1, json!({"type": "text", "text": "My essay"})).await;
    assert_eq!(s, 200, "{b}");
    let (s, b) = submit(&l, &a).await;
    assert_eq!(s, 200, "{b}");
    let (s, queue) = t.get(&format!("{T}/courses/{course}/grading-queue")).await;
    assert_eq!(s, 200, "{queue}");
    assert_eq!(queue.as_array().map(Vec::len), Some(1), "{queue}");
    assert_eq!(queue[0]["learner_name"], "learner", "{queue}");
    assert_eq!(queue[0]["learner_handle"], "learner", "{queue}");
    assert_eq!(queue[0]["quiz_title"], "Quiz", "{queue}");
    assert_eq!(queue[0]["attempt_id"].as_str(), Some(a.as_str()));
    let (s, _) = l.get(&format!("{T}/courses/{course}/grading-queue")).await;
    assert_eq!(s, 403, "learners do not see the queue");
    let (s, _) = o.get(&format!("{T}/courses/{course}/grading-queue")).await;
    assert_eq!(s, 403);
}
