//! The learning service: owns transactions, checks access, applies the engine's rules.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use files::{FileStore, Policy};
use identity::{AuthUser, Role};
use kernel::ids::LanguageTag;
use kernel::{AppError, AppResult, TerritoryCode};
use serde_json::Value;
use sqlx::{PgConnection, Row};
use store::{Access, Platform};
use uuid::Uuid;

use crate::adaptive::{self, Answered};
use crate::engine::{self, FeedbackMode, OverdueHandling, Window};
use crate::interop::{ExportItem, ImportResult};
use crate::model::*;
use crate::question::{Kind, Question, Response};
use crate::render;

mod lesson_edit;
mod lifecycle;
mod outline;

/// Largest upload for course files (videos included).
pub const MAX_UPLOAD_BYTES: u64 = 200 * 1024 * 1024;
/// Largest cover image.
pub const MAX_COVER_BYTES: u64 = 5 * 1024 * 1024;
/// Largest question-bank import file.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The learning service.
#[derive(Clone)]
pub struct Learning {
    platform: Arc<Platform>,
    files: Arc<FileStore>,
}

fn bad(code: &'static str, message: impl Into<String>) -> AppError {
    AppError::bad_request(code, message)
}

fn json<T: serde::Serialize>(v: &T) -> AppResult<Value> {
    serde_json::to_value(v).map_err(AppError::internal)
}

fn from_json<T: serde::de::DeserializeOwned>(v: Value) -> AppResult<T> {
    serde_json::from_value(v).map_err(AppError::internal)
}

fn course_not_found() -> AppError {
    AppError::not_found("course_not_found", "This territory has no such course.")
}

fn check_text(field: &str, value: &str, max: usize) -> AppResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(AppError::invalid_field(field, "must not be empty"));
    }
    if v.chars().count() > max {
        return Err(AppError::invalid_field(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    Ok(v.to_owned())
}

/// Kind name of a question for presentation.
pub fn kind_name(k: &Kind) -> &'static str {
    match k {
        Kind::SingleChoice { .. } => "single_choice",
        Kind::MultipleChoice { .. } => "multiple_choice",
        Kind::TrueFalse { .. } => "true_false",
        Kind::FillBlanks { .. } => "fill_blanks",
        Kind::Numeric { .. } => "numeric",
        Kind::Matching { .. } => "matching",
        Kind::Ordering { .. } => "ordering",
        Kind::Essay { .. } => "essay",
        Kind::FileUpload { .. } => "file_upload",
    }
}

/// A question without its answers; shuffles are stable for (`seed`, `salt`). With
/// `choice_salt`, the choices of a choice question that allows it are shuffled too (stable
/// for (`seed`, `choice_salt`)); responses keep using the stored indexes.
pub fn present(q: &Question, seed: i64, salt: &str, choice_salt: Option<&str>) -> Presented {
    let mut p = Presented {
        r#type: kind_name(&q.kind).to_owned(),
        html: render::markdown(&q.text),
        choices: vec![],
        choice_order: vec![],
        blanks: 0,
        units: vec![],
        prompts: vec![],
        options: vec![],
        items: vec![],
        max_files: None,
        marks: q.default_mark,
    };
    match &q.kind {
        Kind::SingleChoice { choices } | Kind::MultipleChoice { choices, .. } => {
            p.choices = choices.iter().map(|c| c.text.clone()).collect();
            p.choice_order = match choice_salt {
                Some(s) if q.shuffle_answers => engine::permutation(choices.len(), seed, s),
                _ => (0..choices.len()).collect(),
            };
        }
        Kind::TrueFalse { .. } | Kind::Essay { .. } => {}
        Kind::FillBlanks { blanks } => p.blanks = blanks.len(),
        Kind::Numeric { units, .. } => p.units = units.iter().map(|u| u.name.clone()).collect(),
        Kind::Matching { pairs, distractors } => {
            p.prompts = pairs.iter().map(|x| x.prompt.clone()).collect();
            let mut all: Vec<String> = pairs.iter().map(|x| x.answer.clone()).collect();
            all.extend(distractors.iter().cloned());
            let perm = engine::permutation(all.len(), seed, salt);
            p.options = perm.into_iter().map(|i| all[i].clone()).collect();
        }
        Kind::Ordering { items } => {
            let perm = engine::permutation(items.len(), seed, salt);
            p.items = perm.into_iter().map(|i| (i, items[i].clone())).collect();
        }
        Kind::FileUpload { max_files, .. } => p.max_files = Some(*max_files),
    }
    p
}

struct CourseRow {
    id: Uuid,
    title: String,
    summary: String,
    language: String,
    status: String,
    enrollment: String,
    cover: Option<String>,
    badge: Option<Value>,
}

struct AttemptRow {
    id: Uuid,
    quiz_id: Uuid,
    user_id: Uuid,
    number: i32,
    seed: i64,
    state: String,
    started_at: DateTime<Utc>,
    deadline: Option<DateTime<Utc>>,
    finished_at: Option<DateTime<Utc>>,
    grade: Option<f64>,
    needs_grading: bool,
    /// Choice shuffling as the quiz set it when the attempt started (`None` for attempts
    /// older than the column: the quiz's current setting).
    shuffle_answers: Option<bool>,
}

struct SlotRow {
    slot: i32,
    question_id: Uuid,
    question: Question,
    response: Option<Response>,
    auto_fraction: Option<f64>,
    manual_fraction: Option<f64>,
    manual_comment: Option<String>,
    tries: i32,
    credit: Option<f64>,
}

/// A retried request's stored result, or a new request on the caller's locked attempt.
enum Retried {
    Replay(Box<AttemptView>),
    New(Box<(AttemptRow, Quiz)>),
}

/// The result of a state-changing attempt request: the view, or an error to return after
/// committing what the request changed (e.g. an overdue attempt closed on the way).
enum Outcome {
    Done(AttemptView),
    Refused(AppError),
}

impl Learning {
    /// The service over the platform and the shared file store.
    pub fn new(platform: Arc<Platform>, files: Arc<FileStore>) -> Self {
        Self { platform, files }
    }

    async fn begin(&self, t: &TerritoryCode, access: Access) -> AppResult<store::TerritoryTx> {
        Ok(self.platform.router().begin(t, access).await?)
    }

    // ---------- courses ----------

    async fn course_row(conn: &mut PgConnection, id: Uuid) -> AppResult<CourseRow> {
        let row = sqlx::query(
            "SELECT id, title, summary, language, status, enrollment, cover_sha256, badge \
             FROM learning_courses WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(course_not_found)?;
        Ok(CourseRow {
            id: row.try_get("id")?,
            title: row.try_get("title")?,
            summary: row.try_get("summary")?,
            language: row.try_get("language")?,
            status: row.try_get("status")?,
            enrollment: row.try_get("enrollment")?,
            cover: row.try_get("cover_sha256")?,
            badge: row.try_get("badge")?,
        })
    }

    async fn course_view(
        conn: &mut PgConnection,
        t: &TerritoryCode,
        row: CourseRow,
    ) -> AppResult<Course> {
        let prerequisites: Vec<Uuid> = sqlx::query_scalar(
            "SELECT requires_id FROM learning_prerequisites WHERE course_id = $1 ORDER BY requires_id",
        )
        .bind(row.id)
        .fetch_all(&mut *conn)
        .await?;
        Ok(Course {
            id: row.id,
            summary_html: render::markdown(&row.summary),
            title: row.title,
            summary: row.summary,
            language: row.language,
            status: row.status,
            enrollment: row.enrollment,
            cover_url: row
                .cover
                .map(|s| format!("/api/v1/t/{}/files/{s}", t.lower())),
            prerequisites,
            badge: row.badge.map(from_json).transpose()?,
        })
    }

    /// Visible to the caller: instructors see every course, others published/archived ones.
    async fn visible_course(
        conn: &mut PgConnection,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
    ) -> AppResult<CourseRow> {
        let row = Self::course_row(conn, id).await?;
        if row.status == "draft" && !user.has_role(Role::Instructor, t) {
            return Err(course_not_found());
        }
        Ok(row)
    }

    /// Create a course (instructors).
    pub async fn create_course(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        input: CourseInput,
    ) -> AppResult<Course> {
        user.require(Role::Instructor, t)?;
        let title = check_text("title", input.title.as_deref().unwrap_or(""), 200)?;
        let language = LanguageTag::parse(input.language.as_deref().unwrap_or("en"))?;
        let id = Uuid::now_v7();
        let mut tx = self.begin(t, Access::Write).await?;
        sqlx::query(
            "INSERT INTO learning_courses (id, title, language, created_by) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(&title)
        .bind(language.to_string())
        .bind(user.user_id.0)
        .execute(tx.conn())
        .await?;
        let course = self.apply_course(tx.conn(), t, id, input).await?;
        tx.commit().await?;
        Ok(course)
    }

    /// Change a course (instructors); status moves draft → published → archived (and back
    /// from archived to published).
    pub async fn update_course(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
        input: CourseInput,
    ) -> AppResult<Course> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let course = self.apply_course(tx.conn(), t, id, input).await?;
        tx.commit().await?;
        Ok(course)
    }

    async fn apply_course(
        &self,
        conn: &mut PgConnection,
        t: &TerritoryCode,
        id: Uuid,
        input: CourseInput,
    ) -> AppResult<Course> {
        let current = Self::course_row(conn, id).await?;
        let title = match &input.title {
            Some(v) => check_text("title", v, 200)?,
            None => current.title.clone(),
        };
        let summary = input.summary.clone().unwrap_or(current.summary.clone());
        let language = match &input.language {
            Some(l) => LanguageTag::parse(l)?.to_string(),
            None => current.language.clone(),
        };
        let enrollment = match input.enrollment.as_deref() {
            None => current.enrollment.clone(),
            Some(e @ ("open" | "approval")) => e.to_owned(),
            Some(_) => {
                return Err(AppError::invalid_field(
                    "enrollment",
                    "must be `open` or `approval`",
                ))
            }
        };
        let status = match input.status.as_deref() {
            None => current.status.clone(),
            Some(s) => {
                let allowed = matches!(
                    (current.status.as_str(), s),
                    ("draft", "published") | ("published", "archived") | ("archived", "published")
                ) || current.status == s;
                if !matches!(s, "draft" | "published" | "archived") {
                    return Err(AppError::invalid_field(
                        "status",
                        "must be `draft`, `published` or `archived`",
                    ));
                }
                if !allowed {
                    return Err(AppError::conflict(
                        "invalid_status_change",
                        format!("A {} course cannot become {s}: courses go draft → published → archived.", current.status),
                    ));
                }
                s.to_owned()
            }
        };
        let cover = match &input.cover_sha256 {
            Some(c) if c.is_empty() => None,
            Some(c) => {
                let f = self.files.require(conn, c).await?;
                if !f.content_type.starts_with("image/") {
                    return Err(AppError::invalid_field(
                        "cover_sha256",
                        "the cover must be an image",
                    ));
                }
                Some(f.sha256)
            }
            None => current.cover.clone(),
        };
        let badge = match &input.badge {
            Some(b) => {
                check_text("badge.name", &b.name, 100)?;
                if b.valid_days.is_some_and(|d| d <= 0) {
                    return Err(AppError::invalid_field(
                        "badge.valid_days",
                        "must be at least 1 day",
                    ));
                }
                Some(json(b)?)
            }
            None => current.badge.clone(),
        };
        sqlx::query(
            "UPDATE learning_courses SET title = $2, summary = $3, language = $4, enrollment = $5, \
             status = $6, cover_sha256 = $7, badge = $8, updated_at = now() WHERE id = $1",
        )
        .bind(id)
        .bind(&title)
        .bind(&summary)
        .bind(&language)
        .bind(&enrollment)
        .bind(&status)
        .bind(&cover)
        .bind(&badge)
        .execute(&mut *conn)
        .await?;
        if let Some(pre) = &input.prerequisites {
            sqlx::query("DELETE FROM learning_prerequisites WHERE course_id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
            for p in pre {
                if *p == id {
                    return Err(AppError::invalid_field(
                        "prerequisites",
                        "a course cannot require itself",
                    ));
                }
                Self::course_row(conn, *p).await.map_err(|_| {
                    AppError::invalid_field(
                        "prerequisites",
                        format!("course {p} does not exist in this territory"),
                    )
                })?;
                sqlx::query(
                    "INSERT INTO learning_prerequisites (course_id, requires_id) VALUES ($1, $2) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(id)
                .bind(p)
                .execute(&mut *conn)
                .await?;
            }
        }
        if status == "published" && current.status != "published" {
            events::emit(
                conn,
                t,
                &crate::events::CoursePublished {
                    course_id: id,
                    title: title.clone(),
                    language: language.clone(),
                },
            )
            .await?;
        }
        let row = Self::course_row(conn, id).await?;
        Self::course_view(conn, t, row).await
    }

    /// Published courses (instructors: all).
    pub async fn list_courses(&self, user: &AuthUser, t: &TerritoryCode) -> AppResult<Vec<Course>> {
        user.require(Role::Member, t)?;
        let all = user.has_role(Role::Instructor, t);
        let mut tx = self.begin(t, Access::Read).await?;
        let ids: Vec<Uuid> = sqlx::query_scalar(
            "SELECT id FROM learning_courses WHERE $1 OR status = 'published' ORDER BY created_at",
        )
        .bind(all)
        .fetch_all(tx.conn())
        .await?;
        let mut out = Vec::new();
        for id in ids {
            let row = Self::course_row(tx.conn(), id).await?;
            out.push(Self::course_view(tx.conn(), t, row).await?);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// The course page.
    pub async fn course_page(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
    ) -> AppResult<CoursePage> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let row = Self::visible_course(tx.conn(), user, t, id).await?;
        let course = Self::course_view(tx.conn(), t, row).await?;
        let modules = sqlx::query(
            "SELECT id, title, position FROM learning_modules WHERE course_id = $1 ORDER BY position, id",
        )
        .bind(id)
        .fetch_all(tx.conn())
        .await?;
        let lessons = sqlx::query(
            "SELECT l.id, l.module_id, l.title, l.content->>'type' AS kind, v.user_id IS NOT NULL AS viewed \
             FROM learning_lessons l LEFT JOIN learning_lesson_views v ON v.lesson_id = l.id AND v.user_id = $2 \
             WHERE l.course_id = $1 ORDER BY l.position, l.id",
        )
        .bind(id)
        .bind(user.user_id.0)
        .fetch_all(tx.conn())
        .await?;
        let mut outline = Vec::new();
        for m in modules {
            let mid: Uuid = m.try_get("id")?;
            let mut ls = Vec::new();
            for l in &lessons {
                if l.try_get::<Uuid, _>("module_id")? == mid {
                    ls.push(LessonOutline {
                        id: l.try_get("id")?,
                        title: l.try_get("title")?,
                        kind: l.try_get("kind")?,
                        viewed: l.try_get("viewed")?,
                    });
                }
            }
            outline.push(ModuleOutline {
                id: mid,
                title: m.try_get("title")?,
                position: m.try_get("position")?,
                lessons: ls,
            });
        }
        let quizzes = sqlx::query(
            "SELECT id, title FROM learning_quizzes WHERE course_id = $1 ORDER BY created_at",
        )
        .bind(id)
        .fetch_all(tx.conn())
        .await?
        .into_iter()
        .map(|r| {
            Ok(QuizOutline {
                id: r.try_get("id")?,
                title: r.try_get("title")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let enrollment_status: Option<String> = sqlx::query_scalar(
            "SELECT status FROM learning_enrollments WHERE course_id = $1 AND user_id = $2",
        )
        .bind(id)
        .bind(user.user_id.0)
        .fetch_optional(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(CoursePage {
            course,
            modules: outline,
            quizzes,
            enrollment_status,
        })
    }

    /// Add a module.
    pub async fn add_module(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        input: ModuleInput,
    ) -> AppResult<ModuleOutline> {
        user.require(Role::Instructor, t)?;
        let title = check_text("title", &input.title, 200)?;
        let mut tx = self.begin(t, Access::Write).await?;
        Self::course_row(tx.conn(), course).await?;
        let position = match input.position {
            Some(p) => p,
            None => sqlx::query_scalar(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM learning_modules WHERE course_id = $1",
            )
            .bind(course)
            .fetch_one(tx.conn())
            .await?,
        };
        let id = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO learning_modules (id, course_id, title, position) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(course)
        .bind(&title)
        .bind(position)
        .execute(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(ModuleOutline {
            id,
            title,
            position,
            lessons: vec![],
        })
    }

    /// Add a lesson to a module.
    pub async fn add_lesson(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        module: Uuid,
        input: LessonInput,
    ) -> AppResult<LessonView> {
        user.require(Role::Instructor, t)?;
        let title = check_text("title", &input.title, 200)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let course: Uuid =
            sqlx::query_scalar("SELECT course_id FROM learning_modules WHERE id = $1")
                .bind(module)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| AppError::not_found("module_not_found", "No such module."))?;
        self.check_content(tx.conn(), course, &input.content)
            .await?;
        let position = match input.position {
            Some(p) => p,
            None => sqlx::query_scalar(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM learning_lessons WHERE module_id = $1",
            )
            .bind(module)
            .fetch_one(tx.conn())
            .await?,
        };
        let id = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO learning_lessons (id, course_id, module_id, title, position, content) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(course)
        .bind(module)
        .bind(&title)
        .bind(position)
        .bind(json(&input.content)?)
        .execute(tx.conn())
        .await?;
        let view = self.lesson_view(tx.conn(), user, t, id).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Check lesson content as written (at creation and on every change): attached and video
    /// files exist in the territory, a video is a video or an https URL, and every interaction
    /// has a time ≥ 0 and asks a question of this course's bank.
    async fn check_content(
        &self,
        conn: &mut PgConnection,
        course: Uuid,
        content: &LessonContent,
    ) -> AppResult<()> {
        match content {
            LessonContent::Text { attachments, .. } => {
                for a in attachments {
                    self.files.require(&mut *conn, &a.sha256).await?;
                }
            }
            LessonContent::Video {
                source,
                interactions,
                ..
            } => {
                match source {
                    VideoSource::File(sha) => {
                        let f = self.files.require(&mut *conn, sha).await?;
                        if !f.content_type.starts_with("video/") {
                            return Err(AppError::invalid_field(
                                "content.source",
                                format!("the file is {}, not a video", f.content_type),
                            ));
                        }
                    }
                    VideoSource::Url(u) => {
                        if !u.starts_with("https://") {
                            return Err(AppError::invalid_field(
                                "content.source",
                                "a video URL must start with https://",
                            ));
                        }
                    }
                }
                for (i, it) in interactions.iter().enumerate() {
                    if !(it.at_secs.is_finite() && it.at_secs >= 0.0) {
                        return Err(AppError::invalid_field(
                            "content.interactions",
                            format!("interaction {i}: at_secs must be ≥ 0"),
                        ));
                    }
                    let n: i64 = sqlx::query_scalar(
                        "SELECT count(*) FROM learning_questions WHERE id = $1 AND course_id = $2",
                    )
                    .bind(it.question_id)
                    .bind(course)
                    .fetch_one(&mut *conn)
                    .await?;
                    if n == 0 {
                        return Err(AppError::invalid_field(
                            "content.interactions",
                            format!("interaction {i}: the question is not in this course's bank"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    async fn lesson_content(
        conn: &mut PgConnection,
        id: Uuid,
    ) -> AppResult<(Uuid, String, LessonContent)> {
        let row =
            sqlx::query("SELECT course_id, title, content FROM learning_lessons WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?
                .ok_or_else(|| AppError::not_found("lesson_not_found", "No such lesson."))?;
        Ok((
            row.try_get("course_id")?,
            row.try_get("title")?,
            from_json(row.try_get("content")?)?,
        ))
    }

    async fn lesson_view(
        &self,
        conn: &mut PgConnection,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
    ) -> AppResult<LessonView> {
        let (course, title, content) = Self::lesson_content(conn, id).await?;
        let viewed: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM learning_lesson_views WHERE lesson_id = $1 AND user_id = $2)",
        )
        .bind(id)
        .bind(user.user_id.0)
        .fetch_one(&mut *conn)
        .await?;
        let mut view = LessonView {
            id,
            course_id: course,
            title,
            kind: String::new(),
            html: String::new(),
            attachments: vec![],
            video_url: None,
            interactions: vec![],
            prevent_skipping: false,
            viewed,
        };
        match content {
            LessonContent::Text {
                markdown,
                attachments,
            } => {
                view.kind = "text".into();
                view.html = render::markdown(&markdown);
                for a in attachments {
                    if let Some(f) = self.files.get(conn, &a.sha256).await? {
                        view.attachments.push(AttachmentView {
                            name: a.name,
                            url: f.url(t),
                            content_type: f.content_type,
                            size_bytes: f.size_bytes,
                        });
                    }
                }
            }
            LessonContent::Video {
                source,
                markdown,
                interactions,
                prevent_skipping,
            } => {
                view.kind = "video".into();
                view.html = render::markdown(&markdown);
                view.prevent_skipping = prevent_skipping;
                view.video_url = Some(match source {
                    VideoSource::File(s) => format!("/api/v1/t/{}/files/{s}", t.lower()),
                    VideoSource::Url(u) => u,
                });
                for (i, it) in interactions.iter().enumerate() {
                    let q = Self::question(conn, it.question_id).await?;
                    let answered: Option<Option<f64>> = sqlx::query_scalar(
                        "SELECT fraction FROM learning_video_answers WHERE lesson_id = $1 AND user_id = $2 AND interaction = $3",
                    )
                    .bind(id)
                    .bind(user.user_id.0)
                    .bind(i as i32)
                    .fetch_optional(&mut *conn)
                    .await?;
                    view.interactions.push(InteractionView {
                        index: i,
                        at_secs: it.at_secs,
                        require_correct: it.require_correct,
                        question: present(&q.question, 0, &format!("{id}:{i}"), None),
                        answered_fraction: answered.flatten(),
                    });
                }
            }
        }
        Ok(view)
    }

    async fn require_enrolled(
        conn: &mut PgConnection,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
    ) -> AppResult<()> {
        if user.has_role(Role::Instructor, t) {
            return Ok(());
        }
        let status: Option<String> = sqlx::query_scalar(
            "SELECT status FROM learning_enrollments WHERE course_id = $1 AND user_id = $2",
        )
        .bind(course)
        .bind(user.user_id.0)
        .fetch_optional(&mut *conn)
        .await?;
        match status.as_deref() {
            Some("active") => Ok(()),
            Some(_) => Err(AppError::forbidden(
                "enrollment_pending",
                "Your enrollment awaits an instructor's approval.",
            )),
            None => Err(AppError::forbidden(
                "not_enrolled",
                "Enroll in the course first.",
            )),
        }
    }

    /// A lesson, for enrolled learners and instructors.
    pub async fn get_lesson(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
    ) -> AppResult<LessonView> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let (course, _, _) = Self::lesson_content(tx.conn(), id).await?;
        Self::visible_course(tx.conn(), user, t, course).await?;
        Self::require_enrolled(tx.conn(), user, t, course).await?;
        let view = self.lesson_view(tx.conn(), user, t, id).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Answer an interactive-video question.
    pub async fn answer_interaction(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        lesson: Uuid,
        index: usize,
        response: Response,
    ) -> AppResult<InteractionResult> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let (course, _, content) = Self::lesson_content(tx.conn(), lesson).await?;
        Self::visible_course(tx.conn(), user, t, course).await?;
        Self::require_enrolled(tx.conn(), user, t, course).await?;
        let LessonContent::Video { interactions, .. } = content else {
            return Err(AppError::not_found(
                "interaction_not_found",
                "This lesson has no interactive video.",
            ));
        };
        let it = interactions.get(index).ok_or_else(|| {
            AppError::not_found(
                "interaction_not_found",
                format!(
                    "The video has {} interactions; there is no {index}.",
                    interactions.len()
                ),
            )
        })?;
        let q = Self::question(tx.conn(), it.question_id).await?;
        let outcome = q
            .question
            .grade(&response)
            .map_err(|e| bad("response_mismatch", e.0))?;
        let fraction = outcome.fraction;
        // Keep the best answer: a wrong retry does not undo a right one.
        sqlx::query(
            "INSERT INTO learning_video_answers (lesson_id, user_id, interaction, question_id, response, fraction) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (lesson_id, user_id, interaction) DO UPDATE \
             SET response = EXCLUDED.response, fraction = EXCLUDED.fraction, answered_at = now() \
             WHERE COALESCE(learning_video_answers.fraction, 0) <= COALESCE(EXCLUDED.fraction, 0)",
        )
        .bind(lesson)
        .bind(user.user_id.0)
        .bind(index as i32)
        .bind(it.question_id)
        .bind(json(&response)?)
        .bind(fraction)
        .execute(tx.conn())
        .await?;
        tx.commit().await?;
        let f = fraction.unwrap_or(0.0);
        Ok(InteractionResult {
            fraction: f,
            state: outcome.state().to_owned(),
            feedback: outcome.feedback,
            may_continue: !it.require_correct || f >= 0.999_999,
        })
    }

    /// Mark a lesson complete (checks interactive-video rules).
    pub async fn complete_lesson(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        lesson: Uuid,
    ) -> AppResult<Progress> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let (course, _, content) = Self::lesson_content(tx.conn(), lesson).await?;
        Self::visible_course(tx.conn(), user, t, course).await?;
        Self::require_enrolled(tx.conn(), user, t, course).await?;
        if let LessonContent::Video {
            interactions,
            prevent_skipping,
            ..
        } = &content
        {
            let answers: Vec<(i32, Option<f64>)> = sqlx::query_as(
                "SELECT interaction, fraction FROM learning_video_answers WHERE lesson_id = $1 AND user_id = $2",
            )
            .bind(lesson)
            .bind(user.user_id.0)
            .fetch_all(tx.conn())
            .await?;
            for (i, it) in interactions.iter().enumerate() {
                let a = answers.iter().find(|a| a.0 == i as i32);
                if *prevent_skipping && a.is_none() {
                    return Err(AppError::conflict(
                        "lesson_incomplete",
                        format!(
                            "Answer the question at {} s before completing the video.",
                            it.at_secs
                        ),
                    ));
                }
                if it.require_correct && a.and_then(|a| a.1).unwrap_or(0.0) < 0.999_999 {
                    return Err(AppError::conflict(
                        "lesson_incomplete",
                        format!(
                            "The question at {} s must be answered correctly to continue.",
                            it.at_secs
                        ),
                    ));
                }
            }
        }
        sqlx::query(
            "INSERT INTO learning_lesson_views (lesson_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(lesson)
        .bind(user.user_id.0)
        .execute(tx.conn())
        .await?;
        self.check_completion(tx.conn(), t, course, user.user_id.0)
            .await?;
        let p = self.progress_in(tx.conn(), user, t, course).await?;
        tx.commit().await?;
        Ok(p)
    }

    /// Enroll the caller (open: active; approval: pending). Prerequisites must be complete.
    pub async fn enroll(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
    ) -> AppResult<Enrollment> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let row = Self::visible_course(tx.conn(), user, t, course).await?;
        if row.status != "published" {
            return Err(AppError::conflict(
                "course_not_open",
                "Only published courses accept enrollments.",
            ));
        }
        let missing: Vec<String> = sqlx::query_scalar(
            "SELECT c.title FROM learning_prerequisites p JOIN learning_courses c ON c.id = p.requires_id \
             LEFT JOIN learning_enrollments e ON e.course_id = p.requires_id AND e.user_id = $2 \
             WHERE p.course_id = $1 AND e.completed_at IS NULL ORDER BY c.title",
        )
        .bind(course)
        .bind(user.user_id.0)
        .fetch_all(tx.conn())
        .await?;
        if !missing.is_empty() {
            return Err(AppError::forbidden(
                "prerequisites_missing",
                format!("Complete these courses first: {}.", missing.join(", ")),
            ));
        }
        let status = if row.enrollment == "open" {
            "active"
        } else {
            "pending"
        };
        let inserted = sqlx::query(
            "INSERT INTO learning_enrollments (course_id, user_id, status) VALUES ($1, $2, $3) \
             ON CONFLICT (course_id, user_id) DO NOTHING",
        )
        .bind(course)
        .bind(user.user_id.0)
        .bind(status)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if inserted == 1 {
            events::emit(
                tx.conn(),
                t,
                &crate::events::Enrolled {
                    course_id: course,
                    user_id: user.user_id.0,
                    status: status.to_owned(),
                },
            )
            .await?;
        }
        let status: String = sqlx::query_scalar(
            "SELECT status FROM learning_enrollments WHERE course_id = $1 AND user_id = $2",
        )
        .bind(course)
        .bind(user.user_id.0)
        .fetch_one(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(Enrollment {
            user_id: user.user_id.0,
            status,
        })
    }

    /// Approve a pending enrollment (instructors).
    pub async fn approve(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        learner: Uuid,
    ) -> AppResult<Enrollment> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let n = sqlx::query(
            "UPDATE learning_enrollments SET status = 'active' WHERE course_id = $1 AND user_id = $2",
        )
        .bind(course)
        .bind(learner)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if n == 0 {
            return Err(AppError::not_found(
                "enrollment_not_found",
                "That learner has not asked to enroll in this course.",
            ));
        }
        tx.commit().await?;
        Ok(Enrollment {
            user_id: learner,
            status: "active".into(),
        })
    }

    /// Enrollments of a course (instructors).
    pub async fn enrollments(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
    ) -> AppResult<Vec<Enrollment>> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let rows: Vec<(Uuid, String)> = sqlx::query_as(
            "SELECT user_id, status FROM learning_enrollments WHERE course_id = $1 ORDER BY enrolled_at",
        )
        .bind(course)
        .fetch_all(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(rows
            .into_iter()
            .map(|(user_id, status)| Enrollment { user_id, status })
            .collect())
    }

    /// The caller's progress, certificate and badge.
    pub async fn progress(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
    ) -> AppResult<Progress> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        Self::visible_course(tx.conn(), user, t, course).await?;
        let p = self.progress_in(tx.conn(), user, t, course).await?;
        tx.commit().await?;
        Ok(p)
    }

    async fn progress_in(
        &self,
        conn: &mut PgConnection,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
    ) -> AppResult<Progress> {
        let uid = user.user_id.0;
        let (viewed, total, passed, required) = Self::counts(conn, course, uid).await?;
        let completed_at: Option<DateTime<Utc>> = sqlx::query_scalar(
            "SELECT completed_at FROM learning_enrollments WHERE course_id = $1 AND user_id = $2",
        )
        .bind(course)
        .bind(uid)
        .fetch_optional(&mut *conn)
        .await?
        .flatten();
        let title: String = sqlx::query_scalar("SELECT title FROM learning_courses WHERE id = $1")
            .bind(course)
            .fetch_one(&mut *conn)
            .await?;
        let certificate = completed_at.map(|at| {
            let code = {
                use sha2::{Digest, Sha256};
                let mut h = Sha256::new();
                h.update(course.as_bytes());
                h.update(uid.as_bytes());
                h.update(t.as_str().as_bytes());
                hex::encode(&h.finalize()[..8])
            };
            Certificate {
                learner: user.display_name.clone(),
                course: title,
                territory: t.to_string(),
                completed_at: at,
                code,
            }
        });
        let badge = sqlx::query(
            "SELECT name, awarded_at, expires_at FROM learning_badges WHERE course_id = $1 AND user_id = $2",
        )
        .bind(course)
        .bind(uid)
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| -> Result<BadgeView, sqlx::Error> {
            let expires_at: Option<DateTime<Utc>> = r.try_get("expires_at")?;
            Ok(BadgeView {
                name: r.try_get("name")?,
                awarded_at: r.try_get("awarded_at")?,
                valid: expires_at.is_none_or(|e| e > Utc::now()),
                expires_at,
            })
        })
        .transpose()?;
        Ok(Progress {
            lessons_viewed: viewed,
            lessons_total: total,
            quizzes_passed: passed,
            quizzes_required: required,
            completed_at,
            certificate,
            badge,
        })
    }

    async fn counts(
        conn: &mut PgConnection,
        course: Uuid,
        uid: Uuid,
    ) -> AppResult<(i64, i64, i64, i64)> {
        let (viewed, total): (i64, i64) = sqlx::query_as(
            "SELECT count(v.user_id), count(*) FROM learning_lessons l \
             LEFT JOIN learning_lesson_views v ON v.lesson_id = l.id AND v.user_id = $2 WHERE l.course_id = $1",
        )
        .bind(course)
        .bind(uid)
        .fetch_one(&mut *conn)
        .await?;
        let quizzes: Vec<(Uuid, Value)> = sqlx::query_as(
            "SELECT id, settings FROM learning_quizzes WHERE course_id = $1 AND (settings->>'required_for_completion')::boolean",
        )
        .bind(course)
        .fetch_all(&mut *conn)
        .await?;
        let mut passed = 0;
        for (id, settings) in &quizzes {
            let s: QuizSettings = from_json(settings.clone())?;
            let g = Self::quiz_grade_in(conn, *id, uid, &s).await?;
            if g.passed {
                passed += 1;
            }
        }
        Ok((viewed, total, passed, quizzes.len() as i64))
    }

    /// Mark completion and award or renew the badge when every rule is met.
    async fn check_completion(
        &self,
        conn: &mut PgConnection,
        t: &TerritoryCode,
        course: Uuid,
        uid: Uuid,
    ) -> AppResult<()> {
        let (viewed, total, passed, required) = Self::counts(conn, course, uid).await?;
        if viewed < total || passed < required {
            return Ok(());
        }
        let active: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM learning_enrollments WHERE course_id = $1 AND user_id = $2 AND status = 'active')",
        )
        .bind(course)
        .bind(uid)
        .fetch_one(&mut *conn)
        .await?;
        if !active {
            return Ok(());
        }
        let first = sqlx::query(
            "UPDATE learning_enrollments SET completed_at = now() \
             WHERE course_id = $1 AND user_id = $2 AND completed_at IS NULL",
        )
        .bind(course)
        .bind(uid)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if first == 1 {
            events::emit(
                conn,
                t,
                &crate::events::CourseCompleted {
                    course_id: course,
                    user_id: uid,
                },
            )
            .await?;
        }
        let badge: Option<Value> =
            sqlx::query_scalar("SELECT badge FROM learning_courses WHERE id = $1")
                .bind(course)
                .fetch_one(&mut *conn)
                .await?;
        if let Some(b) = badge {
            let b: BadgeSpec = from_json(b)?;
            let now = Utc::now();
            let expires = b.valid_days.map(|d| now + Duration::days(d));
            // Award, or renew a lapsed badge; a still-valid badge keeps its dates.
            sqlx::query(
                "INSERT INTO learning_badges (course_id, user_id, name, awarded_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (course_id, user_id) DO UPDATE \
                 SET name = EXCLUDED.name, awarded_at = EXCLUDED.awarded_at, expires_at = EXCLUDED.expires_at \
                 WHERE learning_badges.expires_at IS NOT NULL AND learning_badges.expires_at <= $4",
            )
            .bind(course)
            .bind(uid)
            .bind(&b.name)
            .bind(now)
            .bind(expires)
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }

    /// Store an uploaded course file (instructors; learners for file answers use the same
    /// route when enrolled). `kind`: `cover` (images), anything else attachments/video.
    pub async fn upload<S, E>(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        cover: bool,
        declared: Option<&str>,
        stream: S,
    ) -> AppResult<Uploaded>
    where
        S: futures::Stream<Item = Result<bytes_of::Bytes, E>>,
        E: std::fmt::Display,
    {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        Self::visible_course(tx.conn(), user, t, course).await?;
        Self::require_enrolled(tx.conn(), user, t, course).await?;
        let policy = if cover {
            user.require(Role::Instructor, t)?;
            Policy::images(MAX_COVER_BYTES)
        } else {
            Policy::attachments(MAX_UPLOAD_BYTES)
        };
        let file = self
            .files
            .put_stream(tx.conn(), stream, declared, &policy)
            .await?;
        tx.commit().await?;
        Ok(Uploaded {
            url: file.url(t),
            file,
        })
    }

    // ---------- question bank ----------

    fn check_bank_input(input: &BankQuestionInput) -> AppResult<()> {
        let p = input.question.problems();
        if !p.is_empty() {
            return Err(AppError::invalid_field("question", p.join("; ")));
        }
        if input.category.len() > 200 || input.tags.iter().any(|t| t.is_empty() || t.len() > 50) {
            return Err(AppError::invalid_field(
                "tags",
                "categories are at most 200 characters; tags 1–50",
            ));
        }
        Ok(())
    }

    async fn insert_question(
        conn: &mut PgConnection,
        course: Uuid,
        input: &BankQuestionInput,
    ) -> AppResult<Uuid> {
        let id = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO learning_questions (id, course_id, category, tags, data, difficulty) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(course)
        .bind(input.category.trim_matches('/'))
        .bind(&input.tags)
        .bind(json(&input.question)?)
        .bind(input.question.difficulty)
        .execute(&mut *conn)
        .await?;
        Ok(id)
    }

    async fn question(conn: &mut PgConnection, id: Uuid) -> AppResult<BankQuestion> {
        let row = sqlx::query(
            "SELECT id, category, tags, version, data FROM learning_questions WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| AppError::not_found("question_not_found", "No such question."))?;
        Ok(BankQuestion {
            id: row.try_get("id")?,
            category: row.try_get("category")?,
            tags: row.try_get("tags")?,
            version: row.try_get("version")?,
            question: from_json(row.try_get("data")?)?,
        })
    }

    /// Add a question to a course bank.
    pub async fn create_question(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        input: BankQuestionInput,
    ) -> AppResult<BankQuestion> {
        user.require(Role::Instructor, t)?;
        Self::check_bank_input(&input)?;
        let mut tx = self.begin(t, Access::Write).await?;
        Self::course_row(tx.conn(), course).await?;
        let id = Self::insert_question(tx.conn(), course, &input).await?;
        let q = Self::question(tx.conn(), id).await?;
        tx.commit().await?;
        Ok(q)
    }

    /// Questions of a bank, filtered by category prefix and tags.
    pub async fn list_questions(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        category: Option<String>,
        tags: Vec<String>,
    ) -> AppResult<Vec<BankQuestion>> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let ids = Self::pool(tx.conn(), course, category.as_deref().unwrap_or(""), &tags).await?;
        let mut out = Vec::new();
        for (id, _) in ids {
            out.push(Self::question(tx.conn(), id).await?);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// (id, difficulty) of the questions matching a category prefix and all tags.
    async fn pool(
        conn: &mut PgConnection,
        course: Uuid,
        category: &str,
        tags: &[String],
    ) -> AppResult<Vec<(Uuid, i32)>> {
        let category = category.trim_matches('/');
        Ok(sqlx::query_as(
            "SELECT id, difficulty FROM learning_questions WHERE course_id = $1 \
             AND ($2 = '' OR category = $2 OR category LIKE $2 || '/%') AND tags @> $3 ORDER BY created_at, id",
        )
        .bind(course)
        .bind(category)
        .bind(tags)
        .fetch_all(&mut *conn)
        .await?)
    }

    /// Import a GIFT or Moodle XML file into a bank; all or nothing.
    pub async fn import(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        format: &str,
        body: &[u8],
    ) -> AppResult<ImportSummary> {
        user.require(Role::Instructor, t)?;
        if body.len() > MAX_IMPORT_BYTES {
            return Err(AppError::new(
                axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                "file_too_large",
                format!("Import files are limited to {MAX_IMPORT_BYTES} bytes."),
            ));
        }
        let text = std::str::from_utf8(body)
            .map_err(|_| bad("invalid_import", "The file is not UTF-8 text."))?;
        let parsed: ImportResult = match format {
            "gift" => crate::gift::import(text),
            "moodle_xml" | "xml" => crate::moodlexml::import(text),
            _ => {
                return Err(bad(
                    "invalid_import_format",
                    "format must be `gift` or `moodle_xml`",
                ))
            }
        }
        .map_err(|e| {
            let mut err = AppError::new(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_import",
                format!(
                    "The file was not imported; nothing changed. Problems: {}",
                    e.problems.join(" | ")
                ),
            );
            for (i, p) in e.problems.iter().enumerate() {
                err = err.with_field(&format!("problems[{i}]"), p.clone());
            }
            err
        })?;
        let mut tx = self.begin(t, Access::Write).await?;
        Self::course_row(tx.conn(), course).await?;
        let mut summary = ImportSummary {
            imported: vec![],
            warnings: vec![],
            skipped: parsed.skipped,
        };
        for (i, q) in parsed.questions.into_iter().enumerate() {
            let input = BankQuestionInput {
                category: q.category.unwrap_or_default(),
                tags: q.tags,
                question: q.question,
            };
            for w in q.warnings {
                summary.warnings.push(ImportWarning {
                    position: i + 1,
                    name: input.question.name.clone(),
                    message: w,
                });
            }
            summary
                .imported
                .push(Self::insert_question(tx.conn(), course, &input).await?);
        }
        tx.commit().await?;
        Ok(summary)
    }

    /// Export a bank (optionally filtered) as GIFT or Moodle XML.
    pub async fn export(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        format: &str,
        category: Option<String>,
    ) -> AppResult<crate::interop::ExportResult> {
        let qs = self
            .list_questions(user, t, course, category, vec![])
            .await?;
        let items: Vec<ExportItem> = qs
            .into_iter()
            .map(|q| ExportItem {
                category: (!q.category.is_empty()).then_some(q.category),
                tags: q.tags,
                question: q.question,
            })
            .collect();
        match format {
            "gift" => Ok(crate::gift::export(&items)),
            "moodle_xml" | "xml" => Ok(crate::moodlexml::export(&items)),
            _ => Err(bad(
                "invalid_export_format",
                "format must be `gift` or `moodle_xml`",
            )),
        }
    }

    /// Correct a question; optionally regrade finished attempts that used it.
    pub async fn update_question(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
        update: QuestionUpdate,
    ) -> AppResult<UpdateResult> {
        user.require(Role::Instructor, t)?;
        Self::check_bank_input(&update.input)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let old = Self::question(tx.conn(), id).await?;
        if kind_name(&old.question.kind) != kind_name(&update.input.question.kind) {
            return Err(AppError::invalid_field(
                "question.kind",
                "a correction cannot change the question type; create a new question",
            ));
        }
        sqlx::query(
            "UPDATE learning_questions SET category = $2, tags = $3, data = $4, difficulty = $5, \
             version = version + 1, updated_at = now() WHERE id = $1",
        )
        .bind(id)
        .bind(update.input.category.trim_matches('/'))
        .bind(&update.input.tags)
        .bind(json(&update.input.question)?)
        .bind(update.input.question.difficulty)
        .execute(tx.conn())
        .await?;
        let mut regraded = 0;
        if update.regrade {
            let rows: Vec<(Uuid, i32, Option<Value>, i32)> = sqlx::query_as(
                "SELECT s.attempt_id, s.slot, s.response, s.tries FROM learning_attempt_slots s \
                 JOIN learning_attempts a ON a.id = s.attempt_id \
                 WHERE s.question_id = $1 AND a.state = 'finished' FOR UPDATE OF a",
            )
            .bind(id)
            .fetch_all(tx.conn())
            .await?;
            let q = &update.input.question;
            let mut attempts = Vec::new();
            for (attempt, slot, response, tries) in rows {
                let (auto, credit) = match response {
                    Some(r) => {
                        let r: Response = from_json(r)?;
                        let f = q.grade(&r).ok().and_then(|o| o.fraction);
                        let credit = f.map(|f| {
                            if tries > 1 {
                                engine::interactive_credit(f, tries as u32, q.penalty)
                            } else {
                                f
                            }
                        });
                        (f, credit)
                    }
                    None => (None, None),
                };
                sqlx::query(
                    "UPDATE learning_attempt_slots SET auto_fraction = $3, credit = $4 WHERE attempt_id = $1 AND slot = $2",
                )
                .bind(attempt)
                .bind(slot)
                .bind(auto)
                .bind(credit)
                .execute(tx.conn())
                .await?;
                if !attempts.contains(&attempt) {
                    attempts.push(attempt);
                }
            }
            for a in &attempts {
                Self::compute_grade(tx.conn(), *a).await?;
                let (course, uid): (Uuid, Uuid) = sqlx::query_as(
                    "SELECT q.course_id, a.user_id FROM learning_attempts a JOIN learning_quizzes q ON q.id = a.quiz_id WHERE a.id = $1",
                )
                .bind(a)
                .fetch_one(tx.conn())
                .await?;
                self.check_completion(tx.conn(), t, course, uid).await?;
            }
            regraded = attempts.len() as u64;
        }
        let question = Self::question(tx.conn(), id).await?;
        tx.commit().await?;
        Ok(UpdateResult {
            question,
            regraded_attempts: regraded,
        })
    }

    // ---------- quizzes ----------

    /// Create a quiz.
    pub async fn create_quiz(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
        input: QuizInput,
    ) -> AppResult<Quiz> {
        user.require(Role::Instructor, t)?;
        let title = check_text("title", &input.title, 200)?;
        let s = &input.settings;
        Self::check_settings(s)?;
        let mut tx = self.begin(t, Access::Write).await?;
        Self::course_row(tx.conn(), course).await?;
        if let Some(a) = &s.adaptive {
            Self::check_adaptive_pool(tx.conn(), course, a).await?;
        } else {
            Self::check_slots(tx.conn(), course, &input.slots).await?;
        }
        let id = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO learning_quizzes (id, course_id, title, settings, slots) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(course)
        .bind(&title)
        .bind(json(&input.settings)?)
        .bind(json(&input.slots)?)
        .execute(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(Quiz {
            id,
            course_id: course,
            title,
            settings: input.settings,
            slots: input.slots,
        })
    }

    /// Settings rules shared by creating and changing a quiz (422 `validation_failed`).
    fn check_settings(s: &QuizSettings) -> AppResult<()> {
        if !(0.0..=1.0).contains(&s.pass_grade) {
            return Err(AppError::invalid_field(
                "settings.pass_grade",
                "must be 0..=1",
            ));
        }
        if s.time_limit_secs.is_some_and(|l| l <= 0) || s.grace_secs < 0 || s.delay_secs < 0 {
            return Err(AppError::invalid_field(
                "settings",
                "time_limit_secs must be positive; grace_secs and delay_secs not negative",
            ));
        }
        if s.max_attempts.is_some_and(|m| m < 1) {
            return Err(AppError::invalid_field(
                "settings.max_attempts",
                "must be at least 1",
            ));
        }
        if let (Some(open), Some(close)) = (s.open_at, s.close_at) {
            if close <= open {
                return Err(AppError::invalid_field(
                    "settings.close_at",
                    "must be after open_at",
                ));
            }
        }
        let bands = engine::band_problems(&s.overall_feedback);
        if !bands.is_empty() {
            return Err(AppError::invalid_field(
                "settings.overall_feedback",
                bands.join("; "),
            ));
        }
        Ok(())
    }

    /// An adaptive pool must be valid and hold at least one question.
    async fn check_adaptive_pool(
        conn: &mut PgConnection,
        course: Uuid,
        a: &AdaptiveSpec,
    ) -> AppResult<()> {
        let p = a.settings.problems();
        if !p.is_empty() {
            return Err(AppError::invalid_field("settings.adaptive", p.join("; ")));
        }
        if Self::pool(&mut *conn, course, &a.category, &a.tags)
            .await?
            .is_empty()
        {
            return Err(AppError::invalid_field(
                "settings.adaptive",
                "no question matches the pool's category and tags",
            ));
        }
        Ok(())
    }

    /// Slots must be non-empty, fixed questions from the course's bank, and random slots
    /// asking for no more than their pool holds.
    async fn check_slots(
        conn: &mut PgConnection,
        course: Uuid,
        slots: &[SlotSpec],
    ) -> AppResult<()> {
        if slots.is_empty() {
            return Err(AppError::invalid_field(
                "slots",
                "a quiz needs at least one slot",
            ));
        }
        for (i, slot) in slots.iter().enumerate() {
            match slot {
                SlotSpec::Fixed { question_id } => {
                    let n: i64 = sqlx::query_scalar(
                        "SELECT count(*) FROM learning_questions WHERE id = $1 AND course_id = $2",
                    )
                    .bind(question_id)
                    .bind(course)
                    .fetch_one(&mut *conn)
                    .await?;
                    if n == 0 {
                        return Err(AppError::invalid_field(
                            "slots",
                            format!("slot {i}: the question is not in this course's bank"),
                        ));
                    }
                }
                SlotSpec::Random {
                    count,
                    category,
                    tags,
                } => {
                    let available = Self::pool(&mut *conn, course, category, tags).await?.len();
                    if *count == 0 || (*count as usize) > available {
                        return Err(AppError::invalid_field(
                            "slots",
                            format!("slot {i}: asks for {count} questions but {available} match"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    async fn quiz(conn: &mut PgConnection, id: Uuid) -> AppResult<Quiz> {
        let row = sqlx::query(
            "SELECT id, course_id, title, settings, slots FROM learning_quizzes WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| AppError::not_found("quiz_not_found", "No such quiz."))?;
        Ok(Quiz {
            id: row.try_get("id")?,
            course_id: row.try_get("course_id")?,
            title: row.try_get("title")?,
            settings: from_json(row.try_get("settings")?)?,
            slots: from_json(row.try_get("slots")?)?,
        })
    }

    /// A quiz's settings.
    pub async fn get_quiz(&self, user: &AuthUser, t: &TerritoryCode, id: Uuid) -> AppResult<Quiz> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let quiz = Self::quiz(tx.conn(), id).await?;
        Self::visible_course(tx.conn(), user, t, quiz.course_id).await?;
        tx.commit().await?;
        Ok(quiz)
    }

    async fn attempt_row(conn: &mut PgConnection, id: Uuid, lock: bool) -> AppResult<AttemptRow> {
        let sql = if lock {
            "SELECT * FROM learning_attempts WHERE id = $1 FOR UPDATE"
        } else {
            "SELECT * FROM learning_attempts WHERE id = $1"
        };
        let r = sqlx::query(sql)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(|| AppError::not_found("attempt_not_found", "No such attempt."))?;
        Ok(AttemptRow {
            id: r.try_get("id")?,
            quiz_id: r.try_get("quiz_id")?,
            user_id: r.try_get("user_id")?,
            number: r.try_get("number")?,
            seed: r.try_get("seed")?,
            state: r.try_get("state")?,
            started_at: r.try_get("started_at")?,
            deadline: r.try_get("deadline")?,
            finished_at: r.try_get("finished_at")?,
            grade: r.try_get("grade")?,
            needs_grading: r.try_get("needs_grading")?,
            shuffle_answers: r.try_get("shuffle_answers")?,
        })
    }

    async fn slots(conn: &mut PgConnection, attempt: Uuid) -> AppResult<Vec<SlotRow>> {
        let rows = sqlx::query(
            "SELECT s.slot, s.question_id, q.data, s.response, s.auto_fraction, s.manual_fraction, \
             s.manual_comment, s.tries, s.credit FROM learning_attempt_slots s \
             JOIN learning_questions q ON q.id = s.question_id WHERE s.attempt_id = $1 ORDER BY s.slot",
        )
        .bind(attempt)
        .fetch_all(&mut *conn)
        .await?;
        let mut out = Vec::new();
        for r in rows {
            let response: Option<Value> = r.try_get("response")?;
            out.push(SlotRow {
                slot: r.try_get("slot")?,
                question_id: r.try_get("question_id")?,
                question: from_json(r.try_get("data")?)?,
                response: response.map(from_json).transpose()?,
                auto_fraction: r.try_get("auto_fraction")?,
                manual_fraction: r.try_get("manual_fraction")?,
                manual_comment: r.try_get("manual_comment")?,
                tries: r.try_get("tries")?,
                credit: r.try_get("credit")?,
            });
        }
        Ok(out)
    }

    fn slot_credit(s: &SlotRow) -> Option<f64> {
        if s.question.is_manual() {
            return s.manual_fraction;
        }
        s.manual_fraction
            .or(s.credit)
            .or(s.auto_fraction)
            .or(Some(0.0))
    }

    /// Recompute and store an attempt's grade (0..1); `None` while manual grading is due.
    async fn compute_grade(conn: &mut PgConnection, attempt: Uuid) -> AppResult<Option<f64>> {
        let row = Self::attempt_row(conn, attempt, false).await?;
        let quiz = Self::quiz(conn, row.quiz_id).await?;
        let slots = Self::slots(conn, attempt).await?;
        let (grade, needs) = if let Some(a) = &quiz.settings.adaptive {
            let answered: Vec<Answered> = slots
                .iter()
                .filter(|s| s.response.is_some())
                .map(|s| Answered {
                    level: s.question.difficulty,
                    right: s.auto_fraction.unwrap_or(0.0) >= 0.5,
                })
                .collect();
            let e = adaptive::estimate(&answered, &a.settings);
            let span = f64::from(a.settings.highest - a.settings.lowest);
            (
                Some(((e.ability_level - f64::from(a.settings.lowest)) / span).clamp(0.0, 1.0)),
                false,
            )
        } else {
            let mut total = 0.0;
            let mut earned = 0.0;
            let mut needs = false;
            for s in &slots {
                total += s.question.default_mark;
                match Self::slot_credit(s) {
                    Some(c) => earned += c * s.question.default_mark,
                    None if s.response.is_some() => needs = true,
                    None => {}
                }
            }
            let grade = if needs || total <= 0.0 {
                None
            } else {
                Some(earned / total)
            };
            (grade, needs)
        };
        sqlx::query("UPDATE learning_attempts SET grade = $2, needs_grading = $3 WHERE id = $1")
            .bind(attempt)
            .bind(grade)
            .bind(needs)
            .execute(&mut *conn)
            .await?;
        Ok(grade)
    }

    async fn finish(
        &self,
        conn: &mut PgConnection,
        t: &TerritoryCode,
        attempt: Uuid,
        at: DateTime<Utc>,
    ) -> AppResult<()> {
        sqlx::query(
            "UPDATE learning_attempts SET state = 'finished', finished_at = $2 WHERE id = $1",
        )
        .bind(attempt)
        .bind(at)
        .execute(&mut *conn)
        .await?;
        let grade = Self::compute_grade(conn, attempt).await?;
        let (course, uid, quiz_id): (Uuid, Uuid, Uuid) = sqlx::query_as(
            "SELECT q.course_id, a.user_id, a.quiz_id FROM learning_attempts a JOIN learning_quizzes q ON q.id = a.quiz_id WHERE a.id = $1",
        )
        .bind(attempt)
        .fetch_one(&mut *conn)
        .await?;
        events::emit(
            conn,
            t,
            &crate::events::AttemptEnded {
                attempt_id: attempt,
                quiz_id,
                user_id: uid,
                state: "finished".into(),
                grade,
            },
        )
        .await?;
        self.check_completion(conn, t, course, uid).await
    }

    /// Apply the overdue rule to an attempt past its deadline (+grace). Returns true when it
    /// changed the attempt.
    async fn close_overdue(
        &self,
        conn: &mut PgConnection,
        t: &TerritoryCode,
        row: &AttemptRow,
        settings: &QuizSettings,
        now: DateTime<Utc>,
    ) -> AppResult<bool> {
        if row.state != "in_progress" {
            return Ok(false);
        }
        let w = engine::window(now, row.deadline, settings.overdue, settings.grace_secs);
        if w != Window::Closed {
            return Ok(false);
        }
        match settings.overdue {
            OverdueHandling::AutoSubmit => {
                self.finish(conn, t, row.id, row.deadline.unwrap_or(now))
                    .await?;
            }
            // A grace period nobody used ends like Moodle's: the attempt is abandoned.
            OverdueHandling::Abandon | OverdueHandling::GracePeriod => {
                sqlx::query("UPDATE learning_attempts SET state = 'abandoned', finished_at = $2 WHERE id = $1")
                    .bind(row.id)
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
                events::emit(
                    conn,
                    t,
                    &crate::events::AttemptEnded {
                        attempt_id: row.id,
                        quiz_id: row.quiz_id,
                        user_id: row.user_id,
                        state: "abandoned".into(),
                        grade: None,
                    },
                )
                .await?;
            }
        }
        Ok(true)
    }

    fn expired_error(settings: &QuizSettings) -> AppError {
        let what = match settings.overdue {
            OverdueHandling::AutoSubmit => {
                "it was submitted automatically with the answers saved before the deadline"
            }
            OverdueHandling::GracePeriod => "the grace period is over too, so it was abandoned",
            OverdueHandling::Abandon => "it was abandoned, as the quiz settings require",
        };
        AppError::conflict(
            "attempt_time_expired",
            format!("The time for this attempt is over; {what}."),
        )
    }

    /// Start an attempt, or return the attempt in progress (reloads get the same draw).
    pub async fn start_attempt(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        quiz_id: Uuid,
        req: StartAttempt,
    ) -> AppResult<AttemptView> {
        user.require(Role::Member, t)?;
        let uid = user.user_id.0;
        let mut tx = self.begin(t, Access::Write).await?;
        if let Some(cid) = req.client_id {
            if let Some(v) = Self::replay(tx.conn(), cid, uid, &format!("start:{quiz_id}")).await? {
                tx.commit().await?;
                return Ok(v);
            }
        }
        let quiz = Self::quiz(tx.conn(), quiz_id).await?;
        let course = Self::visible_course(tx.conn(), user, t, quiz.course_id).await?;
        if course.status != "published" && !user.has_role(Role::Instructor, t) {
            return Err(AppError::conflict(
                "course_not_open",
                "The course is not open.",
            ));
        }
        Self::require_enrolled(tx.conn(), user, t, quiz.course_id).await?;
        // Serialise starts of one learner on one quiz.
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
            .bind(format!("learning-start:{quiz_id}:{uid}"))
            .execute(tx.conn())
            .await?;
        let now = Utc::now();
        let s = &quiz.settings;
        let open: Option<Uuid> = sqlx::query_scalar(
            "SELECT id FROM learning_attempts WHERE quiz_id = $1 AND user_id = $2 AND state = 'in_progress'",
        )
        .bind(quiz_id)
        .bind(uid)
        .fetch_optional(tx.conn())
        .await?;
        if let Some(id) = open {
            let row = Self::attempt_row(tx.conn(), id, true).await?;
            if !self.close_overdue(tx.conn(), t, &row, s, now).await? {
                let v = self.view(tx.conn(), id, &quiz, now).await?;
                tx.commit().await?;
                return Ok(v);
            }
        }
        if s.open_at.is_some_and(|o| now < o) {
            return Err(AppError::conflict(
                "quiz_not_open",
                "The quiz is not open yet.",
            ));
        }
        if s.close_at.is_some_and(|c| now >= c) {
            return Err(AppError::conflict("quiz_closed", "The quiz is closed."));
        }
        let previous: Vec<(i32, Option<DateTime<Utc>>)> = sqlx::query_as(
            "SELECT number, finished_at FROM learning_attempts WHERE quiz_id = $1 AND user_id = $2 ORDER BY number",
        )
        .bind(quiz_id)
        .bind(uid)
        .fetch_all(tx.conn())
        .await?;
        if let Some(max) = s.max_attempts {
            if previous.len() as i32 >= max {
                return Err(AppError::conflict(
                    "no_attempts_left",
                    format!("This quiz allows {max} attempts and you have used them all."),
                ));
            }
        }
        if let Some(last) = previous.last().and_then(|p| p.1) {
            let next = last + Duration::seconds(s.delay_secs);
            if now < next {
                return Err(AppError::conflict(
                    "attempt_delay",
                    format!("The next attempt may start at {}.", next.to_rfc3339()),
                ));
            }
        }
        let number = previous.len() as i32 + 1;
        let seed = i64::from_le_bytes(
            Uuid::new_v4().as_bytes()[..8]
                .try_into()
                .map_err(AppError::internal)?,
        );
        let id = Uuid::now_v7();
        let deadline = engine::deadline(now, s.time_limit_secs, s.close_at);
        sqlx::query(
            "INSERT INTO learning_attempts (id, quiz_id, user_id, number, seed, state, started_at, deadline, shuffle_answers) \
             VALUES ($1, $2, $3, $4, $5, 'in_progress', $6, $7, $8)",
        )
        .bind(id)
        .bind(quiz_id)
        .bind(uid)
        .bind(number)
        .bind(seed)
        .bind(now)
        .bind(deadline)
        .bind(s.shuffle_answers)
        .execute(tx.conn())
        .await?;
        // Usage of each question in this learner's earlier attempts of this quiz.
        let usage: Vec<(Uuid, i64)> = sqlx::query_as(
            "SELECT s.question_id, count(*) FROM learning_attempt_slots s JOIN learning_attempts a ON a.id = s.attempt_id \
             WHERE a.quiz_id = $1 AND a.user_id = $2 AND a.id <> $3 GROUP BY s.question_id",
        )
        .bind(quiz_id)
        .bind(uid)
        .bind(id)
        .fetch_all(tx.conn())
        .await?;
        let used = |q: &Uuid| usage.iter().find(|u| u.0 == *q).map(|u| u.1).unwrap_or(0);
        let mut chosen: Vec<Uuid> = Vec::new();
        if let Some(a) = &s.adaptive {
            let pool = Self::pool(tx.conn(), quiz.course_id, &a.category, &a.tags).await?;
            if let Some(q) = adaptive::pick(&pool, a.settings.starting_level) {
                chosen.push(q);
            }
        } else {
            // Fixed questions first, so a random slot never draws one of them.
            for slot in &quiz.slots {
                if let SlotSpec::Fixed { question_id } = slot {
                    chosen.push(*question_id);
                }
            }
            let mut ordered: Vec<Uuid> = Vec::new();
            for (i, slot) in quiz.slots.iter().enumerate() {
                match slot {
                    SlotSpec::Fixed { question_id } => ordered.push(*question_id),
                    SlotSpec::Random {
                        count,
                        category,
                        tags,
                    } => {
                        let pool = Self::pool(tx.conn(), quiz.course_id, category, tags).await?;
                        let candidates: Vec<(Uuid, i64)> =
                            pool.iter().map(|(q, _)| (*q, used(q))).collect();
                        let drawn = engine::draw(
                            &candidates,
                            &chosen,
                            *count as usize,
                            seed,
                            &format!("slot{i}"),
                        );
                        if drawn.len() < *count as usize {
                            return Err(AppError::conflict(
                                "pool_exhausted",
                                format!(
                                    "Random slot {i} needs {count} questions; only {} are left.",
                                    drawn.len()
                                ),
                            ));
                        }
                        chosen.extend(drawn.iter().copied());
                        ordered.extend(drawn);
                    }
                }
            }
            chosen = ordered;
        }
        for (i, q) in chosen.iter().enumerate() {
            sqlx::query(
                "INSERT INTO learning_attempt_slots (attempt_id, slot, question_id) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(i as i32 + 1)
            .bind(q)
            .execute(tx.conn())
            .await?;
        }
        let v = self.view(tx.conn(), id, &quiz, now).await?;
        if let Some(cid) = req.client_id {
            Self::remember(tx.conn(), cid, uid, &format!("start:{quiz_id}"), &v).await?;
        }
        tx.commit().await?;
        Ok(v)
    }

    async fn replay(
        conn: &mut PgConnection,
        client_id: Uuid,
        uid: Uuid,
        kind: &str,
    ) -> AppResult<Option<AttemptView>> {
        let row: Option<(Uuid, String, Value)> = sqlx::query_as(
            "SELECT user_id, kind, result FROM learning_requests WHERE client_id = $1",
        )
        .bind(client_id)
        .fetch_optional(&mut *conn)
        .await?;
        match row {
            None => Ok(None),
            Some((u, k, result)) if u == uid && k == kind => Ok(Some(from_json(result)?)),
            Some(_) => Err(AppError::conflict(
                "client_id_reused",
                "This client_id was already used for a different request (another attempt, question or action); generate a new one for each request.",
            )),
        }
    }

    async fn remember(
        conn: &mut PgConnection,
        client_id: Uuid,
        uid: Uuid,
        kind: &str,
        v: &AttemptView,
    ) -> AppResult<()> {
        sqlx::query(
            "INSERT INTO learning_requests (client_id, user_id, kind, result) VALUES ($1, $2, $3, $4)",
        )
        .bind(client_id)
        .bind(uid)
        .bind(kind)
        .bind(json(v)?)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    async fn own_attempt(
        conn: &mut PgConnection,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
        lock: bool,
    ) -> AppResult<(AttemptRow, Quiz)> {
        let row = Self::attempt_row(conn, id, lock).await?;
        if row.user_id != user.user_id.0 && !user.has_role(Role::Instructor, t) {
            return Err(AppError::not_found("attempt_not_found", "No such attempt."));
        }
        let quiz = Self::quiz(conn, row.quiz_id).await?;
        Ok((row, quiz))
    }

    /// An attempt as its learner (or an instructor) sees it now.
    pub async fn get_attempt(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
    ) -> AppResult<AttemptView> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let (_, quiz) = Self::own_attempt(tx.conn(), user, t, id, false).await?;
        let v = self.view(tx.conn(), id, &quiz, Utc::now()).await?;
        tx.commit().await?;
        Ok(v)
    }

    /// The stored result of a retried request (same `client_id`), or else the caller's own
    /// attempt, locked (403 `not_your_attempt` for anyone else's).
    async fn retried_or_mine(
        conn: &mut PgConnection,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
        client_id: Uuid,
        key: &str,
    ) -> AppResult<Retried> {
        let uid = user.user_id.0;
        if let Some(v) = Self::replay(conn, client_id, uid, key).await? {
            return Ok(Retried::Replay(Box::new(v)));
        }
        let (row, quiz) = Self::own_attempt(conn, user, t, id, true).await?;
        if row.user_id != uid {
            return Err(AppError::forbidden(
                "not_your_attempt",
                "Only the learner answers and submits an attempt.",
            ));
        }
        Ok(Retried::New(Box::new((row, quiz))))
    }

    /// Save an answer (idempotent by `client_id`).
    pub async fn save_answer(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
        req: SaveAnswer,
    ) -> AppResult<AttemptView> {
        user.require(Role::Member, t)?;
        let uid = user.user_id.0;
        let mut tx = self.begin(t, Access::Write).await?;
        let (row, quiz) = match Self::retried_or_mine(
            tx.conn(),
            user,
            t,
            id,
            req.client_id,
            &format!("answer:{id}"),
        )
        .await?
        {
            Retried::Replay(v) => {
                tx.commit().await?;
                return Ok(*v);
            }
            Retried::New(found) => *found,
        };
        let outcome = self.apply_answer(tx.conn(), t, &row, &quiz, &req).await?;
        match outcome {
            Outcome::Done(v) => {
                Self::remember(tx.conn(), req.client_id, uid, &format!("answer:{id}"), &v).await?;
                tx.commit().await?;
                Ok(v)
            }
            Outcome::Refused(e) => {
                tx.commit().await?;
                Err(e)
            }
        }
    }

    async fn apply_answer(
        &self,
        conn: &mut PgConnection,
        t: &TerritoryCode,
        row: &AttemptRow,
        quiz: &Quiz,
        req: &SaveAnswer,
    ) -> AppResult<Outcome> {
        let now = Utc::now();
        let s = &quiz.settings;
        if row.state != "in_progress" {
            return Ok(Outcome::Refused(AppError::conflict(
                "attempt_closed",
                format!(
                    "This attempt is {}; answers can no longer change.",
                    row.state
                ),
            )));
        }
        match engine::window(now, row.deadline, s.overdue, s.grace_secs) {
            Window::Open => {}
            Window::SubmitOnly => {
                return Ok(Outcome::Refused(AppError::conflict(
                    "attempt_time_expired",
                    "The time is over; during the grace period you may only submit.",
                )))
            }
            Window::Closed => {
                self.close_overdue(conn, t, row, s, now).await?;
                return Ok(Outcome::Refused(Self::expired_error(s)));
            }
        }
        let slots = Self::slots(conn, row.id).await?;
        let Some(slot) = slots.iter().find(|x| x.slot == req.slot) else {
            return Err(AppError::not_found(
                "slot_not_in_attempt",
                format!(
                    "Question slot {} is not part of this attempt (it has slots 1–{}).",
                    req.slot,
                    slots.len()
                ),
            ));
        };
        let outcome = slot
            .question
            .grade(&req.response)
            .map_err(|e| bad("response_mismatch", e.0))?;
        if let Response::Files { files } = &req.response {
            for f in files {
                self.files.require(conn, f).await?;
            }
        }
        let adaptive_mode = s.adaptive.is_some();
        let mode = if adaptive_mode {
            FeedbackMode::Immediate
        } else {
            s.feedback_mode
        };
        let already_right = slot.auto_fraction.unwrap_or(0.0) >= 0.999_999;
        let (tries, credit) = match mode {
            FeedbackMode::Deferred => (1, outcome.fraction),
            FeedbackMode::Immediate => {
                if slot.tries >= 1 {
                    return Err(AppError::conflict(
                        "already_answered",
                        "This question was marked already; immediate feedback allows one try.",
                    ));
                }
                (1, outcome.fraction)
            }
            FeedbackMode::Interactive => {
                let max_tries = slot.question.hints.len() as i32 + 1;
                if already_right || slot.tries >= max_tries {
                    return Err(AppError::conflict(
                        "no_tries_left",
                        "This question is finished: it was answered right or every try is used.",
                    ));
                }
                let tries = slot.tries + 1;
                (
                    tries,
                    outcome.fraction.map(|f| {
                        engine::interactive_credit(f, tries as u32, slot.question.penalty)
                    }),
                )
            }
        };
        sqlx::query(
            "UPDATE learning_attempt_slots SET response = $3, auto_fraction = $4, tries = $5, credit = $6 \
             WHERE attempt_id = $1 AND slot = $2",
        )
        .bind(row.id)
        .bind(req.slot)
        .bind(json(&req.response)?)
        .bind(outcome.fraction)
        .bind(tries)
        .bind(credit)
        .execute(&mut *conn)
        .await?;
        if let Some(a) = &s.adaptive {
            let slots = Self::slots(conn, row.id).await?;
            let answered: Vec<Answered> = slots
                .iter()
                .filter(|x| x.response.is_some())
                .map(|x| Answered {
                    level: x.question.difficulty,
                    right: x.auto_fraction.unwrap_or(0.0) >= 0.5,
                })
                .collect();
            // Only move on once every asked question is answered.
            if answered.len() == slots.len() {
                let e = adaptive::estimate(&answered, &a.settings);
                let used: Vec<Uuid> = slots.iter().map(|x| x.question_id).collect();
                let pool: Vec<(Uuid, i32)> = Self::pool(conn, quiz.course_id, &a.category, &a.tags)
                    .await?
                    .into_iter()
                    .filter(|p| !used.contains(&p.0))
                    .collect();
                if adaptive::should_stop(&e, &a.settings, pool.len()).is_some() {
                    self.finish(conn, t, row.id, now).await?;
                } else if let Some(next) = adaptive::pick(&pool, e.next_level) {
                    sqlx::query(
                        "INSERT INTO learning_attempt_slots (attempt_id, slot, question_id) VALUES ($1, $2, $3)",
                    )
                    .bind(row.id)
                    .bind(slots.len() as i32 + 1)
                    .bind(next)
                    .execute(&mut *conn)
                    .await?;
                }
            }
        }
        Ok(Outcome::Done(self.view(conn, row.id, quiz, now).await?))
    }

    /// Submit an attempt (idempotent by `client_id`).
    pub async fn submit(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        id: Uuid,
        req: Submit,
    ) -> AppResult<AttemptView> {
        user.require(Role::Member, t)?;
        let uid = user.user_id.0;
        let mut tx = self.begin(t, Access::Write).await?;
        let (row, quiz) = match Self::retried_or_mine(
            tx.conn(),
            user,
            t,
            id,
            req.client_id,
            &format!("submit:{id}"),
        )
        .await?
        {
            Retried::Replay(v) => {
                tx.commit().await?;
                return Ok(*v);
            }
            Retried::New(found) => *found,
        };
        if row.state != "in_progress" {
            tx.commit().await?;
            // Closed by the deadline (here or by the background job): say so, whoever got
            // there first. Auto-submit records the deadline as the finish time.
            let by_deadline = row
                .deadline
                .is_some_and(|d| row.state == "abandoned" || row.finished_at == Some(d));
            if by_deadline {
                return Err(Self::expired_error(&quiz.settings));
            }
            return Err(AppError::conflict(
                "attempt_closed",
                format!("This attempt is already {}.", row.state),
            ));
        }
        let now = Utc::now();
        let s = &quiz.settings;
        match engine::window(now, row.deadline, s.overdue, s.grace_secs) {
            Window::Open | Window::SubmitOnly => {
                self.finish(tx.conn(), t, id, now).await?;
                let v = self.view(tx.conn(), id, &quiz, now).await?;
                Self::remember(tx.conn(), req.client_id, uid, &format!("submit:{id}"), &v).await?;
                tx.commit().await?;
                Ok(v)
            }
            Window::Closed => {
                self.close_overdue(tx.conn(), t, &row, s, now).await?;
                tx.commit().await?;
                Err(Self::expired_error(s))
            }
        }
    }

    /// What the review options show of an attempt at `now`.
    fn review_now(s: &QuizSettings, row: &AttemptRow, now: DateTime<Utc>) -> ReviewWhat {
        match (row.state.as_str(), row.finished_at) {
            ("in_progress", _) => {
                if s.feedback_mode == FeedbackMode::Deferred && s.adaptive.is_none() {
                    ReviewWhat {
                        marks: false,
                        feedback: false,
                        overall_feedback: false,
                    }
                } else {
                    s.review.during
                }
            }
            (_, _) if s.close_at.is_some_and(|c| now >= c) => s.review.after_close,
            (_, Some(f)) if now - f <= Duration::minutes(2) => s.review.immediately_after,
            _ => s.review.later,
        }
    }

    async fn view(
        &self,
        conn: &mut PgConnection,
        id: Uuid,
        quiz: &Quiz,
        now: DateTime<Utc>,
    ) -> AppResult<AttemptView> {
        let row = Self::attempt_row(conn, id, false).await?;
        let slots = Self::slots(conn, id).await?;
        let s = &quiz.settings;
        let review = Self::review_now(s, &row, now);
        let mut views = Vec::new();
        for sl in &slots {
            let credit = if row.state == "in_progress" && s.feedback_mode == FeedbackMode::Deferred
            {
                None
            } else {
                Self::slot_credit(sl)
            };
            let state = match (&sl.response, credit) {
                (None, _) => "unanswered".to_owned(),
                (Some(_), _) if !review.marks => "answered".to_owned(),
                (Some(_), None) if sl.question.is_manual() => "needs_grading".to_owned(),
                (Some(_), None) => "answered".to_owned(),
                (Some(_), Some(c)) if c >= 0.999_999 => "right".to_owned(),
                (Some(_), Some(c)) if c > 0.0 => "partial".to_owned(),
                (Some(_), Some(_)) => "wrong".to_owned(),
            };
            let mut feedback = Vec::new();
            if review.feedback {
                if let Some(r) = &sl.response {
                    if let Ok(o) = sl.question.grade(r) {
                        feedback.extend(o.feedback);
                    }
                    if !sl.question.general_feedback.is_empty() && row.state != "in_progress"
                        || s.feedback_mode != FeedbackMode::Deferred
                            && !sl.question.general_feedback.is_empty()
                    {
                        feedback.push(sl.question.general_feedback.clone());
                    }
                }
                if let Some(c) = &sl.manual_comment {
                    if !c.is_empty() {
                        feedback.push(c.clone());
                    }
                }
            }
            let hint = if row.state == "in_progress"
                && s.feedback_mode == FeedbackMode::Interactive
                && sl.tries > 0
                && sl.auto_fraction.unwrap_or(0.0) < 0.999_999
            {
                sl.question.hints.get(sl.tries as usize - 1).cloned()
            } else {
                None
            };
            views.push(SlotView {
                slot: sl.slot,
                question_id: sl.question_id,
                question: json(&present(
                    &sl.question,
                    row.seed,
                    &sl.question_id.to_string(),
                    row.shuffle_answers
                        .unwrap_or(s.shuffle_answers)
                        .then(|| format!("slot {} choices", sl.slot))
                        .as_deref(),
                ))?,
                response: sl.response.clone(),
                tries: sl.tries,
                state,
                marks: if review.marks {
                    credit.map(|c| c * sl.question.default_mark)
                } else {
                    None
                },
                max_marks: sl.question.default_mark,
                feedback,
                hint,
            });
        }
        let (estimate, stop_reason) = match &s.adaptive {
            Some(a) => {
                let answered: Vec<Answered> = slots
                    .iter()
                    .filter(|x| x.response.is_some())
                    .map(|x| Answered {
                        level: x.question.difficulty,
                        right: x.auto_fraction.unwrap_or(0.0) >= 0.5,
                    })
                    .collect();
                let e = adaptive::estimate(&answered, &a.settings);
                let stop = if row.state == "finished" {
                    let used: Vec<Uuid> = slots.iter().map(|x| x.question_id).collect();
                    let left = Self::pool(conn, quiz.course_id, &a.category, &a.tags)
                        .await?
                        .into_iter()
                        .filter(|p| !used.contains(&p.0))
                        .count();
                    adaptive::should_stop(&e, &a.settings, left)
                } else {
                    None
                };
                (Some(e), stop)
            }
            None => (None, None),
        };
        Ok(AttemptView {
            id: row.id,
            quiz_id: row.quiz_id,
            number: row.number,
            state: row.state.clone(),
            started_at: row.started_at,
            deadline: row.deadline,
            finished_at: row.finished_at,
            grade: if review.marks && row.state == "finished" {
                row.grade
            } else {
                None
            },
            needs_grading: row.needs_grading,
            slots: views,
            estimate,
            stop_reason,
            overall_feedback: match row.grade {
                Some(g) if review.overall_feedback && row.state == "finished" => {
                    engine::band_for(&s.overall_feedback, g).map(|b| b.text.clone())
                }
                _ => None,
            },
        })
    }

    async fn quiz_grade_in(
        conn: &mut PgConnection,
        quiz: Uuid,
        uid: Uuid,
        s: &QuizSettings,
    ) -> AppResult<QuizGrade> {
        let grades: Vec<Option<f64>> = sqlx::query_scalar(
            "SELECT grade FROM learning_attempts WHERE quiz_id = $1 AND user_id = $2 AND state = 'finished' ORDER BY number",
        )
        .bind(quiz)
        .bind(uid)
        .fetch_all(&mut *conn)
        .await?;
        let known: Vec<f64> = grades.iter().flatten().copied().collect();
        let grade = s.grading_method.combine(&known);
        Ok(QuizGrade {
            passed: grade.is_some_and(|g| g + 1e-9 >= s.pass_grade),
            grade,
            grading_method: s.grading_method,
            attempts: grades,
        })
    }

    /// The caller's grade on a quiz.
    pub async fn quiz_grade(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        quiz: Uuid,
    ) -> AppResult<QuizGrade> {
        user.require(Role::Member, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let q = Self::quiz(tx.conn(), quiz).await?;
        let g = Self::quiz_grade_in(tx.conn(), quiz, user.user_id.0, &q.settings).await?;
        tx.commit().await?;
        Ok(g)
    }

    /// Answers of a course waiting for manual grading (instructors).
    pub async fn grading_queue(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        course: Uuid,
    ) -> AppResult<Vec<QueueItem>> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Read).await?;
        let rows: Vec<(Uuid, i32, Uuid, Value, Option<Value>, String)> = sqlx::query_as(
            "SELECT s.attempt_id, s.slot, a.user_id, q.data, s.response, z.title FROM learning_attempt_slots s \
             JOIN learning_attempts a ON a.id = s.attempt_id JOIN learning_questions q ON q.id = s.question_id \
             JOIN learning_quizzes z ON z.id = a.quiz_id \
             WHERE z.course_id = $1 AND a.state = 'finished' AND s.manual_fraction IS NULL \
             AND s.response IS NOT NULL AND q.data->'kind'->>'type' IN ('essay', 'file_upload') \
             ORDER BY a.finished_at, s.slot",
        )
        .bind(course)
        .fetch_all(tx.conn())
        .await?;
        // Learners' names from the territory's accounts (identity's public repository).
        let mut names: std::collections::HashMap<Uuid, (String, String)> = Default::default();
        for (_, _, uid, ..) in &rows {
            if !names.contains_key(uid) {
                let found = identity::repo::user(tx.conn(), *uid, false).await?;
                let name = found
                    .map(|u| (u.display_name, u.handle))
                    .unwrap_or_default();
                names.insert(*uid, name);
            }
        }
        tx.commit().await?;
        let mut out = Vec::new();
        for (attempt_id, slot, user_id, data, response, quiz_title) in rows {
            let q: Question = from_json(data)?;
            let (learner_name, learner_handle) = names.get(&user_id).cloned().unwrap_or_default();
            out.push(QueueItem {
                attempt_id,
                slot,
                user_id,
                learner_name,
                learner_handle,
                quiz_title,
                question_name: q.name.clone(),
                rubric: match q.kind {
                    Kind::Essay { rubric, .. } => rubric,
                    _ => vec![],
                },
                response: response.map(from_json).transpose()?,
            });
        }
        Ok(out)
    }

    /// Grade one answer by hand (instructors).
    pub async fn grade_manually(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        attempt: Uuid,
        slot: i32,
        g: ManualGrade,
    ) -> AppResult<AttemptView> {
        user.require(Role::Instructor, t)?;
        let mut tx = self.begin(t, Access::Write).await?;
        let row = Self::attempt_row(tx.conn(), attempt, true).await?;
        if row.state != "finished" {
            return Err(AppError::conflict(
                "attempt_not_finished",
                "Only submitted attempts are graded.",
            ));
        }
        let quiz = Self::quiz(tx.conn(), row.quiz_id).await?;
        let slots = Self::slots(tx.conn(), attempt).await?;
        let sl = slots.iter().find(|s| s.slot == slot).ok_or_else(|| {
            AppError::not_found(
                "slot_not_in_attempt",
                "That slot is not part of the attempt.",
            )
        })?;
        let fraction = match (g.fraction, &g.rubric_points) {
            (Some(f), None) if (0.0..=1.0).contains(&f) => f,
            (None, Some(points)) => sl
                .question
                .rubric_fraction(points)
                .map_err(|e| AppError::invalid_field("rubric_points", e.0))?,
            _ => {
                return Err(AppError::invalid_field(
                    "fraction",
                    "give either a fraction 0..=1 or rubric_points",
                ))
            }
        };
        sqlx::query(
            "UPDATE learning_attempt_slots SET manual_fraction = $3, manual_comment = $4 WHERE attempt_id = $1 AND slot = $2",
        )
        .bind(attempt)
        .bind(slot)
        .bind(fraction)
        .bind(&g.comment)
        .execute(tx.conn())
        .await?;
        Self::compute_grade(tx.conn(), attempt).await?;
        self.check_completion(tx.conn(), t, quiz.course_id, row.user_id)
            .await?;
        let v = self.view(tx.conn(), attempt, &quiz, Utc::now()).await?;
        tx.commit().await?;
        Ok(v)
    }

    /// Close attempts past their deadline in every territory (one instance at a time per
    /// territory, by a transaction-scoped advisory lock). Returns how many were closed.
    pub async fn close_overdue_attempts(&self) -> AppResult<u64> {
        let territories = self.platform.territories().await?;
        let mut closed = 0;
        for territory in territories {
            let Ok(mut tx) = self.begin(&territory.code, Access::Write).await else {
                continue;
            };
            let got: bool =
                sqlx::query_scalar("SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0))")
                    .bind(format!("learning-overdue:{}", territory.code))
                    .fetch_one(tx.conn())
                    .await?;
            if !got {
                continue;
            }
            let now = Utc::now();
            let ids: Vec<Uuid> = sqlx::query_scalar(
                "SELECT id FROM learning_attempts WHERE state = 'in_progress' AND deadline < $1 \
                 ORDER BY deadline LIMIT 500 FOR UPDATE SKIP LOCKED",
            )
            .bind(now)
            .fetch_all(tx.conn())
            .await?;
            for id in ids {
                let row = Self::attempt_row(tx.conn(), id, false).await?;
                let quiz = Self::quiz(tx.conn(), row.quiz_id).await?;
                if self
                    .close_overdue(tx.conn(), &territory.code, &row, &quiz.settings, now)
                    .await?
                {
                    closed += 1;
                }
            }
            tx.commit().await?;
        }
        Ok(closed)
    }

    /// Run [`close_overdue_attempts`](Self::close_overdue_attempts) every `every` until the
    /// task is dropped.
    pub fn spawn_overdue_job(&self, every: std::time::Duration) -> tokio::task::JoinHandle<()> {
        let me = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match me.close_overdue_attempts().await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(closed = n, "closed overdue quiz attempts"),
                    Err(e) => tracing::warn!(error = %e, "closing overdue quiz attempts failed"),
                }
            }
        })
    }
}

/// Re-export so callers name the stream item type without a direct `bytes` dependency.
pub mod bytes_of {
    pub use axum::body::Bytes;
}
