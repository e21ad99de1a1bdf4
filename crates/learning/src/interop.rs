//! What import and export report, shared by the GIFT and Moodle XML formats.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::question::Question;

/// A question read from a file, with where it goes in the bank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Imported {
    /// Category path (`a/b`), when the file set one.
    pub category: Option<String>,
    /// Tags from the file.
    pub tags: Vec<String>,
    /// The question.
    pub question: Question,
    /// What the file had that UnityPlan does not keep (reported, never silently dropped).
    pub warnings: Vec<String>,
}

/// A question of the file that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Skipped {
    /// 1-based position of the question in the file.
    pub position: usize,
    /// Its name, when it had one.
    pub name: String,
    /// Why it was skipped.
    pub reason: String,
}

/// Everything read from one file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ImportResult {
    /// Questions to import.
    pub questions: Vec<Imported>,
    /// Questions of a type UnityPlan does not support.
    pub skipped: Vec<Skipped>,
}

/// A question to export with its place in the bank.
#[derive(Debug, Clone)]
pub struct ExportItem {
    /// Category path.
    pub category: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// The question.
    pub question: Question,
}

/// What an export could not express, per question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ExportNote {
    /// Question name.
    pub name: String,
    /// What was left out or approximated.
    pub message: String,
}

/// An exported file and its notes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ExportResult {
    /// The file text.
    pub text: String,
    /// What the format could not express.
    pub notes: Vec<ExportNote>,
}

/// A file that cannot be read at all; nothing is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Problems, each naming the question (position or name) where known.
    pub problems: Vec<String>,
}

impl ParseError {
    /// One problem.
    pub fn one(message: impl Into<String>) -> Self {
        Self {
            problems: vec![message.into()],
        }
    }
}

/// Percent (Moodle/GIFT `fraction`) to 0..=1 fraction, rounding off float noise.
pub fn from_percent(p: f64) -> f64 {
    (p / 100.0 * 1e7).round() / 1e7
}

/// 0..=1 fraction to a percent string without trailing zeros (`33.33333`).
pub fn to_percent(f: f64) -> String {
    let p = (f * 100.0 * 1e5).round() / 1e5;
    fmt_num(p)
}

/// A number in its shortest exact form (`0.25`, `3`, `0.3333333333333333`), so an export
/// reads back as the same value.
pub fn fmt_num(v: f64) -> String {
    if v == 0.0 {
        "0".to_owned()
    } else {
        format!("{v}")
    }
}
