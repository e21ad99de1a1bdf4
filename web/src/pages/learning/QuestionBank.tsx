import { useState } from 'react';
import { ApiError } from '../../api/client';
import { learning, type BankQuestion, type BankQuestionInput, type ImportSummary } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';

/** A valid starting point for each question type's answers (the `kind` object). */
export const KIND_TEMPLATES: Record<string, unknown> = {
  single_choice: { type: 'single_choice', choices: [{ text: 'Right', fraction: 1, feedback: '' }, { text: 'Wrong', fraction: 0, feedback: '' }] },
  multiple_choice: { type: 'multiple_choice', partial_credit: 'fractions', choices: [{ text: 'A', fraction: 0.5 }, { text: 'B', fraction: 0.5 }, { text: 'C', fraction: -1 }] },
  true_false: { type: 'true_false', correct: true, feedback_true: '', feedback_false: '' },
  fill_blanks: { type: 'fill_blanks', blanks: [{ answers: [{ text: 'Paris', fraction: 1 }], case_sensitive: false, normalize_whitespace: true }] },
  numeric: { type: 'numeric', answers: [{ value: 1.5, tolerance: 0.01, fraction: 1 }], units: [{ name: 'm', multiplier: 1 }, { name: 'cm', multiplier: 100 }], unit_required: false },
  matching: { type: 'matching', pairs: [{ prompt: 'DK', answer: 'Copenhagen' }, { prompt: 'SE', answer: 'Stockholm' }], distractors: ['Oslo'] },
  ordering: { type: 'ordering', items: ['First', 'Second', 'Third'] },
  essay: { type: 'essay', rubric: [{ description: 'Clear argument', points: 2 }], grader_info: '' },
  file_upload: { type: 'file_upload', max_files: 1, grader_info: '' },
};

/** The course's question bank: filter, list, add, import (GIFT / Moodle XML) and export. */
export function QuestionBank({ territory, course, onChanged }: { territory: string; course: string; onChanged: () => void }) {
  const t = useT();
  const [category, setCategory] = useState('');
  const [tags, setTags] = useState('');
  const [filter, setFilter] = useState({ category: '', tags: '' });
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<BankQuestion>();
  const [notice, setNotice] = useState('');
  const list = useApi((signal) => learning.questions(territory, course, filter, { signal }), `bank-${course}-${filter.category}-${filter.tags}-${version}`);
  const changed = () => {
    setVersion((n) => n + 1);
    onChanged();
  };
  return (
    <section className="card" aria-labelledby="bank">
      <h2 id="bank">{t('learn-bank')}</h2>
      <form
        className="learn-actions"
        aria-label={t('learn-bank-filter')}
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ category, tags });
        }}
      >
        <Field label={t('learn-category')} name="category" value={category} onChange={(e) => setCategory(e.target.value)} />
        <Field label={t('learn-tags')} name="tags" value={tags} onChange={(e) => setTags(e.target.value)} hint={t('learn-tags-hint')} />
        <button type="submit" className="secondary">
          {t('learn-filter')}
        </button>
      </form>
      {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.data && (
        <div className="table-scroll">
          <table data-testid="bank">
            <caption>{t('learn-bank-count', { count: list.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('learn-question-name')}</th>
                <th scope="col">{t('learn-question-type')}</th>
                <th scope="col">{t('learn-category')}</th>
                <th scope="col">{t('learn-tags')}</th>
                <th scope="col">{t('learn-version')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('learn-actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{q.question.name}</th>
                  <td>{t(`learn-type-${q.question.kind.type}`)}</td>
                  <td>{q.category || '–'}</td>
                  <td>{q.tags.join(', ') || '–'}</td>
                  <td>{q.version}</td>
                  <td>
                    <button type="button" className="secondary" onClick={() => setEditing(q)} aria-label={t('learn-edit-question', { name: q.question.name })}>
                      {t('learn-edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="learn-actions">
        {t('learn-export')}: <a href={learning.exportUrl(territory, course, 'gift')}>GIFT</a>
        <a href={learning.exportUrl(territory, course, 'moodle_xml')}>Moodle XML</a>
      </p>
      <ImportForm territory={territory} course={course} onImported={changed} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <NewQuestion
        key={editing?.id ?? 'new'}
        territory={territory}
        course={course}
        editing={editing}
        onCreated={(message) => {
          setNotice(message);
          setEditing(undefined);
          changed();
        }}
        onCancel={() => setEditing(undefined)}
      />
    </section>
  );
}

function ImportForm({ territory, course, onImported }: { territory: string; course: string; onImported: () => void }) {
  const t = useT();
  const [format, setFormat] = useState<'gift' | 'moodle_xml'>('gift');
  const [file, setFile] = useState<File>();
  const [text, setText] = useState('');
  const [summary, setSummary] = useState<ImportSummary>();
  const run = useSubmit(async () => {
    setSummary(undefined);
    const body = file ?? text;
    const s = await learning.importQuestions(territory, course, format, body);
    setSummary(s);
    onImported();
  });
  // An unreadable file lists every problem in the error's fields or message.
  const problems = run.error instanceof ApiError ? Object.entries(run.error.fields) : [];
  return (
    <section aria-labelledby="import">
      <h3 id="import">{t('learn-import')}</h3>
      <Form submission={run} submitLabel={t('learn-import-run')} label={t('learn-import')}>
        <div className="field">
          <label htmlFor="import-format">{t('learn-import-format')}</label>
          <select id="import-format" value={format} onChange={(e) => setFormat(e.target.value === 'moodle_xml' ? 'moodle_xml' : 'gift')}>
            <option value="gift">GIFT</option>
            <option value="moodle_xml">Moodle XML</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t('learn-import-file')}</label>
          <input id="import-file" type="file" accept=".gift,.txt,.xml,text/plain,application/xml" onChange={(e) => setFile(e.target.files?.[0])} />
        </div>
        <div className="field">
          <label htmlFor="import-text">{t('learn-import-paste')}</label>
          <textarea id="import-text" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </Form>
      {problems.length > 0 && (
        <ul>
          {problems.map(([k, v]) => (
            <li key={k}>
              {k}: {v}
            </li>
          ))}
        </ul>
      )}
      {summary && (
        <div role="status" data-testid="import-summary">
          <p className="notice">{t('learn-imported', { count: summary.imported.length })}</p>
          {summary.warnings.length > 0 && (
            <>
              <h4>{t('learn-import-warnings', { count: summary.warnings.length })}</h4>
              <ul data-testid="import-warnings">
                {summary.warnings.map((w, i) => (
                  <li key={i}>
                    {t('learn-import-at', { position: w.position, name: w.name })}: {w.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          {summary.skipped.length > 0 && (
            <>
              <h4>{t('learn-import-skipped', { count: summary.skipped.length })}</h4>
              <ul data-testid="import-skipped">
                {summary.skipped.map((s, i) => (
                  <li key={i}>
                    {t('learn-import-at', { position: s.position, name: s.name })}: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** Add a question, or correct one (`editing`), optionally regrading finished attempts. */
function NewQuestion({
  territory,
  course,
  editing,
  onCreated,
  onCancel,
}: {
  territory: string;
  course: string;
  editing?: BankQuestion | undefined;
  /** Told what was saved, in words. */
  onCreated: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const orig = editing?.question;
  const [type, setType] = useState<string>(orig?.kind.type ?? 'single_choice');
  const [name, setName] = useState(orig?.name ?? '');
  const [text, setText] = useState(orig?.text ?? '');
  const [category, setCategory] = useState(editing?.category ?? '');
  const [tags, setTags] = useState(editing?.tags.join(', ') ?? '');
  const [difficulty, setDifficulty] = useState(String(orig?.difficulty ?? 5));
  const [generalFeedback, setGeneralFeedback] = useState(orig?.general_feedback ?? '');
  const [hints, setHints] = useState((orig?.hints ?? []).join('\n'));
  const [kind, setKind] = useState(JSON.stringify(orig?.kind ?? KIND_TEMPLATES.single_choice, null, 2));
  const [regrade, setRegrade] = useState(false);
  const [jsonError, setJsonError] = useState('');
  const create = useSubmit(async () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(kind);
      setJsonError('');
    } catch (e) {
      setJsonError(t('learn-json-invalid', { detail: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const body = {
      category,
      tags: tags.split(',').map((s) => s.trim()).filter(Boolean),
      question: {
        name,
        text,
        kind: parsed as BankQuestionInput['question']['kind'],
        general_feedback: generalFeedback,
        difficulty: Number(difficulty),
        hints: hints.split('\n').map((s) => s.trim()).filter(Boolean),
        ...(orig ? { default_mark: orig.default_mark, penalty: orig.penalty } : {}),
      },
    } satisfies BankQuestionInput;
    if (editing) {
      const r = await learning.updateQuestion(territory, editing.id, { ...body, regrade });
      onCreated(t('learn-question-updated', { name: r.question.question.name, version: r.question.version, count: r.regraded_attempts }));
    } else {
      const q = await learning.createQuestion(territory, course, body);
      setName('');
      setText('');
      onCreated(t('learn-question-created', { name: q.question.name }));
    }
  });
  return (
    <section aria-labelledby="new-question">
      <h3 id="new-question">{editing ? t('learn-edit-question', { name: editing.question.name }) : t('learn-new-question')}</h3>
      {editing && (
        <button type="button" className="secondary" onClick={onCancel}>
          {t('learn-cancel-edit')}
        </button>
      )}
      <Form submission={create} submitLabel={editing ? t('learn-save-question') : t('learn-add-question')} label={editing ? t('learn-edit-question', { name: editing.question.name }) : t('learn-new-question')}>
        <Field label={t('learn-question-name')} name="name" required value={name} onChange={(e) => setName(e.target.value)} />
        <div className="field">
          <label htmlFor="q-text">{t('learn-question-text')}</label>
          <textarea id="q-text" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="q-type">{t('learn-question-type')}</label>
          <select
            id="q-type"
            value={type}
            onChange={(e) => {
              setType(e.target.value);
              setKind(JSON.stringify(KIND_TEMPLATES[e.target.value], null, 2));
            }}
          >
            {Object.keys(KIND_TEMPLATES).map((k) => (
              <option key={k} value={k}>
                {t(`learn-type-${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q-kind">{t('learn-question-answers')}</label>
          <p className="hint" id="q-kind-hint">
            {t('learn-question-answers-hint')}
          </p>
          <textarea id="q-kind" className="learn-json" aria-describedby="q-kind-hint" aria-invalid={jsonError ? true : undefined} value={kind} onChange={(e) => setKind(e.target.value)} rows={10} />
          {jsonError && <p className="field-error">{jsonError}</p>}
        </div>
        <Field label={t('learn-category')} name="q-category" value={category} onChange={(e) => setCategory(e.target.value)} />
        <Field label={t('learn-tags')} name="q-tags" value={tags} onChange={(e) => setTags(e.target.value)} hint={t('learn-tags-hint')} />
        <Field label={t('learn-difficulty')} name="difficulty" type="number" min={1} max={10} value={difficulty} onChange={(e) => setDifficulty(e.target.value)} />
        <div className="field">
          <label htmlFor="q-feedback">{t('learn-general-feedback')}</label>
          <textarea id="q-feedback" value={generalFeedback} onChange={(e) => setGeneralFeedback(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="q-hints">{t('learn-hints')}</label>
          <textarea id="q-hints" value={hints} onChange={(e) => setHints(e.target.value)} />
        </div>
        {editing && (
          <label className="choice">
            <input type="checkbox" checked={regrade} onChange={(e) => setRegrade(e.target.checked)} />
            {t('learn-regrade')}
          </label>
        )}
      </Form>
    </section>
  );
}
