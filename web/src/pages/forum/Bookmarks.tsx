import { useEffect, useState } from 'react';
import { appendPage, forum, type Post } from '../../api/forum';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { Link, useParams } from '../../router';
import { PostAttachments } from './Attachments';
import { ForumNav } from './common';

/** The caller's bookmarked posts, newest first. */
export default function Bookmarks() {
  const { code = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const first = useApi((signal) => forum.bookmarks(code, null, { signal }), `forum-bookmarks-${code}`);
  const [posts, setPosts] = useState<Post[]>([]);
  const [next, setNext] = useState<string | null | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (first.data) {
      setPosts(first.data.items);
      setNext(first.data.next);
    }
  }, [first.data]);
  const more = () => {
    if (!next) return;
    forum.bookmarks(code, next).then((p) => {
      setPosts((s) => appendPage(s, p));
      setNext(p.next);
    }, setError);
  };
  return (
    <>
      <PageHeading title={t('forum-bookmarks')} />
      <ForumNav code={code} />
      {first.error !== undefined && <ErrorMessage error={first.error} onRetry={first.reload} />}
      {first.loading && !first.data && <Loading />}
      {first.data && posts.length === 0 && <p>{t('forum-bookmarks-empty')}</p>}
      <ul className="log-list" data-testid="bookmarks">
        {posts.map((p) => (
          <li key={p.id}>
            <Link to={`/t/${code}/forum/topic/${p.topic_id}#post-${p.id}`}>{t('forum-post-number', { number: p.number })}</Link> ·{' '}
            <time dateTime={p.created_at}>{format.dateTime(p.created_at)}</time>
            <div className="post-body" dangerouslySetInnerHTML={{ __html: p.html }} />
            <PostAttachments code={code} files={p.attachments} />
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
