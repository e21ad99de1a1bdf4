import { useEffect, useState } from 'react';
import { appendPage, forum, type ModLogEntry } from '../../api/forum';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { Link, useParams } from '../../router';
import { ForumNav, usePeople } from './common';

/** The public moderation log: who did what, why and when. */
export default function ModLog() {
  const { code = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const first = useApi((signal) => forum.modLog(code, null, { signal }), `forum-log-${code}`);
  const [entries, setEntries] = useState<ModLogEntry[]>([]);
  const [next, setNext] = useState<string | null | undefined>();
  const [error, setError] = useState<unknown>();
  const people = usePeople(code, entries.map((e) => e.moderator_id));
  useEffect(() => {
    if (first.data) {
      setEntries(first.data.items);
      setNext(first.data.next);
    }
  }, [first.data]);
  const more = () => {
    if (!next) return;
    forum.modLog(code, next).then((p) => {
      setEntries((e) => appendPage(e, p));
      setNext(p.next);
    }, setError);
  };
  return (
    <>
      <PageHeading title={t('forum-log')} />
      <ForumNav code={code} />
      <p>{t('forum-log-intro')}</p>
      {first.error !== undefined && <ErrorMessage error={first.error} onRetry={first.reload} />}
      {first.loading && !first.data && <Loading />}
      {first.data && entries.length === 0 && <p>{t('forum-log-empty')}</p>}
      <ul className="log-list" data-testid="mod-log">
        {entries.map((e) => (
          <li key={e.id}>
            <strong>{t(`forum-action-${e.action}`)}</strong> · {people.name(e.moderator_id)} ·{' '}
            <time dateTime={e.created_at}>{format.dateTime(e.created_at)}</time>
            <div>
              {t('forum-log-reason')}: {e.reason}
            </div>
            {e.topic_id && (
              <div>
                <Link to={`/t/${code}/forum/topic/${e.topic_id}${e.post_id ? `#post-${e.post_id}` : ''}`}>{t('forum-log-open')}</Link>
              </div>
            )}
            {Object.keys(e.details ?? {}).length > 0 && <div className="muted">{Object.entries(e.details as Record<string, unknown>).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' · ')}</div>}
          </li>
        ))}
      </ul>
      {error !== undefined && <ErrorMessage error={error} />}
      {next && (
        <button type="button" onClick={more}>
          {t('forum-load-more')}
        </button>
      )}
    </>
  );
}
