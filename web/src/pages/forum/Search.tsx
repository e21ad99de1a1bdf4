import { useEffect, useState } from 'react';
import { forum, type SearchHit } from '../../api/forum';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18n';
import { Link, useLocation, useParams } from '../../router';
import { ForumNav } from './common';

/** Full-text search in the territory's language; the server's snippet marks the matches. */
export default function Search() {
  const { code = '' } = useParams();
  const t = useT();
  const { search, navigate } = useLocation();
  const q = new URLSearchParams(search).get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [next, setNext] = useState<string | null | undefined>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setDraft(q);
    setHits([]);
    setNext(undefined);
    if (!q.trim()) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    forum
      .search(code, q, null, { signal: controller.signal })
      .then((page) => {
        setHits(page.items);
        setNext(page.next);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [code, q]);
  const more = () => {
    if (!next) return;
    forum.search(code, q, next).then((page) => {
      const seen = new Set(hits.map((h) => h.post_id));
      setHits([...hits, ...page.items.filter((h) => !seen.has(h.post_id))]);
      setNext(page.next);
    }, setError);
  };
  return (
    <>
      <PageHeading title={t('forum-search')} />
      <ForumNav code={code} />
      <form
        role="search"
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/t/${code}/forum/search?q=${encodeURIComponent(draft)}`);
        }}
      >
        <div className="field">
          <label htmlFor="forum-q">{t('forum-search-words')}</label>
          <input id="forum-q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} required />
        </div>
        <button type="submit">{t('forum-search-go')}</button>
      </form>
      <p className="hint">{t('forum-search-hint')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {loading && <Loading />}
      {q && !loading && error === undefined && (
        <p role="status" className="muted">
          {t('forum-hits', { count: hits.length, more: next ? 'yes' : 'no' })}
        </p>
      )}
      <ul className="hit-list" data-testid="hits">
        {hits.map((h) => (
          <li key={h.post_id}>
            <Link to={`/t/${code}/forum/topic/${h.topic_id}#post-${h.post_id}`} className="topic-title">
              {h.title}
            </Link>{' '}
            <span className="muted">#{h.number}</span>
            {/* The server escapes the text and only adds <mark> around matches. */}
            <p className="snippet" dangerouslySetInnerHTML={{ __html: h.snippet }} />
          </li>
        ))}
      </ul>
      {next && (
        <button type="button" onClick={more}>
          {t('forum-load-more')}
        </button>
      )}
    </>
  );
}
