//! GIFT (Moodle's plain-text question format) import and export.
//!
//! Supported: `$CATEGORY:`, `::title::`, `[format]` tags, multiple choice with one (`=`) or
//! weighted (`~%50%`) answers, true/false, short answer (as a one-blank fill-in, including
//! the "missing word" layout), numeric (`#value:tolerance`, `#min..max`, several answers),
//! matching (`=a -> b`), essay (`{}`), per-answer (`#`) and general (`####`) feedback.
//! GIFT cannot express ordering, file upload, several blanks, hints, units, difficulty or
//! rubrics: export reports those per question.

use crate::interop::{
    fmt_num, from_percent, to_percent, ExportItem, ExportNote, ExportResult, ImportResult,
    Imported, ParseError,
};
use crate::question::{
    Blank, BlankAnswer, Choice, Kind, NumericAnswer, Pair, PartialCredit, Question,
};

/// Parse a GIFT file. Any unreadable question refuses the whole file (nothing imported),
/// listing every problem.
pub fn import(text: &str) -> Result<ImportResult, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut result = ImportResult::default();
    let mut problems = Vec::new();
    let mut category: Option<String> = None;
    let mut position = 0;
    for block in blocks(text) {
        if let Some(rest) = block.trim().strip_prefix("$CATEGORY:") {
            let c = rest
                .trim()
                .trim_start_matches("$course$/")
                .trim()
                .to_owned();
            category = (!c.is_empty()).then_some(c);
            continue;
        }
        position += 1;
        match parse_question(&block) {
            Ok((question, warnings)) => {
                let mut p = question.problems();
                if p.is_empty() {
                    result.questions.push(Imported {
                        category: category.clone(),
                        tags: vec![],
                        question,
                        warnings,
                    });
                } else {
                    p.sort();
                    problems.push(format!(
                        "question {position} (`{}`): {}",
                        question.name,
                        p.join("; ")
                    ));
                }
            }
            Err(e) => problems.push(format!("question {position}: {e}")),
        }
    }
    if !problems.is_empty() {
        return Err(ParseError { problems });
    }
    if result.questions.is_empty() {
        return Err(ParseError::one("the file contains no GIFT questions"));
    }
    Ok(result)
}

/// Split into question blocks: separated by blank lines, comments removed.
fn blocks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.is_empty() {
            if !cur.trim().is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.clear();
            continue;
        }
        if trimmed.starts_with("$CATEGORY:") {
            if !cur.trim().is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(trimmed.to_owned());
            continue;
        }
        cur.push_str(line);
        cur.push('\n');
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

/// Index of the first unescaped `c` in `s` at or after `from`.
fn find_unescaped(s: &str, c: char, from: usize) -> Option<usize> {
    let mut escaped = false;
    for (i, ch) in s.char_indices() {
        if i < from {
            escaped = ch == '\\' && !escaped;
            continue;
        }
        if escaped {
            escaped = false;
            continue;
        }
        if ch == '\\' {
            escaped = true;
            continue;
        }
        if ch == c {
            return Some(i);
        }
    }
    None
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some(n @ ('~' | '=' | '#' | '{' | '}' | ':' | '\\')) => {
                    out.push(*n);
                    chars.next();
                }
                Some('n') => {
                    out.push('\n');
                    chars.next();
                }
                _ => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

fn parse_question(block: &str) -> Result<(Question, Vec<String>), String> {
    let mut warnings = Vec::new();
    let mut s = block.trim().to_owned();
    let mut name = String::new();
    if let Some(rest) = s.strip_prefix("::") {
        let end = rest
            .find("::")
            .ok_or_else(|| "the title opened with `::` is not closed with `::`".to_owned())?;
        name = unescape(&rest[..end]);
        s = rest[end + 2..].to_owned();
    }
    let s = s.trim_start();
    let s = if let Some(rest) = s.strip_prefix('[') {
        match rest.find(']') {
            Some(end) => {
                let format = &rest[..end];
                if !matches!(format, "markdown" | "plain" | "html" | "moodle") {
                    warnings.push(format!("text format `{format}` read as Markdown"));
                } else if format == "html" {
                    warnings.push(
                        "HTML text kept as is (rendered through the Markdown sanitiser)".into(),
                    );
                }
                rest[end + 1..].to_owned()
            }
            None => s.to_owned(),
        }
    } else {
        s.to_owned()
    };
    let open =
        find_unescaped(&s, '{', 0).ok_or_else(|| "no answer block `{…}` found".to_owned())?;
    let close = find_unescaped(&s, '}', open + 1)
        .ok_or_else(|| "the answer block `{` is not closed with `}`".to_owned())?;
    let before = unescape(&s[..open]);
    let after = unescape(&s[close + 1..]);
    if find_unescaped(&s, '{', close + 1).is_some() {
        return Err("GIFT allows one answer block per question; found a second `{`".into());
    }
    let answer_block = &s[open + 1..close];
    let (answer_part, general_feedback) = match answer_block.find("####") {
        Some(i) => (&answer_block[..i], unescape(&answer_block[i + 4..])),
        None => (answer_block, String::new()),
    };
    let text_for = |placeholder: &str| {
        if after.is_empty() {
            before.clone()
        } else {
            format!("{before} {placeholder} {after}").trim().to_owned()
        }
    };
    let trimmed = answer_part.trim();
    let kind = if trimmed.is_empty() {
        Kind::Essay {
            rubric: vec![],
            grader_info: String::new(),
        }
    } else if let Some(num) = trimmed.strip_prefix('#') {
        parse_numeric(num)?
    } else if let Some(tf) = parse_true_false(trimmed) {
        tf
    } else {
        let answers = split_answers(trimmed)?;
        if answers
            .iter()
            .any(|a| a.kind == '=' && a.body.contains("->"))
        {
            let mut pairs = Vec::new();
            let mut distractors = Vec::new();
            for a in &answers {
                let (p, r) = a
                    .body
                    .split_once("->")
                    .ok_or_else(|| "every matching answer needs `prompt -> answer`".to_owned())?;
                let (p, r) = (unescape(p), unescape(r));
                if p.is_empty() {
                    distractors.push(r);
                } else {
                    pairs.push(Pair {
                        prompt: p,
                        answer: r,
                    });
                }
            }
            Kind::Matching { pairs, distractors }
        } else if answers.iter().any(|a| a.kind == '~') {
            let has_equals = answers.iter().any(|a| a.kind == '=');
            let mut choices = Vec::new();
            for a in &answers {
                let (weight, body) = split_weight(&a.body)?;
                let (text, feedback) = split_feedback(body);
                let fraction = match (a.kind, weight) {
                    (_, Some(w)) => w,
                    ('=', None) => 1.0,
                    _ => 0.0,
                };
                choices.push(Choice {
                    text,
                    fraction,
                    feedback,
                });
            }
            let positive = choices.iter().filter(|c| c.fraction > 0.0).count();
            if has_equals || positive <= 1 && choices.iter().any(|c| c.fraction >= 0.999_999) {
                Kind::SingleChoice { choices }
            } else {
                Kind::MultipleChoice {
                    choices,
                    partial_credit: PartialCredit::Fractions,
                }
            }
        } else {
            let mut blank_answers = Vec::new();
            for a in &answers {
                let (weight, body) = split_weight(&a.body)?;
                let (text, feedback) = split_feedback(body);
                blank_answers.push(BlankAnswer {
                    text,
                    fraction: weight.unwrap_or(1.0),
                    feedback,
                });
            }
            let kind = Kind::FillBlanks {
                blanks: vec![Blank {
                    answers: blank_answers,
                    case_sensitive: false,
                    normalize_whitespace: true,
                }],
            };
            let text = if after.is_empty() {
                format!("{before} {{1}}").trim().to_owned()
            } else {
                text_for("{1}")
            };
            return Ok((finish(name, text, kind, general_feedback), warnings));
        }
    };
    let text = text_for("_____");
    Ok((finish(name, text, kind, general_feedback), warnings))
}

fn finish(name: String, text: String, kind: Kind, general_feedback: String) -> Question {
    let name = if name.is_empty() {
        text.chars().take(40).collect()
    } else {
        name
    };
    Question {
        name,
        text,
        kind,
        general_feedback,
        difficulty: 5,
        hints: vec![],
        default_mark: 1.0,
        penalty: 1.0 / 3.0,
        shuffle_answers: true,
    }
}

fn parse_true_false(s: &str) -> Option<Kind> {
    let mut parts = split_on_hash(s).into_iter();
    let head = parts.next()?.trim().to_ascii_uppercase();
    let correct = match head.as_str() {
        "T" | "TRUE" => true,
        "F" | "FALSE" => false,
        _ => return None,
    };
    // GIFT: the first feedback is shown for a wrong answer, the second for a right one.
    let wrong_fb = parts.next().map(|s| unescape(&s)).unwrap_or_default();
    let right_fb = parts.next().map(|s| unescape(&s)).unwrap_or_default();
    let (feedback_true, feedback_false) = if correct {
        (right_fb, wrong_fb)
    } else {
        (wrong_fb, right_fb)
    };
    Some(Kind::TrueFalse {
        correct,
        feedback_true,
        feedback_false,
    })
}

fn split_on_hash(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(i) = find_unescaped(s, '#', start) {
        out.push(s[start..i].to_owned());
        start = i + 1;
    }
    out.push(s[start..].to_owned());
    out
}

struct RawAnswer {
    kind: char,
    body: String,
}

fn split_answers(s: &str) -> Result<Vec<RawAnswer>, String> {
    let mut out: Vec<RawAnswer> = Vec::new();
    let mut escaped = false;
    let mut cur: Option<RawAnswer> = None;
    for ch in s.chars() {
        if escaped {
            if let Some(c) = cur.as_mut() {
                c.body.push('\\');
                c.body.push(ch);
            }
            escaped = false;
            continue;
        }
        match ch {
            '\\' => escaped = true,
            '=' | '~' => {
                // `->` in matching is not an answer start; `=` after `%` weights neither.
                if let Some(c) = cur.take() {
                    out.push(c);
                }
                cur = Some(RawAnswer {
                    kind: ch,
                    body: String::new(),
                });
            }
            c => match cur.as_mut() {
                Some(a) => a.body.push(c),
                None if c.is_whitespace() => {}
                None => {
                    return Err(format!(
                        "unexpected `{c}` before the first `=` or `~` answer"
                    ))
                }
            },
        }
    }
    if let Some(c) = cur {
        out.push(c);
    }
    if out.is_empty() {
        return Err("no answers in the answer block".into());
    }
    Ok(out)
}

fn split_weight(body: &str) -> Result<(Option<f64>, &str), String> {
    let t = body.trim_start();
    if let Some(rest) = t.strip_prefix('%') {
        let end = rest
            .find('%')
            .ok_or_else(|| "an answer weight `%…` is not closed with `%`".to_owned())?;
        let w: f64 = rest[..end]
            .trim()
            .parse()
            .map_err(|_| format!("answer weight `%{}%` is not a number", &rest[..end]))?;
        Ok((Some(from_percent(w)), &rest[end + 1..]))
    } else {
        Ok((None, t))
    }
}

fn split_feedback(body: &str) -> (String, String) {
    match find_unescaped(body, '#', 0) {
        Some(i) => (unescape(&body[..i]), unescape(&body[i + 1..])),
        None => (unescape(body), String::new()),
    }
}

fn parse_numeric(s: &str) -> Result<Kind, String> {
    let s = s.trim();
    let mut answers = Vec::new();
    let items: Vec<RawAnswer> = if s.starts_with('=') {
        split_answers(s)?
    } else {
        vec![RawAnswer {
            kind: '=',
            body: s.to_owned(),
        }]
    };
    for a in items {
        let (weight, body) = split_weight(&a.body)?;
        let (spec, feedback) = split_feedback(body);
        let (value, tolerance) = if let Some((lo, hi)) = spec.split_once("..") {
            let lo: f64 = num(lo)?;
            let hi: f64 = num(hi)?;
            ((lo + hi) / 2.0, (hi - lo).abs() / 2.0)
        } else if let Some((v, t)) = spec.split_once(':') {
            (num(v)?, num(t)?)
        } else {
            (num(&spec)?, 0.0)
        };
        answers.push(NumericAnswer {
            value,
            tolerance,
            fraction: weight.unwrap_or(if a.kind == '=' { 1.0 } else { 0.0 }),
            feedback,
        });
    }
    Ok(Kind::Numeric {
        answers,
        units: vec![],
        unit_required: false,
    })
}

fn num(s: &str) -> Result<f64, String> {
    s.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("`{}` is not a number", s.trim()))
}

/// Write questions as GIFT, noting per question what GIFT cannot express.
pub fn export(items: &[ExportItem]) -> ExportResult {
    let mut out = String::new();
    let mut notes = Vec::new();
    let mut category: Option<&str> = None;
    for item in items {
        let q = &item.question;
        let mut note = |m: &str| {
            notes.push(ExportNote {
                name: q.name.clone(),
                message: m.to_owned(),
            })
        };
        if !q.shuffle_answers
            && matches!(
                q.kind,
                Kind::SingleChoice { .. } | Kind::MultipleChoice { .. }
            )
        {
            note("\"do not shuffle the choices\" (GIFT has no such setting)");
        }
        let body = match &q.kind {
            Kind::SingleChoice { choices } => {
                let mut b = String::new();
                for c in choices {
                    if c.fraction >= 0.999_999 {
                        b.push_str("\n\t=");
                    } else if c.fraction == 0.0 {
                        b.push_str("\n\t~");
                    } else {
                        b.push_str(&format!("\n\t~%{}%", to_percent(c.fraction)));
                    }
                    b.push_str(&escape(&c.text));
                    if !c.feedback.is_empty() {
                        b.push('#');
                        b.push_str(&escape(&c.feedback));
                    }
                }
                b.push('\n');
                Some(b)
            }
            Kind::MultipleChoice {
                choices,
                partial_credit,
            } => {
                if *partial_credit != PartialCredit::Fractions {
                    note(
                        "partial-credit rule exported as answer weights (GIFT has no rule setting)",
                    );
                }
                let mut b = String::new();
                for c in choices {
                    b.push_str(&format!(
                        "\n\t~%{}%{}",
                        to_percent(c.fraction),
                        escape(&c.text)
                    ));
                    if !c.feedback.is_empty() {
                        b.push('#');
                        b.push_str(&escape(&c.feedback));
                    }
                }
                b.push('\n');
                Some(b)
            }
            Kind::TrueFalse {
                correct,
                feedback_true,
                feedback_false,
            } => {
                let (wrong, right) = if *correct {
                    (feedback_false, feedback_true)
                } else {
                    (feedback_true, feedback_false)
                };
                let mut b = if *correct {
                    "TRUE".to_owned()
                } else {
                    "FALSE".to_owned()
                };
                if !wrong.is_empty() || !right.is_empty() {
                    b.push_str(&format!("#{}#{}", escape(wrong), escape(right)));
                }
                Some(b)
            }
            Kind::FillBlanks { blanks } if blanks.len() == 1 => {
                let blank = &blanks[0];
                if blank.case_sensitive {
                    note("case-sensitive matching not expressible in GIFT (imports as case-insensitive)");
                }
                if !blank.normalize_whitespace {
                    note("exact-whitespace matching not expressible in GIFT");
                }
                let mut b = String::new();
                for a in &blank.answers {
                    if a.fraction >= 0.999_999 {
                        b.push_str("\n\t=");
                    } else {
                        b.push_str(&format!("\n\t=%{}%", to_percent(a.fraction)));
                    }
                    b.push_str(&escape(&a.text));
                    if !a.feedback.is_empty() {
                        b.push('#');
                        b.push_str(&escape(&a.feedback));
                    }
                }
                b.push('\n');
                Some(b)
            }
            Kind::FillBlanks { .. } => {
                note("not exported: GIFT supports one blank per question; use Moodle XML");
                None
            }
            Kind::Numeric { answers, units, .. } => {
                if !units.is_empty() {
                    note("units not expressible in GIFT; left out");
                }
                let mut b = String::from("#");
                for a in answers {
                    if a.fraction >= 0.999_999 {
                        b.push_str("\n\t=");
                    } else {
                        b.push_str(&format!("\n\t=%{}%", to_percent(a.fraction)));
                    }
                    b.push_str(&format!("{}:{}", fmt_num(a.value), fmt_num(a.tolerance)));
                    if !a.feedback.is_empty() {
                        b.push('#');
                        b.push_str(&escape(&a.feedback));
                    }
                }
                b.push('\n');
                Some(b)
            }
            Kind::Matching { pairs, distractors } => {
                let mut b = String::new();
                for p in pairs {
                    b.push_str(&format!(
                        "\n\t={} -> {}",
                        escape(&p.prompt),
                        escape(&p.answer)
                    ));
                }
                for d in distractors {
                    b.push_str(&format!("\n\t= -> {}", escape(d)));
                }
                b.push('\n');
                Some(b)
            }
            Kind::Ordering { .. } => {
                note("not exported: GIFT has no ordering questions; use Moodle XML");
                None
            }
            Kind::Essay {
                rubric,
                grader_info,
            } => {
                if !rubric.is_empty() || !grader_info.is_empty() {
                    note("rubric and grader information not expressible in GIFT; left out");
                }
                Some(String::new())
            }
            Kind::FileUpload { .. } => {
                note("not exported: GIFT has no file-upload questions; use Moodle XML");
                None
            }
        };
        let Some(mut body) = body else {
            continue;
        };
        if !q.hints.is_empty() {
            note("hints not expressible in GIFT; left out");
        }
        if q.difficulty != 5 {
            note("difficulty not expressible in GIFT; left out");
        }
        if (q.default_mark - 1.0).abs() > 1e-9 {
            note("marks not expressible in GIFT; left out");
        }
        if !item.tags.is_empty() {
            note("tags not expressible in GIFT; left out");
        }
        if !q.general_feedback.is_empty() {
            body.push_str(&format!("####{}", escape(&q.general_feedback)));
            if body.contains('\n') {
                body.push('\n');
            }
        }
        if item.category.as_deref() != category {
            if let Some(c) = item.category.as_deref() {
                out.push_str(&format!("$CATEGORY: {c}\n\n"));
            }
            category = item.category.as_deref();
        }
        let text = if let Kind::FillBlanks { .. } = q.kind {
            q.text.replace("{1}", "\u{0}")
        } else {
            q.text.clone()
        };
        let escaped = escape(&text);
        let (before, after) = match escaped.split_once('\u{0}') {
            Some((b, a)) => (b.trim_end().to_owned(), a.trim_start().to_owned()),
            None => (escaped, String::new()),
        };
        out.push_str(&format!(
            "::{}::[markdown]{} {{{}}}{}{}\n\n",
            escape(&q.name),
            before,
            body,
            if after.is_empty() { "" } else { " " },
            after
        ));
    }
    ExportResult { text: out, notes }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
// comment
$CATEGORY: geography/capitals

::cap::What is the capital of Denmark? {=Copenhagen#Right ~Aarhus#No, ~%50%Kobenhavn#Close ####Copenhagen is on Zealand.}

::tf::The sun is a star.{T#Wrong, it is.#Yes.}

::multi::Which are prime? {~%50%2 ~%50%3 ~%-100%4}

::short::Two plus two is {=four =4 =%50%for} in English.

::num::Pi to two places? {#3.14:0.005}

::range::Pick 1 to 5 {#1..5}

::match::Match {=DK -> Copenhagen =SE -> Stockholm = -> Oslo}

::essay::Write about rivers. {}

Untitled question {=yes ~no}
"#;

    #[test]
    fn imports_every_gift_type() {
        let r = import(SAMPLE).map_err(|e| e.problems).unwrap_or_default();
        assert_eq!(r.questions.len(), 9);
        let q = |i: usize| &r.questions[i].question;
        assert_eq!(
            r.questions[0].category.as_deref(),
            Some("geography/capitals")
        );
        match &q(0).kind {
            Kind::SingleChoice { choices } => {
                assert_eq!(choices.len(), 3);
                assert_eq!(choices[2].fraction, 0.5);
                assert_eq!(choices[0].feedback, "Right");
            }
            k => unreachable!("{k:?}"),
        }
        assert_eq!(q(0).general_feedback, "Copenhagen is on Zealand.");
        assert!(
            matches!(&q(1).kind, Kind::TrueFalse { correct: true, feedback_true, .. } if feedback_true == "Yes.")
        );
        assert!(matches!(&q(2).kind, Kind::MultipleChoice { .. }));
        assert_eq!(q(3).text, "Two plus two is {1} in English.");
        assert!(
            matches!(&q(4).kind, Kind::Numeric { answers, .. } if answers[0].tolerance == 0.005)
        );
        assert!(
            matches!(&q(5).kind, Kind::Numeric { answers, .. } if answers[0].value == 3.0 && answers[0].tolerance == 2.0)
        );
        assert!(
            matches!(&q(6).kind, Kind::Matching { pairs, distractors } if pairs.len() == 2 && distractors.len() == 1)
        );
        assert!(matches!(&q(7).kind, Kind::Essay { .. }));
        assert_eq!(q(8).name, "Untitled question");
    }

    #[test]
    fn roundtrip_is_equivalent() {
        let first = import(SAMPLE).map_err(|e| e.problems).unwrap_or_default();
        let items: Vec<ExportItem> = first
            .questions
            .iter()
            .map(|i| ExportItem {
                category: i.category.clone(),
                tags: vec![],
                question: i.question.clone(),
            })
            .collect();
        let out = export(&items);
        assert!(out.notes.is_empty(), "{:?}", out.notes);
        let second = import(&out.text)
            .map_err(|e| e.problems)
            .unwrap_or_default();
        assert_eq!(first, second, "{}", out.text);
    }

    #[test]
    fn fixture_file_roundtrips() {
        let text = include_str!("../tests/fixtures/all_types.gift");
        let first = import(text).map_err(|e| e.problems).unwrap_or_default();
        assert_eq!(first.questions.len(), 8);
        assert_eq!(first.questions[0].category.as_deref(), Some("Geography"));
        let items: Vec<ExportItem> = first
            .questions
            .iter()
            .map(|i| ExportItem {
                category: i.category.clone(),
                tags: vec![],
                question: i.question.clone(),
            })
            .collect();
        let out = export(&items);
        assert!(out.notes.is_empty(), "{:?}", out.notes);
        let second = import(&out.text)
            .map_err(|e| e.problems)
            .unwrap_or_default();
        assert_eq!(first, second, "{}", out.text);
    }

    #[test]
    fn malformed_refused_with_positions() {
        let e = import("::a::Q {=x\n\n::b:: fine {=y ~z}\n\n::c::Q {#abc}").err();
        let problems = e.map(|e| e.problems).unwrap_or_default();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("question 1"));
        assert!(problems[1].contains("not a number"));
        assert!(import("just text").is_err());
        assert!(import("").is_err());
    }
}
