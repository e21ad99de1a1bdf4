import { useEffect, useId, useState } from 'react';
import { appendPage, forum, type Flag } from '../../api/forum';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { Link, useParams } from '../../router';
import { ForumNav, usePeople } from './common';

/** The flag queue (moderators), oldest first; each flag is resolved with a public note. */
export default function Flags() {
  const { code = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const first = useApi((signal) => forum.flags(code, null, { signal }), `forum-flags-${code}`);
  const [flags, setFlags] = useState<Flag[]>([]);
  const [next, setNext] = useState<string | null | undefined>();
  const [error, setError] = useState<unknown>();
  const people = usePeople(code, flags.map((f) => f.flagger_id));
  useEffect(() => {
    if (first.data) {
      setFlags(first.data.items);
      setNext(first.data.next);
    }
  }, [first.data]);
  const more = () => {
    if (!next) return;
    forum.flags(code, next).then((p) => {
      setFlags((f) => appendPage(f, p));
      setNext(p.next);
    }, setError);
  };
  return (
    <>
      <PageHeading title={t('forum-flags')} />
      <ForumNav code={code} />
      {first.error !== undefined && <ErrorMessage error={first.error} onRetry={first.reload} />}
      {first.loading && !first.data && <Loading />}
      {first.data && flags.length === 0 && <p>{t('forum-flags-empty')}</p>}
      <ul className="log-list" data-testid="flags">
        {flags.map((f) => (
          <FlagItem key={f.id} code={code} flag={f} who={people.name(f.flagger_id)} when={format.dateTime(f.created_at)} onResolved={() => setFlags((all) => all.filter((x) => x.id !== f.id))} />
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

function FlagItem({ code, flag, who, when, onResolved }: { code: string; flag: Flag; who: string; when: string; onResolved: () => void }) {
  const t = useT();
  const id = useId();
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState<unknown>();
  return (
    <li>
      <strong>{t(`forum-flag-${flag.reason}`)}</strong> · {who} · {when}
      {flag.note && <div>{flag.note}</div>}
      <div>
        <Link to={`/t/${code}/forum/topic/${flag.topic_id}#post-${flag.post_id}`}>{t('forum-flag-open')}</Link>
      </div>
      <form
        className="toolbar"
        aria-label={t('forum-flag-resolve')}
        onSubmit={(e) => {
          e.preventDefault();
          forum.resolveFlag(code, flag.id, resolution).then(onResolved, setError);
        }}
      >
        <div className="field inline-field">
          <label htmlFor={id}>{t('forum-flag-resolution')}</label>
          <input id={id} required value={resolution} onChange={(e) => setResolution(e.target.value)} />
        </div>
        <button type="submit">{t('forum-flag-resolve')}</button>
      </form>
      {error !== undefined && <ErrorMessage error={error} />}
    </li>
  );
}
