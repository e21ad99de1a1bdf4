// Shared bits of the learning screens: who may teach here, status badges, grades in words.
import './learning.css';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { canTeach, type BankQuestion } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n/I18n';
import { Link } from '../../router';
import { Loading } from '../../components/Loading';

/** Whether the signed-in account may author courses in this territory. */
export function useTeacher(territory: string): boolean {
  const { me } = useAuth();
  return canTeach(me?.grants, territory);
}

/** A course status as a badge (never colour alone: the word is always there). */
export function CourseStatus({ status }: { status: string }) {
  const t = useT();
  const cls = status === 'published' ? 'badge badge-ok' : status === 'archived' ? 'badge badge-bad' : 'badge badge-neutral';
  return <span className={cls}>{t(`learn-status-${status}`)}</span>;
}

/** A grade 0..1 as a percentage in the UI language. */
export function percent(value: number | null | undefined, locale?: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** The state of an answer in words, with a class that is never the only signal. */
export function AnswerState({ state }: { state: string }) {
  const t = useT();
  const cls = state === 'right' ? 'learn-state-right' : state === 'wrong' ? 'learn-state-wrong' : 'learn-state-other';
  return <span className={cls}>{t(`learn-answer-${state}`)}</span>;
}

/** "Sign in to …" when a learning screen is opened signed out. */
export function SignInFirst() {
  const t = useT();
  return (
    <p className="notice" role="status">
      {t('learn-sign-in-first')} <Link to="/sign-in">{t('learn-sign-in')}</Link>
    </p>
  );
}

/** Shown instead of an instructor screen: loading, signed out, or not an instructor here. */
export function TeachersOnly() {
  const t = useT();
  const { me } = useAuth();
  if (me === undefined) return <Loading />;
  if (me === null) return <SignInFirst />;
  return (
    <p className="notice" role="status">
      {t('learn-instructors-only')}
    </p>
  );
}

/** Path helpers for the learning screens. */
export const paths = {
  catalog: (t: string) => `/t/${t}/learn`,
  course: (t: string, c: string) => `/t/${t}/learn/courses/${c}`,
  edit: (t: string, c: string) => `/t/${t}/learn/courses/${c}/edit`,
  grading: (t: string, c: string) => `/t/${t}/learn/courses/${c}/grading`,
  lesson: (t: string, l: string) => `/t/${t}/learn/lessons/${l}`,
  quiz: (t: string, q: string) => `/t/${t}/learn/quizzes/${q}`,
  attempt: (t: string, a: string) => `/t/${t}/learn/attempts/${a}`,
};

/**
 * A delete button with a confirmation step. When the server refuses because learners would
 * lose data (409 with one of `lossCodes`), its message is shown with "Delete anyway", which
 * repeats the request with `confirm`.
 */
export function DeleteControl({
  name,
  lossCodes,
  del,
  onDeleted,
}: {
  name: string;
  lossCodes: string[];
  del: (confirm: boolean) => Promise<unknown>;
  onDeleted: () => void;
}) {
  const t = useT();
  const [step, setStep] = useState<'idle' | 'confirm' | 'loss'>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [loss, setLoss] = useState('');
  const run = (confirm: boolean) => {
    setBusy(true);
    setError(undefined);
    del(confirm)
      .then(() => {
        setStep('idle');
        onDeleted();
      })
      .catch((e: unknown) => {
        if (!confirm && e instanceof ApiError && e.status === 409 && lossCodes.includes(e.code)) {
          setLoss(e.message);
          setStep('loss');
        } else {
          setError(e);
        }
      })
      .finally(() => setBusy(false));
  };
  const cancel = () => {
    setStep('idle');
    setError(undefined);
  };
  if (step === 'idle') {
    return (
      <button type="button" className="secondary" onClick={() => setStep('confirm')}>
        {t('learn-delete', { name })}
      </button>
    );
  }
  return (
    <div className="learn-delete" role="group" aria-label={t('learn-delete', { name })}>
      {step === 'confirm' ? (
        <>
          <p>{t('learn-delete-confirm', { name })}</p>
          {error !== undefined && <ErrorMessage error={error} />}
          <div className="learn-actions">
            <button type="button" disabled={busy} aria-busy={busy} onClick={() => run(false)}>
              {t('learn-delete-yes')}
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              {t('learn-delete-cancel')}
            </button>
          </div>
        </>
      ) : (
        <LossRefusal
          testId="delete-refused"
          intro={t('learn-delete-loss', { name })}
          message={loss}
          anyway={t('learn-delete-anyway')}
          busy={busy}
          error={error}
          onAnyway={() => run(true)}
          onCancel={cancel}
        />
      )}
    </div>
  );
}

/**
 * The server's refusal because learners would lose data (a 409 with `confirm` as the way
 * on), in its own words, with "… anyway" (which repeats the request with `confirm`) and
 * "Cancel". Focus moves to "… anyway" so keyboard users land on the choice.
 */
export function LossRefusal({
  testId,
  intro,
  message,
  anyway,
  busy,
  error,
  onAnyway,
  onCancel,
}: {
  testId: string;
  intro: string;
  message: string;
  anyway: string;
  busy: boolean;
  error?: unknown;
  onAnyway: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const anywayRef = useRef<HTMLButtonElement>(null);
  useEffect(() => anywayRef.current?.focus(), []);
  return (
    <>
      <div role="alert" data-testid={testId}>
        <p>{intro}</p>
        <p>{message}</p>
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="learn-actions">
        <button type="button" ref={anywayRef} disabled={busy} aria-busy={busy} onClick={onAnyway}>
          {anyway}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('learn-delete-cancel')}
        </button>
      </div>
    </>
  );
}

/** The `<option>`s of a question picker: "pick one" (empty value), then the bank's questions by name. */
export function QuestionOptions({ questions, placeholder }: { questions: BankQuestion[]; placeholder: string }) {
  return (
    <>
      <option value="">{placeholder}</option>
      {questions.map((q) => (
        <option key={q.id} value={q.id}>
          {q.question.name}
        </option>
      ))}
    </>
  );
}
