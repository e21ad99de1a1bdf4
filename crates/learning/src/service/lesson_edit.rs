//! Changing a lesson's content after creation, and reading back what the instructor wrote.
//!
//! Learners' data is treated as Moodle treats it when an activity is edited: completions
//! stay (a completion is never revoked by an edit). Video answers are stored per interaction
//! index together with the question they answered; a change carries each answer to the new
//! interaction that asks the same question (an identical interaction first, then the next one
//! asking that question), so moving a pause, toggling "require correct" or adding and
//! reordering interactions keeps every answer. Answers whose question is no longer asked
//! (interaction removed, its question replaced, or the lesson turned into text) would be
//! deleted: that is refused with 409 `learner_answers_exist` unless the caller confirms.

use super::*;

/// The interactions of a content (none for text).
fn interactions(content: &LessonContent) -> &[Interaction] {
    match content {
        LessonContent::Text { .. } => &[],
        LessonContent::Video { interactions, .. } => interactions,
    }
}

/// For each old interaction, the index of the new interaction that takes over its answers:
/// an identical one (same question and time) first, then the first unclaimed one asking the
/// same question; `None` when the question is no longer asked.
fn carry_answers(old: &[Interaction], new: &[Interaction]) -> Vec<Option<usize>> {
    let mut taken = vec![false; new.len()];
    let mut carried = vec![None; old.len()];
    for (i, o) in old.iter().enumerate() {
        let same = new.iter().enumerate().position(|(j, n)| {
            !taken[j] && n.question_id == o.question_id && n.at_secs == o.at_secs
        });
        if let Some(j) = same {
            taken[j] = true;
            carried[i] = Some(j);
        }
    }
    for (i, o) in old.iter().enumerate() {
        if carried[i].is_some() {
            continue;
        }
        let asked = new
            .iter()
            .enumerate()
            .position(|(j, n)| !taken[j] && n.question_id == o.question_id);
        if let Some(j) = asked {
            taken[j] = true;
            carried[i] = Some(j);
        }
    }
    carried
}

impl Learning {
    /// A lesson's editable source with counts of the learner data an edit could touch
    /// (instructors only: the editor fills its form from it).
    pub async fn lesson_source(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        lesson: Uuid,
    ) -> AppResult<LessonSource> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let row = sqlx::query(
            "SELECT course_id, module_id, title, position, content FROM learning_lessons \
             WHERE id = $1",
        )
        .bind(lesson)
        .fetch_optional(tx.conn())
        .await?
        .ok_or_else(|| {
            AppError::not_found("lesson_not_found", "This territory has no such lesson.")
        })?;
        let content: LessonContent = from_json(row.try_get("content")?)?;
        let learners_completed: i64 =
            sqlx::query_scalar("SELECT count(*) FROM learning_lesson_views WHERE lesson_id = $1")
                .bind(lesson)
                .fetch_one(tx.conn())
                .await?;
        let counts: Vec<(i32, i64)> = sqlx::query_as(
            "SELECT interaction, count(DISTINCT user_id) FROM learning_video_answers \
             WHERE lesson_id = $1 GROUP BY interaction",
        )
        .bind(lesson)
        .fetch_all(tx.conn())
        .await?;
        let answered_by = (0..interactions(&content).len())
            .map(|i| {
                counts
                    .iter()
                    .find(|c| usize::try_from(c.0).ok() == Some(i))
                    .map_or(0, |c| c.1)
            })
            .collect();
        tx.commit().await?;
        Ok(LessonSource {
            id: lesson,
            course_id: row.try_get("course_id")?,
            module_id: row.try_get("module_id")?,
            title: row.try_get("title")?,
            position: row.try_get("position")?,
            content,
            learners_completed,
            answered_by,
        })
    }

    /// Replace a lesson's content inside the caller's transaction (course already locked):
    /// validated like at creation; video answers carried to the interactions asking the same
    /// questions; answers to questions no longer asked deleted only when `confirm`.
    pub(super) async fn replace_content(
        &self,
        conn: &mut PgConnection,
        course: Uuid,
        lesson: Uuid,
        content: &LessonContent,
        confirm: bool,
    ) -> AppResult<()> {
        self.check_content(conn, course, content).await?;
        let (_, _, old) = Self::lesson_content(conn, lesson).await?;
        let before = interactions(&old);
        let carried = carry_answers(before, interactions(content));
        let answered: Vec<i32> = sqlx::query_scalar(
            "SELECT DISTINCT interaction FROM learning_video_answers WHERE lesson_id = $1 \
             ORDER BY interaction",
        )
        .bind(lesson)
        .fetch_all(&mut *conn)
        .await?;
        let target = |i: i32| {
            usize::try_from(i)
                .ok()
                .and_then(|i| carried.get(i).copied().flatten())
        };
        let lost: Vec<i32> = answered
            .iter()
            .copied()
            .filter(|i| target(*i).is_none())
            .collect();
        if !lost.is_empty() && !confirm {
            let learners: i64 = sqlx::query_scalar(
                "SELECT count(DISTINCT user_id) FROM learning_video_answers \
                 WHERE lesson_id = $1 AND interaction = ANY($2)",
            )
            .bind(lesson)
            .bind(&lost)
            .fetch_one(&mut *conn)
            .await?;
            let at: Vec<String> = lost
                .iter()
                .filter_map(|i| usize::try_from(*i).ok().and_then(|i| before.get(i)))
                .map(|it| format!("{} s", it.at_secs))
                .collect();
            return Err(AppError::conflict(
                "learner_answers_exist",
                format!(
                    "{learners} learner(s) answered the video question(s) at {} that this change \
                     removes or replaces. Saving deletes those answers (learners answer what is \
                     asked now); answers to questions still asked and every lesson completion \
                     stay. Repeat the request with `?confirm=true` to save anyway.",
                    at.join(", ")
                ),
            ));
        }
        sqlx::query(
            "DELETE FROM learning_video_answers WHERE lesson_id = $1 AND interaction = ANY($2)",
        )
        .bind(lesson)
        .bind(&lost)
        .execute(&mut *conn)
        .await?;
        let (from, to): (Vec<i32>, Vec<i32>) = answered
            .iter()
            .filter_map(|i| {
                let j = i32::try_from(target(*i)?).ok()?;
                (j != *i).then_some((*i, j))
            })
            .unzip();
        if !from.is_empty() {
            // Two steps through negative numbers: the (lesson, user, interaction) key is
            // checked row by row, so swapping two interactions directly would collide.
            sqlx::query(
                "UPDATE learning_video_answers a SET interaction = -1 - m.to_index \
                 FROM unnest($2::integer[], $3::integer[]) AS m(from_index, to_index) \
                 WHERE a.lesson_id = $1 AND a.interaction = m.from_index",
            )
            .bind(lesson)
            .bind(&from)
            .bind(&to)
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "UPDATE learning_video_answers SET interaction = -1 - interaction \
                 WHERE lesson_id = $1 AND interaction < 0",
            )
            .bind(lesson)
            .execute(&mut *conn)
            .await?;
        }
        sqlx::query("UPDATE learning_lessons SET content = $2 WHERE id = $1")
            .bind(lesson)
            .bind(json(content)?)
            .execute(&mut *conn)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: f64, q: u128) -> Interaction {
        Interaction {
            at_secs: secs,
            question_id: Uuid::from_u128(q),
            require_correct: false,
        }
    }

    #[test]
    fn answers_follow_their_question() {
        // Unchanged, reordered, retimed: every answer carried.
        let old = [at(1.0, 1), at(5.0, 2)];
        assert_eq!(carry_answers(&old, &old), [Some(0), Some(1)]);
        assert_eq!(
            carry_answers(&old, &[at(0.5, 3), at(5.0, 2), at(2.0, 1)]),
            [Some(2), Some(1)]
        );
        // A replaced question and a removed interaction are not carried.
        assert_eq!(
            carry_answers(&old, &[at(1.0, 9), at(5.0, 2)]),
            [None, Some(1)]
        );
        assert_eq!(carry_answers(&old, &[]), [None, None]);
        // A question asked twice: the identical interaction keeps its answers first.
        let twice = [at(1.0, 1), at(5.0, 1)];
        assert_eq!(carry_answers(&twice, &[at(5.0, 1)]), [None, Some(0)]);
        assert_eq!(carry_answers(&twice, &[at(7.0, 1)]), [Some(0), None]);
    }
}
