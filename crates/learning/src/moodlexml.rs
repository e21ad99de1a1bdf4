//! Moodle XML question import and export.
//!
//! Supported question types: `multichoice` (single and several answers), `truefalse`,
//! `shortanswer` (one blank), `multianswer` (Cloze) with SHORTANSWER blanks (several
//! blanks), `numerical` (tolerance, units), `matching`, `ordering` (qtype_ordering), `essay`
//! (rubric kept in `graderinfo`; `responseformat=noinline` with attachments is a file-upload
//! question), and `category`. Every element UnityPlan does not keep is reported per
//! question; question types UnityPlan does not support are skipped and listed.

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::interop::{
    fmt_num, from_percent, to_percent, ExportItem, ExportNote, ExportResult, ImportResult,
    Imported, ParseError, Skipped,
};
use crate::question::{
    Blank, BlankAnswer, Choice, Criterion, Kind, NumericAnswer, Pair, PartialCredit, Question, Unit,
};

/// A minimal element tree.
#[derive(Debug, Default, Clone)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<El>,
    text: String,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    fn child(&self, name: &str) -> Option<&El> {
        self.children.iter().find(|c| c.name == name)
    }
    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a El> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
    /// `<x><text>…</text></x>` or `<x>…</x>`.
    fn text_of(&self, name: &str) -> Option<String> {
        self.child(name).map(El::inner_text)
    }
    fn inner_text(&self) -> String {
        match self.child("text") {
            Some(t) => t.text.trim().to_owned(),
            None => self.text.trim().to_owned(),
        }
    }
}

fn parse_tree(xml: &str) -> Result<El, ParseError> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<El> = vec![El::default()];
    loop {
        let event = reader.read_event().map_err(|e| {
            ParseError::one(format!(
                "not well-formed XML at byte {}: {e}",
                reader.buffer_position()
            ))
        })?;
        match event {
            Event::Start(s) => {
                let mut el = El {
                    name: String::from_utf8_lossy(s.name().as_ref()).into_owned(),
                    ..El::default()
                };
                for a in s.attributes().flatten() {
                    let v = a
                        .unescape_value()
                        .map(|v| v.into_owned())
                        .unwrap_or_default();
                    el.attrs
                        .push((String::from_utf8_lossy(a.key.as_ref()).into_owned(), v));
                }
                stack.push(el);
            }
            Event::Empty(s) => {
                let mut el = El {
                    name: String::from_utf8_lossy(s.name().as_ref()).into_owned(),
                    ..El::default()
                };
                for a in s.attributes().flatten() {
                    let v = a
                        .unescape_value()
                        .map(|v| v.into_owned())
                        .unwrap_or_default();
                    el.attrs
                        .push((String::from_utf8_lossy(a.key.as_ref()).into_owned(), v));
                }
                if let Some(top) = stack.last_mut() {
                    top.children.push(el);
                }
            }
            Event::End(_) => {
                let el = stack
                    .pop()
                    .ok_or_else(|| ParseError::one("unbalanced XML end tag"))?;
                match stack.last_mut() {
                    Some(top) => top.children.push(el),
                    None => return Err(ParseError::one("unbalanced XML end tag")),
                }
            }
            Event::Text(t) => {
                let s = t
                    .unescape()
                    .map_err(|e| ParseError::one(format!("bad XML text: {e}")))?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::CData(c) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&c.into_inner()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(ParseError::one(
            "the XML ends before every element is closed",
        ));
    }
    stack
        .pop()
        .ok_or_else(|| ParseError::one("empty XML document"))
}

/// Elements read for every question type.
const COMMON: &[&str] = &[
    "name",
    "questiontext",
    "generalfeedback",
    "defaultgrade",
    "penalty",
    "hidden",
    "idnumber",
    "hint",
    "tags",
    "difficulty",
    "shuffleanswers",
];

/// Elements that only carry Moodle display defaults we deliberately do not keep (no
/// information is lost for grading).
const COSMETIC: &[&str] = &[
    "answernumbering",
    "showstandardinstruction",
    "correctfeedback",
    "partiallycorrectfeedback",
    "incorrectfeedback",
    "shownumcorrect",
    "unitgradingtype",
    "unitpenalty",
    "showunits",
    "unitsleft",
    "responsefieldlines",
    "responserequired",
    "attachmentsrequired",
    "responsetemplate",
    "filetypeslist",
    "maxbytes",
    "minwordlimit",
    "maxwordlimit",
    "layouttype",
    "selecttype",
    "gradingtype",
    "showgrading",
    "numberingstyle",
];

/// Parse a Moodle XML file. A file that is not well-formed, has no `<quiz>` root, or has a
/// question of a supported type that cannot be read refuses the whole import.
pub fn import(xml: &str) -> Result<ImportResult, ParseError> {
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    let root = parse_tree(xml)?;
    let quiz = root
        .child("quiz")
        .ok_or_else(|| ParseError::one("the root element must be <quiz> (Moodle XML)"))?;
    let mut result = ImportResult::default();
    let mut problems = Vec::new();
    let mut category: Option<String> = None;
    let mut position = 0;
    for q in quiz.all("question") {
        let qtype = q.attr("type").unwrap_or("");
        if qtype == "category" {
            let c = q.text_of("category").unwrap_or_default();
            let c = c
                .trim_start_matches("$course$/")
                .trim_start_matches("$system$/")
                .trim_start_matches("top/")
                .trim()
                .to_owned();
            category = (!c.is_empty()).then_some(c);
            continue;
        }
        position += 1;
        let name = q.text_of("name").unwrap_or_default();
        match read_question(q, qtype) {
            Ok(Some((question, tags, warnings))) => {
                let mut p = question.problems();
                if p.is_empty() {
                    result.questions.push(Imported {
                        category: category.clone(),
                        tags,
                        question,
                        warnings,
                    });
                } else {
                    p.sort();
                    problems.push(format!("question {position} (`{name}`): {}", p.join("; ")));
                }
            }
            Ok(None) => result.skipped.push(Skipped {
                position,
                name,
                reason: format!("question type `{qtype}` is not supported"),
            }),
            Err(e) => problems.push(format!("question {position} (`{name}`): {e}")),
        }
    }
    if !problems.is_empty() {
        return Err(ParseError { problems });
    }
    if result.questions.is_empty() && result.skipped.is_empty() {
        return Err(ParseError::one("the file contains no questions"));
    }
    Ok(result)
}

type Read = (Question, Vec<String>, Vec<String>);

fn number(el: &El, name: &str) -> Result<Option<f64>, String> {
    match el.child(name) {
        None => Ok(None),
        Some(c) => {
            let t = c.inner_text();
            t.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .map(Some)
                .ok_or_else(|| format!("<{name}> `{t}` is not a number"))
        }
    }
}

fn fraction(answer: &El) -> Result<f64, String> {
    let raw = answer.attr("fraction").unwrap_or("0");
    raw.trim()
        .parse::<f64>()
        .map(from_percent)
        .map_err(|_| format!("answer fraction `{raw}` is not a number"))
}

fn feedback(el: &El) -> String {
    el.text_of("feedback").unwrap_or_default()
}

fn read_question(q: &El, qtype: &str) -> Result<Option<Read>, String> {
    let mut warnings = Vec::new();
    let name = q.text_of("name").unwrap_or_default();
    let mut text = q.text_of("questiontext").unwrap_or_default();
    if let Some(qt) = q.child("questiontext") {
        if let Some(f) = qt.attr("format") {
            if f == "html" {
                // HTML is a legal subset of what the Markdown renderer accepts; it is
                // sanitised on output like everything else.
            } else if !matches!(f, "markdown" | "plain_text" | "moodle_auto_format") {
                warnings.push(format!("text format `{f}` read as Markdown"));
            }
        }
        if qt.child("file").is_some() {
            warnings.push("embedded files (<file>) in the question text are not imported".into());
        }
    }
    let mut known: Vec<&str> = COMMON.to_vec();
    let kind = match qtype {
        "multichoice" => {
            known.extend(["answer", "single"]);
            let single = q
                .text_of("single")
                .map(|s| s == "true" || s == "1")
                .unwrap_or(true);
            let mut choices = Vec::new();
            for a in q.all("answer") {
                choices.push(Choice {
                    text: a.inner_text(),
                    fraction: fraction(a)?,
                    feedback: feedback(a),
                });
            }
            if single {
                Kind::SingleChoice { choices }
            } else {
                Kind::MultipleChoice {
                    choices,
                    partial_credit: PartialCredit::Fractions,
                }
            }
        }
        "truefalse" => {
            known.push("answer");
            let mut correct = None;
            let (mut fb_true, mut fb_false) = (String::new(), String::new());
            for a in q.all("answer") {
                let t = a.inner_text().to_ascii_lowercase();
                let f = fraction(a)?;
                if t == "true" {
                    fb_true = feedback(a);
                    if f > 0.5 {
                        correct = Some(true);
                    }
                } else if t == "false" {
                    fb_false = feedback(a);
                    if f > 0.5 {
                        correct = Some(false);
                    }
                }
            }
            Kind::TrueFalse {
                correct: correct.ok_or("no answer `true` or `false` with fraction 100")?,
                feedback_true: fb_true,
                feedback_false: fb_false,
            }
        }
        "shortanswer" => {
            known.extend(["answer", "usecase"]);
            let case_sensitive = q.text_of("usecase").map(|s| s == "1").unwrap_or(false);
            let mut answers = Vec::new();
            for a in q.all("answer") {
                answers.push(BlankAnswer {
                    text: a.inner_text(),
                    fraction: fraction(a)?,
                    feedback: feedback(a),
                });
            }
            if !text.contains("{1}") {
                text = format!("{text} {{1}}").trim().to_owned();
            }
            Kind::FillBlanks {
                blanks: vec![Blank {
                    answers,
                    case_sensitive,
                    normalize_whitespace: true,
                }],
            }
        }
        "multianswer" => {
            let (t, blanks) = parse_cloze(&text)?;
            text = t;
            Kind::FillBlanks { blanks }
        }
        "numerical" => {
            known.extend(["answer", "units", "unitsleft"]);
            let mut answers = Vec::new();
            for a in q.all("answer") {
                let raw = a.inner_text();
                let value = if raw == "*" {
                    return Err("wildcard numerical answers `*` are not supported".into());
                } else {
                    raw.parse::<f64>()
                        .map_err(|_| format!("numerical answer `{raw}` is not a number"))?
                };
                answers.push(NumericAnswer {
                    value,
                    tolerance: number(a, "tolerance")?.unwrap_or(0.0),
                    fraction: fraction(a)?,
                    feedback: feedback(a),
                });
            }
            let mut units = Vec::new();
            if let Some(us) = q.child("units") {
                for u in us.all("unit") {
                    units.push(Unit {
                        name: u.text_of("unit_name").unwrap_or_default(),
                        multiplier: number(u, "multiplier")?.unwrap_or(1.0),
                    });
                }
            }
            // Moodle: unitgradingtype 0 = units optional; showunits 0 = unit required in
            // the text field.
            let unit_required = q.text_of("showunits").is_some_and(|s| s == "0")
                && q.text_of("unitgradingtype").is_some_and(|s| s != "0");
            Kind::Numeric {
                answers,
                units,
                unit_required,
            }
        }
        "matching" => {
            known.push("subquestion");
            let mut pairs = Vec::new();
            let mut distractors = Vec::new();
            for s in q.all("subquestion") {
                let prompt = s.inner_text();
                let answer = s
                    .child("answer")
                    .map(El::inner_text)
                    .ok_or("a <subquestion> has no <answer>")?;
                if prompt.is_empty() {
                    distractors.push(answer);
                } else {
                    pairs.push(Pair { prompt, answer });
                }
            }
            Kind::Matching { pairs, distractors }
        }
        "ordering" => {
            known.push("answer");
            let mut items: Vec<(f64, String)> = Vec::new();
            for a in q.all("answer") {
                let order = a
                    .attr("fraction")
                    .and_then(|f| f.parse::<f64>().ok())
                    .unwrap_or(items.len() as f64 + 1.0);
                items.push((order, a.inner_text()));
            }
            items.sort_by(|a, b| a.0.total_cmp(&b.0));
            Kind::Ordering {
                items: items.into_iter().map(|(_, t)| t).collect(),
            }
        }
        "essay" => {
            known.extend(["graderinfo", "responseformat", "attachments"]);
            let grader_info = q.text_of("graderinfo").unwrap_or_default();
            let format = q.text_of("responseformat").unwrap_or_default();
            let attachments: i64 = q
                .text_of("attachments")
                .and_then(|a| a.parse().ok())
                .unwrap_or(0);
            if format == "noinline" && attachments != 0 {
                Kind::FileUpload {
                    max_files: if attachments < 0 {
                        20
                    } else {
                        attachments as u32
                    },
                    grader_info,
                }
            } else {
                if attachments != 0 {
                    warnings.push("attachments alongside essay text are not kept (use a separate file-upload question)".into());
                }
                let (rubric, info) = split_rubric(&grader_info);
                Kind::Essay {
                    rubric,
                    grader_info: info,
                }
            }
        }
        _ => return Ok(None),
    };
    let mut tags = Vec::new();
    if let Some(t) = q.child("tags") {
        for tag in t.all("tag") {
            let v = tag.inner_text();
            if !v.is_empty() {
                tags.push(v);
            }
        }
    }
    for child in &q.children {
        let n = child.name.as_str();
        if known.contains(&n) {
            continue;
        }
        if COSMETIC.contains(&n) {
            continue;
        }
        warnings.push(format!(
            "element <{n}> is not supported and was not imported"
        ));
    }
    for a in q.all("answer") {
        if a.child("file").is_some() {
            warnings.push("embedded files (<file>) in answers are not imported".into());
        }
    }
    let mark = number(q, "defaultgrade")?.unwrap_or(1.0);
    let penalty = number(q, "penalty")?.unwrap_or(1.0 / 3.0);
    let difficulty = match q.text_of("difficulty") {
        Some(d) => d
            .parse::<i32>()
            .map_err(|_| format!("<difficulty> `{d}` is not a whole number"))?,
        None => 5,
    };
    let hints = q.all("hint").map(El::inner_text).collect();
    let question = Question {
        name: if name.is_empty() {
            text.chars().take(40).collect()
        } else {
            name
        },
        text,
        kind,
        general_feedback: q.text_of("generalfeedback").unwrap_or_default(),
        difficulty,
        hints,
        default_mark: if mark > 0.0 { mark } else { 1.0 },
        penalty,
        // Moodle writes `1`/`0` (older versions `true`/`false`); absent means shuffle.
        shuffle_answers: !matches!(
            q.text_of("shuffleanswers").as_deref().map(str::trim),
            Some("0" | "false")
        ),
    };
    Ok(Some((question, tags, warnings)))
}

/// Rubric lines written by [`export`]: `- description (N points)`.
fn split_rubric(info: &str) -> (Vec<Criterion>, String) {
    let Some(rest) = info.strip_prefix("Rubric:\n") else {
        return (vec![], info.to_owned());
    };
    let (lines, tail) = match rest.split_once("\n\n") {
        Some((l, t)) => (l, t.to_owned()),
        None => (rest, String::new()),
    };
    let mut rubric = Vec::new();
    for line in lines.lines() {
        let parsed = line.strip_prefix("- ").and_then(|l| {
            let open = l.rfind(" (")?;
            let pts = l[open + 2..].strip_suffix(" points)")?;
            Some(Criterion {
                description: l[..open].to_owned(),
                points: pts.parse().ok()?,
            })
        });
        match parsed {
            Some(c) => rubric.push(c),
            None => return (vec![], info.to_owned()),
        }
    }
    (rubric, tail)
}

/// Cloze text: `{1:SHORTANSWER:=a~%50%b#fb}` blanks become `{1}`, `{2}` …
fn parse_cloze(text: &str) -> Result<(String, Vec<Blank>), String> {
    let mut out = String::new();
    let mut blanks = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let inner = &rest[open + 1..open + close];
        let mut parts = inner.splitn(3, ':');
        let (w, t, body) = (parts.next(), parts.next(), parts.next());
        let (Some(_weight), Some(t), Some(body)) = (w, t, body) else {
            out.push_str(&rest[..open + close + 1]);
            rest = &rest[open + close + 1..];
            continue;
        };
        let case_sensitive = match t {
            "SHORTANSWER" | "SA" | "MW" => false,
            "SHORTANSWER_C" | "SAC" | "MWC" => true,
            other => {
                return Err(format!(
                    "Cloze subquestion type `{other}` is not supported (only SHORTANSWER)"
                ))
            }
        };
        let mut answers = Vec::new();
        for alt in body.split('~').filter(|a| !a.trim().is_empty()) {
            let (fraction, alt) = if let Some(a) = alt.strip_prefix('=') {
                (1.0, a)
            } else if let Some(a) = alt.strip_prefix('%') {
                let end = a.find('%').ok_or("unclosed `%` weight in a Cloze blank")?;
                let w: f64 = a[..end]
                    .parse()
                    .map_err(|_| format!("weight `{}` is not a number", &a[..end]))?;
                (from_percent(w), &a[end + 1..])
            } else {
                (0.0, alt)
            };
            let (t, fb) = match alt.split_once('#') {
                Some((t, f)) => (t, f),
                None => (alt, ""),
            };
            answers.push(BlankAnswer {
                text: t
                    .replace("\\}", "}")
                    .replace("\\~", "~")
                    .replace("\\#", "#"),
                fraction,
                feedback: fb.to_owned(),
            });
        }
        out.push_str(&rest[..open]);
        blanks.push(Blank {
            answers,
            case_sensitive,
            normalize_whitespace: true,
        });
        out.push_str(&format!("{{{}}}", blanks.len()));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok((out, blanks))
}

fn esc(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

fn text_el(name: &str, value: &str) -> String {
    format!("<{name}><text>{}</text></{name}>", esc(value))
}

fn answer_el(fraction: f64, text: &str, feedback: &str) -> String {
    format!(
        "<answer fraction=\"{}\" format=\"html\"><text>{}</text><feedback><text>{}</text></feedback></answer>",
        to_percent(fraction),
        esc(text),
        esc(feedback)
    )
}

/// Write questions as Moodle XML, noting what it cannot express.
pub fn export(items: &[ExportItem]) -> ExportResult {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    let mut notes = Vec::new();
    let mut category: Option<&str> = None;
    for item in items {
        let q = &item.question;
        if item.category.as_deref() != category {
            if let Some(c) = item.category.as_deref() {
                out.push_str(&format!(
                    "  <question type=\"category\"><category><text>$course$/top/{}</text></category></question>\n",
                    esc(c)
                ));
            }
            category = item.category.as_deref();
        }
        let mut text = q.text.clone();
        let (qtype, body) = match &q.kind {
            Kind::SingleChoice { choices } | Kind::MultipleChoice { choices, .. } => {
                let single = matches!(q.kind, Kind::SingleChoice { .. });
                if let Kind::MultipleChoice { partial_credit, .. } = &q.kind {
                    if *partial_credit != PartialCredit::Fractions {
                        notes.push(ExportNote {
                            name: q.name.clone(),
                            message: "partial-credit rule exported as answer fractions (Moodle has no rule setting)".into(),
                        });
                    }
                }
                let mut b = format!(
                    "<single>{single}</single><shuffleanswers>{}</shuffleanswers>",
                    u8::from(q.shuffle_answers)
                );
                for c in choices {
                    b.push_str(&answer_el(c.fraction, &c.text, &c.feedback));
                }
                ("multichoice", b)
            }
            Kind::TrueFalse {
                correct,
                feedback_true,
                feedback_false,
            } => (
                "truefalse",
                format!(
                    "{}{}",
                    answer_el(if *correct { 1.0 } else { 0.0 }, "true", feedback_true),
                    answer_el(if *correct { 0.0 } else { 1.0 }, "false", feedback_false)
                ),
            ),
            Kind::FillBlanks { blanks } => {
                for (i, blank) in blanks.iter().enumerate() {
                    let mut alts = Vec::new();
                    for a in &blank.answers {
                        let t = a.text.replace('}', "\\}").replace('~', "\\~").replace('#', "\\#");
                        let mut s = if a.fraction >= 0.999_999 {
                            format!("={t}")
                        } else {
                            format!("%{}%{t}", to_percent(a.fraction))
                        };
                        if !a.feedback.is_empty() {
                            s.push('#');
                            s.push_str(&a.feedback);
                        }
                        alts.push(s);
                    }
                    let sub = if blank.case_sensitive {
                        "SHORTANSWER_C"
                    } else {
                        "SHORTANSWER"
                    };
                    if !blank.normalize_whitespace {
                        notes.push(ExportNote {
                            name: q.name.clone(),
                            message: format!("blank {}: exact-whitespace matching not expressible in Moodle XML", i + 1),
                        });
                    }
                    text = text.replace(
                        &format!("{{{}}}", i + 1),
                        &format!("{{1:{sub}:{}}}", alts.join("~")),
                    );
                }
                ("multianswer", String::new())
            }
            Kind::Numeric {
                answers,
                units,
                unit_required,
            } => {
                let mut b = String::new();
                for a in answers {
                    b.push_str(&format!(
                        "<answer fraction=\"{}\"><text>{}</text><tolerance>{}</tolerance><feedback><text>{}</text></feedback></answer>",
                        to_percent(a.fraction),
                        fmt_num(a.value),
                        fmt_num(a.tolerance),
                        esc(&a.feedback)
                    ));
                }
                if !units.is_empty() {
                    b.push_str("<units>");
                    for u in units {
                        b.push_str(&format!(
                            "<unit><multiplier>{}</multiplier><unit_name>{}</unit_name></unit>",
                            fmt_num(u.multiplier),
                            esc(&u.name)
                        ));
                    }
                    b.push_str("</units>");
                    b.push_str(&format!(
                        "<unitgradingtype>{}</unitgradingtype><showunits>{}</showunits>",
                        if *unit_required { 1 } else { 0 },
                        if *unit_required { 0 } else { 3 }
                    ));
                }
                ("numerical", b)
            }
            Kind::Matching { pairs, distractors } => {
                let mut b = String::new();
                for p in pairs {
                    b.push_str(&format!(
                        "<subquestion format=\"html\"><text>{}</text><answer><text>{}</text></answer></subquestion>",
                        esc(&p.prompt),
                        esc(&p.answer)
                    ));
                }
                for d in distractors {
                    b.push_str(&format!(
                        "<subquestion format=\"html\"><text></text><answer><text>{}</text></answer></subquestion>",
                        esc(d)
                    ));
                }
                ("matching", b)
            }
            Kind::Ordering { items } => {
                let mut b = String::new();
                for (i, it) in items.iter().enumerate() {
                    b.push_str(&format!(
                        "<answer fraction=\"{}\" format=\"html\"><text>{}</text></answer>",
                        i + 1,
                        esc(it)
                    ));
                }
                ("ordering", b)
            }
            Kind::Essay {
                rubric,
                grader_info,
            } => {
                let mut info = String::new();
                if !rubric.is_empty() {
                    info.push_str("Rubric:\n");
                    let lines: Vec<String> = rubric
                        .iter()
                        .map(|c| format!("- {} ({} points)", c.description, fmt_num(c.points)))
                        .collect();
                    info.push_str(&lines.join("\n"));
                    if !grader_info.is_empty() {
                        info.push_str("\n\n");
                    }
                }
                info.push_str(grader_info);
                (
                    "essay",
                    format!(
                        "<responseformat>editor</responseformat><attachments>0</attachments>{}",
                        text_el("graderinfo", &info)
                    ),
                )
            }
            Kind::FileUpload {
                max_files,
                grader_info,
            } => (
                "essay",
                format!(
                    "<responseformat>noinline</responseformat><attachments>{max_files}</attachments><attachmentsrequired>1</attachmentsrequired>{}",
                    text_el("graderinfo", grader_info)
                ),
            ),
        };
        let mut x = format!("  <question type=\"{qtype}\">");
        x.push_str(&text_el("name", &q.name));
        x.push_str(&format!(
            "<questiontext format=\"markdown\"><text>{}</text></questiontext>",
            esc(&text)
        ));
        x.push_str(&text_el("generalfeedback", &q.general_feedback));
        x.push_str(&format!(
            "<defaultgrade>{}</defaultgrade><penalty>{}</penalty><difficulty>{}</difficulty>",
            fmt_num(q.default_mark),
            fmt_num(q.penalty),
            q.difficulty
        ));
        x.push_str(&body);
        for h in &q.hints {
            x.push_str(&text_el("hint", h));
        }
        if !item.tags.is_empty() {
            x.push_str("<tags>");
            for t in &item.tags {
                x.push_str(&format!("<tag><text>{}</text></tag>", esc(t)));
            }
            x.push_str("</tags>");
        }
        x.push_str("</question>\n");
        out.push_str(&x);
    }
    out.push_str("</quiz>\n");
    ExportResult { text: out, notes }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub const SAMPLE: &str = include_str!("../tests/fixtures/all_types.moodle.xml");

    #[test]
    fn imports_every_supported_type() {
        let r = import(SAMPLE).map_err(|e| e.problems).unwrap_or_default();
        let kinds: Vec<&str> = r
            .questions
            .iter()
            .map(|q| match q.question.kind {
                Kind::SingleChoice { .. } => "single",
                Kind::MultipleChoice { .. } => "multi",
                Kind::TrueFalse { .. } => "tf",
                Kind::FillBlanks { .. } => "blanks",
                Kind::Numeric { .. } => "numeric",
                Kind::Matching { .. } => "matching",
                Kind::Ordering { .. } => "ordering",
                Kind::Essay { .. } => "essay",
                Kind::FileUpload { .. } => "file",
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "single", "multi", "tf", "blanks", "blanks", "numeric", "matching", "ordering",
                "essay", "file"
            ]
        );
        assert_eq!(r.skipped.len(), 1);
        assert_eq!(r.skipped[0].name, "Calculated");
        let cloze = &r.questions[4].question;
        assert_eq!(cloze.text, "The {1} is red and the {2} is blue.");
        assert!(r.questions[0]
            .warnings
            .iter()
            .any(|w| w.contains("<customelement>")));
        assert_eq!(r.questions[0].tags, ["geo", "easy"]);
        assert_eq!(r.questions[0].category.as_deref(), Some("Geography"));
        assert!(
            matches!(&r.questions[8].question.kind, Kind::Essay { rubric, .. } if rubric.len() == 2)
        );
    }

    #[test]
    fn roundtrip_is_equivalent() {
        let first = import(SAMPLE).map_err(|e| e.problems).unwrap_or_default();
        let items: Vec<ExportItem> = first
            .questions
            .iter()
            .map(|i| ExportItem {
                category: i.category.clone(),
                tags: i.tags.clone(),
                question: i.question.clone(),
            })
            .collect();
        let out = export(&items);
        assert!(out.notes.is_empty(), "{:?}", out.notes);
        let second = import(&out.text)
            .map_err(|e| e.problems)
            .unwrap_or_default();
        assert_eq!(second.questions.len(), first.questions.len());
        for (a, b) in first.questions.iter().zip(&second.questions) {
            assert_eq!(a.question, b.question, "{}", out.text);
            assert_eq!(a.tags, b.tags);
            assert_eq!(a.category, b.category);
            assert!(b.warnings.is_empty(), "{:?}", b.warnings);
        }
    }

    #[test]
    fn malformed_files_refused() {
        assert!(import("<quiz><question type=\"multichoice\">").is_err());
        assert!(import("not xml at all <").is_err());
        assert!(import("<notquiz/>").is_err());
        let bad = "<quiz><question type=\"numerical\"><name><text>n</text></name><questiontext><text>q</text></questiontext><answer fraction=\"100\"><text>abc</text></answer></question></quiz>";
        let e = import(bad).err().map(|e| e.problems).unwrap_or_default();
        assert!(
            e[0].contains("question 1 (`n`)") && e[0].contains("not a number"),
            "{e:?}"
        );
    }
}
