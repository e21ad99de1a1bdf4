//! Questions, learner responses and automatic grading.
//!
//! A question is stored as JSON (its [`Question`] form); grading is a pure function of the
//! question and a [`Response`], returning a fraction in 0..=1 or "needs manual grading".

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One answer option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Choice {
    /// Text shown to the learner.
    pub text: String,
    /// Credit for choosing it, -1..=1 (negative only for multiple choice).
    pub fraction: f64,
    /// Feedback shown when chosen.
    #[serde(default)]
    pub feedback: String,
}

/// How a multiple-choice (several answers) question gives partial credit. Moodle, Canvas and
/// Open edX disagree, so it is a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum PartialCredit {
    /// Moodle: the sum of the chosen options' fractions (wrong ones may be negative),
    /// clamped to 0..=1.
    #[default]
    Fractions,
    /// Canvas "partial": (right chosen / right total) − (wrong chosen / wrong total), ≥ 0.
    RightMinusWrong,
    /// Open edX "choiceresponse": full credit only for exactly the right set.
    AllOrNothing,
}

/// An accepted text for one blank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct BlankAnswer {
    /// Accepted text; `*` matches any run of characters (Moodle short answer).
    pub text: String,
    /// Credit, 0..=1.
    pub fraction: f64,
    /// Feedback when matched.
    #[serde(default)]
    pub feedback: String,
}

/// One blank of a fill-in-the-blanks question (`{1}`, `{2}`, … in the text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Blank {
    /// Accepted answers (alternatives).
    pub answers: Vec<BlankAnswer>,
    /// Compare case-sensitively.
    #[serde(default)]
    pub case_sensitive: bool,
    /// Collapse runs of whitespace and trim before comparing.
    #[serde(default = "yes")]
    pub normalize_whitespace: bool,
}

fn yes() -> bool {
    true
}

/// An accepted numeric answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct NumericAnswer {
    /// The value (in the base unit).
    pub value: f64,
    /// Absolute tolerance: accepted when |given − value| ≤ tolerance.
    #[serde(default)]
    pub tolerance: f64,
    /// Credit, 0..=1.
    pub fraction: f64,
    /// Feedback when matched.
    #[serde(default)]
    pub feedback: String,
}

/// A unit a numeric answer may be given in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Unit {
    /// Unit text, e.g. `cm`.
    pub name: String,
    /// Value in base unit = given × multiplier... Moodle stores it the other way round: the
    /// given value is divided by the multiplier (1 m with `cm` multiplier 100 is `100 cm`).
    pub multiplier: f64,
}

/// A matching pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Pair {
    /// Left side (the prompt).
    pub prompt: String,
    /// Right side (the answer).
    pub answer: String,
}

/// A rubric criterion for manually graded questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Criterion {
    /// What the grader looks for.
    pub description: String,
    /// Points for meeting it.
    pub points: f64,
}

/// The question types.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Kind {
    /// One answer.
    SingleChoice {
        /// Options.
        choices: Vec<Choice>,
    },
    /// Several answers.
    MultipleChoice {
        /// Options.
        choices: Vec<Choice>,
        /// Partial-credit rule.
        #[serde(default)]
        partial_credit: PartialCredit,
    },
    /// True or false.
    TrueFalse {
        /// The right answer.
        correct: bool,
        /// Feedback when the learner answers true.
        #[serde(default)]
        feedback_true: String,
        /// Feedback when the learner answers false.
        #[serde(default)]
        feedback_false: String,
    },
    /// Text blanks `{1}`, `{2}` … in the question text.
    FillBlanks {
        /// One per placeholder, in order.
        blanks: Vec<Blank>,
    },
    /// A number, with tolerance and optional units.
    Numeric {
        /// Accepted values.
        answers: Vec<NumericAnswer>,
        /// Accepted units (empty: no units). The first unit with multiplier 1 is the base.
        #[serde(default)]
        units: Vec<Unit>,
        /// When units exist: is an answer without a unit wrong?
        #[serde(default)]
        unit_required: bool,
    },
    /// Match each prompt to an answer.
    Matching {
        /// The right pairs.
        pairs: Vec<Pair>,
        /// Extra wrong answers offered.
        #[serde(default)]
        distractors: Vec<String>,
    },
    /// Put items in order.
    Ordering {
        /// Items in the right order.
        items: Vec<String>,
    },
    /// Free text, graded by a person with a rubric.
    Essay {
        /// Rubric criteria (points are scaled to the question's marks).
        #[serde(default)]
        rubric: Vec<Criterion>,
        /// Information for graders.
        #[serde(default)]
        grader_info: String,
    },
    /// Uploaded files, graded by a person.
    FileUpload {
        /// How many files at most.
        max_files: u32,
        /// Information for graders.
        #[serde(default)]
        grader_info: String,
    },
}

/// A question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Question {
    /// Short name used in the bank.
    pub name: String,
    /// The question text (Markdown; fill-in-the-blanks uses `{1}`, `{2}` … placeholders).
    pub text: String,
    /// The type and its answers.
    pub kind: Kind,
    /// Feedback shown to everyone after answering.
    #[serde(default)]
    pub general_feedback: String,
    /// Difficulty level 1 (easiest) ..= 10 (hardest); used by adaptive quizzes.
    #[serde(default = "default_difficulty")]
    pub difficulty: i32,
    /// Hints shown after wrong tries in interactive mode.
    #[serde(default)]
    pub hints: Vec<String>,
    /// Marks this question is worth.
    #[serde(default = "default_mark")]
    pub default_mark: f64,
    /// Fraction of the marks lost per wrong try in interactive mode.
    #[serde(default = "default_penalty")]
    pub penalty: f64,
    /// Choice questions: the choices may be shuffled when the quiz shuffles answers
    /// (Moodle "Shuffle the choices?", default yes). Turn off for "all of the above".
    #[serde(default = "yes")]
    pub shuffle_answers: bool,
}

fn default_difficulty() -> i32 {
    5
}
fn default_mark() -> f64 {
    1.0
}
fn default_penalty() -> f64 {
    1.0 / 3.0
}

/// A learner's answer to one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Response {
    /// Single choice: the chosen index.
    Choice {
        /// Index into `choices`.
        index: usize,
    },
    /// Multiple choice: the chosen indexes.
    Choices {
        /// Indexes into `choices`.
        indexes: Vec<usize>,
    },
    /// True/false.
    Bool {
        /// The answer.
        value: bool,
    },
    /// Fill in the blanks: one text per blank.
    Blanks {
        /// Texts in blank order.
        values: Vec<String>,
    },
    /// Numeric: the text typed, e.g. `3.2 cm`.
    Number {
        /// Value with optional unit.
        value: String,
    },
    /// Matching: for each prompt (in question order) the chosen answer text.
    Matches {
        /// Chosen answers.
        answers: Vec<String>,
    },
    /// Ordering: item indexes (into the right order) in the learner's order.
    Order {
        /// A permutation of 0..n.
        order: Vec<usize>,
    },
    /// Essay text.
    Text {
        /// The essay.
        text: String,
    },
    /// Uploaded files (ids from the file store).
    Files {
        /// SHA-256 ids.
        files: Vec<String>,
    },
}

/// The automatic grade of a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Outcome {
    /// 0..=1, or `None` when a person must grade it.
    pub fraction: Option<f64>,
    /// Per-answer feedback for what the learner chose.
    pub feedback: Vec<String>,
}

impl Outcome {
    fn auto(fraction: f64, feedback: Vec<String>) -> Self {
        Self {
            fraction: Some(fraction.clamp(0.0, 1.0)),
            feedback: feedback.into_iter().filter(|f| !f.is_empty()).collect(),
        }
    }

    /// `right`, `partial`, `wrong` or `needs_grading`.
    pub fn state(&self) -> &'static str {
        match self.fraction {
            None => "needs_grading",
            Some(f) if f >= 0.999_999 => "right",
            Some(f) if f > 0.0 => "partial",
            Some(_) => "wrong",
        }
    }
}

/// Why a response cannot be graded against a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseError(pub String);

impl Question {
    /// Check that the question is usable; returns a list of problems (empty when fine).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push("name is empty".to_owned());
        }
        if self.text.trim().is_empty() {
            out.push("text is empty".to_owned());
        }
        if !(1..=10).contains(&self.difficulty) {
            out.push("difficulty must be 1..=10".to_owned());
        }
        if self.default_mark.is_nan() || self.default_mark <= 0.0 {
            out.push("default_mark must be positive".to_owned());
        }
        if !(0.0..=1.0).contains(&self.penalty) {
            out.push("penalty must be 0..=1".to_owned());
        }
        match &self.kind {
            Kind::SingleChoice { choices } => {
                if choices.len() < 2 {
                    out.push("a single-choice question needs at least two choices".to_owned());
                }
                if !choices.iter().any(|c| c.fraction >= 0.999_999) {
                    out.push("a single-choice question needs a choice worth 100%".to_owned());
                }
            }
            Kind::MultipleChoice { choices, .. } => {
                if choices.len() < 2 {
                    out.push("a multiple-choice question needs at least two choices".to_owned());
                }
                if !choices.iter().any(|c| c.fraction > 0.0) {
                    out.push("a multiple-choice question needs a right choice".to_owned());
                }
                if choices.iter().any(|c| !(-1.0..=1.0).contains(&c.fraction)) {
                    out.push("choice fractions must be -1..=1".to_owned());
                }
            }
            Kind::TrueFalse { .. } => {}
            Kind::FillBlanks { blanks } => {
                if blanks.is_empty() {
                    out.push("fill in the blanks needs at least one blank".to_owned());
                }
                for (i, b) in blanks.iter().enumerate() {
                    if !self.text.contains(&format!("{{{}}}", i + 1)) {
                        out.push(format!("the text has no placeholder {{{}}}", i + 1));
                    }
                    if !b.answers.iter().any(|a| a.fraction >= 0.999_999) {
                        out.push(format!("blank {} needs an answer worth 100%", i + 1));
                    }
                }
            }
            Kind::Numeric { answers, units, .. } => {
                if !answers.iter().any(|a| a.fraction >= 0.999_999) {
                    out.push("a numeric question needs an answer worth 100%".to_owned());
                }
                if units
                    .iter()
                    .any(|u| u.multiplier.is_nan() || u.multiplier <= 0.0)
                {
                    out.push("unit multipliers must be positive".to_owned());
                }
            }
            Kind::Matching { pairs, .. } => {
                if pairs.len() < 2 {
                    out.push("matching needs at least two pairs".to_owned());
                }
            }
            Kind::Ordering { items } => {
                if items.len() < 2 {
                    out.push("ordering needs at least two items".to_owned());
                }
            }
            Kind::Essay { .. } => {}
            Kind::FileUpload { max_files, .. } => {
                if *max_files == 0 {
                    out.push("max_files must be at least 1".to_owned());
                }
            }
        }
        for f in [self.penalty, self.default_mark] {
            if !f.is_finite() {
                out.push("numbers must be finite".to_owned());
            }
        }
        out
    }

    /// Whether a person grades this question.
    pub fn is_manual(&self) -> bool {
        matches!(self.kind, Kind::Essay { .. } | Kind::FileUpload { .. })
    }

    /// Grade `response`. A response of the wrong shape is an error (the client sent an answer
    /// for a different question type), not a wrong answer.
    pub fn grade(&self, response: &Response) -> Result<Outcome, ResponseError> {
        let shape = |expected: &str| {
            ResponseError(format!(
                "this question expects a response of type `{expected}`"
            ))
        };
        match (&self.kind, response) {
            (Kind::SingleChoice { choices }, Response::Choice { index }) => {
                let c = choices
                    .get(*index)
                    .ok_or_else(|| ResponseError(format!("choice {index} does not exist")))?;
                Ok(Outcome::auto(c.fraction, vec![c.feedback.clone()]))
            }
            (Kind::SingleChoice { .. }, _) => Err(shape("choice")),
            (
                Kind::MultipleChoice {
                    choices,
                    partial_credit,
                },
                Response::Choices { indexes },
            ) => {
                let mut chosen = indexes.clone();
                chosen.sort_unstable();
                chosen.dedup();
                if let Some(bad) = chosen.iter().find(|i| **i >= choices.len()) {
                    return Err(ResponseError(format!("choice {bad} does not exist")));
                }
                let feedback = chosen
                    .iter()
                    .map(|i| choices[*i].feedback.clone())
                    .collect();
                let fraction = grade_multi(choices, &chosen, *partial_credit);
                Ok(Outcome::auto(fraction, feedback))
            }
            (Kind::MultipleChoice { .. }, _) => Err(shape("choices")),
            (
                Kind::TrueFalse {
                    correct,
                    feedback_true,
                    feedback_false,
                },
                Response::Bool { value },
            ) => {
                let fb = if *value {
                    feedback_true
                } else {
                    feedback_false
                };
                Ok(Outcome::auto(
                    if value == correct { 1.0 } else { 0.0 },
                    vec![fb.clone()],
                ))
            }
            (Kind::TrueFalse { .. }, _) => Err(shape("bool")),
            (Kind::FillBlanks { blanks }, Response::Blanks { values }) => {
                if values.len() != blanks.len() {
                    return Err(ResponseError(format!(
                        "this question has {} blanks; send one value per blank",
                        blanks.len()
                    )));
                }
                let mut total = 0.0;
                let mut feedback = Vec::new();
                for (blank, value) in blanks.iter().zip(values) {
                    if let Some(a) = blank
                        .answers
                        .iter()
                        .filter(|a| blank_matches(blank, &a.text, value))
                        .max_by(|a, b| a.fraction.total_cmp(&b.fraction))
                    {
                        total += a.fraction.max(0.0);
                        feedback.push(a.feedback.clone());
                    }
                }
                Ok(Outcome::auto(total / blanks.len() as f64, feedback))
            }
            (Kind::FillBlanks { .. }, _) => Err(shape("blanks")),
            (
                Kind::Numeric {
                    answers,
                    units,
                    unit_required,
                },
                Response::Number { value },
            ) => {
                let Some(given) = parse_number(value, units, *unit_required) else {
                    return Ok(Outcome::auto(0.0, vec![]));
                };
                let best = answers
                    .iter()
                    .filter(|a| (given - a.value).abs() <= a.tolerance.abs() + 1e-12)
                    .max_by(|a, b| a.fraction.total_cmp(&b.fraction));
                Ok(match best {
                    Some(a) => Outcome::auto(a.fraction, vec![a.feedback.clone()]),
                    None => Outcome::auto(0.0, vec![]),
                })
            }
            (Kind::Numeric { .. }, _) => Err(shape("number")),
            (Kind::Matching { pairs, .. }, Response::Matches { answers }) => {
                if answers.len() != pairs.len() {
                    return Err(ResponseError(format!(
                        "this question has {} prompts; send one answer per prompt",
                        pairs.len()
                    )));
                }
                let right = pairs
                    .iter()
                    .zip(answers)
                    .filter(|(p, a)| p.answer.trim() == a.trim())
                    .count();
                Ok(Outcome::auto(right as f64 / pairs.len() as f64, vec![]))
            }
            (Kind::Matching { .. }, _) => Err(shape("matches")),
            (Kind::Ordering { items }, Response::Order { order }) => {
                let mut sorted = order.clone();
                sorted.sort_unstable();
                if sorted != (0..items.len()).collect::<Vec<_>>() {
                    return Err(ResponseError(format!(
                        "send a permutation of the {} item indexes",
                        items.len()
                    )));
                }
                // Moodle ordering "absolute position": credit per item in its right place.
                let right = order.iter().enumerate().filter(|(i, v)| i == *v).count();
                Ok(Outcome::auto(right as f64 / items.len() as f64, vec![]))
            }
            (Kind::Ordering { .. }, _) => Err(shape("order")),
            (Kind::Essay { .. }, Response::Text { .. }) => Ok(Outcome {
                fraction: None,
                feedback: vec![],
            }),
            (Kind::Essay { .. }, _) => Err(shape("text")),
            (Kind::FileUpload { max_files, .. }, Response::Files { files }) => {
                if files.is_empty() || files.len() > *max_files as usize {
                    return Err(ResponseError(format!(
                        "send between 1 and {max_files} files"
                    )));
                }
                Ok(Outcome {
                    fraction: None,
                    feedback: vec![],
                })
            }
            (Kind::FileUpload { .. }, _) => Err(shape("files")),
        }
    }

    /// The fraction a rubric assessment is worth: points given / points possible.
    pub fn rubric_fraction(&self, points: &[f64]) -> Result<f64, ResponseError> {
        let Kind::Essay { rubric, .. } = &self.kind else {
            return Err(ResponseError("only essays have a rubric".to_owned()));
        };
        if points.len() != rubric.len() {
            return Err(ResponseError(format!(
                "the rubric has {} criteria; give points for each",
                rubric.len()
            )));
        }
        let possible: f64 = rubric.iter().map(|c| c.points).sum();
        for (p, c) in points.iter().zip(rubric) {
            if !(0.0..=c.points).contains(p) {
                return Err(ResponseError(format!(
                    "points for `{}` must be 0..={}",
                    c.description, c.points
                )));
            }
        }
        if possible <= 0.0 {
            return Ok(0.0);
        }
        Ok(points.iter().sum::<f64>() / possible)
    }
}

fn grade_multi(choices: &[Choice], chosen: &[usize], rule: PartialCredit) -> f64 {
    match rule {
        PartialCredit::Fractions => chosen.iter().map(|i| choices[*i].fraction).sum::<f64>(),
        PartialCredit::RightMinusWrong => {
            let right_total = choices.iter().filter(|c| c.fraction > 0.0).count() as f64;
            let wrong_total = choices.iter().filter(|c| c.fraction <= 0.0).count() as f64;
            let right = chosen
                .iter()
                .filter(|i| choices[**i].fraction > 0.0)
                .count() as f64;
            let wrong = chosen.len() as f64 - right;
            let r = if right_total > 0.0 {
                right / right_total
            } else {
                0.0
            };
            let w = if wrong_total > 0.0 {
                wrong / wrong_total
            } else {
                0.0
            };
            r - w
        }
        PartialCredit::AllOrNothing => {
            let right: Vec<usize> = (0..choices.len())
                .filter(|i| choices[*i].fraction > 0.0)
                .collect();
            if right == chosen {
                1.0
            } else {
                0.0
            }
        }
    }
}

fn normalize(blank: &Blank, s: &str) -> String {
    let s = if blank.normalize_whitespace {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        s.to_owned()
    };
    if blank.case_sensitive {
        s
    } else {
        s.to_lowercase()
    }
}

fn blank_matches(blank: &Blank, pattern: &str, given: &str) -> bool {
    let p = normalize(blank, pattern);
    let g = normalize(blank, given);
    wildcard(&p, &g)
}

/// `*` matches any run of characters; `\*` is a literal star.
fn wildcard(pattern: &str, text: &str) -> bool {
    let mut parts: Vec<String> = vec![String::new()];
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'*') => {
                chars.next();
                if let Some(last) = parts.last_mut() {
                    last.push('*');
                }
            }
            '*' => parts.push(String::new()),
            c => {
                if let Some(last) = parts.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    if parts.len() == 1 {
        return parts[0] == text;
    }
    let first = &parts[0];
    let last = &parts[parts.len() - 1];
    if !text.starts_with(first.as_str()) || !text.ends_with(last.as_str()) {
        return false;
    }
    if text.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid.as_str()) {
            Some(at) => rest = &rest[at + mid.len()..],
            None => return false,
        }
    }
    true
}

/// Parse `"3.2 cm"` into the base unit. Accepts a decimal comma. Without units the text must
/// be a bare number.
fn parse_number(text: &str, units: &[Unit], unit_required: bool) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    let split = t
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E')))
        .map(|(i, _)| i)
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let value: f64 = num.trim().parse().ok()?;
    if !value.is_finite() {
        return None;
    }
    let unit = unit.trim();
    if unit.is_empty() {
        if unit_required && !units.is_empty() {
            return None;
        }
        return Some(value);
    }
    let u = units.iter().find(|u| u.name == unit)?;
    Some(value / u.multiplier)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn q(kind: Kind) -> Question {
        Question {
            name: "q".into(),
            text: "Text {1} and {2}".into(),
            kind,
            general_feedback: String::new(),
            difficulty: 5,
            hints: vec![],
            default_mark: 1.0,
            penalty: 1.0 / 3.0,
            shuffle_answers: true,
        }
    }

    fn c(text: &str, fraction: f64) -> Choice {
        Choice {
            text: text.into(),
            fraction,
            feedback: format!("fb {text}"),
        }
    }

    fn frac(q: &Question, r: Response) -> f64 {
        q.grade(&r).ok().and_then(|o| o.fraction).unwrap_or(-1.0)
    }

    #[test]
    fn single_choice() {
        let q = q(Kind::SingleChoice {
            choices: vec![c("a", 1.0), c("b", 0.0), c("c", 0.5)],
        });
        assert_eq!(frac(&q, Response::Choice { index: 0 }), 1.0);
        assert_eq!(frac(&q, Response::Choice { index: 1 }), 0.0);
        assert_eq!(frac(&q, Response::Choice { index: 2 }), 0.5);
        assert!(q.grade(&Response::Choice { index: 9 }).is_err());
        assert!(q.grade(&Response::Bool { value: true }).is_err());
    }

    #[test]
    fn multiple_choice_rules() {
        let choices = vec![c("a", 0.5), c("b", 0.5), c("c", -1.0), c("d", 0.0)];
        let mk = |rule| {
            q(Kind::MultipleChoice {
                choices: choices.clone(),
                partial_credit: rule,
            })
        };
        let f = mk(PartialCredit::Fractions);
        assert_eq!(
            frac(
                &f,
                Response::Choices {
                    indexes: vec![0, 1]
                }
            ),
            1.0
        );
        assert_eq!(frac(&f, Response::Choices { indexes: vec![0] }), 0.5);
        assert_eq!(
            frac(
                &f,
                Response::Choices {
                    indexes: vec![0, 2]
                }
            ),
            0.0
        );
        assert_eq!(
            frac(
                &f,
                Response::Choices {
                    indexes: vec![0, 0]
                }
            ),
            0.5
        );
        let r = mk(PartialCredit::RightMinusWrong);
        assert_eq!(
            frac(
                &r,
                Response::Choices {
                    indexes: vec![0, 3]
                }
            ),
            0.0
        );
        assert_eq!(frac(&r, Response::Choices { indexes: vec![0] }), 0.5);
        let a = mk(PartialCredit::AllOrNothing);
        assert_eq!(
            frac(
                &a,
                Response::Choices {
                    indexes: vec![1, 0]
                }
            ),
            1.0
        );
        assert_eq!(frac(&a, Response::Choices { indexes: vec![0] }), 0.0);
    }

    #[test]
    fn blanks_case_whitespace_alternatives() {
        let q = q(Kind::FillBlanks {
            blanks: vec![
                Blank {
                    answers: vec![
                        BlankAnswer {
                            text: "Paris".into(),
                            fraction: 1.0,
                            feedback: String::new(),
                        },
                        BlankAnswer {
                            text: "Lutetia".into(),
                            fraction: 0.5,
                            feedback: String::new(),
                        },
                    ],
                    case_sensitive: false,
                    normalize_whitespace: true,
                },
                Blank {
                    answers: vec![BlankAnswer {
                        text: "New  York*".into(),
                        fraction: 1.0,
                        feedback: String::new(),
                    }],
                    case_sensitive: true,
                    normalize_whitespace: true,
                },
            ],
        });
        let b = |a: &str, b: &str| Response::Blanks {
            values: vec![a.into(), b.into()],
        };
        assert_eq!(frac(&q, b(" paris ", "New York City")), 1.0);
        assert_eq!(frac(&q, b("lutetia", "new york")), 0.25);
        assert_eq!(frac(&q, b("Rome", "Boston")), 0.0);
        assert!(q
            .grade(&Response::Blanks {
                values: vec!["x".into()]
            })
            .is_err());
    }

    #[test]
    fn numeric_tolerance_and_units() {
        let q = q(Kind::Numeric {
            answers: vec![
                NumericAnswer {
                    value: 1.5,
                    tolerance: 0.01,
                    fraction: 1.0,
                    feedback: String::new(),
                },
                NumericAnswer {
                    value: 1.5,
                    tolerance: 0.2,
                    fraction: 0.5,
                    feedback: String::new(),
                },
            ],
            units: vec![
                Unit {
                    name: "m".into(),
                    multiplier: 1.0,
                },
                Unit {
                    name: "cm".into(),
                    multiplier: 100.0,
                },
            ],
            unit_required: false,
        });
        let n = |v: &str| Response::Number { value: v.into() };
        assert_eq!(frac(&q, n("1.505")), 1.0);
        assert_eq!(frac(&q, n("150 cm")), 1.0);
        assert_eq!(frac(&q, n("1,6 m")), 0.5);
        assert_eq!(frac(&q, n("3")), 0.0);
        assert_eq!(frac(&q, n("1.5 furlongs")), 0.0);
        assert_eq!(frac(&q, n("abc")), 0.0);
    }

    #[test]
    fn matching_and_ordering_partial() {
        let m = q(Kind::Matching {
            pairs: vec![
                Pair {
                    prompt: "DK".into(),
                    answer: "Copenhagen".into(),
                },
                Pair {
                    prompt: "SE".into(),
                    answer: "Stockholm".into(),
                },
            ],
            distractors: vec!["Oslo".into()],
        });
        let ms = |a: &str, b: &str| Response::Matches {
            answers: vec![a.into(), b.into()],
        };
        assert_eq!(frac(&m, ms("Copenhagen", "Stockholm")), 1.0);
        assert_eq!(frac(&m, ms("Copenhagen", "Oslo")), 0.5);
        assert_eq!(frac(&m, ms("Oslo", "Copenhagen")), 0.0);
        let o = q(Kind::Ordering {
            items: vec!["a".into(), "b".into(), "c".into(), "d".into()],
        });
        assert_eq!(
            frac(
                &o,
                Response::Order {
                    order: vec![0, 1, 2, 3]
                }
            ),
            1.0
        );
        assert_eq!(
            frac(
                &o,
                Response::Order {
                    order: vec![0, 1, 3, 2]
                }
            ),
            0.5
        );
        assert_eq!(
            frac(
                &o,
                Response::Order {
                    order: vec![3, 2, 1, 0]
                }
            ),
            0.0
        );
        assert!(o
            .grade(&Response::Order {
                order: vec![0, 0, 1, 2]
            })
            .is_err());
    }

    #[test]
    fn manual_types_need_grading() {
        let e = q(Kind::Essay {
            rubric: vec![
                Criterion {
                    description: "thesis".into(),
                    points: 2.0,
                },
                Criterion {
                    description: "evidence".into(),
                    points: 2.0,
                },
            ],
            grader_info: String::new(),
        });
        let o = e.grade(&Response::Text { text: "hi".into() }).ok();
        assert_eq!(o.map(|o| o.state()), Some("needs_grading"));
        assert_eq!(e.rubric_fraction(&[2.0, 1.0]).ok(), Some(0.75));
        assert!(e.rubric_fraction(&[3.0, 1.0]).is_err());
        let f = q(Kind::FileUpload {
            max_files: 1,
            grader_info: String::new(),
        });
        assert!(f.grade(&Response::Files { files: vec![] }).is_err());
        assert_eq!(
            f.grade(&Response::Files {
                files: vec!["x".into()]
            })
            .ok()
            .map(|o| o.state()),
            Some("needs_grading")
        );
    }

    #[test]
    fn wildcards() {
        assert!(wildcard("a*c", "abbbc"));
        assert!(wildcard("*", ""));
        assert!(!wildcard("a*c", "abd"));
        assert!(wildcard("a\\*", "a*"));
        assert!(!wildcard("ab*ba", "aba"));
    }
}
