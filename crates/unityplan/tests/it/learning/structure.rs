//! Editing a course's structure through HTTP: moving modules and lessons (atomic
//! renumbering), deleting them (refused while learners have progress unless confirmed, as
//! Moodle asks), replacing quiz slots (refused once attempted), and bad input that changes
//! nothing.

use super::*;

/// Module titles and, per module, lesson titles, in outline order; positions are `0..n`.
fn outline(page: &Value) -> Vec<(String, Vec<String>)> {
    let modules = page["modules"].as_array().cloned().unwrap_or_default();
    for (i, m) in modules.iter().enumerate() {
        assert_eq!(m["position"].as_u64(), Some(i as u64), "renumbered: {page}");
    }
    modules
        .iter()
        .map(|m| {
            let lessons = m["lessons"].as_array().cloned().unwrap_or_default();
            (
                m["title"].as_str().unwrap_or("").to_owned(),
                lessons
                    .iter()
                    .map(|l| l["title"].as_str().unwrap_or("").to_owned())
                    .collect(),
            )
        })
        .collect()
}

fn titles(o: &[(String, Vec<String>)]) -> Vec<String> {
    o.iter().map(|m| m.0.clone()).collect()
}

fn text_lesson(title: &str) -> Value {
    json!({"title": title, "content": {"type": "text", "markdown": title}})
}

#[tokio::test]
async fn move_and_delete_modules_lessons_and_quiz_slots() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, o] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Structure").await;
    let mut modules = Vec::new();
    let mut lessons = Vec::new();
    for m in ["A", "B", "C"] {
        let mid = id_of(
            &t.ok(
                &format!("{T}/courses/{course}/modules"),
                json!({"title": m}),
            )
            .await,
        );
        for i in 1..=2 {
            let lid = id_of(
                &t.ok(
                    &format!("{T}/modules/{mid}/lessons"),
                    text_lesson(&format!("{m}{i}")),
                )
                .await,
            );
            lessons.push(lid);
        }
        modules.push(mid);
    }
    let other = course_with_learner(&t, &l, "Other").await;
    let foreign_module = id_of(
        &t.ok(
            &format!("{T}/courses/{other}/modules"),
            json!({"title": "X"}),
        )
        .await,
    );
    let page = |who: &'static str| {
        let api = if who == "t" { &t } else { &l };
        let path = format!("{T}/courses/{course}");
        async move {
            let (s, p) = api.get(&path).await;
            assert_eq!(s, 200, "{p}");
            outline(&p)
        }
    };
    let before = page("t").await;
    assert_eq!(titles(&before), ["A", "B", "C"]);

    // Move module C first; the others are renumbered in the same request.
    let (s, p) = t
        .patch(
            &format!("{T}/modules/{}", modules[2]),
            json!({"position": 0}),
        )
        .await;
    assert_eq!(s, 200, "{p}");
    assert_eq!(titles(&outline(&p)), ["C", "A", "B"]);
    // Rename and move to the end.
    let (s, p) = t
        .patch(
            &format!("{T}/modules/{}", modules[2]),
            json!({"position": 2, "title": "C!"}),
        )
        .await;
    assert_eq!(s, 200, "{p}");
    assert_eq!(titles(&outline(&p)), ["A", "B", "C!"]);

    // Bad input: position out of range, unknown id, malformed id, learner, other territory.
    let after_moves = page("t").await;
    for bad in [json!({"position": 3}), json!({"position": -1})] {
        let (s, b) = t.patch(&format!("{T}/modules/{}", modules[0]), bad).await;
        assert_eq!(
            (s, b["error"].as_str()),
            (422, Some("validation_failed")),
            "{b}"
        );
        assert!(
            b["fields"]["position"]
                .as_str()
                .unwrap_or("")
                .contains("between 0 and 2"),
            "{b}"
        );
    }
    let (s, b) = t
        .patch(
            &format!("{T}/modules/{}", Uuid::new_v4()),
            json!({"position": 0}),
        )
        .await;
    assert_eq!((s, b["error"].as_str()), (404, Some("module_not_found")));
    let (s, b) = t
        .patch(&format!("{T}/modules/nope"), json!({"position": 0}))
        .await;
    assert_eq!((s, b["error"].as_str()), (400, Some("invalid_id")));
    let (s, _) = l
        .patch(
            &format!("{T}/modules/{}", modules[0]),
            json!({"position": 1}),
        )
        .await;
    assert_eq!(s, 403);
    let (s, _) = o
        .patch(
            &format!("{T}/modules/{}", modules[0]),
            json!({"position": 1}),
        )
        .await;
    assert_eq!(s, 403);
    assert_eq!(page("t").await, after_moves, "refusals changed nothing");

    // Lessons: move within the module, then into another module of the course.
    let (s, p) = t
        .patch(
            &format!("{T}/lessons/{}", lessons[1]),
            json!({"position": 0}),
        )
        .await;
    assert_eq!(s, 200, "{p}");
    assert_eq!(outline(&p)[0].1, ["A2", "A1"]);
    let (s, p) = t
        .patch(
            &format!("{T}/lessons/{}", lessons[1]),
            json!({"module_id": modules[1], "position": 1, "title": "A2 moved"}),
        )
        .await;
    assert_eq!(s, 200, "{p}");
    let o1 = outline(&p);
    assert_eq!(o1[0].1, ["A1"]);
    assert_eq!(o1[1].1, ["B1", "A2 moved", "B2"]);
    // Positions are renumbered in both modules.
    let mut conn = support::connect(&app.db_url).await;
    let positions: Vec<(String, i32)> = sqlx::query_as(
        "SELECT title, position FROM territory_dk.learning_lessons WHERE module_id = ANY($1) ORDER BY title",
    )
    .bind(vec![
        Uuid::parse_str(&modules[0]).expect("uuid"),
        Uuid::parse_str(&modules[1]).expect("uuid"),
    ])
    .fetch_all(&mut conn)
    .await
    .expect("positions");
    assert_eq!(
        positions,
        [
            ("A1".to_owned(), 0),
            ("A2 moved".to_owned(), 1),
            ("B1".to_owned(), 0),
            ("B2".to_owned(), 2)
        ]
    );
    // Bad lesson moves: another course's module, unknown module, out of range.
    let snapshot = page("t").await;
    let (s, b) = t
        .patch(
            &format!("{T}/lessons/{}", lessons[0]),
            json!({"module_id": foreign_module}),
        )
        .await;
    assert_eq!(s, 422, "{b}");
    assert!(b.to_string().contains("another course"), "{b}");
    let (s, b) = t
        .patch(
            &format!("{T}/lessons/{}", lessons[0]),
            json!({"module_id": Uuid::new_v4()}),
        )
        .await;
    assert_eq!(s, 422, "{b}");
    let (s, b) = t
        .patch(
            &format!("{T}/lessons/{}", lessons[0]),
            json!({"module_id": modules[1], "position": 4}),
        )
        .await;
    assert_eq!(s, 422, "{b}");
    assert!(b.to_string().contains("between 0 and 3"), "{b}");
    let (s, b) = t
        .patch(
            &format!("{T}/lessons/{}", Uuid::new_v4()),
            json!({"position": 0}),
        )
        .await;
    assert_eq!((s, b["error"].as_str()), (404, Some("lesson_not_found")));
    assert_eq!(page("t").await, snapshot, "refusals changed nothing");

    // Deleting: a lesson nobody has progress in goes at once.
    let (s, b) = t.delete(&format!("{T}/lessons/{}", lessons[5])).await;
    assert_eq!(s, 204, "{b}");
    // The learner completes every lesson but B1 (A1, A2 moved, B2, C1).
    for i in [0, 1, 3, 4] {
        l.ok(&format!("{T}/lessons/{}/complete", lessons[i]), json!({}))
            .await;
    }
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert_eq!(
        (p["lessons_viewed"].as_i64(), p["lessons_total"].as_i64()),
        (Some(4), Some(5))
    );
    // A lesson with learner progress: refused without confirmation, nothing deleted.
    let (s, b) = t.delete(&format!("{T}/lessons/{}", lessons[0])).await;
    assert_eq!(
        (s, b["error"].as_str()),
        (409, Some("learner_progress_exists")),
        "{b}"
    );
    assert!(
        b["message"].as_str().unwrap_or("").contains("confirm=true"),
        "{b}"
    );
    let (s, _) = l.get(&format!("{T}/lessons/{}", lessons[0])).await;
    assert_eq!(s, 200);
    let (s, _) = l
        .delete(&format!("{T}/lessons/{}?confirm=true", lessons[0]))
        .await;
    assert_eq!(s, 403, "learners cannot delete");
    let (s, b) = t
        .delete(&format!("{T}/lessons/{}?confirm=true", lessons[0]))
        .await;
    assert_eq!(s, 204, "{b}");
    let (s, _) = l.get(&format!("{T}/lessons/{}", lessons[0])).await;
    assert_eq!(s, 404);
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert_eq!(
        (p["lessons_viewed"].as_i64(), p["lessons_total"].as_i64()),
        (Some(3), Some(4))
    );
    // Module B holds the one lesson the learner has not done: deleting it (confirmed, as
    // the learner completed B2 in it) completes the course for the learner.
    let (s, b) = t.delete(&format!("{T}/modules/{}", modules[1])).await;
    assert_eq!(
        (s, b["error"].as_str()),
        (409, Some("learner_progress_exists")),
        "{b}"
    );
    let (s, b) = t
        .delete(&format!("{T}/modules/{}?confirm=true", modules[1]))
        .await;
    assert_eq!(s, 204, "{b}");
    let after = page("l").await;
    assert_eq!(titles(&after), ["A", "C!"]);
    assert!(after[0].1.is_empty());
    let (_, p) = l.get(&format!("{T}/courses/{course}/progress")).await;
    assert_eq!(
        (p["lessons_viewed"].as_i64(), p["lessons_total"].as_i64()),
        (Some(1), Some(1))
    );
    assert!(p["completed_at"].is_string(), "completion rechecked: {p}");
    let (s, b) = t.delete(&format!("{T}/modules/{}", modules[1])).await;
    assert_eq!((s, b["error"].as_str()), (404, Some("module_not_found")));
    // Module positions renumbered after the delete.
    let m_positions: Vec<i32> = sqlx::query_scalar(
        "SELECT position FROM territory_dk.learning_modules WHERE course_id = $1 ORDER BY position",
    )
    .bind(Uuid::parse_str(&course).expect("uuid"))
    .fetch_all(&mut conn)
    .await
    .expect("module positions");
    assert_eq!(m_positions, [0, 1]);

    // Quiz slots: reorder and remove before anyone attempts; refused afterwards.
    let q1 = add_q(
        &t,
        &course,
        "",
        json!([]),
        q("one", "1?", json!({"type": "true_false", "correct": true})),
    )
    .await;
    let q2 = add_q(
        &t,
        &course,
        "",
        json!([]),
        q("two", "2?", json!({"type": "true_false", "correct": false})),
    )
    .await;
    let foreign_q = add_q(
        &t,
        &other,
        "",
        json!([]),
        q("far", "f?", json!({"type": "true_false", "correct": true})),
    )
    .await;
    let qz = quiz(
        &t,
        &course,
        json!({}),
        json!([{"type": "fixed", "question_id": q1}, {"type": "fixed", "question_id": q2}]),
    )
    .await;
    let (s, b) = t
        .put(
            &format!("{T}/quizzes/{qz}/slots"),
            json!({"slots": [{"type": "fixed", "question_id": q2}, {"type": "fixed", "question_id": q1}]}),
        )
        .await;
    assert_eq!(s, 200, "{b}");
    assert_eq!(b["slots"][0]["question_id"], q2.as_str());
    let (s, b) = t
        .put(
            &format!("{T}/quizzes/{qz}/slots"),
            json!({"slots": [{"type": "fixed", "question_id": foreign_q}]}),
        )
        .await;
    assert_eq!(s, 422, "{b}");
    assert!(b.to_string().contains("not in this course's bank"), "{b}");
    let (s, b) = t
        .put(&format!("{T}/quizzes/{qz}/slots"), json!({"slots": []}))
        .await;
    assert_eq!(s, 422, "{b}");
    let (s, _) = l
        .put(
            &format!("{T}/quizzes/{qz}/slots"),
            json!({"slots": [{"type": "fixed", "question_id": q1}]}),
        )
        .await;
    assert_eq!(s, 403);
    let (_, qv) = t.get(&format!("{T}/quizzes/{qz}")).await;
    assert_eq!(
        qv["slots"].as_array().map(Vec::len),
        Some(2),
        "refusals changed nothing"
    );
    let a = start(&l, &qz).await;
    assert_eq!(
        a["slots"][0]["question_id"],
        q2.as_str(),
        "the new order is used"
    );
    let (s, b) = t
        .put(
            &format!("{T}/quizzes/{qz}/slots"),
            json!({"slots": [{"type": "fixed", "question_id": q1}]}),
        )
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (409, Some("quiz_has_attempts")),
        "{b}"
    );
    let (s, b) = t
        .put(
            &format!("{T}/quizzes/{}/slots", Uuid::new_v4()),
            json!({"slots": [{"type": "fixed", "question_id": q1}]}),
        )
        .await;
    assert_eq!((s, b["error"].as_str()), (404, Some("quiz_not_found")));
    app.stop().await;
}
