//! The Moodle adaptivequiz algorithm (`mod_adaptivequiz` catalgo), as a pure function of the
//! answers so far.
//!
//! Difficulty levels `lowest..=highest` map to logits; after each answer the next target is
//! the current difficulty ± 2/n (harder after a right answer, easier after a wrong one);
//! ability = mean difficulty (logits) + ln(right / wrong); standard error =
//! √(n / (right · wrong)). The quiz stops when SE ≤ the target, at the maximum number of
//! questions, or when no unused question is left. While everything is right (or wrong) the
//! log-ratio is undefined; like Moodle we substitute 0.5 for a zero count.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Settings of an adaptive quiz.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AdaptiveSettings {
    /// Lowest difficulty level of the bank (usually 1).
    pub lowest: i32,
    /// Highest difficulty level (usually 10).
    pub highest: i32,
    /// The first question's level.
    pub starting_level: i32,
    /// Stop once the standard error (in logits) is at most this.
    pub target_standard_error: f64,
    /// Never stop by precision before this many questions.
    pub min_questions: u32,
    /// Stop after this many questions.
    pub max_questions: u32,
}

impl AdaptiveSettings {
    /// Problems with the settings (empty when fine).
    pub fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if self.lowest >= self.highest {
            p.push("lowest must be below highest".to_owned());
        }
        if !(self.lowest..=self.highest).contains(&self.starting_level) {
            p.push("starting_level must be within lowest..=highest".to_owned());
        }
        if self.target_standard_error.is_nan() || self.target_standard_error <= 0.0 {
            p.push("target_standard_error must be positive".to_owned());
        }
        if self.max_questions == 0 || self.min_questions > self.max_questions {
            p.push("need 1 <= min_questions <= max_questions".to_owned());
        }
        p
    }
}

/// Level → logit: Moodle maps the level to a probability strictly inside 0..1 and takes its
/// log-odds.
pub fn level_to_logit(level: f64, s: &AdaptiveSettings) -> f64 {
    let mapped = level - f64::from(s.lowest) + 1.0;
    let top = f64::from(s.highest - s.lowest) + 1.0;
    let p = (mapped / (top + 1.0)).clamp(1e-6, 1.0 - 1e-6);
    (p / (1.0 - p)).ln()
}

/// Logit → (fractional) level, the inverse of [`level_to_logit`].
pub fn logit_to_level(logit: f64, s: &AdaptiveSettings) -> f64 {
    let top = f64::from(s.highest - s.lowest) + 1.0;
    let p = 1.0 / (1.0 + (-logit).exp());
    p * (top + 1.0) + f64::from(s.lowest) - 1.0
}

/// One answered question: its level and whether it was right.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Answered {
    /// Difficulty level of the question.
    pub level: i32,
    /// Answered right (fraction ≥ 0.5 counts as right, like Moodle's "mark ≥ half").
    pub right: bool,
}

/// The current estimate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Estimate {
    /// Questions answered.
    pub answered: u32,
    /// Right answers.
    pub right: u32,
    /// Ability in logits.
    pub ability_logit: f64,
    /// Ability on the difficulty-level scale.
    pub ability_level: f64,
    /// Standard error in logits.
    pub standard_error: f64,
    /// The next question's target level (rounded into range).
    pub next_level: i32,
}

/// Estimate ability from the answers so far.
pub fn estimate(answers: &[Answered], s: &AdaptiveSettings) -> Estimate {
    let n = answers.len() as f64;
    let right = answers.iter().filter(|a| a.right).count();
    let wrong = answers.len() - right;
    let (r, w) = (
        if right == 0 { 0.5 } else { right as f64 },
        if wrong == 0 { 0.5 } else { wrong as f64 },
    );
    let mean = if answers.is_empty() {
        level_to_logit(f64::from(s.starting_level), s)
    } else {
        answers
            .iter()
            .map(|a| level_to_logit(f64::from(a.level), s))
            .sum::<f64>()
            / n
    };
    let ability = if answers.is_empty() {
        mean
    } else {
        mean + (r / w).ln()
    };
    let se = if answers.is_empty() {
        f64::INFINITY
    } else {
        (n / (r * w)).sqrt()
    };
    // Next target: the last question's difficulty ± 2/n.
    let next_logit = match answers.last() {
        None => level_to_logit(f64::from(s.starting_level), s),
        Some(last) => {
            let step = 2.0 / n;
            let base = level_to_logit(f64::from(last.level), s);
            if last.right {
                base + step
            } else {
                base - step
            }
        }
    };
    let next_level = (logit_to_level(next_logit, s).round() as i32).clamp(s.lowest, s.highest);
    Estimate {
        answered: answers.len() as u32,
        right: right as u32,
        ability_logit: ability,
        ability_level: logit_to_level(ability, s),
        standard_error: se,
        next_level,
    }
}

/// Why an adaptive attempt stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// The standard error reached the target.
    PreciseEnough,
    /// The maximum number of questions was asked.
    MaxQuestions,
    /// No unused question is left.
    NoQuestionsLeft,
}

/// Whether to stop before asking another question (`available` = unused questions left).
pub fn should_stop(e: &Estimate, s: &AdaptiveSettings, available: usize) -> Option<StopReason> {
    if e.answered >= s.max_questions {
        return Some(StopReason::MaxQuestions);
    }
    if e.answered >= s.min_questions
        && e.answered > 0
        && e.standard_error <= s.target_standard_error
    {
        return Some(StopReason::PreciseEnough);
    }
    if available == 0 {
        return Some(StopReason::NoQuestionsLeft);
    }
    None
}

/// Pick the unused question nearest the target level (ties: the lower id for stability).
/// `candidates` are (question id, level).
pub fn pick<T: Ord + Clone>(candidates: &[(T, i32)], target: i32) -> Option<T> {
    candidates
        .iter()
        .min_by(|a, b| {
            (a.1 - target)
                .abs()
                .cmp(&(b.1 - target).abs())
                .then_with(|| a.0.cmp(&b.0))
        })
        .map(|c| c.0.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn settings() -> AdaptiveSettings {
        AdaptiveSettings {
            lowest: 1,
            highest: 10,
            starting_level: 5,
            target_standard_error: 0.5,
            min_questions: 5,
            max_questions: 60,
        }
    }

    #[test]
    fn logit_mapping_is_invertible_and_monotonic() {
        let s = settings();
        for l in 1..=10 {
            let x = level_to_logit(f64::from(l), &s);
            assert!((logit_to_level(x, &s) - f64::from(l)).abs() < 1e-9);
            assert!(x < level_to_logit(f64::from(l + 1), &s));
        }
    }

    #[test]
    fn estimate_formulas() {
        let s = settings();
        let answers = [
            Answered {
                level: 5,
                right: true,
            },
            Answered {
                level: 6,
                right: false,
            },
            Answered {
                level: 5,
                right: true,
            },
            Answered {
                level: 6,
                right: true,
            },
        ];
        let e = estimate(&answers, &s);
        let mean = (2.0 * level_to_logit(5.0, &s) + 2.0 * level_to_logit(6.0, &s)) / 4.0;
        assert!((e.ability_logit - (mean + 3f64.ln())).abs() < 1e-12);
        assert!((e.standard_error - (4.0f64 / 3.0).sqrt()).abs() < 1e-12);
        // After a right answer at 6 the target moves up by 2/4 logits.
        let expected = logit_to_level(level_to_logit(6.0, &s) + 0.5, &s).round() as i32;
        assert_eq!(e.next_level, expected);
    }

    /// A deterministic xorshift generator for the simulation.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> f64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    /// A Rasch learner of known ability answers a bank of 20 questions per level; the
    /// estimate converges near the true ability.
    #[test]
    fn converges_on_simulated_learner() {
        let s = settings();
        for (seed, ability_level) in [(1u64, 3.0), (2, 5.5), (3, 8.0)] {
            let theta = level_to_logit(ability_level, &s);
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seed);
            let mut bank: Vec<(u32, i32)> = (0..200).map(|i| (i, (i % 10) as i32 + 1)).collect();
            let mut answers = Vec::new();
            let mut total_error = 0.0;
            let runs = 20;
            for _ in 0..runs {
                answers.clear();
                let mut pool = bank.clone();
                loop {
                    let e = estimate(&answers, &s);
                    if should_stop(&e, &s, pool.len()).is_some() {
                        total_error += (e.ability_logit - theta).abs();
                        break;
                    }
                    let Some(id) = pick(&pool, e.next_level) else {
                        break;
                    };
                    let level = pool.iter().find(|q| q.0 == id).map(|q| q.1).unwrap_or(5);
                    pool.retain(|q| q.0 != id);
                    let b = level_to_logit(f64::from(level), &s);
                    let p = 1.0 / (1.0 + (-(theta - b)).exp());
                    answers.push(Answered {
                        level,
                        right: rng.next() < p,
                    });
                }
            }
            bank.clear();
            let mean_error = total_error / f64::from(runs);
            assert!(
                mean_error < 0.6,
                "ability {ability_level}: mean error {mean_error}"
            );
        }
    }

    #[test]
    fn stops_for_each_reason() {
        let s = settings();
        let e = estimate(&[], &s);
        assert_eq!(should_stop(&e, &s, 0), Some(StopReason::NoQuestionsLeft));
        assert_eq!(should_stop(&e, &s, 5), None);
        let many: Vec<Answered> = (0..60)
            .map(|i| Answered {
                level: 5,
                right: i % 3 == 0,
            })
            .collect();
        assert_eq!(
            should_stop(&estimate(&many, &s), &s, 9),
            Some(StopReason::MaxQuestions)
        );
        let some: Vec<Answered> = (0..20)
            .map(|i| Answered {
                level: 5,
                right: i % 2 == 0,
            })
            .collect();
        assert_eq!(
            should_stop(&estimate(&some, &s), &s, 9),
            Some(StopReason::PreciseEnough)
        );
    }
}
