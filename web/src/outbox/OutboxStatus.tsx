import { useErrorText, useFormat, useT } from '../i18n/I18n';
import { ApiError } from '../api/client';
import { useOutbox } from './OutboxContext';

/** What waits to sync (and what the server refused), with "sync now" and "discard". */
export function OutboxStatus() {
  const { outbox, items, syncNow } = useOutbox();
  const t = useT();
  const errorText = useErrorText();
  const format = useFormat();
  if (items.length === 0) return null;
  const waiting = items.filter((i) => i.state === 'waiting');
  const failed = items.filter((i) => i.state === 'failed');
  return (
    <section className="outbox" aria-labelledby="outbox-heading" aria-live="polite">
      <h2 id="outbox-heading" className="outbox-heading">
        {waiting.length > 0 && t('outbox-waiting', { count: waiting.length })}{' '}
        {failed.length > 0 && t('outbox-failed', { count: failed.length })}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <span>{item.label}</span> <span className="muted">{t('outbox-sent-at', { when: format.dateTime(item.createdAt) })}</span>
            {item.error && (
              <span className="error-inline">
                {' '}
                {errorText(new ApiError(item.error.status, { error: item.error.code, message: item.error.message }))}
              </span>
            )}
            {item.state === 'failed' && (
              <button type="button" onClick={() => void outbox?.remove(item.id)}>
                {t('outbox-discard')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {waiting.length > 0 && (
        <button type="button" onClick={syncNow}>
          {t('outbox-sync-now')}
        </button>
      )}
    </section>
  );
}
