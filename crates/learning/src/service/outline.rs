//! Editing a course's structure: renaming, moving and deleting modules and lessons, and
//! replacing a quiz's slots. (A lesson's content is changed in `lesson_edit`.)
//!
//! Moves renumber the siblings `0..n` in the same transaction, under a lock on the course
//! row, so concurrent moves in one course apply one after the other. Deleting something a
//! learner has progress in is refused unless confirmed (Moodle asks before deleting an
//! activity or a non-empty section, then deletes its user data with it).

use super::*;

/// `order` with `item` moved to index `to`; `Err(max)` when `to` is outside `0..=max`.
/// `item` need not be in `order` (it is then inserted, e.g. a lesson moved in from another
/// module).
fn move_to(order: &[Uuid], item: Uuid, to: Option<i32>) -> Result<Vec<Uuid>, usize> {
    let mut rest: Vec<Uuid> = order.iter().copied().filter(|x| *x != item).collect();
    let max = rest.len();
    let to = match to {
        None => max,
        Some(p) => usize::try_from(p).ok().filter(|p| *p <= max).ok_or(max)?,
    };
    rest.insert(to, item);
    Ok(rest)
}

fn position_error(max: usize, what: &str) -> AppError {
    AppError::invalid_field(
        "position",
        format!("must be between 0 and {max} (the position among the {what})"),
    )
}

/// A movable, deletable part of a course's outline.
#[derive(Debug, Clone, Copy)]
enum Node {
    Module,
    Lesson,
}

impl Node {
    fn name(self) -> &'static str {
        match self {
            Self::Module => "module",
            Self::Lesson => "lesson",
        }
    }

    fn not_found(self) -> AppError {
        match self {
            Self::Module => {
                AppError::not_found("module_not_found", "This territory has no such module.")
            }
            Self::Lesson => {
                AppError::not_found("lesson_not_found", "This territory has no such lesson.")
            }
        }
    }
}

impl Learning {
    /// Lock the course row: structure edits of one course apply one at a time.
    pub(super) async fn lock_course(conn: &mut PgConnection, course: Uuid) -> AppResult<()> {
        sqlx::query("SELECT 1 FROM learning_courses WHERE id = $1 FOR UPDATE")
            .bind(course)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(course_not_found)?;
        Ok(())
    }

    /// Set `position` = index in `order` for the modules or lessons listed.
    async fn renumber(conn: &mut PgConnection, node: Node, order: &[Uuid]) -> AppResult<()> {
        let sql = match node {
            Node::Lesson => {
                "UPDATE learning_lessons x SET position = (o.n - 1)::integer \
                 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE x.id = o.id"
            }
            Node::Module => {
                "UPDATE learning_modules x SET position = (o.n - 1)::integer \
                 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE x.id = o.id"
            }
        };
        sqlx::query(sql).bind(order).execute(&mut *conn).await?;
        Ok(())
    }

    /// The course of a module or lesson and its parent (the course, or the lesson's module).
    async fn place(conn: &mut PgConnection, node: Node, id: Uuid) -> AppResult<(Uuid, Uuid)> {
        let found: Option<(Uuid, Uuid)> = match node {
            Node::Lesson => {
                sqlx::query_as("SELECT course_id, module_id FROM learning_lessons WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *conn)
                    .await?
            }
            Node::Module => {
                sqlx::query_as("SELECT course_id, course_id FROM learning_modules WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *conn)
                    .await?
            }
        };
        found.ok_or_else(|| node.not_found())
    }

    /// The modules of a course or the lessons of a module, in order.
    async fn siblings(conn: &mut PgConnection, node: Node, parent: Uuid) -> AppResult<Vec<Uuid>> {
        let sql = match node {
            Node::Lesson => {
                "SELECT id FROM learning_lessons WHERE module_id = $1 ORDER BY position, id"
            }
            Node::Module => {
                "SELECT id FROM learning_modules WHERE course_id = $1 ORDER BY position, id"
            }
        };
        Ok(sqlx::query_scalar(sql)
            .bind(parent)
            .fetch_all(&mut *conn)
            .await?)
    }

    async fn lesson_ids(conn: &mut PgConnection, module: Uuid) -> AppResult<Vec<Uuid>> {
        Self::siblings(conn, Node::Lesson, module).await
    }

    /// Learners with progress (completions or video answers) in any of `lessons`.
    async fn learners_with_progress(conn: &mut PgConnection, lessons: &[Uuid]) -> AppResult<i64> {
        Ok(sqlx::query_scalar(
            "SELECT count(DISTINCT user_id) FROM ( \
               SELECT user_id FROM learning_lesson_views WHERE lesson_id = ANY($1) \
               UNION ALL SELECT user_id FROM learning_video_answers WHERE lesson_id = ANY($1)) p",
        )
        .bind(lessons)
        .fetch_one(&mut *conn)
        .await?)
    }

    /// Refuse (409 `learner_progress_exists`) unless confirmed when learners have progress.
    async fn confirm_progress_loss(
        conn: &mut PgConnection,
        lessons: &[Uuid],
        confirm: bool,
        what: &str,
    ) -> AppResult<()> {
        let n = Self::learners_with_progress(conn, lessons).await?;
        if n > 0 && !confirm {
            return Err(AppError::conflict(
                "learner_progress_exists",
                format!(
                    "{n} learner(s) have completed lessons or answered video questions in this \
                     {what}; deleting it deletes that progress too. Repeat the request with \
                     `?confirm=true` to delete anyway."
                ),
            ));
        }
        Ok(())
    }

    /// After lessons were deleted, complete the learners who have now done everything left
    /// (Moodle recalculates completion the same way); never for a course left empty.
    pub(super) async fn recheck_completions(
        &self,
        conn: &mut PgConnection,
        t: &TerritoryCode,
        course: Uuid,
    ) -> AppResult<()> {
        let rules: i64 = sqlx::query_scalar(
            "SELECT (SELECT count(*) FROM learning_lessons WHERE course_id = $1) + \
                    (SELECT count(*) FROM learning_quizzes WHERE course_id = $1 \
                     AND (settings->>'required_for_completion')::boolean)",
        )
        .bind(course)
        .fetch_one(&mut *conn)
        .await?;
        if rules == 0 {
            return Ok(());
        }
        let learners: Vec<Uuid> = sqlx::query_scalar(
            "SELECT user_id FROM learning_enrollments \
             WHERE course_id = $1 AND status = 'active' AND completed_at IS NULL",
        )
        .bind(course)
        .fetch_all(&mut *conn)
        .await?;
        for uid in learners {
            self.check_completion(conn, t, course, uid).await?;
        }
        Ok(())
    }

    /// Start editing a module or lesson (instructors): a write transaction with the course
    /// locked, the node's course and parent, and the node renamed when `title` is given.
    async fn edit_node(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        node: Node,
        id: Uuid,
        title: Option<&str>,
    ) -> AppResult<(store::TerritoryTx, Uuid, Uuid)> {
        user.require(Role::Instructor, t)?;
        let title = title.map(|x| check_text("title", x, 200)).transpose()?;
        let mut tx = self.begin(t, Access::Write).await?;
        let (course, parent) = Self::place(tx.conn(), node, id).await?;
        Self::lock_course(tx.conn(), course).await?;
        if let Some(title) = title {
            let sql = match node {
                Node::Lesson => "UPDATE learning_lessons SET title = $2 WHERE id = $1",
                Node::Module => "UPDATE learning_modules SET title = $2 WHERE id = $1",
            };
            sqlx::query(sql)
                .bind(id)
                .bind(title)
                .execute(tx.conn())
                .await?;
        }
        Ok((tx, course, parent))
    }

    /// Rename a module and/or move it to another position in its course.
    pub async fn update_module(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        module: Uuid,
        input: ModuleUpdate,
    ) -> AppResult<CoursePage> {
        let (mut tx, course, _) = self
            .edit_node(user, t, Node::Module, module, input.title.as_deref())
            .await?;
        if input.position.is_some() {
            let ids = Self::siblings(tx.conn(), Node::Module, course).await?;
            let order = move_to(&ids, module, input.position)
                .map_err(|max| position_error(max, "course's modules"))?;
            Self::renumber(tx.conn(), Node::Module, &order).await?;
        }
        tx.commit().await?;
        self.course_page(user, t, course).await
    }

    /// Rename a lesson, replace its content and/or move it within its module or to another
    /// module of its course, in one transaction. `confirm` allows a content change that
    /// deletes learners' answers to video questions no longer asked.
    pub async fn update_lesson(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        lesson: Uuid,
        input: LessonUpdate,
        confirm: bool,
    ) -> AppResult<CoursePage> {
        let (mut tx, course, from) = self
            .edit_node(user, t, Node::Lesson, lesson, input.title.as_deref())
            .await?;
        if let Some(content) = &input.content {
            self.replace_content(tx.conn(), course, lesson, content, confirm)
                .await?;
        }
        let to = input.module_id.unwrap_or(from);
        if to != from {
            let owner: Option<Uuid> =
                sqlx::query_scalar("SELECT course_id FROM learning_modules WHERE id = $1")
                    .bind(to)
                    .fetch_optional(tx.conn())
                    .await?;
            match owner {
                None => {
                    return Err(AppError::invalid_field(
                        "module_id",
                        "this territory has no such module",
                    ))
                }
                Some(c) if c != course => return Err(AppError::invalid_field(
                    "module_id",
                    "the module belongs to another course; a lesson moves only within its course",
                )),
                Some(_) => {}
            }
        }
        if to != from || input.position.is_some() {
            let siblings = Self::lesson_ids(tx.conn(), to).await?;
            let order = move_to(&siblings, lesson, input.position)
                .map_err(|max| position_error(max, "module's lessons"))?;
            sqlx::query("UPDATE learning_lessons SET module_id = $2 WHERE id = $1")
                .bind(lesson)
                .bind(to)
                .execute(tx.conn())
                .await?;
            Self::renumber(tx.conn(), Node::Lesson, &order).await?;
            if to != from {
                let left = Self::lesson_ids(tx.conn(), from).await?;
                Self::renumber(tx.conn(), Node::Lesson, &left).await?;
            }
        }
        tx.commit().await?;
        self.course_page(user, t, course).await
    }

    /// Delete a lesson (and its learners' completions and video answers, when confirmed).
    pub async fn delete_lesson(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        lesson: Uuid,
        confirm: bool,
    ) -> AppResult<()> {
        self.delete_node(user, t, Node::Lesson, lesson, confirm)
            .await
    }

    /// Delete a module with its lessons (and their learners' progress, when confirmed).
    pub async fn delete_module(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        module: Uuid,
        confirm: bool,
    ) -> AppResult<()> {
        self.delete_node(user, t, Node::Module, module, confirm)
            .await
    }

    async fn delete_node(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        node: Node,
        id: Uuid,
        confirm: bool,
    ) -> AppResult<()> {
        let (mut tx, course, parent) = self.edit_node(user, t, node, id, None).await?;
        let lessons = match node {
            Node::Lesson => vec![id],
            Node::Module => Self::lesson_ids(tx.conn(), id).await?,
        };
        Self::confirm_progress_loss(tx.conn(), &lessons, confirm, node.name()).await?;
        let sql = match node {
            Node::Lesson => "DELETE FROM learning_lessons WHERE id = $1",
            Node::Module => "DELETE FROM learning_modules WHERE id = $1",
        };
        sqlx::query(sql).bind(id).execute(tx.conn()).await?;
        let left = Self::siblings(tx.conn(), node, parent).await?;
        Self::renumber(tx.conn(), node, &left).await?;
        self.recheck_completions(tx.conn(), t, course).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replace a quiz's slots (reorder, remove, add). Like Moodle, refused (409
    /// `quiz_has_attempts`) once anyone has attempted the quiz: stored attempts refer to
    /// their slots by number.
    pub async fn replace_quiz_slots(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        quiz: Uuid,
        input: QuizSlotsInput,
    ) -> AppResult<Quiz> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let mut q = Self::quiz(tx.conn(), quiz).await?;
        Self::lock_course(tx.conn(), q.course_id).await?;
        if q.settings.adaptive.is_some() {
            return Err(AppError::invalid_field(
                "slots",
                "an adaptive quiz has no slots (its questions come from the pool)",
            ));
        }
        let attempts: i64 =
            sqlx::query_scalar("SELECT count(*) FROM learning_attempts WHERE quiz_id = $1")
                .bind(quiz)
                .fetch_one(tx.conn())
                .await?;
        if attempts > 0 {
            return Err(AppError::conflict(
                "quiz_has_attempts",
                format!(
                    "The quiz has {attempts} attempt(s); its questions can no longer be \
                     reordered, removed or added. Create a new quiz instead."
                ),
            ));
        }
        Self::check_slots(tx.conn(), q.course_id, &input.slots).await?;
        sqlx::query("UPDATE learning_quizzes SET slots = $2 WHERE id = $1")
            .bind(quiz)
            .bind(json(&input.slots)?)
            .execute(tx.conn())
            .await?;
        tx.commit().await?;
        q.slots = input.slots;
        Ok(q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves() {
        let ids: Vec<Uuid> = (0..4u128).map(Uuid::from_u128).collect();
        let m = move_to(&ids, ids[0], Some(3)).unwrap_or_default();
        assert_eq!(m, [ids[1], ids[2], ids[3], ids[0]]);
        let m = move_to(&ids, ids[3], Some(0)).unwrap_or_default();
        assert_eq!(m, [ids[3], ids[0], ids[1], ids[2]]);
        assert_eq!(move_to(&ids, ids[1], Some(4)), Err(3));
        assert_eq!(move_to(&ids, ids[1], Some(-1)), Err(3));
        let new = Uuid::from_u128(9);
        assert_eq!(move_to(&ids, new, Some(4)).map(|m| m[4]), Ok(new));
        assert_eq!(move_to(&ids, new, None).map(|m| m.len()), Ok(5));
    }
}
