import { useErrorText, useT } from '../i18n/I18n';

/** An error in the person's language, with a retry button when retrying can help. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const text = useErrorText();
  return (
    <div className="error" role="alert">
      <p>
        <strong>{t('error-title')}.</strong> {text(error)}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
