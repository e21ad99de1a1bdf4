//! Request and response types of the learning API (validated at the edge).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::adaptive::{AdaptiveSettings, Estimate, StopReason};
use crate::engine::{FeedbackMode, GradingMethod, OverdueHandling};
use crate::question::{Question, Response};

/// A badge awarded on course completion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct BadgeSpec {
    /// Badge name.
    pub name: String,
    /// Days until it lapses (renewed by completing again, e.g. retaking a quiz); none = never.
    pub valid_days: Option<i64>,
}

/// Create or change a course (absent fields stay unchanged on update).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct CourseInput {
    /// Title.
    pub title: Option<String>,
    /// Summary (Markdown).
    pub summary: Option<String>,
    /// Language tag, e.g. `da`.
    pub language: Option<String>,
    /// `open` or `approval`.
    pub enrollment: Option<String>,
    /// `draft`, `published` or `archived`.
    pub status: Option<String>,
    /// Cover image: a file id uploaded to this course.
    pub cover_sha256: Option<String>,
    /// Courses that must be completed before enrolling.
    pub prerequisites: Option<Vec<Uuid>>,
    /// Completion badge.
    pub badge: Option<BadgeSpec>,
}

/// A course as stored.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Course {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Summary (Markdown source).
    pub summary: String,
    /// Summary rendered to sanitised HTML.
    pub summary_html: String,
    /// Language tag.
    pub language: String,
    /// `draft`, `published`, `archived`.
    pub status: String,
    /// `open` or `approval`.
    pub enrollment: String,
    /// Cover image URL.
    pub cover_url: Option<String>,
    /// Prerequisite course ids.
    pub prerequisites: Vec<Uuid>,
    /// Completion badge.
    pub badge: Option<BadgeSpec>,
}

/// A course page: the course, its outline and the caller's progress.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CoursePage {
    /// The course.
    pub course: Course,
    /// Modules with lesson titles, in order.
    pub modules: Vec<ModuleOutline>,
    /// Quizzes of the course.
    pub quizzes: Vec<QuizOutline>,
    /// The caller's enrollment status (`pending`, `active`) when enrolled.
    pub enrollment_status: Option<String>,
}

/// A module and its lessons.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ModuleOutline {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Position (0-based).
    pub position: i32,
    /// Lessons in order.
    pub lessons: Vec<LessonOutline>,
}

/// A lesson in an outline.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LessonOutline {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// `text` or `video`.
    pub kind: String,
    /// Whether the caller has completed it.
    pub viewed: bool,
}

/// A quiz in an outline.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct QuizOutline {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
}

/// Create a module.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ModuleInput {
    /// Title.
    pub title: String,
    /// Position; appended when absent.
    pub position: Option<i32>,
}

/// Rename or move a module (absent fields stay unchanged).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct ModuleUpdate {
    /// New title.
    pub title: Option<String>,
    /// New 0-based position among the course's modules (0..count−1); the others are
    /// renumbered in the same transaction.
    pub position: Option<i32>,
}

/// Rename or move a lesson, within its module or to another module of the same course
/// (absent fields stay unchanged).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct LessonUpdate {
    /// New title.
    pub title: Option<String>,
    /// Target module (same course); absent = stay in the current module.
    pub module_id: Option<Uuid>,
    /// New 0-based position in the target module (0..count−1, or 0..count when moving to
    /// another module); absent = last. Siblings are renumbered in the same transaction.
    pub position: Option<i32>,
    /// New content, the shape used at creation (validated the same way). Completions stay;
    /// answers to video interactions follow the interaction that asks the same question, and
    /// answers whose question is no longer asked are deleted only with `?confirm=true`.
    pub content: Option<LessonContent>,
}

/// A lesson's editable source, as the instructor wrote it (instructors only).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LessonSource {
    /// Id.
    pub id: Uuid,
    /// Course.
    pub course_id: Uuid,
    /// Module.
    pub module_id: Uuid,
    /// Title.
    pub title: String,
    /// Position in the module (0-based).
    pub position: i32,
    /// The content as stored (Markdown, attachments, video source, interactions).
    pub content: LessonContent,
    /// Learners who completed the lesson (a content change keeps their completions).
    pub learners_completed: i64,
    /// Per interaction (by index): how many learners answered it.
    pub answered_by: Vec<i64>,
}

/// Replace a quiz's slots (reorder, remove, add); refused once the quiz has attempts.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct QuizSlotsInput {
    /// The slots, in their new order.
    pub slots: Vec<SlotSpec>,
}

/// An attached file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Attachment {
    /// File id (SHA-256) uploaded to the course.
    pub sha256: String,
    /// Display name.
    pub name: String,
}

/// Where a video comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum VideoSource {
    /// An uploaded file (SHA-256).
    File(String),
    /// An external https URL.
    Url(String),
}

/// A question at a timestamp of an interactive video.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Interaction {
    /// Seconds from the start where playback pauses.
    pub at_secs: f64,
    /// The question (from the course's bank).
    pub question_id: Uuid,
    /// The learner must answer correctly before playback continues.
    #[serde(default)]
    pub require_correct: bool,
}

/// Lesson content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LessonContent {
    /// Markdown text with attachments.
    Text {
        /// Markdown.
        markdown: String,
        /// Attached files.
        #[serde(default)]
        attachments: Vec<Attachment>,
    },
    /// Interactive video.
    Video {
        /// The video.
        source: VideoSource,
        /// Text shown with the video (Markdown).
        #[serde(default)]
        markdown: String,
        /// Questions at timestamps.
        #[serde(default)]
        interactions: Vec<Interaction>,
        /// The learner cannot seek past an unanswered interaction, and the lesson completes
        /// only when every interaction is answered.
        #[serde(default)]
        prevent_skipping: bool,
    },
}

/// Create a lesson.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct LessonInput {
    /// Title.
    pub title: String,
    /// Position in the module; appended when absent.
    pub position: Option<i32>,
    /// Content.
    pub content: LessonContent,
}

/// A lesson as a learner sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LessonView {
    /// Id.
    pub id: Uuid,
    /// Course.
    pub course_id: Uuid,
    /// Title.
    pub title: String,
    /// `text` or `video`.
    pub kind: String,
    /// Sanitised HTML of the Markdown.
    pub html: String,
    /// Attachments with URLs and types.
    pub attachments: Vec<AttachmentView>,
    /// Video URL (for uploaded videos, the file URL, which supports ranges).
    pub video_url: Option<String>,
    /// Interactions, questions without answers.
    pub interactions: Vec<InteractionView>,
    /// Seeking past unanswered interactions is not allowed.
    pub prevent_skipping: bool,
    /// The caller completed the lesson.
    pub viewed: bool,
}

/// An attachment for display.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AttachmentView {
    /// Display name.
    pub name: String,
    /// Download URL.
    pub url: String,
    /// Sniffed type.
    pub content_type: String,
    /// Size.
    pub size_bytes: i64,
}

/// An interaction for display.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InteractionView {
    /// Index (for answering).
    pub index: usize,
    /// Pause here.
    pub at_secs: f64,
    /// Must be right to continue.
    pub require_correct: bool,
    /// The question.
    pub question: Presented,
    /// The caller's best fraction so far.
    pub answered_fraction: Option<f64>,
}

/// The answer to an interaction.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InteractionResult {
    /// Fraction of this answer.
    pub fraction: f64,
    /// `right`, `partial`, `wrong`.
    pub state: String,
    /// Feedback for the answer.
    pub feedback: Vec<String>,
    /// Whether playback may continue.
    pub may_continue: bool,
}

/// A question as shown to a learner: no answers, no fractions.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Presented {
    /// Type (`single_choice`, …).
    pub r#type: String,
    /// Sanitised HTML of the text (blanks shown as `{1}`, `{2}` …).
    pub html: String,
    /// Choice texts (choice questions), in stored order (indexes are what to send).
    pub choices: Vec<String>,
    /// The order to display `choices` in: a permutation of their indexes, shuffled per
    /// attempt and slot when the quiz and the question shuffle answers, identity otherwise.
    /// Responses still use the stored indexes.
    #[serde(default)]
    pub choice_order: Vec<usize>,
    /// Number of blanks.
    pub blanks: usize,
    /// Accepted units.
    pub units: Vec<String>,
    /// Matching prompts, in order.
    pub prompts: Vec<String>,
    /// Matching answer options (right answers and distractors), shuffled per attempt.
    pub options: Vec<String>,
    /// Ordering items, shuffled per attempt: (index to send, text).
    pub items: Vec<(usize, String)>,
    /// Most files accepted (file upload).
    pub max_files: Option<u32>,
    /// Marks.
    pub marks: f64,
}

/// A bank question with its place.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BankQuestionInput {
    /// Category path (`a/b`).
    #[serde(default)]
    pub category: String,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The question.
    pub question: Question,
}

/// A stored bank question.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BankQuestion {
    /// Id.
    pub id: Uuid,
    /// Category path.
    pub category: String,
    /// Tags.
    pub tags: Vec<String>,
    /// Version (increases on each correction).
    pub version: i32,
    /// The question.
    pub question: Question,
}

/// Correct a question; `regrade` recomputes every finished attempt that used it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct QuestionUpdate {
    /// New content.
    #[serde(flatten)]
    pub input: BankQuestionInput,
    /// Regrade finished attempts.
    #[serde(default)]
    pub regrade: bool,
}

/// What a regrade changed.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UpdateResult {
    /// The question now.
    pub question: BankQuestion,
    /// Attempts whose grade was recomputed.
    pub regraded_attempts: u64,
}

/// What an import did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportSummary {
    /// Ids of the imported questions, in file order.
    pub imported: Vec<Uuid>,
    /// Per-question warnings: (position, name, message).
    pub warnings: Vec<ImportWarning>,
    /// Questions of unsupported types, not imported.
    pub skipped: Vec<crate::interop::Skipped>,
}

/// One import warning.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportWarning {
    /// 1-based position among imported questions.
    pub position: usize,
    /// Question name.
    pub name: String,
    /// What was not kept.
    pub message: String,
}

/// A quiz slot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SlotSpec {
    /// One fixed question.
    Fixed {
        /// Question id.
        question_id: Uuid,
    },
    /// `count` random questions from a category and/or tags.
    Random {
        /// How many.
        count: u32,
        /// Category path (prefix match: `a` includes `a/b`); empty = any.
        #[serde(default)]
        category: String,
        /// Questions must have every tag.
        #[serde(default)]
        tags: Vec<String>,
    },
}

/// What a learner sees in one review phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReviewWhat {
    /// Marks per question and the attempt grade.
    pub marks: bool,
    /// Per-answer and general feedback.
    pub feedback: bool,
    /// The quiz's overall feedback for the attempt's grade band (finished attempts only;
    /// Moodle's "Overall feedback" review option). Default: shown.
    #[serde(default = "shown")]
    pub overall_feedback: bool,
}

fn shown() -> bool {
    true
}

/// Overall feedback for a grade band (Moodle "overall feedback"): shown on a finished
/// attempt whose grade is in `min_grade..max_grade` (a band whose `max_grade` is 1 includes
/// 1). Bands must not overlap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct GradeBand {
    /// Lowest grade (0..1) of the band, included.
    pub min_grade: f64,
    /// Grade (0..1) where the band ends, excluded (unless it is 1).
    pub max_grade: f64,
    /// Feedback text (Markdown).
    pub text: String,
}

/// Review options per phase (Moodle: during, immediately after, later while open, after
/// close).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReviewOptions {
    /// While the attempt is in progress (immediate/interactive modes).
    pub during: ReviewWhat,
    /// Within two minutes after submitting.
    pub immediately_after: ReviewWhat,
    /// Later, while the quiz is open.
    pub later: ReviewWhat,
    /// After the quiz closes.
    pub after_close: ReviewWhat,
}

impl Default for ReviewOptions {
    fn default() -> Self {
        let all = ReviewWhat {
            marks: true,
            feedback: true,
            overall_feedback: true,
        };
        Self {
            during: all,
            immediately_after: all,
            later: all,
            after_close: all,
        }
    }
}

/// Adaptive quiz: questions come from a pool, chosen by the algorithm.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AdaptiveSpec {
    /// Algorithm settings.
    pub settings: AdaptiveSettings,
    /// Pool category (prefix); empty = any.
    #[serde(default)]
    pub category: String,
    /// Pool tags.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// Quiz settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct QuizSettings {
    /// Seconds per attempt; none = untimed.
    #[serde(default)]
    pub time_limit_secs: Option<i64>,
    /// Opens at.
    #[serde(default)]
    pub open_at: Option<DateTime<Utc>>,
    /// Closes at (also ends running attempts).
    #[serde(default)]
    pub close_at: Option<DateTime<Utc>>,
    /// What happens at the deadline.
    #[serde(default)]
    pub overdue: OverdueHandling,
    /// Grace period (seconds) for `grace_period`.
    #[serde(default)]
    pub grace_secs: i64,
    /// Most attempts; none = unlimited.
    #[serde(default)]
    pub max_attempts: Option<i32>,
    /// Seconds between the end of one attempt and the start of the next.
    #[serde(default)]
    pub delay_secs: i64,
    /// How attempts combine.
    #[serde(default)]
    pub grading_method: GradingMethod,
    /// Grade (0..1) needed to pass.
    #[serde(default)]
    pub pass_grade: f64,
    /// Feedback mode.
    #[serde(default)]
    pub feedback_mode: FeedbackMode,
    /// Review options.
    #[serde(default)]
    pub review: ReviewOptions,
    /// Passing is needed to complete the course.
    #[serde(default)]
    pub required_for_completion: bool,
    /// Adaptive quiz (slots are ignored).
    #[serde(default)]
    pub adaptive: Option<AdaptiveSpec>,
    /// Overall feedback by grade band (non-overlapping).
    #[serde(default)]
    pub overall_feedback: Vec<GradeBand>,
    /// Shuffle the choices of choice questions per attempt (Moodle "shuffle within
    /// questions"); questions with `shuffle_answers: false` keep their order.
    #[serde(default)]
    pub shuffle_answers: bool,
}

/// Create a quiz.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct QuizInput {
    /// Title.
    pub title: String,
    /// Settings.
    pub settings: QuizSettings,
    /// Slots (ignored for adaptive quizzes).
    #[serde(default)]
    pub slots: Vec<SlotSpec>,
}

/// Absent stays `None`; `null` becomes `Some(None)` (clear the setting).
fn nullable<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// Absent stays `None`; `null` is refused (the setting cannot be cleared).
fn not_null<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// Change a quiz's settings: every field optional; absent fields keep their value, `null`
/// clears a nullable one (time limit, open/close, attempts allowed, adaptive pool).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizSettingsUpdate {
    /// Seconds per attempt; `null` = untimed.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<i64>)]
    pub time_limit_secs: Option<Option<i64>>,
    /// Opens at; `null` = always open.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<DateTime<Utc>>)]
    pub open_at: Option<Option<DateTime<Utc>>>,
    /// Closes at; `null` = never closes.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<DateTime<Utc>>)]
    pub close_at: Option<Option<DateTime<Utc>>>,
    /// What happens at the deadline.
    #[serde(default, deserialize_with = "not_null")]
    pub overdue: Option<OverdueHandling>,
    /// Grace period (seconds).
    #[serde(default, deserialize_with = "not_null")]
    pub grace_secs: Option<i64>,
    /// Most attempts; `null` = unlimited.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<i32>)]
    pub max_attempts: Option<Option<i32>>,
    /// Seconds between attempts.
    #[serde(default, deserialize_with = "not_null")]
    pub delay_secs: Option<i64>,
    /// How attempts combine (quiz grades are recomputed from the stored attempt grades).
    #[serde(default, deserialize_with = "not_null")]
    pub grading_method: Option<GradingMethod>,
    /// Grade (0..1) needed to pass.
    #[serde(default, deserialize_with = "not_null")]
    pub pass_grade: Option<f64>,
    /// Feedback mode; cannot change once the quiz has attempts.
    #[serde(default, deserialize_with = "not_null")]
    pub feedback_mode: Option<FeedbackMode>,
    /// Review options.
    #[serde(default, deserialize_with = "not_null")]
    pub review: Option<ReviewOptions>,
    /// Passing is needed to complete the course.
    #[serde(default, deserialize_with = "not_null")]
    pub required_for_completion: Option<bool>,
    /// Adaptive pool; cannot change once the quiz has attempts.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<AdaptiveSpec>)]
    pub adaptive: Option<Option<AdaptiveSpec>>,
    /// Overall feedback bands.
    #[serde(default, deserialize_with = "not_null")]
    pub overall_feedback: Option<Vec<GradeBand>>,
    /// Shuffle choices (applies to attempts started afterwards).
    #[serde(default, deserialize_with = "not_null")]
    pub shuffle_answers: Option<bool>,
}

impl QuizSettingsUpdate {
    /// `settings` with the given fields replaced.
    pub fn apply(self, s: &QuizSettings) -> QuizSettings {
        let mut s = s.clone();
        macro_rules! set {
            ($($f:ident),*) => {$(if let Some(v) = self.$f { s.$f = v; })*};
        }
        set!(
            time_limit_secs,
            open_at,
            close_at,
            overdue,
            grace_secs,
            max_attempts,
            delay_secs,
            grading_method,
            pass_grade,
            feedback_mode,
            review,
            required_for_completion,
            adaptive,
            overall_feedback,
            shuffle_answers
        );
        s
    }
}

/// Change a quiz: title and/or settings (all optional).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizUpdate {
    /// Title.
    pub title: Option<String>,
    /// Settings to change.
    #[serde(default)]
    pub settings: QuizSettingsUpdate,
}

/// One of the caller's attempts at a quiz.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AttemptSummary {
    /// Id (open it with `GET …/attempts/{id}`).
    pub id: Uuid,
    /// Attempt number (1-based).
    pub number: i32,
    /// `in_progress`, `finished`, `abandoned`.
    pub state: String,
    /// Started.
    pub started_at: DateTime<Utc>,
    /// Submitted (or closed).
    pub finished_at: Option<DateTime<Utc>>,
    /// Grade 0..1 when known and the review options show marks now.
    pub grade: Option<f64>,
    /// Some answers await manual grading.
    pub needs_grading: bool,
}

/// A quiz.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Quiz {
    /// Id.
    pub id: Uuid,
    /// Course.
    pub course_id: Uuid,
    /// Title.
    pub title: String,
    /// Settings.
    pub settings: QuizSettings,
    /// Slots.
    pub slots: Vec<SlotSpec>,
}

/// Start (or resume) an attempt.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct StartAttempt {
    /// Client-generated id making a retried start apply once.
    pub client_id: Option<Uuid>,
}

/// Save an answer.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct SaveAnswer {
    /// Client-generated id: a retried request is applied once.
    pub client_id: Uuid,
    /// Slot number in the attempt.
    pub slot: i32,
    /// The answer.
    pub response: Response,
}

/// Submit an attempt.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Submit {
    /// Client-generated id: a retried request is applied once.
    pub client_id: Uuid,
}

/// One question of an attempt as the learner sees it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SlotView {
    /// Slot number.
    pub slot: i32,
    /// Question id.
    pub question_id: Uuid,
    /// The question, without answers.
    #[schema(value_type = Object)]
    pub question: serde_json::Value,
    /// The saved response.
    pub response: Option<Response>,
    /// Tries used (interactive).
    pub tries: i32,
    /// `right`, `partial`, `wrong`, `needs_grading`, `answered` (marks hidden) or `unanswered`.
    pub state: String,
    /// Marks earned (when the review options show marks).
    pub marks: Option<f64>,
    /// Marks possible.
    pub max_marks: f64,
    /// Feedback (when the review options show it).
    pub feedback: Vec<String>,
    /// Hint after a wrong try (interactive).
    pub hint: Option<String>,
}

/// An attempt.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AttemptView {
    /// Id.
    pub id: Uuid,
    /// Quiz.
    pub quiz_id: Uuid,
    /// Attempt number (1-based).
    pub number: i32,
    /// `in_progress`, `finished`, `abandoned`.
    pub state: String,
    /// Started.
    pub started_at: DateTime<Utc>,
    /// Server-enforced deadline.
    pub deadline: Option<DateTime<Utc>>,
    /// Finished.
    pub finished_at: Option<DateTime<Utc>>,
    /// Grade 0..1 (when shown and known).
    pub grade: Option<f64>,
    /// Some answers await manual grading.
    pub needs_grading: bool,
    /// Questions.
    pub slots: Vec<SlotView>,
    /// Adaptive estimate, for adaptive quizzes.
    #[schema(value_type = Option<Object>)]
    pub estimate: Option<Estimate>,
    /// Why an adaptive attempt stopped.
    pub stop_reason: Option<StopReason>,
    /// The quiz's overall feedback for this attempt's grade band (finished, graded attempts,
    /// when the review options show it).
    #[serde(default)]
    pub overall_feedback: Option<String>,
}

/// The learner's grade on a quiz.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct QuizGrade {
    /// Combined grade 0..1 (by the quiz's grading method).
    pub grade: Option<f64>,
    /// Grading method used.
    pub grading_method: GradingMethod,
    /// Passed.
    pub passed: bool,
    /// Finished attempts' grades in order.
    pub attempts: Vec<Option<f64>>,
}

/// Manual grading of one answer: a fraction, or rubric points for essays.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ManualGrade {
    /// Fraction 0..1.
    pub fraction: Option<f64>,
    /// Points per rubric criterion.
    pub rubric_points: Option<Vec<f64>>,
    /// Comment for the learner.
    #[serde(default)]
    pub comment: String,
}

/// An answer waiting for a person.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct QueueItem {
    /// Attempt.
    pub attempt_id: Uuid,
    /// Slot.
    pub slot: i32,
    /// Learner.
    pub user_id: Uuid,
    /// The learner's display name (empty when the account is gone).
    pub learner_name: String,
    /// The learner's handle (`handle`; empty when the account is gone).
    pub learner_handle: String,
    /// Quiz title.
    pub quiz_title: String,
    /// Question name.
    pub question_name: String,
    /// Rubric.
    pub rubric: Vec<crate::question::Criterion>,
    /// The response.
    pub response: Option<Response>,
}

/// Progress in a course.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Progress {
    /// Lessons completed.
    pub lessons_viewed: i64,
    /// Lessons in the course.
    pub lessons_total: i64,
    /// Required quizzes passed.
    pub quizzes_passed: i64,
    /// Required quizzes.
    pub quizzes_required: i64,
    /// Completed at.
    pub completed_at: Option<DateTime<Utc>>,
    /// Certificate data, once completed.
    pub certificate: Option<Certificate>,
    /// Badge, once awarded.
    pub badge: Option<BadgeView>,
}

/// Completion certificate data.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Certificate {
    /// Learner's display name.
    pub learner: String,
    /// Course title.
    pub course: String,
    /// Territory.
    pub territory: String,
    /// Completed at.
    pub completed_at: DateTime<Utc>,
    /// Stable verification code.
    pub code: String,
}

/// An awarded badge.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BadgeView {
    /// Name.
    pub name: String,
    /// Awarded (or renewed) at.
    pub awarded_at: DateTime<Utc>,
    /// Lapses at.
    pub expires_at: Option<DateTime<Utc>>,
    /// Currently valid.
    pub valid: bool,
}

/// An enrollment awaiting approval or active.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Enrollment {
    /// Learner.
    pub user_id: Uuid,
    /// `pending` or `active`.
    pub status: String,
}

/// A stored upload.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Uploaded {
    /// The file.
    pub file: files::FileRef,
    /// Where it is served.
    pub url: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: serde_json::Value) -> QuizSettingsUpdate {
        serde_json::from_value(v).unwrap_or_else(|e| panic!("parses: {e}"))
    }

    #[test]
    fn settings_update_keeps_absent_and_clears_null() {
        let old = QuizSettings {
            max_attempts: Some(2),
            time_limit_secs: Some(60),
            pass_grade: 0.5,
            ..serde_json::from_value(serde_json::json!({})).unwrap_or_else(|e| panic!("{e}"))
        };
        let new = parse(serde_json::json!({"max_attempts": null, "pass_grade": 0.7})).apply(&old);
        assert_eq!(new.max_attempts, None, "null clears");
        assert_eq!(new.time_limit_secs, Some(60), "absent keeps");
        assert_eq!(new.pass_grade, 0.7);
        assert_eq!(parse(serde_json::json!({})).apply(&old), old);
        let unknown = serde_json::from_value::<QuizSettingsUpdate>(serde_json::json!({"x": 1}));
        assert!(unknown.is_err(), "unknown settings are refused");
        let wrong =
            serde_json::from_value::<QuizSettingsUpdate>(serde_json::json!({"pass_grade": null}));
        assert!(wrong.is_err(), "null for a required setting is refused");
    }
}
