import { useState } from 'react';
import { ApiError, NETWORK_UNREACHABLE } from '../../api/client';
import { forum, type PostAttachment } from '../../api/forum';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { useOutbox } from '../../outbox/OutboxContext';
import { Link, useLocation, useParams } from '../../router';
import { AttachPicker } from './Attachments';
import { Composer, ForumNav, Select, useForumAccess, usePeople } from './common';

/** Start a topic: category, title, Markdown body with preview and mentions, files. Offline → outbox. */
export default function NewTopic() {
  const { code = '' } = useParams();
  const t = useT();
  const { search, navigate } = useLocation();
  const { me, isModerator } = useForumAccess(code);
  const people = usePeople(code);
  const { outbox } = useOutbox();
  const categories = useApi((signal) => forum.categories(code, { signal }), `forum-categories-${code}`);
  const usable = (categories.data ?? []).filter((c) => c.post_role === 'member' || isModerator);
  const [category, setCategory] = useState(new URLSearchParams(search).get('category') ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<PostAttachment[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(false);
  const chosen = category || usable[0]?.id || '';
  const fields = error instanceof ApiError ? error.fields : {};

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    const request = { category_id: chosen, title, body, attachments: files.map((f) => f.sha256) };
    const queue = async () => {
      if (!outbox) return false;
      // `client_id` carries the outbox's key: a retry after a lost answer creates no second topic.
      await outbox.enqueue({ method: 'POST', url: `${forum.base(code)}/topics`, body: request, keyField: 'client_id', label: t('forum-outbox-topic', { title }) });
      setQueued(true);
      return true;
    };
    try {
      if (navigator.onLine === false && (await queue())) return;
      const created = await forum.createTopic(code, request);
      navigate(`/t/${code}/forum/topic/${created.topic.id}`);
    } catch (e) {
      if (!(e instanceof ApiError && e.code === NETWORK_UNREACHABLE && (await queue()))) setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (me === undefined) return <Loading />;
  return (
    <>
      <PageHeading title={t('forum-new-topic')} />
      <ForumNav code={code} />
      {me === null && (
        <p className="error" role="alert">
          {t('error-unauthenticated')} <Link to="/sign-in">{t('nav-sign-in')}</Link>
        </p>
      )}
      {categories.error !== undefined && <ErrorMessage error={categories.error} onRetry={categories.reload} />}
      {queued ? (
        <p className="notice" role="status">
          {t('forum-queued')} <Link to={`/t/${code}/forum`}>{t('forum-topics')}</Link>
        </p>
      ) : (
        me && (
          <form
            className="form wide"
            aria-label={t('forum-new-topic')}
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Select label={t('forum-category')} value={chosen} onChange={setCategory}>
              {usable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
            <Field label={t('forum-topic-title')} name="title" required minLength={3} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} error={fields.title} />
            <Composer label={t('forum-topic-body')} value={body} onChange={setBody} handles={people.handles} error={fields.body} />
            <AttachPicker code={code} files={files} onChange={setFiles} />
            {error !== undefined && <ErrorMessage error={error} />}
            <div>
              <button type="submit" disabled={busy || !chosen}>
                {t('forum-post-topic')}
              </button>
            </div>
          </form>
        )
      )}
    </>
  );
}
