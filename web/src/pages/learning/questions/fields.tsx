// Building blocks of the question editor: labelled inputs that show their own problem, and
// editable row lists (choices, answers, pairs …) that add, remove and reorder rows with plain
// buttons, so mouse, keyboard and screen readers all work the same way.
import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/I18n';
import { moveRow } from './forms';

/** Where the editor's inputs get their ids and messages. */
export interface Problems {
  /** The element id of the input for `path` (`kind.choices.0.text`). */
  id: (path: string) => string;
  /** The translated message for `path`, when problems are shown. */
  error: (path: string) => string | undefined;
}

export const ProblemsContext = createContext<Problems>({ id: (p) => p, error: () => undefined });

/** A labelled text input or textarea whose problem (if any) is tied to it. */
export function TextField({
  path,
  label,
  value,
  onChange,
  hint,
  multiline,
  numeric,
  className,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  /** A decimal number: numeric keyboard, no spell check. */
  numeric?: boolean;
  className?: string;
}) {
  const { id, error } = useContext(ProblemsContext);
  const inputId = id(path);
  const message = error(path);
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = message ? `${inputId}-error` : undefined;
  const props = {
    id: inputId,
    value,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  } as const;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...props} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} {...(numeric ? { inputMode: 'decimal' as const, spellCheck: false } : {})} onChange={(e) => onChange(e.target.value)} />
      )}
      {message && (
        <p id={errorId} className="field-error">
          {message}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label. */
export function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/**
 * An editable list of rows. Each row is a group named `rowName(i)` with up, down and remove
 * buttons; a new row's first input gets the focus, and after a removal the focus goes to the
 * add button, so a keyboard user never lands on nothing.
 */
export function RowList<T extends { key: number }>({
  path,
  legend,
  hint,
  rows,
  onChange,
  make,
  addLabel,
  rowName,
  min = 0,
  children,
}: {
  path: string;
  legend: string;
  hint?: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  make: () => T;
  addLabel: string;
  rowName: (index: number) => string;
  /** Rows that cannot be removed below this count. */
  min?: number;
  /** The inputs of one row; `update` patches it. */
  children: (row: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}) {
  const t = useT();
  const { id, error } = useContext(ProblemsContext);
  const listId = id(path);
  const message = error(path);
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // Where the focus goes after the rows change: the add button, a new row's first input, or
  // the moved row's button (the other one when it reached an end and is now disabled).
  const [focus, setFocus] = useState<{ row?: number; to: 'add' | 'first' | 'up' | 'down' }>();
  // A layout effect: the focus moves before the next paint and the next keystroke, so
  // typing right after "Add" lands in the new row (a deferred effect can lose a key).
  useLayoutEffect(() => {
    if (!focus) return;
    const row = listRef.current?.querySelector(`[data-row="${focus.row}"]`);
    if (focus.to === 'add') addRef.current?.focus();
    else if (focus.to === 'first') row?.querySelector<HTMLElement>(':is(input, textarea, select)')?.focus();
    else {
      const button = row?.querySelector<HTMLButtonElement>(`[data-move="${focus.to}"]`);
      const other = row?.querySelector<HTMLButtonElement>(`[data-move="${focus.to === 'up' ? 'down' : 'up'}"]`);
      (button && !button.disabled ? button : other)?.focus();
    }
    setFocus(undefined);
  }, [focus]);
  const hintId = hint ? `${listId}-hint` : undefined;
  const errorId = message ? `${listId}-error` : undefined;
  return (
    <fieldset className="qf-list" id={listId} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {message && (
        <p id={errorId} className="field-error">
          {message}
        </p>
      )}
      <ol ref={listRef}>
        {rows.map((row, i) => {
          const name = rowName(i);
          return (
            <li key={row.key} data-row={row.key}>
              <fieldset className="qf-row">
                <legend>{name}</legend>
                <div className="qf-row-fields">{children(row, i, (patch) => onChange(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r))))}</div>
                <div className="qf-row-actions">
                  <button type="button" className="secondary" disabled={i === 0} data-move="up"
                    aria-label={t('learn-q-up', { item: name })}
                    onClick={() => {
                      onChange(moveRow(rows, i, -1));
                      setFocus({ row: row.key, to: 'up' });
                    }}
                  >
                    {t('learn-qf-up')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={i === rows.length - 1}
                    data-move="down"
                    aria-label={t('learn-q-down', { item: name })}
                    onClick={() => {
                      onChange(moveRow(rows, i, 1));
                      setFocus({ row: row.key, to: 'down' });
                    }}
                  >
                    {t('learn-qf-down')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={rows.length <= min}
                    aria-label={t('learn-qf-remove-row', { item: name })}
                    onClick={() => {
                      onChange(rows.filter((r) => r.key !== row.key));
                      setFocus({ to: 'add' });
                    }}
                  >
                    {t('learn-qf-remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="secondary"
        ref={addRef}
        onClick={() => {
          const row = make();
          onChange([...rows, row]);
          setFocus({ row: row.key, to: 'first' });
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
