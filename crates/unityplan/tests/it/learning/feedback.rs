//! Quiz feedback and presentation through HTTP: overall feedback by grade band (validated,
//! shown per the review options), review options per phase, the delay between attempts,
//! and choice shuffling per attempt (stable across reloads, grading unaffected).

use super::*;

fn review(marks: bool, feedback: bool, overall: bool) -> Value {
    json!({"marks": marks, "feedback": feedback, "overall_feedback": overall})
}

#[tokio::test]
async fn overall_feedback_review_options_and_delay() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Feedback").await;
    let tf = add_q(
        &t,
        &course,
        "",
        json!([]),
        json!({"name": "tf", "text": "Sky is blue?", "general_feedback": "Rayleigh scattering.",
               "kind": {"type": "true_false", "correct": true, "feedback_true": "Yes.", "feedback_false": "No."}}),
    )
    .await;
    let slots = json!([{"type": "fixed", "question_id": tf}]);
    let bands = json!([
        {"min_grade": 0.5, "max_grade": 1.0, "text": "Well done"},
        {"min_grade": 0.0, "max_grade": 0.5, "text": "Study the lesson again"}
    ]);

    // Invalid bands are refused with what to fix, and no quiz is created.
    for (bad, says) in [
        (
            json!([{"min_grade": 0.0, "max_grade": 0.6, "text": "a"}, {"min_grade": 0.5, "max_grade": 1.0, "text": "b"}]),
            "overlap",
        ),
        (
            json!([{"min_grade": 0.2, "max_grade": 1.5, "text": "a"}]),
            "max_grade",
        ),
        (
            json!([{"min_grade": 0.0, "max_grade": 1.0, "text": " "}]),
            "text must not be empty",
        ),
    ] {
        let (s, b) = t
            .post(
                &format!("{T}/courses/{course}/quizzes"),
                json!({"title": "Bad", "settings": {"overall_feedback": bad}, "slots": slots}),
            )
            .await;
        assert_eq!(
            (s, b["error"].as_str()),
            (422, Some("validation_failed")),
            "{b}"
        );
        let msg = b["fields"]["settings.overall_feedback"]
            .as_str()
            .unwrap_or("");
        assert!(msg.contains(says), "{b}");
    }
    let (_, page) = t.get(&format!("{T}/courses/{course}")).await;
    assert_eq!(page["quizzes"].as_array().map(Vec::len), Some(0));

    // Right after: everything; later: nothing; the delay between attempts is enforced.
    let qz = quiz(
        &t,
        &course,
        json!({"overall_feedback": bands, "delay_secs": 2, "review": {
            "during": review(true, true, true),
            "immediately_after": review(true, true, true),
            "later": review(false, false, false),
            "after_close": review(true, true, true)}}),
        slots.clone(),
    )
    .await;
    let (_, qv) = t.get(&format!("{T}/quizzes/{qz}")).await;
    assert_eq!(qv["settings"]["overall_feedback"][0]["text"], "Well done");
    let a = start(&l, &qz).await;
    let aid = id_of(&a);
    assert!(a["overall_feedback"].is_null());
    answer(&l, &aid, 1, json!({"type": "bool", "value": true})).await;
    let (s, v) = submit(&l, &aid).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["grade"].as_f64(), Some(1.0));
    assert_eq!(v["overall_feedback"], "Well done", "{v}");
    assert_eq!(
        v["slots"][0]["feedback"],
        json!(["Yes.", "Rayleigh scattering."])
    );
    let (s, b) = l
        .post(&format!("{T}/quizzes/{qz}/attempts"), json!({}))
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (409, Some("attempt_delay")),
        "{b}"
    );
    // Two minutes later ("later" phase): marks, feedback and overall feedback hidden.
    let mut conn = support::connect(&app.db_url).await;
    sqlx::query(
        "UPDATE territory_dk.learning_attempts SET finished_at = finished_at - interval '3 minutes' WHERE id = $1",
    )
    .bind(Uuid::parse_str(&aid).expect("uuid"))
    .execute(&mut conn)
    .await
    .expect("age the attempt");
    let (s, v) = l.get(&format!("{T}/attempts/{aid}")).await;
    assert_eq!(s, 200, "{v}");
    assert!(
        v["grade"].is_null() && v["overall_feedback"].is_null(),
        "{v}"
    );
    assert!(v["slots"][0]["marks"].is_null(), "{v}");
    assert_eq!(v["slots"][0]["state"], "answered");
    assert_eq!(v["slots"][0]["feedback"], json!([]));
    // The delay has passed for the aged attempt: a wrong answer lands in the lower band.
    let a = start(&l, &qz).await;
    answer(&l, &id_of(&a), 1, json!({"type": "bool", "value": false})).await;
    let (_, v) = submit(&l, &id_of(&a)).await;
    assert_eq!(v["grade"].as_f64(), Some(0.0));
    assert_eq!(v["overall_feedback"], "Study the lesson again", "{v}");

    // Immediate mode, during the attempt: feedback but no marks; after close: marks and
    // overall feedback but no per-question feedback; right after (before close): nothing.
    let close = chrono::Utc::now() + chrono::Duration::seconds(3);
    let qc = quiz(
        &t,
        &course,
        json!({"feedback_mode": "immediate", "close_at": close, "overall_feedback": bands, "review": {
            "during": review(false, true, false),
            "immediately_after": review(false, false, false),
            "later": review(false, false, false),
            "after_close": review(true, false, true)}}),
        slots,
    )
    .await;
    let a = start(&l, &qc).await;
    let aid = id_of(&a);
    let (s, v) = answer(&l, &aid, 1, json!({"type": "bool", "value": true})).await;
    assert_eq!(s, 200, "{v}");
    assert!(v["slots"][0]["marks"].is_null(), "{v}");
    assert_eq!(v["slots"][0]["state"], "answered");
    assert_eq!(v["slots"][0]["feedback"][0], "Yes.", "{v}");
    let (_, v) = submit(&l, &aid).await;
    assert!(
        v["grade"].is_null() && v["overall_feedback"].is_null(),
        "{v}"
    );
    assert_eq!(v["slots"][0]["feedback"], json!([]));
    tokio::time::sleep(Duration::from_millis(3200)).await;
    let (_, v) = l.get(&format!("{T}/attempts/{aid}")).await;
    assert_eq!(v["grade"].as_f64(), Some(1.0), "{v}");
    assert_eq!(v["overall_feedback"], "Well done");
    assert_eq!(v["slots"][0]["marks"].as_f64(), Some(1.0));
    assert_eq!(v["slots"][0]["feedback"], json!([]));
    app.stop().await;
}

fn choices(n: usize, right: &[usize]) -> Value {
    let each = 1.0 / right.len() as f64;
    Value::Array(
        (0..n)
            .map(|i| {
                let f = if right.contains(&i) { each } else { 0.0 };
                json!({"text": format!("c{i}"), "fraction": f})
            })
            .collect(),
    )
}

fn order(v: &Value, slot: usize) -> Vec<usize> {
    v["slots"][slot]["question"]["choice_order"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_u64)
                .map(|x| x as usize)
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn choice_shuffling_per_attempt() {
    let Some((app, tokens)) = setup().await else {
        return;
    };
    let [t, l, _] = tokens.map(|token| Api { app: &app, token });
    let course = course_with_learner(&t, &l, "Shuffle").await;
    let single = add_q(
        &t,
        &course,
        "",
        json!([]),
        q(
            "single",
            "Pick c0",
            json!({"type": "single_choice", "choices": choices(6, &[0])}),
        ),
    )
    .await;
    let multi = add_q(
        &t,
        &course,
        "",
        json!([]),
        q(
            "multi",
            "Pick c1 and c3",
            json!({"type": "multiple_choice", "choices": choices(5, &[1, 3])}),
        ),
    )
    .await;
    // "All of the above" must stay last: this question opts out.
    let fixed = add_q(
        &t,
        &course,
        "",
        json!([]),
        json!({"name": "fixed", "text": "Which?", "shuffle_answers": false,
               "kind": {"type": "single_choice", "choices": choices(5, &[4])}}),
    )
    .await;
    let slots = json!([{"type": "fixed", "question_id": single}, {"type": "fixed", "question_id": multi},
                       {"type": "fixed", "question_id": fixed}]);
    let shuffled = quiz(&t, &course, json!({"shuffle_answers": true}), slots.clone()).await;
    let plain = quiz(&t, &course, json!({}), slots).await;
    let identity = |n: usize| (0..n).collect::<Vec<_>>();

    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..4 {
        let a = start(&l, &shuffled).await;
        let aid = id_of(&a);
        let (o1, o2) = (order(&a, 0), order(&a, 1));
        let mut sorted = o1.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, identity(6), "a permutation: {a}");
        assert_eq!(
            order(&a, 2),
            identity(5),
            "the opted-out question keeps its order"
        );
        assert_eq!(
            a["slots"][0]["question"]["choices"][0], "c0",
            "choices stay in stored order"
        );
        // Stable across reloads: resume and GET give the same orders.
        let again = start(&l, &shuffled).await;
        assert_eq!(id_of(&again), aid);
        let (_, got) = l.get(&format!("{T}/attempts/{aid}")).await;
        for v in [&again, &got] {
            assert_eq!((order(v, 0), order(v, 1)), (o1.clone(), o2.clone()));
        }
        seen.insert(o1);
        // Grading uses the stored indexes, whatever the display order.
        answer(&l, &aid, 1, json!({"type": "choice", "index": 0})).await;
        answer(&l, &aid, 2, json!({"type": "choices", "indexes": [3, 1]})).await;
        answer(&l, &aid, 3, json!({"type": "choice", "index": 4})).await;
        let (s, v) = submit(&l, &aid).await;
        assert_eq!((s, v["grade"].as_f64()), (200, Some(1.0)), "{v}");
        assert_eq!(order(&v, 0), order(&a, 0), "same order in review");
    }
    assert!(seen.len() >= 2, "orders differ between attempts: {seen:?}");
    assert!(seen.iter().any(|o| *o != identity(6)), "{seen:?}");

    // Without the quiz setting nothing is shuffled.
    let a = start(&l, &plain).await;
    assert_eq!((order(&a, 0), order(&a, 1)), (identity(6), identity(5)));

    // Moodle XML carries the per-question setting both ways; GIFT notes it cannot.
    let xml = r#"<quiz><question type="multichoice"><name><text>Keep</text></name>
        <questiontext format="html"><text>Which?</text></questiontext>
        <single>true</single><shuffleanswers>0</shuffleanswers>
        <answer fraction="100"><text>a</text></answer><answer fraction="0"><text>All of the above</text></answer>
        </question></quiz>"#;
    let c2 = course_with_learner(&t, &l, "Shuffle import").await;
    let (s, r) = t
        .raw(
            &format!("{T}/courses/{c2}/questions/import?format=moodle_xml"),
            "application/xml",
            xml.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(s, 201, "{r}");
    assert_eq!(r["warnings"], json!([]), "{r}");
    let (_, bank) = t.get(&format!("{T}/courses/{c2}/questions")).await;
    assert_eq!(bank[0]["question"]["shuffle_answers"], false, "{bank}");
    let r = app
        .client
        .get(app.url(&format!(
            "{T}/courses/{c2}/questions/export?format=moodle_xml"
        )))
        .bearer_auth(&t.token)
        .send()
        .await
        .expect("export");
    assert!(r
        .text()
        .await
        .unwrap_or_default()
        .contains("<shuffleanswers>0</shuffleanswers>"));
    let r = app
        .client
        .get(app.url(&format!("{T}/courses/{c2}/questions/export?format=gift")))
        .bearer_auth(&t.token)
        .send()
        .await
        .expect("export");
    let notes = r.headers()["x-export-notes"]
        .to_str()
        .unwrap_or("")
        .to_owned();
    assert!(notes.contains("shuffle"), "{notes}");
    app.stop().await;
}
