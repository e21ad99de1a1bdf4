import { useCallback, useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useT } from '../i18n/I18n';
import { ErrorMessage } from './ErrorMessage';

/** State of one form submission. */
export interface Submission {
  busy: boolean;
  error: unknown;
  /** Per-field messages from a `validation_failed` answer. */
  fields: Record<string, string>;
  /** Run `action` as the form's submit handler (prevents the page reload). */
  onSubmit: (event: FormEvent) => void;
  reset: () => void;
}

/** Submit a form to the API, tracking busy state and the error to show. */
export function useSubmit(action: () => Promise<void>): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    action()
      .catch((e: unknown) => setError(e))
      .finally(() => setBusy(false));
  };
  const reset = useCallback(() => setError(undefined), []);
  const fields = error instanceof ApiError ? error.fields : {};
  return { busy, error, fields, onSubmit, reset };
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: string;
  /** The server's message for this field, if any. */
  error?: string | undefined;
};

/** A labelled input with its hint and error tied to it for assistive technology. */
export function Field({ label, name, hint, error, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A form with its error summary and submit button. */
export function Form({
  submission,
  submitLabel,
  children,
  label,
}: {
  submission: Submission;
  submitLabel: string;
  children: ReactNode;
  /** Accessible name of the form. */
  label: string;
}) {
  const t = useT();
  return (
    <form onSubmit={submission.onSubmit} aria-label={label} noValidate className="form">
      {submission.error !== undefined && <ErrorMessage error={submission.error} />}
      {children}
      <button type="submit" disabled={submission.busy} aria-busy={submission.busy}>
        {submission.busy ? t('form-busy') : submitLabel}
      </button>
    </form>
  );
}
