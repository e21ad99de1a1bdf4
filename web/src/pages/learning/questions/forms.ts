// The question editor's state and its API form. An instructor types into strings (a number
// field may hold "1,5" or be half-typed), so the form keeps strings and converts on save; the
// checks here mirror `Question::problems` on the server (crates/learning/src/question.rs) so
// most mistakes are named next to their field before anything is sent. Kept pure: every type
// round-trips API → form → API in forms.test.ts.
import type { BankQuestion, BankQuestionInput, Presented } from '../../../api/learning';

/** A question as the API stores it. */
export type ApiQuestion = BankQuestionInput['question'];
/** The type and its answers, as the API stores them. */
export type ApiKind = ApiQuestion['kind'];
/** A question type name (`single_choice`, …). */
export type KindType = ApiKind['type'];

/** Every type the server grades, in the order the type menu offers them. */
export const KIND_TYPES: KindType[] = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'fill_blanks',
  'numeric',
  'matching',
  'ordering',
  'essay',
  'file_upload',
];

/** The partial-credit rules of multiple choice. */
export const PARTIAL_CREDIT = ['fractions', 'right_minus_wrong', 'all_or_nothing'] as const;
export type PartialCreditRule = (typeof PARTIAL_CREDIT)[number];

/** Each row has a key that stays with it when rows move, so React keeps focus on it. */
interface Row {
  key: number;
}
/** A graded answer row; `grade` is a percentage (100 = full credit, −100 … 100). */
export interface GradedRow extends Row {
  text: string;
  grade: string;
  feedback: string;
}
export interface BlankRow extends Row {
  answers: GradedRow[];
  caseSensitive: boolean;
  normalizeWhitespace: boolean;
}
export interface NumericRow extends Row {
  value: string;
  tolerance: string;
  grade: string;
  feedback: string;
}
export interface UnitRow extends Row {
  name: string;
  multiplier: string;
}
export interface PairRow extends Row {
  prompt: string;
  answer: string;
}
export interface TextRow extends Row {
  text: string;
}
export interface CriterionRow extends Row {
  description: string;
  points: string;
}

/** The editable answers of each type. */
export type KindForm =
  | { type: 'single_choice'; choices: GradedRow[] }
  | { type: 'multiple_choice'; choices: GradedRow[]; partialCredit: PartialCreditRule }
  | { type: 'true_false'; correct: boolean; feedbackTrue: string; feedbackFalse: string }
  | { type: 'fill_blanks'; blanks: BlankRow[] }
  | { type: 'numeric'; answers: NumericRow[]; units: UnitRow[]; unitRequired: boolean }
  | { type: 'matching'; pairs: PairRow[]; distractors: TextRow[] }
  | { type: 'ordering'; items: TextRow[] }
  | { type: 'essay'; rubric: CriterionRow[]; graderInfo: string }
  | { type: 'file_upload'; maxFiles: string; graderInfo: string };

/** The whole editor. */
export interface QuestionForm {
  name: string;
  text: string;
  category: string;
  /** Comma-separated. */
  tags: string;
  difficulty: string;
  defaultMark: string;
  /** Percentage of the marks lost per wrong try. */
  penalty: string;
  generalFeedback: string;
  hints: TextRow[];
  shuffleAnswers: boolean;
  kind: KindForm;
}

let nextKey = 1;
/** A fresh row key. */
export const rowKey = () => nextKey++;

/** A number as typed: a decimal comma is accepted, blank or junk is NaN. */
export function parseNumber(s: string): number {
  const t = s.trim().replace(',', '.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number.NaN;
  return Number(t);
}

/** A number for an input: no float noise (0.1 + 0.2 shows as 0.3). */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** A fraction (0.5) as the percentage shown (50). */
export function toPercent(fraction: number): string {
  return String(Number((fraction * 100).toFixed(5)));
}

/**
 * A percentage typed back into a fraction. Moodle's grade list holds thirds, sixths, sevenths…
 * which a percentage with five decimals only approximates, so a value that close to k/d (d ≤ 12)
 * is taken as exactly k/d: saving without changes keeps 1/3 as 1/3.
 */
export function fromPercent(s: string): number {
  const v = parseNumber(s) / 100;
  if (!Number.isFinite(v)) return v;
  for (let d = 1; d <= 12; d++) {
    const k = Math.round(v * d);
    if (Math.abs(v * d - k) < 1e-6) return k / d;
  }
  return Number(v.toPrecision(12));
}

const graded = (text: string, fraction: number, feedback = ''): GradedRow => ({ key: rowKey(), text, grade: toPercent(fraction), feedback });
const textRow = (text: string): TextRow => ({ key: rowKey(), text });

/** An empty row of each list, for the "add" buttons. */
export const emptyRow = {
  graded: (): GradedRow => graded('', 0),
  blank: (): BlankRow => ({ key: rowKey(), answers: [graded('', 1)], caseSensitive: false, normalizeWhitespace: true }),
  numeric: (): NumericRow => ({ key: rowKey(), value: '', tolerance: '0', grade: '100', feedback: '' }),
  unit: (): UnitRow => ({ key: rowKey(), name: '', multiplier: '1' }),
  pair: (): PairRow => ({ key: rowKey(), prompt: '', answer: '' }),
  text: (): TextRow => textRow(''),
  criterion: (): CriterionRow => ({ key: rowKey(), description: '', points: '1' }),
};

/** A sensible start for each type: the rows Moodle's editor shows empty. */
export function newKind(type: KindType): KindForm {
  switch (type) {
    case 'single_choice':
      return { type, choices: [graded('', 1), graded('', 0), graded('', 0)] };
    case 'multiple_choice':
      return { type, choices: [graded('', 0.5), graded('', 0.5), graded('', 0)], partialCredit: 'fractions' };
    case 'true_false':
      return { type, correct: true, feedbackTrue: '', feedbackFalse: '' };
    case 'fill_blanks':
      return { type, blanks: [emptyRow.blank()] };
    case 'numeric':
      return { type, answers: [emptyRow.numeric()], units: [], unitRequired: false };
    case 'matching':
      return { type, pairs: [emptyRow.pair(), emptyRow.pair(), emptyRow.pair()], distractors: [] };
    case 'ordering':
      return { type, items: [textRow(''), textRow(''), textRow('')] };
    case 'essay':
      return { type, rubric: [], graderInfo: '' };
    case 'file_upload':
      return { type, maxFiles: '1', graderInfo: '' };
  }
}

/** An empty editor for a new question of `type`. */
export function newForm(type: KindType = 'single_choice'): QuestionForm {
  return {
    name: '',
    text: '',
    category: '',
    tags: '',
    difficulty: '5',
    defaultMark: '1',
    penalty: toPercent(1 / 3),
    generalFeedback: '',
    hints: [],
    shuffleAnswers: true,
    kind: newKind(type),
  };
}

/** The editor's answers for a stored kind. */
export function kindToForm(kind: ApiKind): KindForm {
  switch (kind.type) {
    case 'single_choice':
      return { type: kind.type, choices: kind.choices.map((c) => graded(c.text, c.fraction, c.feedback ?? '')) };
    case 'multiple_choice':
      return {
        type: kind.type,
        choices: kind.choices.map((c) => graded(c.text, c.fraction, c.feedback ?? '')),
        partialCredit: kind.partial_credit ?? 'fractions',
      };
    case 'true_false':
      return { type: kind.type, correct: kind.correct, feedbackTrue: kind.feedback_true ?? '', feedbackFalse: kind.feedback_false ?? '' };
    case 'fill_blanks':
      return {
        type: kind.type,
        blanks: kind.blanks.map((b) => ({
          key: rowKey(),
          answers: b.answers.map((a) => graded(a.text, a.fraction, a.feedback ?? '')),
          caseSensitive: b.case_sensitive ?? false,
          normalizeWhitespace: b.normalize_whitespace ?? true,
        })),
      };
    case 'numeric':
      return {
        type: kind.type,
        answers: kind.answers.map((a) => ({
          key: rowKey(),
          value: formatNumber(a.value),
          tolerance: formatNumber(a.tolerance ?? 0),
          grade: toPercent(a.fraction),
          feedback: a.feedback ?? '',
        })),
        units: (kind.units ?? []).map((u) => ({ key: rowKey(), name: u.name, multiplier: formatNumber(u.multiplier) })),
        unitRequired: kind.unit_required ?? false,
      };
    case 'matching':
      return {
        type: kind.type,
        pairs: kind.pairs.map((p) => ({ key: rowKey(), prompt: p.prompt, answer: p.answer })),
        distractors: (kind.distractors ?? []).map(textRow),
      };
    case 'ordering':
      return { type: kind.type, items: kind.items.map(textRow) };
    case 'essay':
      return {
        type: kind.type,
        rubric: (kind.rubric ?? []).map((c) => ({ key: rowKey(), description: c.description, points: formatNumber(c.points) })),
        graderInfo: kind.grader_info ?? '',
      };
    case 'file_upload':
      return { type: kind.type, maxFiles: String(kind.max_files), graderInfo: kind.grader_info ?? '' };
  }
}

/** The editor filled from a stored bank question. */
export function toForm(q: BankQuestion | BankQuestionInput): QuestionForm {
  const s = q.question;
  return {
    name: s.name,
    text: s.text,
    category: q.category ?? '',
    tags: (q.tags ?? []).join(', '),
    difficulty: String(s.difficulty ?? 5),
    defaultMark: formatNumber(s.default_mark ?? 1),
    penalty: toPercent(s.penalty ?? 1 / 3),
    generalFeedback: s.general_feedback ?? '',
    hints: (s.hints ?? []).map(textRow),
    shuffleAnswers: s.shuffle_answers ?? true,
    kind: kindToForm(s.kind),
  };
}

const choice = (r: GradedRow) => ({ text: r.text.trim(), fraction: fromPercent(r.grade), feedback: r.feedback.trim() });
const texts = (rows: TextRow[]) => rows.map((r) => r.text.trim()).filter(Boolean);

/** The stored kind for the editor's answers (call after `validate` finds nothing). */
export function kindFromForm(k: KindForm): ApiKind {
  switch (k.type) {
    case 'single_choice':
      return { type: k.type, choices: k.choices.map(choice) };
    case 'multiple_choice':
      return { type: k.type, choices: k.choices.map(choice), partial_credit: k.partialCredit };
    case 'true_false':
      return { type: k.type, correct: k.correct, feedback_true: k.feedbackTrue.trim(), feedback_false: k.feedbackFalse.trim() };
    case 'fill_blanks':
      return {
        type: k.type,
        blanks: k.blanks.map((b) => ({
          // Blank answers are compared as typed (after the blank's own normalisation), so only
          // the feedback is trimmed: a deliberate leading space stays.
          answers: b.answers.map((a) => ({ text: a.text, fraction: fromPercent(a.grade), feedback: a.feedback.trim() })),
          case_sensitive: b.caseSensitive,
          normalize_whitespace: b.normalizeWhitespace,
        })),
      };
    case 'numeric':
      return {
        type: k.type,
        answers: k.answers.map((a) => ({
          value: parseNumber(a.value),
          tolerance: a.tolerance.trim() === '' ? 0 : parseNumber(a.tolerance),
          fraction: fromPercent(a.grade),
          feedback: a.feedback.trim(),
        })),
        units: k.units.map((u) => ({ name: u.name.trim(), multiplier: parseNumber(u.multiplier) })),
        unit_required: k.unitRequired,
      };
    case 'matching':
      return {
        type: k.type,
        pairs: k.pairs.map((p) => ({ prompt: p.prompt.trim(), answer: p.answer.trim() })),
        distractors: texts(k.distractors),
      };
    case 'ordering':
      return { type: k.type, items: k.items.map((r) => r.text.trim()) };
    case 'essay':
      return {
        type: k.type,
        rubric: k.rubric.map((c) => ({ description: c.description.trim(), points: parseNumber(c.points) })),
        grader_info: k.graderInfo.trim(),
      };
    case 'file_upload':
      return { type: k.type, max_files: parseNumber(k.maxFiles), grader_info: k.graderInfo.trim() };
  }
}

/** Tags as typed (comma-separated) → the list the API takes: trimmed, empties dropped. */
export function tagList(s: string): string[] {
  return s
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The request body for the editor's contents (call after `validate` finds nothing). */
export function fromForm(f: QuestionForm): BankQuestionInput {
  return {
    category: f.category.trim().replace(/^\/+|\/+$/g, ''),
    tags: tagList(f.tags),
    question: {
      name: f.name.trim(),
      text: f.text,
      kind: kindFromForm(f.kind),
      general_feedback: f.generalFeedback.trim(),
      difficulty: parseNumber(f.difficulty),
      hints: texts(f.hints),
      default_mark: parseNumber(f.defaultMark),
      penalty: fromPercent(f.penalty),
      shuffle_answers: f.shuffleAnswers,
    },
  };
}

/**
 * One problem: `field` names the input (`name`, `kind.choices.2.grade`, …; the editor uses it
 * as the element id to link the message), `message` is a Fluent id, `args` its variables.
 */
export interface Problem {
  field: string;
  message: string;
  args?: Record<string, string | number>;
}

const FULL = 0.999_999;

/** What is wrong with the editor's contents (empty when it can be saved). */
export function validate(f: QuestionForm): Problem[] {
  const out: Problem[] = [];
  const add = (field: string, message: string, args?: Record<string, string | number>) => out.push(args ? { field, message, args } : { field, message });
  const blank = (s: string) => s.trim() === '';
  /** A percentage −100 … 100 (or 0 … 100 with `min` 0); reports and returns the fraction. */
  const grade = (field: string, s: string, min = -100): number => {
    const v = parseNumber(s);
    if (!Number.isFinite(v)) add(field, 'learn-qf-err-number');
    else if (v < min || v > 100) add(field, min < 0 ? 'learn-qf-err-grade' : 'learn-qf-err-grade-positive');
    return Number.isFinite(v) ? v / 100 : Number.NaN;
  };
  const number = (field: string, s: string): number => {
    const v = parseNumber(s);
    if (!Number.isFinite(v)) add(field, 'learn-qf-err-number');
    return v;
  };

  if (blank(f.name)) add('name', 'learn-qf-err-name');
  if (blank(f.text)) add('text', 'learn-qf-err-text');
  const difficulty = parseNumber(f.difficulty);
  if (!Number.isInteger(difficulty) || difficulty < 1 || difficulty > 10) add('difficulty', 'learn-qf-err-difficulty');
  const mark = parseNumber(f.defaultMark);
  if (!Number.isFinite(mark) || mark <= 0) add('defaultMark', 'learn-qf-err-mark');
  const penalty = parseNumber(f.penalty);
  if (!Number.isFinite(penalty) || penalty < 0 || penalty > 100) add('penalty', 'learn-qf-err-penalty');
  if (f.category.trim().length > 200) add('category', 'learn-qf-err-category');
  if (f.tags.split(',').some((t) => t.trim().length > 50)) add('tags', 'learn-qf-err-tags');

  const k = f.kind;
  switch (k.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const fractions = k.choices.map((c, i) => {
        if (blank(c.text)) add(`kind.choices.${i}.text`, 'learn-qf-err-choice-text', { n: i + 1 });
        return grade(`kind.choices.${i}.grade`, c.grade);
      });
      if (k.choices.length < 2) add('kind.choices', 'learn-qf-err-two-choices');
      if (k.type === 'single_choice' && !fractions.some((v) => v >= FULL)) add('kind.choices', 'learn-qf-err-full-choice');
      if (k.type === 'multiple_choice' && !fractions.some((v) => v > 0)) add('kind.choices', 'learn-qf-err-right-choice');
      break;
    }
    case 'true_false':
      break;
    case 'fill_blanks':
      if (k.blanks.length === 0) add('kind.blanks', 'learn-qf-err-one-blank');
      k.blanks.forEach((b, i) => {
        if (!f.text.includes(`{${i + 1}}`)) add(`kind.blanks.${i}`, 'learn-qf-err-placeholder', { n: i + 1 });
        const fractions = b.answers.map((a, j) => {
          if (a.text.trim() === '') add(`kind.blanks.${i}.answers.${j}.text`, 'learn-qf-err-answer-text');
          return grade(`kind.blanks.${i}.answers.${j}.grade`, a.grade, 0);
        });
        if (!fractions.some((v) => v >= FULL)) add(`kind.blanks.${i}`, 'learn-qf-err-blank-full', { n: i + 1 });
      });
      break;
    case 'numeric': {
      const fractions = k.answers.map((a, i) => {
        number(`kind.answers.${i}.value`, a.value);
        if (a.tolerance.trim() !== '') {
          const t = number(`kind.answers.${i}.tolerance`, a.tolerance);
          if (t < 0) add(`kind.answers.${i}.tolerance`, 'learn-qf-err-tolerance');
        }
        return grade(`kind.answers.${i}.grade`, a.grade, 0);
      });
      if (!fractions.some((v) => v >= FULL)) add('kind.answers', 'learn-qf-err-numeric-full');
      k.units.forEach((u, i) => {
        if (blank(u.name)) add(`kind.units.${i}.name`, 'learn-qf-err-unit-name');
        const m = parseNumber(u.multiplier);
        if (!Number.isFinite(m) || m <= 0) add(`kind.units.${i}.multiplier`, 'learn-qf-err-multiplier');
      });
      break;
    }
    case 'matching':
      if (k.pairs.length < 2) add('kind.pairs', 'learn-qf-err-two-pairs');
      k.pairs.forEach((p, i) => {
        if (blank(p.prompt)) add(`kind.pairs.${i}.prompt`, 'learn-qf-err-prompt', { n: i + 1 });
        if (blank(p.answer)) add(`kind.pairs.${i}.answer`, 'learn-qf-err-pair-answer', { n: i + 1 });
      });
      break;
    case 'ordering':
      if (k.items.length < 2) add('kind.items', 'learn-qf-err-two-items');
      k.items.forEach((it, i) => {
        if (blank(it.text)) add(`kind.items.${i}.text`, 'learn-qf-err-item', { n: i + 1 });
      });
      break;
    case 'essay':
      k.rubric.forEach((c, i) => {
        if (blank(c.description)) add(`kind.rubric.${i}.description`, 'learn-qf-err-criterion', { n: i + 1 });
        const p = number(`kind.rubric.${i}.points`, c.points);
        if (p < 0) add(`kind.rubric.${i}.points`, 'learn-qf-err-points');
      });
      break;
    case 'file_upload': {
      const n = parseNumber(k.maxFiles);
      if (!Number.isInteger(n) || n < 1) add('kind.maxFiles', 'learn-qf-err-max-files');
      break;
    }
  }
  return out;
}

/** `list` with the row at `from` moved by `by` (−1 up, 1 down); unchanged at the ends. */
export function moveRow<T>(list: T[], from: number, by: number): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length || from < 0 || from >= list.length) return list;
  const out = [...list];
  const [row] = out.splice(from, 1);
  out.splice(to, 0, row as T);
  return out;
}

/** The placeholders `{1}`, `{2}` … in the text, highest number (0 when none). */
export function placeholderCount(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\{(\d+)\}/g)) n = Math.max(n, Number(m[1]));
  return n;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The question as a learner would get it, for the editor's preview through `QuestionInput`.
 * The server renders the Markdown; here the text is shown as typed (escaped), one paragraph
 * per blank line. An empty choice, prompt or item is shown as `unnamed(what, n)` so every
 * preview control keeps an accessible name while the form is being filled in.
 */
export function previewOf(f: QuestionForm, unnamed: (what: 'choice' | 'pair' | 'item', n: number) => string = (w, n) => `${w} ${n}`): Presented {
  const or = (what: 'choice' | 'pair' | 'item', text: string, i: number) => (text.trim() === '' ? unnamed(what, i + 1) : text);
  const html = f.text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  const k = f.kind;
  const choices = k.type === 'single_choice' || k.type === 'multiple_choice' ? k.choices.map((c, i) => escape(or('choice', c.text, i))) : [];
  const options =
    k.type === 'matching' ? [...new Set([...k.pairs.map((p) => p.answer.trim()), ...texts(k.distractors)].filter(Boolean))].sort() : [];
  return {
    type: k.type,
    html,
    choices,
    choice_order: choices.map((_, i) => i),
    blanks: k.type === 'fill_blanks' ? k.blanks.length : 0,
    units: k.type === 'numeric' ? k.units.map((u) => u.name.trim()).filter(Boolean) : [],
    prompts: k.type === 'matching' ? k.pairs.map((p, i) => or('pair', p.prompt, i)) : [],
    options,
    items: k.type === 'ordering' ? k.items.map((it, i) => [i, or('item', it.text, i)] as [number, string]) : [],
    max_files: k.type === 'file_upload' ? Math.max(1, parseNumber(k.maxFiles) || 1) : null,
    marks: parseNumber(f.defaultMark) || 1,
  };
}
