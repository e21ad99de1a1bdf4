// The question editor: general settings, the type's own answer form, and a live preview
// through the learner's renderer (QuestionInput). Problems are checked in the browser first
// (forms.ts mirrors the server's rules); what the server still refuses is shown in words.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { learning, type BankQuestion } from '../../../api/learning';
import { useSubmit } from '../../../components/Form';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useT } from '../../../i18n/I18n';
import { draftFrom, type Draft } from '../answers';
import { QuestionInput } from '../QuestionInput';
import { Check, ProblemsContext, RowList, TextField, type Problems } from './fields';
import { KIND_TYPES, emptyRow, fromForm, kindFromForm, kindToForm, newForm, newKind, previewOf, toForm, validate, type ApiKind, type KindForm, type KindType, type QuestionForm } from './forms';
import { KindFields } from './KindFields';

/** Add a question to the bank, or correct one (`editing`), optionally regrading attempts. */
export function QuestionEditor({
  territory,
  course,
  editing,
  onSaved,
  onCancel,
}: {
  territory: string;
  course: string;
  editing?: BankQuestion | undefined;
  /** Told what was saved, in words. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const prefix = useId();
  const [form, setForm] = useState<QuestionForm>(() => (editing ? toForm(editing) : newForm()));
  // Answers typed for another type are kept while the type menu is explored.
  const [otherKinds, setOtherKinds] = useState<Partial<Record<KindType, KindForm>>>({});
  const [showProblems, setShowProblems] = useState(false);
  const [regrade, setRegrade] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problems = useMemo(() => validate(form), [form]);
  const set = (patch: Partial<QuestionForm>) => setForm((f) => ({ ...f, ...patch }));
  const idOf = (path: string) => `${prefix}-${path.replace(/\./g, '-')}`;
  const context: Problems = {
    id: idOf,
    error: (path) => {
      if (!showProblems) return undefined;
      const p = problems.find((x) => x.field === path);
      return p && t(p.message, p.args);
    },
  };
  // Opening a question for correction moves the focus (and the view) to its name.
  const editingId = editing?.id;
  useEffect(() => {
    if (editingId) document.getElementById(`${prefix}-name`)?.focus();
  }, [editingId, prefix]);
  const title = editing ? t('learn-edit-question', { name: editing.question.name }) : t('learn-new-question');

  const save = useSubmit(async () => {
    if (problems.length > 0) {
      setShowProblems(true);
      // After the summary renders: take the focus there so the list is read out.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const body = fromForm(form);
    if (editing) {
      const r = await learning.updateQuestion(territory, editing.id, { ...body, regrade });
      onSaved(t('learn-question-updated', { name: r.question.question.name, version: r.question.version, count: r.regraded_attempts }));
    } else {
      const q = await learning.createQuestion(territory, course, body);
      setForm(newForm(form.kind.type));
      setOtherKinds({});
      setShowProblems(false);
      onSaved(t('learn-question-created', { name: q.question.name }));
    }
  });
  // The server's per-field messages (validation_failed), e.g. "question: text is empty".
  const serverFields = save.error instanceof ApiError ? Object.entries(save.error.fields) : [];

  const changeType = (type: KindType) => {
    setOtherKinds((o) => ({ ...o, [form.kind.type]: form.kind }));
    set({ kind: otherKinds[type] ?? newKind(type) });
  };

  return (
    <section aria-labelledby={`${prefix}-title`} className="qf">
      <h3 id={`${prefix}-title`}>{title}</h3>
      {editing && (
        <button type="button" className="secondary" onClick={onCancel}>
          {t('learn-cancel-edit')}
        </button>
      )}
      <div className="qf-layout">
        <ProblemsContext.Provider value={context}>
          <form onSubmit={save.onSubmit} aria-label={title} noValidate className="form qf-form">
            {showProblems && problems.length > 0 && (
              <div className="error" role="alert" tabIndex={-1} ref={summaryRef} data-testid="question-problems">
                <p>
                  <strong>{t('learn-qf-problems', { count: problems.length })}</strong>
                </p>
                <ul>
                  {problems.map((p, i) => (
                    <li key={i}>
                      <a href={`#${idOf(p.field)}`}>{t(p.message, p.args)}</a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {save.error !== undefined && (
              <div data-testid="question-server-error">
                <ErrorMessage error={save.error} />
                {serverFields.length > 0 && (
                  <ul className="field-error">
                    {serverFields.map(([k, v]) => (
                      <li key={k}>{v}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <fieldset className="qf-section">
              <legend>{t('learn-qf-general')}</legend>
              <div className="field">
                <label htmlFor={idOf('type')}>{t('learn-question-type')}</label>
                {editing && (
                  <p className="hint" id={`${idOf('type')}-hint`}>
                    {t('learn-qf-type-locked')}
                  </p>
                )}
                <select
                  id={idOf('type')}
                  value={form.kind.type}
                  disabled={editing !== undefined}
                  aria-describedby={editing ? `${idOf('type')}-hint` : undefined}
                  onChange={(e) => changeType(e.target.value as KindType)}
                >
                  {KIND_TYPES.map((k) => (
                    <option key={k} value={k}>
                      {t(`learn-type-${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <TextField path="name" label={t('learn-question-name')} value={form.name} onChange={(name) => set({ name })} />
              <TextField path="text" label={t('learn-question-text')} value={form.text} onChange={(text) => set({ text })} multiline />
              <div className="qf-inline">
                <TextField path="defaultMark" label={t('learn-qf-default-mark')} value={form.defaultMark} onChange={(defaultMark) => set({ defaultMark })} numeric />
                <TextField path="difficulty" label={t('learn-difficulty')} value={form.difficulty} onChange={(difficulty) => set({ difficulty })} numeric />
                <TextField path="penalty" label={t('learn-qf-penalty')} value={form.penalty} onChange={(penalty) => set({ penalty })} numeric />
              </div>
              <TextField path="category" label={t('learn-category')} value={form.category} onChange={(category) => set({ category })} />
              <TextField path="tags" label={t('learn-tags')} hint={t('learn-tags-hint')} value={form.tags} onChange={(tags) => set({ tags })} />
              <TextField path="generalFeedback" label={t('learn-general-feedback')} value={form.generalFeedback} onChange={(generalFeedback) => set({ generalFeedback })} multiline />
            </fieldset>
            <fieldset className="qf-section">
              <legend>{t('learn-qf-answers', { type: t(`learn-type-${form.kind.type}`) })}</legend>
              <KindFields kind={form.kind} onChange={(kind) => set({ kind })} />
              {(form.kind.type === 'single_choice' || form.kind.type === 'multiple_choice') && (
                <Check label={t('learn-qf-shuffle')} checked={form.shuffleAnswers} onChange={(shuffleAnswers) => set({ shuffleAnswers })} />
              )}
            </fieldset>
            <RowList
              path="hints"
              legend={t('learn-qf-hints')}
              hint={t('learn-qf-hints-hint')}
              rows={form.hints}
              onChange={(hints) => set({ hints })}
              make={emptyRow.text}
              addLabel={t('learn-qf-add-hint')}
              rowName={(i) => t('learn-qf-hint-n', { n: i + 1 })}
            >
              {(h, i, update) => <TextField path={`hints.${i}.text`} label={t('learn-qf-hint-text')} value={h.text} onChange={(text) => update({ text })} className="qf-wide" />}
            </RowList>
            <JsonEditor kind={form.kind} locked={editing !== undefined} onApply={(kind) => set({ kind })} />
            {editing && (
              <>
                <Check label={t('learn-regrade')} checked={regrade} onChange={setRegrade} />
                <p className="hint">{t('learn-qf-regrade-hint')}</p>
              </>
            )}
            <button type="submit" disabled={save.busy} aria-busy={save.busy}>
              {save.busy ? t('form-busy') : editing ? t('learn-save-question') : t('learn-add-question')}
            </button>
          </form>
        </ProblemsContext.Provider>
        <Preview form={form} />
      </div>
    </section>
  );
}

/** The question as a learner sees it, answerable (nothing is sent). */
function Preview({ form }: { form: QuestionForm }) {
  const t = useT();
  const presented = previewOf(form, (what, n) => t(`learn-qf-${what}-n`, { n }));
  // A new shape (type, counts) starts a fresh answer; typing in a choice keeps it.
  const shape = [presented.type, presented.choices.length, presented.blanks, presented.prompts.length, presented.items.length].join('/');
  return (
    <section className="qf-preview" aria-labelledby="qf-preview">
      <h4 id="qf-preview">{t('learn-qf-preview')}</h4>
      <p className="hint">{t('learn-qf-preview-hint')}</p>
      <div className="learn-question" data-testid="question-preview">
        <PreviewAnswer key={shape} presented={presented} />
      </div>
    </section>
  );
}

function PreviewAnswer({ presented }: { presented: ReturnType<typeof previewOf> }) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(presented, null));
  return <QuestionInput question={presented} draft={draft} onChange={setDraft} />;
}

/** The answers as JSON, for pasting or bulk edits; applied only when it parses. */
function JsonEditor({ kind, locked, onApply }: { kind: KindForm; locked: boolean; onApply: (kind: KindForm) => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  return (
    <details
      className="qf-json"
      onToggle={(e) => {
        const isOpen = (e.target as HTMLDetailsElement).open;
        setOpen(isOpen);
        if (isOpen) {
          setText(JSON.stringify(kindFromForm(kind), null, 2));
          setError('');
        }
      }}
    >
      <summary>{t('learn-qf-json')}</summary>
      {open && (
        <div className="field">
          <label htmlFor={id}>{t('learn-question-answers')}</label>
          <textarea id={id} className="learn-json" rows={10} value={text} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => setText(e.target.value)} />
          {error && (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              let parsed: ApiKind;
              try {
                parsed = JSON.parse(text) as ApiKind;
              } catch (e) {
                setError(t('learn-json-invalid', { detail: e instanceof Error ? e.message : String(e) }));
                return;
              }
              const type = (parsed as { type?: unknown } | null)?.type;
              if (!KIND_TYPES.includes(type as KindType)) {
                setError(t('learn-qf-json-no-type', { detail: KIND_TYPES.join(', ') }));
                return;
              }
              if (locked && type !== kind.type) {
                setError(t('learn-qf-json-locked', { type: kind.type }));
                return;
              }
              try {
                onApply(kindToForm(parsed));
                setError('');
              } catch (e) {
                setError(t('learn-json-invalid', { detail: e instanceof Error ? e.message : String(e) }));
              }
            }}
          >
            {t('learn-qf-json-apply')}
          </button>
        </div>
      )}
    </details>
  );
}
