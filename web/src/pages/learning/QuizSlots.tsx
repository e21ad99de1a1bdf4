import { useState } from 'react';
import { learning, type BankQuestion, type Quiz } from '../../api/learning';
import { Field, Form, useSubmit } from '../../components/Form';
import { useT } from '../../i18n/I18n';
import { QuestionOptions } from './common';
import { moveRow, problemsOf, rowsOf, slotsOf, type SlotRow } from './slots';

/**
 * Change which questions a quiz asks, in which order: fixed questions from the bank and
 * random draws. The server refuses (409 `quiz_has_attempts`) once learners have attempted
 * the quiz, and the form shows that refusal in words.
 */
export function QuizSlotsForm({ territory, quiz, questions, onSaved, onClose }: { territory: string; quiz: Quiz; questions: BankQuestion[]; onSaved: () => void; onClose: () => void }) {
  const t = useT();
  const [rows, setRows] = useState<SlotRow[]>(() => rowsOf(quiz.slots));
  const [adding, setAdding] = useState('');
  const [saved, setSaved] = useState(false);
  const [checked, setChecked] = useState(false);
  const problems = problemsOf(rows);
  const empty = rows.length === 0;
  const label = t('learn-quiz-slots-of', { title: quiz.title });
  const nameOf = (id: string) => questions.find((q) => q.id === id)?.question.name ?? id;
  const save = useSubmit(async () => {
    setSaved(false);
    setChecked(true);
    if (empty || Object.keys(problems).length > 0) return;
    await learning.replaceQuizSlots(territory, quiz.id, slotsOf(rows));
    setSaved(true);
    onSaved();
  });
  const update = (i: number, row: SlotRow) => setRows(rows.map((r, j) => (j === i ? row : r)));
  if (quiz.settings.adaptive) {
    return (
      <div className="card">
        <h4>{label}</h4>
        <p>{t('learn-slots-adaptive')}</p>
        <button type="button" className="secondary" onClick={onClose}>
          {t('learn-cancel-edit')}
        </button>
      </div>
    );
  }
  return (
    <div className="card">
      <h4>{label}</h4>
      <Form submission={save} submitLabel={t('learn-quiz-save-slots')} label={label}>
        {checked && empty && (
          <p className="field-error" role="alert">
            {t('learn-slots-empty')}
          </p>
        )}
        <ol className="slots" data-testid="quiz-slots">
          {rows.map((r, i) => {
            const what = r.type === 'fixed' ? nameOf(r.question_id) : t('learn-slot-random', { n: Number(r.count) || 0 });
            return (
              <li key={i}>
                {r.type === 'fixed' ? (
                  <span>{nameOf(r.question_id)}</span>
                ) : (
                  <fieldset>
                    <legend>{t('learn-random-slot')}</legend>
                    <Field label={t('learn-random-count')} name={`slot-count-${i}`} type="number" min={1} value={r.count} onChange={(e) => update(i, { ...r, count: e.target.value })} error={checked && problems[i] === 'count' ? t('learn-slot-count-invalid') : undefined} />
                    <Field label={t('learn-category')} name={`slot-category-${i}`} value={r.category} onChange={(e) => update(i, { ...r, category: e.target.value })} />
                    <Field label={t('learn-tags')} name={`slot-tags-${i}`} hint={t('learn-tags-hint')} value={r.tags} onChange={(e) => update(i, { ...r, tags: e.target.value })} />
                  </fieldset>
                )}
                {checked && problems[i] === 'duplicate' && <p className="field-error">{t('learn-slot-duplicate')}</p>}
                <span className="learn-actions">
                  <button type="button" className="secondary" disabled={i === 0} onClick={() => setRows(moveRow(rows, i, -1))} aria-label={t('learn-slot-up', { what })}>
                    ↑
                  </button>
                  <button type="button" className="secondary" disabled={i === rows.length - 1} onClick={() => setRows(moveRow(rows, i, 1))} aria-label={t('learn-slot-down', { what })}>
                    ↓
                  </button>
                  <button type="button" className="secondary" onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={t('learn-slot-remove', { what })}>
                    {t('learn-remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
        <div className="row">
          <div className="field">
            <label htmlFor={`add-${quiz.id}`}>{t('learn-slot-add-question')}</label>
            <select id={`add-${quiz.id}`} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <QuestionOptions questions={questions} placeholder={t('learn-slot-pick')} />
            </select>
          </div>
          <button
            type="button"
            className="secondary"
            disabled={!adding}
            onClick={() => {
              setRows([...rows, { type: 'fixed', question_id: adding }]);
              setAdding('');
            }}
          >
            {t('learn-slot-add')}
          </button>
          <button type="button" className="secondary" onClick={() => setRows([...rows, { type: 'random', count: '1', category: '', tags: '' }])}>
            {t('learn-slot-add-random')}
          </button>
        </div>
      </Form>
      {saved && (
        <p className="notice" role="status">
          {t('learn-quiz-slots-saved')}
        </p>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('learn-cancel-edit')}
      </button>
    </div>
  );
}
