//! HTTP routes of the learning domain under `/api/v1/t/{territory}/…`. Handlers only parse,
//! call the service and shape the response.

use axum::body::Body;
use axum::extract::{FromRef, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use identity::{AuthUser, Identity};
use kernel::error::ErrorBody;
use kernel::{AppError, AppResult, TerritoryCode};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::interop::ExportResult;
use crate::model::*;
use crate::question::Response as Answer;
use crate::service::Learning;

/// The learning routes; the app state must provide [`Learning`] and [`Identity`].
pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Learning: FromRef<S>,
    Identity: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(create_course, list_courses))
        .routes(routes!(course_page, update_course, delete_course))
        .routes(routes!(add_module))
        .routes(routes!(update_module, delete_module))
        .routes(routes!(add_lesson))
        .routes(routes!(get_lesson, update_lesson, delete_lesson))
        .routes(routes!(lesson_source))
        .routes(routes!(complete_lesson))
        .routes(routes!(answer_interaction))
        .routes(routes!(upload))
        .routes(routes!(enroll, enrollments))
        .routes(routes!(approve))
        .routes(routes!(progress))
        .routes(routes!(create_question, list_questions))
        .routes(routes!(update_question, delete_question))
        .routes(routes!(import_questions))
        .routes(routes!(export_questions))
        .routes(routes!(create_quiz))
        .routes(routes!(get_quiz, update_quiz, delete_quiz))
        .routes(routes!(replace_quiz_slots))
        .routes(routes!(start_attempt, my_attempts))
        .routes(routes!(get_attempt))
        .routes(routes!(save_answer))
        .routes(routes!(submit))
        .routes(routes!(quiz_grade))
        .routes(routes!(grading_queue))
        .routes(routes!(grade_manually))
}

fn territory(raw: &str) -> AppResult<TerritoryCode> {
    TerritoryCode::parse(raw)
}

fn id(raw: &str, what: &str) -> AppResult<Uuid> {
    Uuid::parse_str(raw).map_err(|_| {
        AppError::bad_request(
            "invalid_id",
            format!("`{raw}` is not a valid {what} id (a UUID)."),
        )
    })
}

/// Create a course (instructors of the territory).
#[utoipa::path(post, path = "/api/v1/t/{territory}/courses", tag = "learning",
    params(("territory" = String, Path, description = "Territory code")),
    request_body = CourseInput,
    responses((status = 201, body = Course), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn create_course(
    State(svc): State<Learning>,
    user: AuthUser,
    Path(t): Path<String>,
    Json(input): Json<CourseInput>,
) -> AppResult<(StatusCode, Json<Course>)> {
    let c = svc.create_course(&user, &territory(&t)?, input).await?;
    Ok((StatusCode::CREATED, Json(c)))
}

/// Courses of the territory (published; instructors see every status).
#[utoipa::path(get, path = "/api/v1/t/{territory}/courses", tag = "learning",
    params(("territory" = String, Path, description = "Territory code")),
    responses((status = 200, body = [Course]), (status = 403, body = ErrorBody)))]
async fn list_courses(
    State(svc): State<Learning>,
    user: AuthUser,
    Path(t): Path<String>,
) -> AppResult<Json<Vec<Course>>> {
    Ok(Json(svc.list_courses(&user, &territory(&t)?).await?))
}

/// The course page: course, outline, quizzes, caller's enrollment.
#[utoipa::path(get, path = "/api/v1/t/{territory}/courses/{course}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    responses((status = 200, body = CoursePage), (status = 404, body = ErrorBody)))]
async fn course_page(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
) -> AppResult<Json<CoursePage>> {
    Ok(Json(
        svc.course_page(&user, &territory(&t)?, id(&c, "course")?)
            .await?,
    ))
}

/// Change a course: fields, status (draft → published → archived), cover, prerequisites, badge.
#[utoipa::path(patch, path = "/api/v1/t/{territory}/courses/{course}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    request_body = CourseInput,
    responses((status = 200, body = Course), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn update_course(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Json(input): Json<CourseInput>,
) -> AppResult<Json<Course>> {
    Ok(Json(
        svc.update_course(&user, &territory(&t)?, id(&c, "course")?, input)
            .await?,
    ))
}

/// Add a module to a course.
#[utoipa::path(post, path = "/api/v1/t/{territory}/courses/{course}/modules", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    request_body = ModuleInput,
    responses((status = 201, body = ModuleOutline), (status = 404, body = ErrorBody)))]
async fn add_module(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Json(input): Json<ModuleInput>,
) -> AppResult<(StatusCode, Json<ModuleOutline>)> {
    let m = svc
        .add_module(&user, &territory(&t)?, id(&c, "course")?, input)
        .await?;
    Ok((StatusCode::CREATED, Json(m)))
}

/// Deletion query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
struct DeleteQuery {
    /// Delete even though learners have progress in it (their progress is deleted too).
    #[serde(default)]
    confirm: bool,
}

/// Rename a module or move it to a position (0-based) among the course's modules; the
/// others are renumbered. Returns the caller's course page.
#[utoipa::path(patch, path = "/api/v1/t/{territory}/modules/{module}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("module" = String, Path, description = "Module id")),
    request_body = ModuleUpdate,
    responses((status = 200, body = CoursePage), (status = 404, body = ErrorBody), (status = 422, description = "Position out of range or bad title", body = ErrorBody)))]
async fn update_module(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, m)): Path<(String, String)>,
    Json(input): Json<ModuleUpdate>,
) -> AppResult<Json<CoursePage>> {
    Ok(Json(
        svc.update_module(&user, &territory(&t)?, id(&m, "module")?, input)
            .await?,
    ))
}

/// Delete a module and its lessons. When learners have progress in them this is refused
/// (409 `learner_progress_exists`) unless `confirm=true`, which deletes that progress too.
#[utoipa::path(delete, path = "/api/v1/t/{territory}/modules/{module}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("module" = String, Path, description = "Module id"), DeleteQuery),
    responses((status = 204, description = "Deleted"), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn delete_module(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, m)): Path<(String, String)>,
    Query(q): Query<DeleteQuery>,
) -> AppResult<StatusCode> {
    svc.delete_module(&user, &territory(&t)?, id(&m, "module")?, q.confirm)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Query of a lesson change.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
struct EditQuery {
    /// Save new content even though learners answered video questions it no longer asks
    /// (those answers are deleted; completions stay).
    #[serde(default)]
    confirm: bool,
}

/// Rename a lesson, replace its content (the creation shape, validated the same way), or move
/// it within its module or to another module of the same course; siblings are renumbered.
/// Completions stay; video answers follow the interaction asking the same question, and a
/// change that would delete answers is refused (409 `learner_answers_exist`) unless
/// `confirm=true`. Returns the caller's course page.
#[utoipa::path(patch, path = "/api/v1/t/{territory}/lessons/{lesson}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("lesson" = String, Path, description = "Lesson id"), EditQuery),
    request_body = LessonUpdate,
    responses((status = 200, body = CoursePage), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, description = "Learners answered video questions the new content no longer asks", body = ErrorBody), (status = 422, description = "Bad title or content, position out of range, or a module of another course", body = ErrorBody)))]
async fn update_lesson(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, l)): Path<(String, String)>,
    Query(q): Query<EditQuery>,
    Json(input): Json<LessonUpdate>,
) -> AppResult<Json<CoursePage>> {
    Ok(Json(
        svc.update_lesson(&user, &territory(&t)?, id(&l, "lesson")?, input, q.confirm)
            .await?,
    ))
}

/// A lesson's editable source: title, place and content as written, with how many learners
/// completed it and answered each video interaction (instructors only).
#[utoipa::path(get, path = "/api/v1/t/{territory}/lessons/{lesson}/source", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("lesson" = String, Path, description = "Lesson id")),
    responses((status = 200, body = LessonSource), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn lesson_source(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, l)): Path<(String, String)>,
) -> AppResult<Json<LessonSource>> {
    Ok(Json(
        svc.lesson_source(&user, &territory(&t)?, id(&l, "lesson")?)
            .await?,
    ))
}

/// Delete a lesson. When learners have progress in it this is refused (409
/// `learner_progress_exists`) unless `confirm=true`, which deletes that progress too.
#[utoipa::path(delete, path = "/api/v1/t/{territory}/lessons/{lesson}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("lesson" = String, Path, description = "Lesson id"), DeleteQuery),
    responses((status = 204, description = "Deleted"), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn delete_lesson(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, l)): Path<(String, String)>,
    Query(q): Query<DeleteQuery>,
) -> AppResult<StatusCode> {
    svc.delete_lesson(&user, &territory(&t)?, id(&l, "lesson")?, q.confirm)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Add a lesson (text with attachments, or interactive video) to a module.
#[utoipa::path(post, path = "/api/v1/t/{territory}/modules/{module}/lessons", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("module" = String, Path, description = "Module id")),
    request_body = LessonInput,
    responses((status = 201, body = LessonView), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn add_lesson(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, m)): Path<(String, String)>,
    Json(input): Json<LessonInput>,
) -> AppResult<(StatusCode, Json<LessonView>)> {
    let l = svc
        .add_lesson(&user, &territory(&t)?, id(&m, "module")?, input)
        .await?;
    Ok((StatusCode::CREATED, Json(l)))
}

/// A lesson with sanitised HTML, attachments and video interactions.
#[utoipa::path(get, path = "/api/v1/t/{territory}/lessons/{lesson}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("lesson" = String, Path, description = "Lesson id")),
    responses((status = 200, body = LessonView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn get_lesson(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, l)): Path<(String, String)>,
) -> AppResult<Json<LessonView>> {
    Ok(Json(
        svc.get_lesson(&user, &territory(&t)?, id(&l, "lesson")?)
            .await?,
    ))
}

/// Mark a lesson complete (an interactive video's rules must be met).
#[utoipa::path(post, path = "/api/v1/t/{territory}/lessons/{lesson}/complete", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("lesson" = String, Path, description = "Lesson id")),
    responses((status = 200, body = Progress), (status = 409, body = ErrorBody)))]
async fn complete_lesson(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, l)): Path<(String, String)>,
) -> AppResult<Json<Progress>> {
    Ok(Json(
        svc.complete_lesson(&user, &territory(&t)?, id(&l, "lesson")?)
            .await?,
    ))
}

/// Answer the question at an interactive-video timestamp.
#[utoipa::path(post, path = "/api/v1/t/{territory}/lessons/{lesson}/interactions/{index}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("lesson" = String, Path, description = "Lesson id"), ("index" = usize, Path, description = "Interaction index")),
    request_body = Answer,
    responses((status = 200, body = InteractionResult), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn answer_interaction(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, l, index)): Path<(String, String, usize)>,
    Json(response): Json<Answer>,
) -> AppResult<Json<InteractionResult>> {
    Ok(Json(
        svc.answer_interaction(&user, &territory(&t)?, id(&l, "lesson")?, index, response)
            .await?,
    ))
}

/// Upload query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
struct UploadQuery {
    /// `cover` for a cover image (images only, 5 MiB); otherwise an attachment, video or file
    /// answer (200 MiB).
    purpose: Option<String>,
}

/// Upload a file for a course (raw body; the type is sniffed from the content).
#[utoipa::path(post, path = "/api/v1/t/{territory}/courses/{course}/files", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id"), UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = Uploaded), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody)))]
async fn upload(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Query(q): Query<UploadQuery>,
    headers: HeaderMap,
    body: Body,
) -> AppResult<(StatusCode, Json<Uploaded>)> {
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let cover = q.purpose.as_deref() == Some("cover");
    let u = svc
        .upload(
            &user,
            &territory(&t)?,
            id(&c, "course")?,
            cover,
            declared.as_deref(),
            body.into_data_stream(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(u)))
}

/// Delete a course with everything in it; 409 `learner_enrollments_exist` unless
/// `?confirm=true` when learners are enrolled or have attempts (deleted with it).
#[utoipa::path(delete, path = "/api/v1/t/{territory}/courses/{course}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id"), DeleteQuery),
    responses((status = 204, description = "Deleted"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn delete_course(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Query(d): Query<DeleteQuery>,
) -> AppResult<StatusCode> {
    svc.delete_course(&user, &territory(&t)?, id(&c, "course")?, d.confirm)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Enroll in a course (open: active at once; approval: pending).
#[utoipa::path(post, path = "/api/v1/t/{territory}/courses/{course}/enrollments", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    responses((status = 200, body = Enrollment), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn enroll(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
) -> AppResult<Json<Enrollment>> {
    Ok(Json(
        svc.enroll(&user, &territory(&t)?, id(&c, "course")?)
            .await?,
    ))
}

/// Enrollments of a course (instructors).
#[utoipa::path(get, path = "/api/v1/t/{territory}/courses/{course}/enrollments", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    responses((status = 200, body = [Enrollment]), (status = 403, body = ErrorBody)))]
async fn enrollments(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
) -> AppResult<Json<Vec<Enrollment>>> {
    Ok(Json(
        svc.enrollments(&user, &territory(&t)?, id(&c, "course")?)
            .await?,
    ))
}

/// Approve a pending enrollment (instructors).
#[utoipa::path(post, path = "/api/v1/t/{territory}/courses/{course}/enrollments/{user}/approve", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id"), ("user" = String, Path, description = "Learner id")),
    responses((status = 200, body = Enrollment), (status = 404, body = ErrorBody)))]
async fn approve(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c, u)): Path<(String, String, String)>,
) -> AppResult<Json<Enrollment>> {
    Ok(Json(
        svc.approve(&user, &territory(&t)?, id(&c, "course")?, id(&u, "user")?)
            .await?,
    ))
}

/// The caller's progress, certificate data and badge in a course.
#[utoipa::path(get, path = "/api/v1/t/{territory}/courses/{course}/progress", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    responses((status = 200, body = Progress)))]
async fn progress(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
) -> AppResult<Json<Progress>> {
    Ok(Json(
        svc.progress(&user, &territory(&t)?, id(&c, "course")?)
            .await?,
    ))
}

/// Add a question to the course bank.
#[utoipa::path(post, path = "/api/v1/t/{territory}/courses/{course}/questions", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    request_body = BankQuestionInput,
    responses((status = 201, body = BankQuestion), (status = 422, body = ErrorBody)))]
async fn create_question(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Json(input): Json<BankQuestionInput>,
) -> AppResult<(StatusCode, Json<BankQuestion>)> {
    let q = svc
        .create_question(&user, &territory(&t)?, id(&c, "course")?, input)
        .await?;
    Ok((StatusCode::CREATED, Json(q)))
}

/// Bank filter.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
struct BankQuery {
    /// Category prefix.
    category: Option<String>,
    /// Comma-separated tags (all must match).
    tags: Option<String>,
}

/// Questions of the bank (instructors).
#[utoipa::path(get, path = "/api/v1/t/{territory}/courses/{course}/questions", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id"), BankQuery),
    responses((status = 200, body = [BankQuestion])))]
async fn list_questions(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Query(q): Query<BankQuery>,
) -> AppResult<Json<Vec<BankQuestion>>> {
    let tags = q
        .tags
        .map(|t| {
            t.split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    Ok(Json(
        svc.list_questions(&user, &territory(&t)?, id(&c, "course")?, q.category, tags)
            .await?,
    ))
}

/// Correct a question; `regrade: true` recomputes finished attempts that used it.
#[utoipa::path(put, path = "/api/v1/t/{territory}/questions/{question}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("question" = String, Path, description = "Question id")),
    request_body = QuestionUpdate,
    responses((status = 200, body = UpdateResult), (status = 422, body = ErrorBody)))]
async fn update_question(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
    Json(update): Json<QuestionUpdate>,
) -> AppResult<Json<UpdateResult>> {
    Ok(Json(
        svc.update_question(&user, &territory(&t)?, id(&q, "question")?, update)
            .await?,
    ))
}

/// Delete a question from the bank; 409 `question_in_use` (naming the quizzes and lessons)
/// while a quiz, an attempt or a video lesson still uses it.
#[utoipa::path(delete, path = "/api/v1/t/{territory}/questions/{question}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("question" = String, Path, description = "Question id")),
    responses((status = 204, description = "Deleted"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn delete_question(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    svc.delete_question(&user, &territory(&t)?, id(&q, "question")?)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Import/export format.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
struct FormatQuery {
    /// `gift` or `moodle_xml`.
    format: String,
    /// Category prefix (export only).
    category: Option<String>,
}

/// Import a GIFT or Moodle XML file (raw body) into the bank: all questions or none.
#[utoipa::path(post, path = "/api/v1/t/{territory}/courses/{course}/questions/import", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id"), FormatQuery),
    request_body(content = String, content_type = "text/plain"),
    responses((status = 201, body = ImportSummary), (status = 413, body = ErrorBody), (status = 422, description = "Unreadable file; nothing imported", body = ErrorBody)))]
async fn import_questions(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Query(q): Query<FormatQuery>,
    body: axum::body::Bytes,
) -> AppResult<(StatusCode, Json<ImportSummary>)> {
    let s = svc
        .import(&user, &territory(&t)?, id(&c, "course")?, &q.format, &body)
        .await?;
    Ok((StatusCode::CREATED, Json(s)))
}

/// Export the bank as GIFT or Moodle XML; `X-Export-Notes` (JSON) lists what the format
/// could not express.
#[utoipa::path(get, path = "/api/v1/t/{territory}/courses/{course}/questions/export", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id"), FormatQuery),
    responses((status = 200, description = "The file", content_type = "text/plain", body = String)))]
async fn export_questions(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Query(q): Query<FormatQuery>,
) -> AppResult<Response> {
    let ExportResult { text, notes } = svc
        .export(
            &user,
            &territory(&t)?,
            id(&c, "course")?,
            &q.format,
            q.category,
        )
        .await?;
    let content_type = if q.format == "gift" {
        "text/plain; charset=utf-8"
    } else {
        "application/xml; charset=utf-8"
    };
    let notes = serde_json::to_string(&notes).map_err(AppError::internal)?;
    let notes = axum::http::HeaderValue::from_str(&notes)
        .unwrap_or_else(|_| axum::http::HeaderValue::from_static("[]"));
    Ok((
        [
            (
                header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static(content_type),
            ),
            (header::HeaderName::from_static("x-export-notes"), notes),
        ],
        text,
    )
        .into_response())
}

/// Create a quiz (fixed and random slots, or adaptive).
#[utoipa::path(post, path = "/api/v1/t/{territory}/courses/{course}/quizzes", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    request_body = QuizInput,
    responses((status = 201, body = Quiz), (status = 422, body = ErrorBody)))]
async fn create_quiz(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
    Json(input): Json<QuizInput>,
) -> AppResult<(StatusCode, Json<Quiz>)> {
    let q = svc
        .create_quiz(&user, &territory(&t)?, id(&c, "course")?, input)
        .await?;
    Ok((StatusCode::CREATED, Json(q)))
}

/// A quiz and its settings.
#[utoipa::path(get, path = "/api/v1/t/{territory}/quizzes/{quiz}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("quiz" = String, Path, description = "Quiz id")),
    responses((status = 200, body = Quiz), (status = 404, body = ErrorBody)))]
async fn get_quiz(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
) -> AppResult<Json<Quiz>> {
    Ok(Json(
        svc.get_quiz(&user, &territory(&t)?, id(&q, "quiz")?)
            .await?,
    ))
}

/// Change a quiz's title and settings (all optional; `null` clears a nullable setting).
/// Feedback mode and adaptive pool are refused (409 `quiz_has_attempts`) once attempted;
/// grading method and pass grade changes apply to existing attempts at once (completion is
/// rechecked).
#[utoipa::path(patch, path = "/api/v1/t/{territory}/quizzes/{quiz}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("quiz" = String, Path, description = "Quiz id")),
    request_body = QuizUpdate,
    responses((status = 200, body = Quiz), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn update_quiz(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
    Json(input): Json<QuizUpdate>,
) -> AppResult<Json<Quiz>> {
    Ok(Json(
        svc.update_quiz(&user, &territory(&t)?, id(&q, "quiz")?, input)
            .await?,
    ))
}

/// Delete a quiz; 409 `learner_attempts_exist` unless `?confirm=true` when learners have
/// attempts (deleted with it).
#[utoipa::path(delete, path = "/api/v1/t/{territory}/quizzes/{quiz}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("quiz" = String, Path, description = "Quiz id"), DeleteQuery),
    responses((status = 204, description = "Deleted"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn delete_quiz(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
    Query(d): Query<DeleteQuery>,
) -> AppResult<StatusCode> {
    svc.delete_quiz(&user, &territory(&t)?, id(&q, "quiz")?, d.confirm)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller's own attempts at a quiz (oldest first), to open their reviews.
#[utoipa::path(get, path = "/api/v1/t/{territory}/quizzes/{quiz}/attempts", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("quiz" = String, Path, description = "Quiz id")),
    responses((status = 200, body = [AttemptSummary]), (status = 404, body = ErrorBody)))]
async fn my_attempts(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
) -> AppResult<Json<Vec<AttemptSummary>>> {
    Ok(Json(
        svc.my_attempts(&user, &territory(&t)?, id(&q, "quiz")?)
            .await?,
    ))
}

/// Replace a quiz's slots (reorder, remove, add); refused (409 `quiz_has_attempts`) once
/// the quiz has been attempted.
#[utoipa::path(put, path = "/api/v1/t/{territory}/quizzes/{quiz}/slots", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("quiz" = String, Path, description = "Quiz id")),
    request_body = QuizSlotsInput,
    responses((status = 200, body = Quiz), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn replace_quiz_slots(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
    Json(input): Json<QuizSlotsInput>,
) -> AppResult<Json<Quiz>> {
    Ok(Json(
        svc.replace_quiz_slots(&user, &territory(&t)?, id(&q, "quiz")?, input)
            .await?,
    ))
}

/// Start an attempt, or get the one in progress (same questions on every reload).
#[utoipa::path(post, path = "/api/v1/t/{territory}/quizzes/{quiz}/attempts", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("quiz" = String, Path, description = "Quiz id")),
    request_body = StartAttempt,
    responses((status = 200, body = AttemptView), (status = 409, body = ErrorBody)))]
async fn start_attempt(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
    Json(req): Json<StartAttempt>,
) -> AppResult<Json<AttemptView>> {
    Ok(Json(
        svc.start_attempt(&user, &territory(&t)?, id(&q, "quiz")?, req)
            .await?,
    ))
}

/// An attempt.
#[utoipa::path(get, path = "/api/v1/t/{territory}/attempts/{attempt}", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("attempt" = String, Path, description = "Attempt id")),
    responses((status = 200, body = AttemptView), (status = 404, body = ErrorBody)))]
async fn get_attempt(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, a)): Path<(String, String)>,
) -> AppResult<Json<AttemptView>> {
    Ok(Json(
        svc.get_attempt(&user, &territory(&t)?, id(&a, "attempt")?)
            .await?,
    ))
}

/// Save an answer; a retried request with the same `client_id` is applied once.
#[utoipa::path(post, path = "/api/v1/t/{territory}/attempts/{attempt}/answers", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("attempt" = String, Path, description = "Attempt id")),
    request_body = SaveAnswer,
    responses((status = 200, body = AttemptView), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn save_answer(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, a)): Path<(String, String)>,
    Json(req): Json<SaveAnswer>,
) -> AppResult<Json<AttemptView>> {
    Ok(Json(
        svc.save_answer(&user, &territory(&t)?, id(&a, "attempt")?, req)
            .await?,
    ))
}

/// Submit an attempt; a retried request with the same `client_id` is applied once.
#[utoipa::path(post, path = "/api/v1/t/{territory}/attempts/{attempt}/submit", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("attempt" = String, Path, description = "Attempt id")),
    request_body = Submit,
    responses((status = 200, body = AttemptView), (status = 409, description = "Time over or already closed", body = ErrorBody)))]
async fn submit(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, a)): Path<(String, String)>,
    Json(req): Json<Submit>,
) -> AppResult<Json<AttemptView>> {
    Ok(Json(
        svc.submit(&user, &territory(&t)?, id(&a, "attempt")?, req)
            .await?,
    ))
}

/// The caller's grade on a quiz (by its grading method).
#[utoipa::path(get, path = "/api/v1/t/{territory}/quizzes/{quiz}/grade", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("quiz" = String, Path, description = "Quiz id")),
    responses((status = 200, body = QuizGrade)))]
async fn quiz_grade(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, q)): Path<(String, String)>,
) -> AppResult<Json<QuizGrade>> {
    Ok(Json(
        svc.quiz_grade(&user, &territory(&t)?, id(&q, "quiz")?)
            .await?,
    ))
}

/// Answers waiting for manual grading (instructors).
#[utoipa::path(get, path = "/api/v1/t/{territory}/courses/{course}/grading-queue", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("course" = String, Path, description = "Course id")),
    responses((status = 200, body = [QueueItem])))]
async fn grading_queue(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, c)): Path<(String, String)>,
) -> AppResult<Json<Vec<QueueItem>>> {
    Ok(Json(
        svc.grading_queue(&user, &territory(&t)?, id(&c, "course")?)
            .await?,
    ))
}

/// Grade an essay or file answer by hand (fraction or rubric points).
#[utoipa::path(post, path = "/api/v1/t/{territory}/attempts/{attempt}/slots/{slot}/grade", tag = "learning",
    params(("territory" = String, Path, description = "Territory code"), ("attempt" = String, Path, description = "Attempt id"), ("slot" = i32, Path, description = "Slot")),
    request_body = ManualGrade,
    responses((status = 200, body = AttemptView), (status = 422, body = ErrorBody)))]
async fn grade_manually(
    State(svc): State<Learning>,
    user: AuthUser,
    Path((t, a, slot)): Path<(String, String, i32)>,
    Json(g): Json<ManualGrade>,
) -> AppResult<Json<AttemptView>> {
    Ok(Json(
        svc.grade_manually(&user, &territory(&t)?, id(&a, "attempt")?, slot, g)
            .await?,
    ))
}
