import { useId, useState } from 'react';
import { learning, type BankQuestion, type Quiz, type QuizSettings, type SlotSpec } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { Link } from '../../router';
import { DeleteControl, paths } from './common';
import { tagList } from './questions/forms';
import { QuizSlotsForm } from './QuizSlots';

/** The settings both the create and the edit form show, as the inputs hold them. */
export interface SettingsDraft {
  minutes: string;
  maxAttempts: string;
  delay: string;
  grading: NonNullable<QuizSettings['grading_method']>;
  pass: string;
  feedback: NonNullable<QuizSettings['feedback_mode']>;
  overdue: NonNullable<QuizSettings['overdue']>;
  grace: string;
  required: boolean;
  shuffle: boolean;
  openAt: string;
  closeAt: string;
  bands: Array<{ min: string; max: string; text: string }>;
  review: Review;
}

type Review = NonNullable<QuizSettings['review']>;
/** Moodle's review phases, in time order. */
export const REVIEW_PHASES = ['during', 'immediately_after', 'later', 'after_close'] as const;
/** What each phase may show. */
export const REVIEW_ITEMS = ['marks', 'feedback', 'overall_feedback'] as const;

/** Everything shown in every phase: the server's default. */
export function defaultReview(): Review {
  const all = () => ({ marks: true, feedback: true, overall_feedback: true });
  return { during: all(), immediately_after: all(), later: all(), after_close: all() };
}

/** The create form's starting values. */
export const NEW_QUIZ: SettingsDraft = {
  minutes: '',
  maxAttempts: '',
  delay: '0',
  grading: 'highest',
  pass: '50',
  feedback: 'deferred',
  overdue: 'auto_submit',
  grace: '0',
  required: false,
  shuffle: false,
  openAt: '',
  closeAt: '',
  bands: [],
  review: defaultReview(),
};

/** An ISO time as a `datetime-local` value (local time, minutes). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as an ISO time; empty = none. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The edit form's values for a stored quiz. */
export function draftOf(s: QuizSettings): SettingsDraft {
  const pct = (x: number) => String(Math.round(x * 1000) / 10);
  return {
    minutes: s.time_limit_secs ? String(Math.round((s.time_limit_secs / 60) * 100) / 100) : '',
    maxAttempts: s.max_attempts ? String(s.max_attempts) : '',
    delay: String(s.delay_secs ?? 0),
    grading: s.grading_method ?? 'highest',
    pass: pct(s.pass_grade ?? 0),
    feedback: s.feedback_mode ?? 'deferred',
    overdue: s.overdue ?? 'auto_submit',
    grace: String(s.grace_secs ?? 0),
    required: s.required_for_completion ?? false,
    shuffle: s.shuffle_answers ?? false,
    openAt: toLocalInput(s.open_at),
    closeAt: toLocalInput(s.close_at),
    bands: (s.overall_feedback ?? []).map((b) => ({ min: pct(b.min_grade), max: pct(b.max_grade), text: b.text })),
    review: s.review ?? defaultReview(),
  };
}

/** The settings a draft stands for (empty limits are `null`: none). */
export function settingsOf(d: SettingsDraft) {
  return {
    time_limit_secs: d.minutes ? Math.round(Number(d.minutes) * 60) : null,
    max_attempts: d.maxAttempts ? Number(d.maxAttempts) : null,
    delay_secs: Number(d.delay) || 0,
    grading_method: d.grading,
    pass_grade: Number(d.pass) / 100,
    feedback_mode: d.feedback,
    overdue: d.overdue,
    grace_secs: Number(d.grace) || 0,
    required_for_completion: d.required,
    shuffle_answers: d.shuffle,
    open_at: fromLocalInput(d.openAt),
    close_at: fromLocalInput(d.closeAt),
    overall_feedback: d.bands
      .filter((b) => b.text.trim())
      .map((b) => ({ min_grade: Number(b.min) / 100, max_grade: Number(b.max) / 100, text: b.text })),
    review: d.review,
  } satisfies Partial<QuizSettings>;
}

/** An adaptive quiz's inputs as typed. */
export type AdaptiveDraft = { lowest: string; highest: string; start: string; se: string; min: string; max: string; category: string; tags: string };

/** The create form's adaptive defaults. */
export const NEW_ADAPTIVE: AdaptiveDraft = { lowest: '1', highest: '10', start: '5', se: '0.6', min: '3', max: '10', category: '', tags: '' };

/** The inputs for a stored adaptive spec. */
export function adaptiveDraftOf(a: NonNullable<QuizSettings['adaptive']>): AdaptiveDraft {
  return {
    lowest: String(a.settings.lowest),
    highest: String(a.settings.highest),
    start: String(a.settings.starting_level),
    se: String(a.settings.target_standard_error),
    min: String(a.settings.min_questions),
    max: String(a.settings.max_questions),
    category: a.category ?? '',
    tags: (a.tags ?? []).join(', '),
  };
}

/** The adaptive spec the inputs stand for. */
export function adaptiveOf(d: AdaptiveDraft): NonNullable<QuizSettings['adaptive']> {
  return {
    category: d.category.trim(),
    tags: tagList(d.tags),
    settings: {
      lowest: Number(d.lowest),
      highest: Number(d.highest),
      starting_level: Number(d.start),
      target_standard_error: Number(d.se),
      min_questions: Number(d.min),
      max_questions: Number(d.max),
    },
  };
}

/** The adaptive algorithm's inputs and the pool's category/tags. */
function AdaptiveFields({ draft, set }: { draft: AdaptiveDraft; set: (d: AdaptiveDraft) => void }) {
  const t = useT();
  const level = (key: keyof AdaptiveDraft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set({ ...draft, [key]: e.target.value }),
  });
  return (
    <>
      <Field label={t('learn-adaptive-lowest')} name="lowest" type="number" {...level('lowest')} />
      <Field label={t('learn-adaptive-highest')} name="highest" type="number" {...level('highest')} />
      <Field label={t('learn-adaptive-start')} name="start" type="number" {...level('start')} />
      <Field label={t('learn-adaptive-se')} name="se" type="number" step="0.05" {...level('se')} />
      <Field label={t('learn-adaptive-min')} name="min" type="number" {...level('min')} />
      <Field label={t('learn-adaptive-max')} name="max" type="number" {...level('max')} />
      <Field label={t('learn-category')} name="pool-category" {...level('category')} />
      <Field label={t('learn-tags')} name="pool-tags" hint={t('learn-tags-hint')} {...level('tags')} />
    </>
  );
}

/** The settings inputs shared by the create and edit forms. */
function SettingsFields({ draft, set, fields }: { draft: SettingsDraft; set: (d: SettingsDraft) => void; fields: Record<string, string> }) {
  const t = useT();
  const id = useId();
  const input = <K extends keyof SettingsDraft>(key: K) => ({
    value: draft[key] as string,
    onChange: (e: { target: { value: string } }) => set({ ...draft, [key]: e.target.value }),
  });
  const bands = draft.bands;
  const setBands = (b: SettingsDraft['bands']) => set({ ...draft, bands: b });
  return (
    <>
      <Field label={t('learn-quiz-minutes')} name="minutes" type="number" min={0} step="0.5" {...input('minutes')} hint={t('learn-quiz-minutes-hint')} error={fields['settings']} />
      <Field label={t('learn-quiz-attempts')} name="max-attempts" type="number" min={1} {...input('maxAttempts')} hint={t('learn-quiz-attempts-hint')} error={fields['settings.max_attempts']} />
      <Field label={t('learn-quiz-delay')} name="delay" type="number" min={0} {...input('delay')} />
      <Field label={t('learn-quiz-opens')} name="open-at" type="datetime-local" {...input('openAt')} />
      <Field label={t('learn-quiz-closes')} name="close-at" type="datetime-local" {...input('closeAt')} error={fields['settings.close_at']} />
      <div className="field">
        <label htmlFor={`${id}-grading`}>{t('learn-quiz-grading')}</label>
        <select id={`${id}-grading`} value={draft.grading} onChange={(e) => set({ ...draft, grading: e.target.value as SettingsDraft['grading'] })}>
          {(['highest', 'average', 'first', 'last'] as const).map((g) => (
            <option key={g} value={g}>
              {t(`learn-grading-${g}`)}
            </option>
          ))}
        </select>
      </div>
      <Field label={t('learn-quiz-pass-percent')} name="pass" type="number" min={0} max={100} {...input('pass')} error={fields['settings.pass_grade']} />
      <div className="field">
        <label htmlFor={`${id}-feedback`}>{t('learn-quiz-feedback')}</label>
        <select id={`${id}-feedback`} value={draft.feedback} onChange={(e) => set({ ...draft, feedback: e.target.value as SettingsDraft['feedback'] })}>
          {(['deferred', 'immediate', 'interactive'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`learn-feedback-${f}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-overdue`}>{t('learn-quiz-overdue')}</label>
        <select id={`${id}-overdue`} value={draft.overdue} onChange={(e) => set({ ...draft, overdue: e.target.value as SettingsDraft['overdue'] })}>
          {(['auto_submit', 'grace_period', 'abandon'] as const).map((o) => (
            <option key={o} value={o}>
              {t(`learn-overdue-${o}`)}
            </option>
          ))}
        </select>
      </div>
      <Field label={t('learn-quiz-grace')} name="grace" type="number" min={0} {...input('grace')} />
      <label className="choice">
        <input type="checkbox" checked={draft.required} onChange={(e) => set({ ...draft, required: e.target.checked })} />
        {t('learn-quiz-required')}
      </label>
      <label className="choice">
        <input type="checkbox" checked={draft.shuffle} onChange={(e) => set({ ...draft, shuffle: e.target.checked })} />
        {t('learn-shuffle')}
      </label>
      <fieldset>
        <legend>{t('learn-review-options')}</legend>
        <p className="hint">{t('learn-review-options-hint')}</p>
        <table className="review-options">
          <thead>
            <tr>
              <td />
              {REVIEW_PHASES.map((p) => (
                <th key={p} scope="col">
                  {t(`learn-review-phase-${p}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {REVIEW_ITEMS.map((item) => (
              <tr key={item}>
                <th scope="row">{t(`learn-review-item-${item}`)}</th>
                {REVIEW_PHASES.map((p) => (
                  <td key={p}>
                    <input
                      type="checkbox"
                      aria-label={t('learn-review-checkbox', { item: t(`learn-review-item-${item}`), phase: t(`learn-review-phase-${p}`) })}
                      checked={draft.review[p][item] ?? true}
                      onChange={(e) => set({ ...draft, review: { ...draft.review, [p]: { ...draft.review[p], [item]: e.target.checked } } })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>{t('learn-bands')}</legend>
        {fields['settings.overall_feedback'] && <p className="field-error">{fields['settings.overall_feedback']}</p>}
        {bands.map((b, i) => (
          <div className="row" key={i}>
            <Field label={t('learn-band-from')} name={`band-min-${i}`} type="number" min={0} max={100} value={b.min} onChange={(e) => setBands(bands.map((x, j) => (j === i ? { ...x, min: e.target.value } : x)))} />
            <Field label={t('learn-band-to')} name={`band-max-${i}`} type="number" min={0} max={100} value={b.max} onChange={(e) => setBands(bands.map((x, j) => (j === i ? { ...x, max: e.target.value } : x)))} />
            <Field label={t('learn-band-text')} name={`band-text-${i}`} value={b.text} onChange={(e) => setBands(bands.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} />
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setBands([...bands, { min: bands.length ? (bands[bands.length - 1]?.max ?? '0') : '0', max: '100', text: '' }])}>
          {t('learn-add-band')}
        </button>
      </fieldset>
    </>
  );
}

/** Change a quiz's title and settings (the create form's fields), then say so. */
function QuizSettingsForm({ territory, quiz, onSaved, onClose }: { territory: string; quiz: Quiz; onSaved: () => void; onClose: () => void }) {
  const t = useT();
  const [title, setTitle] = useState(quiz.title);
  const [draft, setDraft] = useState(() => draftOf(quiz.settings));
  const stored = quiz.settings.adaptive;
  const [pool, setPool] = useState(() => (stored ? adaptiveDraftOf(stored) : NEW_ADAPTIVE));
  const [saved, setSaved] = useState(false);
  const save = useSubmit(async () => {
    setSaved(false);
    // An adaptive quiz stays adaptive (the server refuses switching); its pool can change
    // until the first attempt.
    const settings = stored ? { ...settingsOf(draft), adaptive: adaptiveOf(pool) } : settingsOf(draft);
    await learning.updateQuiz(territory, quiz.id, { title, settings });
    setSaved(true);
    onSaved();
  });
  return (
    <div className="card">
      <h4>{t('learn-quiz-settings-of', { title: quiz.title })}</h4>
      <Form submission={save} submitLabel={t('learn-quiz-save-settings')} label={t('learn-quiz-settings-of', { title: quiz.title })}>
        <Field label={t('learn-quiz-title')} name="quiz-title" required value={title} onChange={(e) => setTitle(e.target.value)} error={save.fields.title} />
        <SettingsFields draft={draft} set={setDraft} fields={save.fields} />
        {stored && (
          <fieldset>
            <legend>{t('learn-adaptive')}</legend>
            <AdaptiveFields draft={pool} set={setPool} />
          </fieldset>
        )}
      </Form>
      {saved && (
        <p className="notice" role="status">
          {t('learn-quiz-settings-saved')}
        </p>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('learn-cancel-edit')}
      </button>
    </div>
  );
}

/** One quiz of the course: link, settings editor, questions editor, delete. */
function QuizRow({ territory, id, title, questions, onChanged }: { territory: string; id: string; title: string; questions: BankQuestion[]; onChanged: () => void }) {
  const t = useT();
  const [mode, setMode] = useState<'settings' | 'slots' | null>(null);
  const editing = mode !== null;
  const quiz = useApi((signal) => (editing ? learning.quiz(territory, id, { signal }) : Promise.resolve(undefined)), `quiz-edit-${id}-${mode}`);
  return (
    <li>
      <Link to={paths.quiz(territory, id)}>{title}</Link>{' '}
      <span className="learn-actions">
        {!editing && (
          <>
            <button type="button" className="secondary" onClick={() => setMode('settings')}>
              {t('learn-quiz-edit-settings', { title })}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('slots')}>
              {t('learn-quiz-edit-slots', { title })}
            </button>
          </>
        )}
        <DeleteControl name={title} lossCodes={['learner_attempts_exist']} del={(confirm) => learning.deleteQuiz(territory, id, confirm)} onDeleted={onChanged} />
      </span>
      {editing && quiz.error !== undefined && <ErrorMessage error={quiz.error} onRetry={quiz.reload} />}
      {editing && quiz.loading && !quiz.data && <Loading />}
      {mode === 'settings' && quiz.data && <QuizSettingsForm territory={territory} quiz={quiz.data} onSaved={onChanged} onClose={() => setMode(null)} />}
      {mode === 'slots' && quiz.data && <QuizSlotsForm territory={territory} quiz={quiz.data} questions={questions} onSaved={onChanged} onClose={() => setMode(null)} />}
    </li>
  );
}

/** The course's quizzes and a form to create one: fixed and random slots, and its settings. */
export function QuizEditor({
  territory,
  course,
  quizzes,
  questions,
  onCreated,
}: {
  territory: string;
  course: string;
  quizzes: Array<{ id: string; title: string }>;
  questions: BankQuestion[];
  onCreated: () => void;
}) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [draft, setDraft] = useState<SettingsDraft>(NEW_QUIZ);
  const [fixed, setFixed] = useState<string[]>([]);
  const [randomCount, setRandomCount] = useState('0');
  const [randomCategory, setRandomCategory] = useState('');
  const [randomTags, setRandomTags] = useState('');
  const [created, setCreated] = useState<{ id: string; title: string }>();
  const [adaptive, setAdaptive] = useState(false);
  const [levels, setLevels] = useState<AdaptiveDraft>(NEW_ADAPTIVE);
  const create = useSubmit(async () => {
    const slots: SlotSpec[] = fixed.map((question_id) => ({ type: 'fixed', question_id }));
    if (Number(randomCount) > 0) {
      slots.push({
        type: 'random',
        count: Number(randomCount),
        category: randomCategory,
        tags: tagList(randomTags),
      });
    }
    const q = await learning.createQuiz(territory, course, {
      title,
      slots,
      settings: {
        ...settingsOf(draft),
        adaptive: adaptive ? adaptiveOf(levels) : null,
      },
    });
    setCreated({ id: q.id, title: q.title });
    setTitle('');
    setFixed([]);
    setDraft(NEW_QUIZ);
    onCreated();
  });
  return (
    <section className="card" aria-labelledby="quiz-editor">
      <h2 id="quiz-editor">{t('learn-quizzes')}</h2>
      <ul>
        {quizzes.map((q) => (
          <QuizRow key={q.id} territory={territory} id={q.id} title={q.title} questions={questions} onChanged={onCreated} />
        ))}
      </ul>
      {created && (
        <p className="notice" role="status">
          {t('learn-quiz-created', { title: created.title })}
        </p>
      )}
      <h3>{t('learn-new-quiz')}</h3>
      <Form submission={create} submitLabel={t('learn-create-quiz')} label={t('learn-new-quiz')}>
        <Field label={t('learn-quiz-title')} name="quiz-title" required value={title} onChange={(e) => setTitle(e.target.value)} error={create.fields.title} />
        <fieldset>
          <legend>{t('learn-quiz-questions')}</legend>
          {questions.length === 0 && <p>{t('learn-bank-empty')}</p>}
          {questions.map((q) => (
            <label key={q.id} className="choice">
              <input type="checkbox" checked={fixed.includes(q.id)} onChange={(e) => setFixed(e.target.checked ? [...fixed, q.id] : fixed.filter((x) => x !== q.id))} />
              {q.question.name} <span className="muted">({t(`learn-type-${q.question.kind.type}`)})</span>
            </label>
          ))}
          <button type="button" className="secondary" onClick={() => setFixed(questions.map((q) => q.id))}>
            {t('learn-select-all')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('learn-random-slot')}</legend>
          <Field label={t('learn-random-count')} name="random-count" type="number" min={0} value={randomCount} onChange={(e) => setRandomCount(e.target.value)} />
          <Field label={t('learn-category')} name="random-category" value={randomCategory} onChange={(e) => setRandomCategory(e.target.value)} />
          <Field label={t('learn-tags')} name="random-tags" value={randomTags} onChange={(e) => setRandomTags(e.target.value)} hint={t('learn-tags-hint')} />
        </fieldset>
        <SettingsFields draft={draft} set={setDraft} fields={create.fields} />
        <fieldset>
          <legend>{t('learn-adaptive')}</legend>
          <label className="choice">
            <input type="checkbox" checked={adaptive} onChange={(e) => setAdaptive(e.target.checked)} />
            {t('learn-adaptive-on')}
          </label>
          {adaptive && <AdaptiveFields draft={levels} set={setLevels} />}
        </fieldset>
      </Form>
    </section>
  );
}
