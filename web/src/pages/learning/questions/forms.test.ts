import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BankQuestionInput } from '../../../api/learning';
import {
  KIND_TYPES,
  emptyRow,
  fromForm,
  fromPercent,
  moveRow,
  newForm,
  parseNumber,
  previewOf,
  toForm,
  toPercent,
  validate,
  type ApiKind,
  type QuestionForm,
} from './forms';

/** A bank question as the server sends it back: every field present. */
const stored = (kind: ApiKind, text = 'What? {1} {2}'): BankQuestionInput => ({
  category: 'basics/week 1',
  tags: ['geo', 'easy'],
  question: {
    name: 'Q',
    text,
    kind,
    general_feedback: 'Well.',
    difficulty: 3,
    hints: ['Think.', 'Harder.'],
    default_mark: 2.5,
    penalty: 1 / 3,
    shuffle_answers: false,
  },
});

const KINDS: ApiKind[] = [
  {
    type: 'single_choice',
    choices: [
      { text: 'Copenhagen', fraction: 1, feedback: 'Yes.' },
      { text: 'Aarhus', fraction: 1 / 3, feedback: 'Close.' },
      { text: 'Oslo', fraction: 0, feedback: '' },
    ],
  },
  {
    type: 'multiple_choice',
    choices: [
      { text: 'a', fraction: 0.5, feedback: '' },
      { text: 'b', fraction: 0.5, feedback: 'b!' },
      { text: 'c', fraction: -1, feedback: '' },
      { text: 'd', fraction: 1 / 7, feedback: '' },
    ],
    partial_credit: 'right_minus_wrong',
  },
  { type: 'true_false', correct: false, feedback_true: 'No.', feedback_false: 'Right.' },
  {
    type: 'fill_blanks',
    blanks: [
      {
        answers: [
          { text: 'Paris', fraction: 1, feedback: '' },
          { text: 'Lutetia', fraction: 0.5, feedback: 'Old name.' },
        ],
        case_sensitive: false,
        normalize_whitespace: true,
      },
      { answers: [{ text: 'New York*', fraction: 1, feedback: '' }], case_sensitive: true, normalize_whitespace: false },
    ],
  },
  {
    type: 'numeric',
    answers: [
      { value: 1.5, tolerance: 0.01, fraction: 1, feedback: 'Exact.' },
      { value: -2e-7, tolerance: 0.2, fraction: 0.1, feedback: '' },
    ],
    units: [
      { name: 'm', multiplier: 1 },
      { name: 'cm', multiplier: 100 },
    ],
    unit_required: true,
  },
  {
    type: 'matching',
    pairs: [
      { prompt: 'DK', answer: 'Copenhagen' },
      { prompt: 'SE', answer: 'Stockholm' },
    ],
    distractors: ['Oslo'],
  },
  { type: 'ordering', items: ['First', 'Second', 'Third'] },
  { type: 'essay', rubric: [{ description: 'Clear argument', points: 2.5 }], grader_info: 'Be kind.' },
  { type: 'file_upload', max_files: 3, grader_info: '' },
];

const messages = (f: QuestionForm) => validate(f).map((p) => `${p.field}: ${p.message}`);

describe('question forms: API → form → API', () => {
  it('covers every type the server grades', () => {
    expect(KINDS.map((k) => k.type)).toEqual(KIND_TYPES);
  });

  for (const kind of KINDS) {
    it(`round-trips ${kind.type}`, () => {
      const api = stored(kind);
      const form = toForm(api);
      expect(form.kind.type).toBe(kind.type);
      expect(validate(form)).toEqual([]);
      expect(fromForm(form)).toEqual(api);
    });
  }

  it('fills omitted server defaults', () => {
    const form = toForm({ question: { name: 'n', text: 't', kind: { type: 'multiple_choice', choices: [{ text: 'a', fraction: 1 }] } } });
    expect(form.difficulty).toBe('5');
    expect(form.defaultMark).toBe('1');
    expect(form.penalty).toBe('33.33333');
    expect(form.shuffleAnswers).toBe(true);
    expect(form.kind).toMatchObject({ type: 'multiple_choice', partialCredit: 'fractions' });
    expect(fromForm(form).question.kind).toEqual({ type: 'multiple_choice', choices: [{ text: 'a', fraction: 1, feedback: '' }], partial_credit: 'fractions' });
  });

  it('keeps what the instructor typed: trimmed texts, decimal commas, tags and category', () => {
    const f = newForm('numeric');
    f.name = '  Length ';
    f.text = 'How long?';
    f.tags = ' a, , b ';
    f.category = '/units/length/';
    f.hints = [{ key: 1, text: ' ' }, { key: 2, text: 'Use metres' }];
    f.penalty = '10';
    f.kind = { type: 'numeric', answers: [{ key: 3, value: '1,5', tolerance: '', grade: '100', feedback: '' }], units: [], unitRequired: false };
    expect(validate(f)).toEqual([]);
    const body = fromForm(f);
    expect(body.category).toBe('units/length');
    expect(body.tags).toEqual(['a', 'b']);
    expect(body.question.name).toBe('Length');
    expect(body.question.hints).toEqual(['Use metres']);
    expect(body.question.penalty).toBe(0.1);
    expect(body.question.kind).toEqual({ type: 'numeric', answers: [{ value: 1.5, tolerance: 0, fraction: 1, feedback: '' }], units: [], unit_required: false });
  });
});

describe('question forms: validation mirrors the server', () => {
  it('names the general fields', () => {
    const f = newForm('true_false');
    f.difficulty = '11';
    f.defaultMark = '0';
    f.penalty = '150';
    f.tags = 'x'.repeat(51);
    expect(messages(f)).toEqual([
      'name: learn-qf-err-name',
      'text: learn-qf-err-text',
      'difficulty: learn-qf-err-difficulty',
      'defaultMark: learn-qf-err-mark',
      'penalty: learn-qf-err-penalty',
      'tags: learn-qf-err-tags',
    ]);
  });

  const base = (type: Parameters<typeof newForm>[0]) => {
    const f = newForm(type);
    f.name = 'n';
    f.text = 'text {1}';
    return f;
  };

  it('single choice: two choices, one worth 100 %, texts and grades', () => {
    const f = base('single_choice');
    f.kind = { type: 'single_choice', choices: [{ key: 1, text: '', grade: 'abc', feedback: '' }] };
    expect(messages(f)).toEqual([
      'kind.choices.0.text: learn-qf-err-choice-text',
      'kind.choices.0.grade: learn-qf-err-number',
      'kind.choices: learn-qf-err-two-choices',
      'kind.choices: learn-qf-err-full-choice',
    ]);
    expect(validate(f)[0]!.args).toEqual({ n: 1 });
  });

  it('multiple choice: a right choice and grades −100 … 100', () => {
    const f = base('multiple_choice');
    f.kind = {
      type: 'multiple_choice',
      partialCredit: 'fractions',
      choices: [
        { key: 1, text: 'a', grade: '0', feedback: '' },
        { key: 2, text: 'b', grade: '-150', feedback: '' },
      ],
    };
    expect(messages(f)).toEqual(['kind.choices.1.grade: learn-qf-err-grade', 'kind.choices: learn-qf-err-right-choice']);
  });

  it('fill in the blanks: a placeholder and a full answer per blank', () => {
    const f = base('fill_blanks');
    f.kind = { type: 'fill_blanks', blanks: [emptyRow.blank(), { ...emptyRow.blank(), answers: [{ key: 9, text: 'x', grade: '50', feedback: '' }] }] };
    f.kind.blanks[0]!.answers[0]!.text = 'Paris';
    expect(messages(f)).toEqual(['kind.blanks.1: learn-qf-err-placeholder', 'kind.blanks.1: learn-qf-err-blank-full']);
    f.kind = { type: 'fill_blanks', blanks: [] };
    expect(messages(f)).toEqual(['kind.blanks: learn-qf-err-one-blank']);
  });

  it('numeric: numbers, a full answer, non-negative tolerance, positive multipliers', () => {
    const f = base('numeric');
    f.kind = {
      type: 'numeric',
      answers: [{ key: 1, value: 'twelve', tolerance: '-1', grade: '50', feedback: '' }],
      units: [{ key: 2, name: '', multiplier: '0' }],
      unitRequired: false,
    };
    expect(messages(f)).toEqual([
      'kind.answers.0.value: learn-qf-err-number',
      'kind.answers.0.tolerance: learn-qf-err-tolerance',
      'kind.answers: learn-qf-err-numeric-full',
      'kind.units.0.name: learn-qf-err-unit-name',
      'kind.units.0.multiplier: learn-qf-err-multiplier',
    ]);
  });

  it('matching, ordering, essay and file upload', () => {
    const m = base('matching');
    m.kind = { type: 'matching', pairs: [{ key: 1, prompt: 'DK', answer: '' }], distractors: [] };
    expect(messages(m)).toEqual(['kind.pairs: learn-qf-err-two-pairs', 'kind.pairs.0.answer: learn-qf-err-pair-answer']);
    const o = base('ordering');
    o.kind = { type: 'ordering', items: [{ key: 1, text: 'only' }] };
    expect(messages(o)).toEqual(['kind.items: learn-qf-err-two-items']);
    const e = base('essay');
    e.kind = { type: 'essay', rubric: [{ key: 1, description: '', points: '-2' }], graderInfo: '' };
    expect(messages(e)).toEqual(['kind.rubric.0.description: learn-qf-err-criterion', 'kind.rubric.0.points: learn-qf-err-points']);
    const u = base('file_upload');
    u.kind = { type: 'file_upload', maxFiles: '0', graderInfo: '' };
    expect(messages(u)).toEqual(['kind.maxFiles: learn-qf-err-max-files']);
  });

  it('a new form is not saveable until filled in, then is', () => {
    const f = newForm('single_choice');
    expect(validate(f).length).toBeGreaterThan(0);
    f.name = 'Capital';
    f.text = 'Capital of Denmark?';
    if (f.kind.type !== 'single_choice') throw new Error('type');
    f.kind.choices.forEach((c, i) => (c.text = `c${i}`));
    expect(validate(f)).toEqual([]);
    expect(fromForm(f).question.kind).toEqual({
      type: 'single_choice',
      choices: [
        { text: 'c0', fraction: 1, feedback: '' },
        { text: 'c1', fraction: 0, feedback: '' },
        { text: 'c2', fraction: 0, feedback: '' },
      ],
    });
  });
});

describe('question forms: helpers', () => {
  it('parses numbers as typed', () => {
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber(' -2e3 ')).toBe(-2000);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('1.2.3')).toBeNaN();
    expect(parseNumber('12 cm')).toBeNaN();
  });

  it('keeps Moodle fractions exact through percentages', () => {
    for (const f of [1, 0.5, 1 / 3, 2 / 3, 1 / 6, 1 / 7, 0.1, 0.05, -1, -1 / 3, 0, 0.123]) expect(fromPercent(toPercent(f))).toBe(f);
  });

  it('moves rows and leaves the ends alone', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveRow(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('previews without HTML injection and with the options a learner would get', () => {
    const f = toForm(stored(KINDS[5]!, 'Match <b>these</b>\n\nnow'));
    const p = previewOf(f);
    expect(p.html).toBe('<p>Match &lt;b&gt;these&lt;/b&gt;</p><p>now</p>');
    expect(p.prompts).toEqual(['DK', 'SE']);
    expect(p.options).toEqual(['Copenhagen', 'Oslo', 'Stockholm']);
    const c = previewOf(toForm(stored({ type: 'single_choice', choices: [{ text: '<img src=x onerror=alert(1)>', fraction: 1 }] })));
    expect(c.choices).toEqual(['&lt;img src=x onerror=alert(1)&gt;']);
    // Rows not filled in yet keep a name, so the preview's controls stay labelled.
    const empty = previewOf(newForm('ordering'), (what, n) => `${what} #${n}`);
    expect(empty.items).toEqual([
      [0, 'item #1'],
      [1, 'item #2'],
      [2, 'item #3'],
    ]);
    expect(previewOf(newForm('matching')).prompts).toEqual(['pair 1', 'pair 2', 'pair 3']);
  });
});

describe('question forms: messages', () => {
  it('has every problem message in every language', () => {
    const source = readFileSync(new URL('./forms.ts', import.meta.url), 'utf8');
    const ids = [...new Set(source.match(/learn-qf-err-[a-z0-9-]+/g))];
    expect(ids.length).toBeGreaterThan(20);
    for (const tag of ['en', 'da', 'nb', 'sv', 'es']) {
      const ftl = readFileSync(new URL(`../../../i18n/locales/${tag}.ftl`, import.meta.url), 'utf8');
      expect({ tag, missing: ids.filter((id) => !ftl.includes(`\n${id} =`)) }).toEqual({ tag, missing: [] });
    }
  });
});
