import { useState } from 'react';
import { ApiError } from '../../api/client';
import { learning, type BankQuestion, type ImportSummary } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { QuestionEditor } from './questions/QuestionEditor';

/** The course's question bank: filter, list, add, edit, delete, import (GIFT / Moodle XML) and export. */
export function QuestionBank({ territory, course, onChanged }: { territory: string; course: string; onChanged: () => void }) {
  const t = useT();
  const [category, setCategory] = useState('');
  const [tags, setTags] = useState('');
  const [filter, setFilter] = useState({ category: '', tags: '' });
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<BankQuestion>();
  const [notice, setNotice] = useState('');
  const list = useApi((signal) => learning.questions(territory, course, filter, { signal }), `bank-${course}-${filter.category}-${filter.tags}-${version}`);
  const [deleting, setDeleting] = useState<string>();
  const [deleteError, setDeleteError] = useState<{ name: string; error: unknown }>();
  const changed = () => {
    setVersion((n) => n + 1);
    onChanged();
  };
  const remove = async (q: BankQuestion) => {
    const name = q.question.name;
    if (!window.confirm(t('learn-qf-delete-confirm', { name }))) return;
    setDeleting(q.id);
    setDeleteError(undefined);
    try {
      await learning.deleteQuestion(territory, q.id);
      if (editing?.id === q.id) setEditing(undefined);
      setNotice(t('learn-qf-deleted', { name }));
      changed();
    } catch (error) {
      setDeleteError({ name, error });
    } finally {
      setDeleting(undefined);
    }
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
      {deleteError &&
        (deleteError.error instanceof ApiError && deleteError.error.code === 'question_in_use' ? (
          // The server names the quizzes and lessons that use it; that list is the useful part.
          <div className="error" role="alert" data-testid="delete-error">
            <p>
              <strong>{t('learn-qf-delete-in-use', { name: deleteError.name })}</strong> {deleteError.error.message}
            </p>
          </div>
        ) : (
          <ErrorMessage error={deleteError.error} />
        ))}
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
                  <td className="learn-actions">
                    <button type="button" className="secondary" onClick={() => setEditing(q)} aria-label={t('learn-edit-question', { name: q.question.name })}>
                      {t('learn-edit')}
                    </button>
                    <button type="button" className="secondary" disabled={deleting === q.id} onClick={() => void remove(q)} aria-label={t('learn-qf-delete-question', { name: q.question.name })}>
                      {t('learn-qf-delete')}
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
      <QuestionEditor
        key={editing?.id ?? 'new'}
        territory={territory}
        course={course}
        editing={editing}
        onSaved={(message) => {
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
