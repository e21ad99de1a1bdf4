//! Quiz rules as pure functions: random slot draws, grading methods over attempts,
//! interactive-mode penalties, time limits.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use crate::model::GradeBand;

/// A deterministic tiebreak: hash of (seed, salt, id).
pub fn mix(seed: i64, salt: &str, id: &uuid::Uuid) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(seed.to_le_bytes());
    h.update(salt.as_bytes());
    h.update(id.as_bytes());
    h.finalize().into()
}

/// Draw `n` questions for a random slot (Moodle `random_question_loader`): the candidates
/// used least in the learner's earlier attempts first, never one already in this attempt,
/// ties broken by a hash of the attempt's seed (so a reload, which redraws from the stored
/// seed, gets the same questions, and different learners get different ones).
///
/// `candidates` are (id, times used by this learner in earlier attempts).
pub fn draw(
    candidates: &[(uuid::Uuid, i64)],
    exclude: &[uuid::Uuid],
    n: usize,
    seed: i64,
    salt: &str,
) -> Vec<uuid::Uuid> {
    let mut pool: Vec<(i64, [u8; 32], uuid::Uuid)> = candidates
        .iter()
        .filter(|(id, _)| !exclude.contains(id))
        .map(|(id, used)| (*used, mix(seed, salt, id), *id))
        .collect();
    pool.sort();
    pool.dedup_by_key(|p| p.2);
    pool.into_iter().take(n).map(|p| p.2).collect()
}

/// A stable shuffle of `0..n` for presenting choices or ordering items.
pub fn permutation(n: usize, seed: i64, salt: &str) -> Vec<usize> {
    let mut keyed: Vec<([u8; 32], usize)> = (0..n)
        .map(|i| {
            let mut h = Sha256::new();
            h.update(seed.to_le_bytes());
            h.update(salt.as_bytes());
            h.update((i as u64).to_le_bytes());
            (h.finalize().into(), i)
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|k| k.1).collect()
}

/// The overall-feedback band containing `grade`: `min_grade ≤ grade < max_grade`, or
/// `grade ≤ max_grade` for a band ending at 1 (Moodle `quiz_feedback_for_grade`).
pub fn band_for(bands: &[GradeBand], grade: f64) -> Option<&GradeBand> {
    bands.iter().find(|b| {
        grade >= b.min_grade && (grade < b.max_grade || b.max_grade >= 1.0 && grade <= 1.0)
    })
}

/// What is wrong with a list of overall-feedback bands (empty when nothing): each band
/// within 0..=1 with `min_grade < max_grade`, text not empty, and no two bands overlapping.
pub fn band_problems(bands: &[GradeBand]) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, b) in bands.iter().enumerate() {
        if !(b.min_grade.is_finite()
            && b.max_grade.is_finite()
            && 0.0 <= b.min_grade
            && b.min_grade < b.max_grade
            && b.max_grade <= 1.0)
        {
            problems.push(format!(
                "band {i}: needs 0 ≤ min_grade < max_grade ≤ 1 (got {}..{})",
                b.min_grade, b.max_grade
            ));
        }
        if b.text.trim().is_empty() {
            problems.push(format!("band {i}: text must not be empty"));
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    let mut order: Vec<usize> = (0..bands.len()).collect();
    order.sort_by(|a, b| bands[*a].min_grade.total_cmp(&bands[*b].min_grade));
    for w in order.windows(2) {
        let (a, b) = (&bands[w[0]], &bands[w[1]]);
        if b.min_grade < a.max_grade {
            problems.push(format!(
                "bands {} and {} overlap ({}..{} and {}..{})",
                w[0], w[1], a.min_grade, a.max_grade, b.min_grade, b.max_grade
            ));
        }
    }
    problems
}

/// How the quiz grade is computed from several attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum GradingMethod {
    /// The best attempt.
    #[default]
    Highest,
    /// The mean of all finished attempts.
    Average,
    /// The first finished attempt.
    First,
    /// The latest finished attempt.
    Last,
}

impl GradingMethod {
    /// The quiz grade from finished attempts' grades in the order they were started
    /// (`None` when no attempt is graded yet).
    pub fn combine(self, grades: &[f64]) -> Option<f64> {
        if grades.is_empty() {
            return None;
        }
        Some(match self {
            Self::Highest => grades.iter().copied().fold(f64::MIN, f64::max),
            Self::Average => grades.iter().sum::<f64>() / grades.len() as f64,
            Self::First => grades[0],
            Self::Last => grades[grades.len() - 1],
        })
    }
}

/// When answers are marked and feedback shown (Moodle question behaviours).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackMode {
    /// Marked at submit; feedback according to the review options.
    #[default]
    Deferred,
    /// Each answer is marked when saved (one try).
    Immediate,
    /// Several tries per question with a penalty per wrong try and hints between tries.
    Interactive,
}

/// Interactive mode: the credit for a right answer on try `tries` (1-based) is the fraction
/// minus one penalty per earlier wrong try (Moodle `qbehaviour_interactive`), never below 0.
pub fn interactive_credit(fraction: f64, tries: u32, penalty: f64) -> f64 {
    (fraction - penalty * f64::from(tries.saturating_sub(1))).max(0.0)
}

/// What happens when the time is up and the learner has not submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum OverdueHandling {
    /// The attempt is submitted with the answers saved so far.
    #[default]
    AutoSubmit,
    /// The learner may still submit (not change answers) during the grace period.
    GracePeriod,
    /// The attempt is abandoned and never graded.
    Abandon,
}

/// The attempt's deadline: min(start + limit, close).
pub fn deadline(
    started: DateTime<Utc>,
    limit_secs: Option<i64>,
    close: Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    let by_limit = limit_secs.map(|s| started + Duration::seconds(s));
    match (by_limit, close) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// What a request may still do at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Before the deadline: answer and submit.
    Open,
    /// After the deadline, within the grace period: submit only.
    SubmitOnly,
    /// Too late: the attempt is closed by the overdue rule.
    Closed,
}

/// Where `now` falls for an attempt.
pub fn window(
    now: DateTime<Utc>,
    deadline: Option<DateTime<Utc>>,
    handling: OverdueHandling,
    grace_secs: i64,
) -> Window {
    match deadline {
        None => Window::Open,
        Some(d) if now <= d => Window::Open,
        Some(d) => match handling {
            OverdueHandling::GracePeriod if now <= d + Duration::seconds(grace_secs) => {
                Window::SubmitOnly
            }
            _ => Window::Closed,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn draws_prefer_least_used_never_repeat_and_are_stable() {
        let ids: Vec<Uuid> = (0..6u128).map(Uuid::from_u128).collect();
        let used: Vec<(Uuid, i64)> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, if i < 3 { 1 } else { 0 }))
            .collect();
        let a = draw(&used, &[], 3, 42, "slot1");
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, ids[3..6].to_vec());
        assert_eq!(a, draw(&used, &[], 3, 42, "slot1"));
        let b = draw(&used, &[ids[3]], 3, 42, "slot1");
        assert!(!b.contains(&ids[3]));
        assert_eq!(b.len(), 3);
        assert_eq!(draw(&used, &[], 10, 1, "s").len(), 6);
    }

    #[test]
    fn draws_are_fair_across_seeds() {
        let ids: Vec<Uuid> = (0..5u128).map(Uuid::from_u128).collect();
        let fresh: Vec<(Uuid, i64)> = ids.iter().map(|id| (*id, 0)).collect();
        let mut counts = [0u32; 5];
        for seed in 0..2000 {
            for id in draw(&fresh, &[], 1, seed, "s") {
                counts[id.as_u128() as usize] += 1;
            }
        }
        for c in counts {
            assert!((320..=480).contains(&c), "{counts:?}");
        }
    }

    #[test]
    fn grade_bands() {
        let band = |min: f64, max: f64, text: &str| GradeBand {
            min_grade: min,
            max_grade: max,
            text: text.into(),
        };
        let bands = [band(0.5, 1.0, "good"), band(0.0, 0.5, "again")];
        assert!(band_problems(&bands).is_empty());
        assert_eq!(band_for(&bands, 1.0).map(|b| b.text.as_str()), Some("good"));
        assert_eq!(band_for(&bands, 0.5).map(|b| b.text.as_str()), Some("good"));
        assert_eq!(
            band_for(&bands, 0.49).map(|b| b.text.as_str()),
            Some("again")
        );
        assert!(band_for(&[band(0.0, 0.5, "x")], 0.7).is_none());
        assert_eq!(
            band_problems(&[band(0.0, 0.6, "a"), band(0.5, 1.0, "b")]).len(),
            1
        );
        assert_eq!(band_problems(&[band(0.7, 0.2, "a")]).len(), 1);
        assert_eq!(band_problems(&[band(0.0, 1.5, " ")]).len(), 2);
    }

    #[test]
    fn grading_methods() {
        let g = [0.4, 0.9, 0.5];
        assert_eq!(GradingMethod::Highest.combine(&g), Some(0.9));
        assert!((GradingMethod::Average.combine(&g).unwrap_or(0.0) - 0.6).abs() < 1e-12);
        assert_eq!(GradingMethod::First.combine(&g), Some(0.4));
        assert_eq!(GradingMethod::Last.combine(&g), Some(0.5));
        assert_eq!(GradingMethod::Last.combine(&[]), None);
    }

    #[test]
    fn interactive_penalties() {
        assert_eq!(interactive_credit(1.0, 1, 0.25), 1.0);
        assert_eq!(interactive_credit(1.0, 3, 0.25), 0.5);
        assert_eq!(interactive_credit(1.0, 9, 0.25), 0.0);
    }

    #[test]
    fn time_windows() {
        let t0 = DateTime::<Utc>::from_timestamp(1_000_000, 0).unwrap_or_default();
        let close = t0 + Duration::seconds(30);
        assert_eq!(deadline(t0, Some(60), Some(close)), Some(close));
        assert_eq!(
            deadline(t0, Some(10), Some(close)),
            Some(t0 + Duration::seconds(10))
        );
        assert_eq!(deadline(t0, None, None), None);
        let d = Some(t0);
        let later = t0 + Duration::seconds(5);
        assert_eq!(window(t0, d, OverdueHandling::Abandon, 0), Window::Open);
        assert_eq!(
            window(later, d, OverdueHandling::AutoSubmit, 60),
            Window::Closed
        );
        assert_eq!(
            window(later, d, OverdueHandling::GracePeriod, 60),
            Window::SubmitOnly
        );
        assert_eq!(
            window(later, d, OverdueHandling::GracePeriod, 2),
            Window::Closed
        );
    }
}
