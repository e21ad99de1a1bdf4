//! Changing a quiz's settings after creation, deleting quizzes, courses and questions, and a
//! learner's list of their own attempts.
//!
//! Deletes follow the outline's convention (Moodle asks before deleting an activity with
//! user data, then deletes that data with it): when learners' attempts or enrolments would
//! be lost the request is refused with 409 unless it carries `?confirm=true`. A question
//! still used anywhere is never deleted (409 `question_in_use`), as Moodle keeps questions
//! that quizzes or attempts refer to.

use super::*;

/// Quote a list of titles for a message: `"a", "b"`.
fn quoted(titles: &[String]) -> String {
    titles
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Learning {
    /// Where a question is still used: (quiz titles, lesson titles). A quiz counts when a
    /// fixed slot names the question, an attempt drew it, or a random slot or adaptive pool
    /// would be left with fewer questions than it asks for.
    async fn question_uses(
        conn: &mut PgConnection,
        course: Uuid,
        question: Uuid,
    ) -> AppResult<(Vec<String>, Vec<String>)> {
        let quizzes: Vec<(Uuid, String, Value, Value)> = sqlx::query_as(
            "SELECT id, title, settings, slots FROM learning_quizzes WHERE course_id = $1 \
             ORDER BY created_at, id",
        )
        .bind(course)
        .fetch_all(&mut *conn)
        .await?;
        let attempted: Vec<Uuid> = sqlx::query_scalar(
            "SELECT DISTINCT a.quiz_id FROM learning_attempt_slots s \
             JOIN learning_attempts a ON a.id = s.attempt_id WHERE s.question_id = $1",
        )
        .bind(question)
        .fetch_all(&mut *conn)
        .await?;
        let mut in_quizzes = Vec::new();
        for (id, title, settings, slots) in quizzes {
            let settings: QuizSettings = from_json(settings)?;
            let slots: Vec<SlotSpec> = from_json(slots)?;
            let mut used = attempted.contains(&id);
            if let Some(a) = &settings.adaptive {
                let pool = Self::pool(&mut *conn, course, &a.category, &a.tags).await?;
                used |= pool.len() <= 1 && pool.iter().any(|(q, _)| *q == question);
            } else {
                for slot in &slots {
                    used |= match slot {
                        SlotSpec::Fixed { question_id } => *question_id == question,
                        SlotSpec::Random {
                            count,
                            category,
                            tags,
                        } => {
                            let pool = Self::pool(&mut *conn, course, category, tags).await?;
                            pool.len() <= *count as usize
                                && pool.iter().any(|(q, _)| *q == question)
                        }
                    };
                }
            }
            if used {
                in_quizzes.push(title);
            }
        }
        let in_lessons: Vec<String> = sqlx::query_scalar(
            "SELECT title FROM learning_lessons WHERE course_id = $1 \
             AND content->>'type' = 'video' AND EXISTS ( \
               SELECT 1 FROM jsonb_array_elements(content->'interactions') i \
               WHERE i->>'question_id' = $2::text) ORDER BY title",
        )
        .bind(course)
        .bind(question)
        .fetch_all(&mut *conn)
        .await?;
        Ok((in_quizzes, in_lessons))
    }

    /// Delete a question from its course's bank (instructors). Refused with 409
    /// `question_in_use`, naming the quizzes and lessons, while anything still uses it.
    pub async fn delete_question(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        question: Uuid,
    ) -> AppResult<()> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let course: Uuid =
            sqlx::query_scalar("SELECT course_id FROM learning_questions WHERE id = $1")
                .bind(question)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| AppError::not_found("question_not_found", "No such question."))?;
        // Quizzes and lessons of the course change only under this lock, so the check
        // below still holds when the row is deleted.
        Self::lock_course(tx.conn(), course).await?;
        let (quizzes, lessons) = Self::question_uses(tx.conn(), course, question).await?;
        if !quizzes.is_empty() || !lessons.is_empty() {
            let mut parts = Vec::new();
            if !quizzes.is_empty() {
                parts.push(format!("quizzes {}", quoted(&quizzes)));
            }
            if !lessons.is_empty() {
                parts.push(format!("video lessons {}", quoted(&lessons)));
            }
            return Err(AppError::conflict(
                "question_in_use",
                format!(
                    "The question is used by {} (a quiz slot, a random pool that needs it, an \
                     attempt that drew it, or a video interaction). Remove it there first; a \
                     question that attempts used cannot be deleted — correct it instead.",
                    parts.join(" and ")
                ),
            ));
        }
        sqlx::query("DELETE FROM learning_questions WHERE id = $1")
            .bind(question)
            .execute(tx.conn())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn attempt_count(conn: &mut PgConnection, quiz: Uuid) -> AppResult<i64> {
        Ok(
            sqlx::query_scalar("SELECT count(*) FROM learning_attempts WHERE quiz_id = $1")
                .bind(quiz)
                .fetch_one(&mut *conn)
                .await?,
        )
    }

    /// Change a quiz's title and settings (instructors). Like Moodle, timing, open/close,
    /// review options, feedback bands, shuffling and attempts allowed change at any time;
    /// grading method, pass grade and "required for completion" change too, and the quiz
    /// grade follows at once (it is combined from the stored attempt grades on every read)
    /// with course completion rechecked in the same transaction. What would change how
    /// existing attempts were marked — the feedback mode (interactive penalties) and the
    /// adaptive pool — is refused with 409 `quiz_has_attempts` once the quiz has attempts.
    /// Running attempts get their deadline recomputed from the new time limit and close
    /// date; a new shuffle setting applies to attempts started afterwards.
    pub async fn update_quiz(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        quiz: Uuid,
        input: QuizUpdate,
    ) -> AppResult<Quiz> {
        user.require(Role::Instructor, t)?;
        let title = input
            .title
            .as_deref()
            .map(|x| check_text("title", x, 200))
            .transpose()?;
        let mut tx = self.begin(t, Access::Write).await?;
        let mut q = Self::quiz(tx.conn(), quiz).await?;
        Self::lock_course(tx.conn(), q.course_id).await?;
        let old = q.settings.clone();
        let new = input.settings.apply(&old);
        Self::check_settings(&new)?;
        if old.adaptive.is_some() != new.adaptive.is_some() {
            return Err(AppError::invalid_field(
                "settings.adaptive",
                "a quiz cannot switch between adaptive and slots; create a new quiz",
            ));
        }
        if new.adaptive != old.adaptive {
            if let Some(a) = &new.adaptive {
                Self::check_adaptive_pool(tx.conn(), q.course_id, a).await?;
            }
        }
        let attempts = Self::attempt_count(tx.conn(), quiz).await?;
        if attempts > 0 {
            let mut locked = Vec::new();
            if new.feedback_mode != old.feedback_mode {
                locked.push("feedback_mode");
            }
            if new.adaptive != old.adaptive {
                locked.push("adaptive");
            }
            if !locked.is_empty() {
                return Err(AppError::conflict(
                    "quiz_has_attempts",
                    format!(
                        "The quiz has {attempts} attempt(s), which were marked under the current                          {}; changing it would change their grades. Leave it as it is or create                          a new quiz. Everything else can still be changed.",
                        locked.join(" and ")
                    ),
                ));
            }
        }
        if let Some(title) = &title {
            q.title = title.clone();
        }
        sqlx::query("UPDATE learning_quizzes SET title = $2, settings = $3 WHERE id = $1")
            .bind(quiz)
            .bind(&q.title)
            .bind(json(&new)?)
            .execute(tx.conn())
            .await?;
        if new.time_limit_secs != old.time_limit_secs || new.close_at != old.close_at {
            // Deadline = min(start + limit, close), as at start; one that has passed is
            // closed by the overdue rule (here on the next request, or the background job).
            sqlx::query(
                "UPDATE learning_attempts SET deadline = CASE \
                   WHEN $2::bigint IS NULL THEN $3::timestamptz \
                   WHEN $3::timestamptz IS NULL THEN started_at + make_interval(secs => $2) \
                   ELSE least(started_at + make_interval(secs => $2), $3) END \
                 WHERE quiz_id = $1 AND state = 'in_progress'",
            )
            .bind(quiz)
            .bind(new.time_limit_secs)
            .bind(new.close_at)
            .execute(tx.conn())
            .await?;
        }
        if new.grading_method != old.grading_method
            || new.pass_grade != old.pass_grade
            || new.required_for_completion != old.required_for_completion
        {
            self.recheck_completions(tx.conn(), t, q.course_id).await?;
        }
        tx.commit().await?;
        q.settings = new;
        Ok(q)
    }

    /// Delete a quiz (instructors). When learners have attempts the request is refused with
    /// 409 `learner_attempts_exist` unless `confirm`, which deletes the attempts too.
    /// Completion is rechecked (deleting a required quiz can complete learners).
    pub async fn delete_quiz(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        quiz: Uuid,
        confirm: bool,
    ) -> AppResult<()> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let q = Self::quiz(tx.conn(), quiz).await?;
        Self::lock_course(tx.conn(), q.course_id).await?;
        let learners: i64 = sqlx::query_scalar(
            "SELECT count(DISTINCT user_id) FROM learning_attempts WHERE quiz_id = $1",
        )
        .bind(quiz)
        .fetch_one(tx.conn())
        .await?;
        if learners > 0 && !confirm {
            return Err(AppError::conflict(
                "learner_attempts_exist",
                format!(
                    "{learners} learner(s) have attempts at this quiz; deleting it deletes their \
                     attempts and grades too. Repeat the request with `?confirm=true` to delete \
                     anyway."
                ),
            ));
        }
        sqlx::query("DELETE FROM learning_quizzes WHERE id = $1")
            .bind(quiz)
            .execute(tx.conn())
            .await?;
        self.recheck_completions(tx.conn(), t, q.course_id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Delete a course with everything in it (instructors). When learners are enrolled or
    /// have attempts the request is refused with 409 `learner_enrollments_exist` unless
    /// `confirm`, which deletes their enrolments, progress, attempts and badges too. Other
    /// courses that required this one lose that prerequisite.
    pub async fn delete_course(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        confirm: bool,
    ) -> AppResult<()> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        Self::lock_course(tx.conn(), course).await?;
        let learners: i64 = sqlx::query_scalar(
            "SELECT count(DISTINCT user_id) FROM ( \
               SELECT user_id FROM learning_enrollments WHERE course_id = $1 \
               UNION ALL SELECT a.user_id FROM learning_attempts a \
               JOIN learning_quizzes q ON q.id = a.quiz_id WHERE q.course_id = $1) p",
        )
        .bind(course)
        .fetch_one(tx.conn())
        .await?;
        if learners > 0 && !confirm {
            return Err(AppError::conflict(
                "learner_enrollments_exist",
                format!(
                    "{learners} learner(s) are enrolled in this course or have attempts in it; \
                     deleting it deletes their enrolments, progress, attempts, certificates and \
                     badges too. Repeat the request with `?confirm=true` to delete anyway, or \
                     archive the course instead."
                ),
            ));
        }
        // Attempts first: their slots refer to the bank's questions.
        sqlx::query(
            "DELETE FROM learning_attempts a USING learning_quizzes q \
             WHERE q.id = a.quiz_id AND q.course_id = $1",
        )
        .bind(course)
        .execute(tx.conn())
        .await?;
        sqlx::query("DELETE FROM learning_courses WHERE id = $1")
            .bind(course)
            .execute(tx.conn())
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The caller's own attempts at a quiz, oldest first; a grade only when known and the
    /// review options show marks now.
    pub async fn my_attempts(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        quiz: Uuid,
    ) -> AppResult<Vec<AttemptSummary>> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let q = Self::quiz(tx.conn(), quiz).await?;
        Self::visible_course(tx.conn(), user, t, q.course_id).await?;
        let ids: Vec<Uuid> = sqlx::query_scalar(
            "SELECT id FROM learning_attempts WHERE quiz_id = $1 AND user_id = $2 ORDER BY number",
        )
        .bind(quiz)
        .bind(user.user_id.0)
        .fetch_all(tx.conn())
        .await?;
        let now = Utc::now();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let row = Self::attempt_row(tx.conn(), id, false).await?;
            let marks = Self::review_now(&q.settings, &row, now).marks;
            out.push(AttemptSummary {
                id: row.id,
                number: row.number,
                grade: row.grade.filter(|_| marks && row.state == "finished"),
                state: row.state,
                started_at: row.started_at,
                finished_at: row.finished_at,
                needs_grading: row.needs_grading,
            });
        }
        tx.commit().await?;
        Ok(out)
    }
}
