//! Events the learning domain emits through the outbox (same transaction as the change).

use serde::Serialize;
use uuid::Uuid;

/// A course became visible to learners.
#[derive(Debug, Clone, Serialize)]
pub struct CoursePublished {
    /// Course.
    pub course_id: Uuid,
    /// Title.
    pub title: String,
    /// Language tag.
    pub language: String,
}

impl events::Event for CoursePublished {
    const DOMAIN: &'static str = "learning";
    const NAME: &'static str = "course_published";
    const VERSION: u16 = 1;
}

/// A learner enrolled (or asked to).
#[derive(Debug, Clone, Serialize)]
pub struct Enrolled {
    /// Course.
    pub course_id: Uuid,
    /// Learner.
    pub user_id: Uuid,
    /// `active` or `pending`.
    pub status: String,
}

impl events::Event for Enrolled {
    const DOMAIN: &'static str = "learning";
    const NAME: &'static str = "enrolled";
    const VERSION: u16 = 1;
}

/// A quiz attempt ended (submitted, auto-submitted or abandoned).
#[derive(Debug, Clone, Serialize)]
pub struct AttemptEnded {
    /// Attempt.
    pub attempt_id: Uuid,
    /// Quiz.
    pub quiz_id: Uuid,
    /// Learner.
    pub user_id: Uuid,
    /// `finished` or `abandoned`.
    pub state: String,
    /// Grade 0..1 when known (not while manual grading is due).
    pub grade: Option<f64>,
}

impl events::Event for AttemptEnded {
    const DOMAIN: &'static str = "learning";
    const NAME: &'static str = "attempt_ended";
    const VERSION: u16 = 1;
}

/// A learner completed a course (first time).
#[derive(Debug, Clone, Serialize)]
pub struct CourseCompleted {
    /// Course.
    pub course_id: Uuid,
    /// Learner.
    pub user_id: Uuid,
}

impl events::Event for CourseCompleted {
    const DOMAIN: &'static str = "learning";
    const NAME: &'static str = "course_completed";
    const VERSION: u16 = 1;
}
