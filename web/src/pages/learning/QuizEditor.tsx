import { useState } from 'react';
import { learning, type BankQuestion, type QuizSettings, type SlotSpec } from '../../api/learning';
import { Field, Form, useSubmit } from '../../components/Form';
import { useT } from '../../i18n/I18n';
import { Link } from '../../router';
import { paths } from './common';

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
  const [minutes, setMinutes] = useState('');
  const [maxAttempts, setMaxAttempts] = useState('');
  const [delay, setDelay] = useState('0');
  const [grading, setGrading] = useState<NonNullable<QuizSettings['grading_method']>>('highest');
  const [pass, setPass] = useState('50');
  const [feedback, setFeedback] = useState<NonNullable<QuizSettings['feedback_mode']>>('deferred');
  const [overdue, setOverdue] = useState<NonNullable<QuizSettings['overdue']>>('auto_submit');
  const [grace, setGrace] = useState('0');
  const [required, setRequired] = useState(false);
  const [fixed, setFixed] = useState<string[]>([]);
  const [randomCount, setRandomCount] = useState('0');
  const [randomCategory, setRandomCategory] = useState('');
  const [randomTags, setRandomTags] = useState('');
  const [created, setCreated] = useState<{ id: string; title: string }>();
  const [adaptive, setAdaptive] = useState(false);
  const [shuffle, setShuffle] = useState(false);
  const [bands, setBands] = useState<Array<{ min: string; max: string; text: string }>>([]);
  const [levels, setLevels] = useState({ lowest: '1', highest: '10', start: '5', se: '0.6', min: '3', max: '10', category: '', tags: '' });
  const level = (key: keyof typeof levels) => ({
    value: levels[key],
    onChange: (e: { target: { value: string } }) => setLevels({ ...levels, [key]: e.target.value }),
  });
  const create = useSubmit(async () => {
    const slots: SlotSpec[] = fixed.map((question_id) => ({ type: 'fixed', question_id }));
    if (Number(randomCount) > 0) {
      slots.push({
        type: 'random',
        count: Number(randomCount),
        category: randomCategory,
        tags: randomTags.split(',').map((s) => s.trim()).filter(Boolean),
      });
    }
    const q = await learning.createQuiz(territory, course, {
      title,
      slots,
      settings: {
        time_limit_secs: minutes ? Math.round(Number(minutes) * 60) : null,
        max_attempts: maxAttempts ? Number(maxAttempts) : null,
        delay_secs: Number(delay) || 0,
        grading_method: grading,
        pass_grade: Number(pass) / 100,
        feedback_mode: feedback,
        overdue,
        grace_secs: Number(grace) || 0,
        required_for_completion: required,
        shuffle_answers: shuffle,
        overall_feedback: bands
          .filter((b) => b.text.trim())
          .map((b) => ({ min_grade: Number(b.min) / 100, max_grade: Number(b.max) / 100, text: b.text })),
        adaptive: adaptive
          ? {
              category: levels.category,
              tags: levels.tags.split(',').map((s) => s.trim()).filter(Boolean),
              settings: {
                lowest: Number(levels.lowest),
                highest: Number(levels.highest),
                starting_level: Number(levels.start),
                target_standard_error: Number(levels.se),
                min_questions: Number(levels.min),
                max_questions: Number(levels.max),
              },
            }
          : null,
      },
    });
    setCreated({ id: q.id, title: q.title });
    setTitle('');
    setFixed([]);
    onCreated();
  });
  return (
    <section className="card" aria-labelledby="quiz-editor">
      <h2 id="quiz-editor">{t('learn-quizzes')}</h2>
      <ul>
        {quizzes.map((q) => (
          <li key={q.id}>
            <Link to={paths.quiz(territory, q.id)}>{q.title}</Link>
          </li>
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
        <Field label={t('learn-quiz-minutes')} name="minutes" type="number" min={0} step="0.5" value={minutes} onChange={(e) => setMinutes(e.target.value)} hint={t('learn-quiz-minutes-hint')} />
        <Field label={t('learn-quiz-attempts')} name="max-attempts" type="number" min={1} value={maxAttempts} onChange={(e) => setMaxAttempts(e.target.value)} hint={t('learn-quiz-attempts-hint')} />
        <Field label={t('learn-quiz-delay')} name="delay" type="number" min={0} value={delay} onChange={(e) => setDelay(e.target.value)} />
        <div className="field">
          <label htmlFor="quiz-grading">{t('learn-quiz-grading')}</label>
          <select id="quiz-grading" value={grading} onChange={(e) => setGrading(e.target.value as typeof grading)}>
            {(['highest', 'average', 'first', 'last'] as const).map((g) => (
              <option key={g} value={g}>
                {t(`learn-grading-${g}`)}
              </option>
            ))}
          </select>
        </div>
        <Field label={t('learn-quiz-pass-percent')} name="pass" type="number" min={0} max={100} value={pass} onChange={(e) => setPass(e.target.value)} />
        <div className="field">
          <label htmlFor="quiz-feedback">{t('learn-quiz-feedback')}</label>
          <select id="quiz-feedback" value={feedback} onChange={(e) => setFeedback(e.target.value as typeof feedback)}>
            {(['deferred', 'immediate', 'interactive'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`learn-feedback-${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="quiz-overdue">{t('learn-quiz-overdue')}</label>
          <select id="quiz-overdue" value={overdue} onChange={(e) => setOverdue(e.target.value as typeof overdue)}>
            {(['auto_submit', 'grace_period', 'abandon'] as const).map((o) => (
              <option key={o} value={o}>
                {t(`learn-overdue-${o}`)}
              </option>
            ))}
          </select>
        </div>
        <Field label={t('learn-quiz-grace')} name="grace" type="number" min={0} value={grace} onChange={(e) => setGrace(e.target.value)} />
        <label className="choice">
          <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} />
          {t('learn-quiz-required')}
        </label>
        <label className="choice">
          <input type="checkbox" checked={shuffle} onChange={(e) => setShuffle(e.target.checked)} />
          {t('learn-shuffle')}
        </label>
        <fieldset>
          <legend>{t('learn-bands')}</legend>
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
        <fieldset>
          <legend>{t('learn-adaptive')}</legend>
          <label className="choice">
            <input type="checkbox" checked={adaptive} onChange={(e) => setAdaptive(e.target.checked)} />
            {t('learn-adaptive-on')}
          </label>
          {adaptive && (
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
          )}
        </fieldset>
      </Form>
    </section>
  );
}
