import { useState } from 'react';
import { useFocusSwap } from '../../components/useFocusSwap';
import { useT } from '../../i18n/I18n';

/**
 * A button for an action that is hard to undo: the first press asks "Are you sure?" in place
 * (with the consequence spelled out), and only the confirm button runs it. Focus moves to the
 * question and back, so keyboard and screen-reader users follow along.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled,
  className,
}: {
  label: string;
  /** What will happen, in full ("Lock @ada:dk? Their sessions end."). */
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const { opener: openRef, inner: confirmRef } = useFocusSwap<HTMLButtonElement>(asking);
  if (!asking) {
    return (
      <button type="button" ref={openRef} className={className} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        ref={confirmRef}
        className="danger"
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('admin-confirm', { action: label })}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('admin-keep')}
      </button>
    </span>
  );
}
