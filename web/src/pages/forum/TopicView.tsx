import { useEffect, useId, useState } from 'react';
import { ApiError, NETWORK_UNREACHABLE } from '../../api/client';
import {
  appendPage,
  FLAG_REASONS,
  forum,
  markMentions,
  mentionedHandles,
  quoteMarkdown,
  reactionCounts,
  type Category,
  type Post,
  type PostAttachment,
  type Revision,
  type Topic,
  type TopicAction,
  type TopicPage as TopicPageView,
} from '../../api/forum';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { useOutbox } from '../../outbox/OutboxContext';
import { Link, useParams } from '../../router';
import { AttachPicker, PostAttachments } from './Attachments';
import { Composer, ForumNav, Select, useForumAccess, usePeople } from './common';

/** The caller's marks from a topic page (`viewer`), added to what is already known. */
function withViewer(
  marks: { bookmarked: Set<string>; reacted: Map<string, string[]> },
  viewer: TopicPageView['viewer'],
): { bookmarked: Set<string>; reacted: Map<string, string[]> } {
  const bookmarked = new Set(marks.bookmarked);
  const reacted = new Map(marks.reacted);
  for (const id of viewer?.bookmarked ?? []) bookmarked.add(id);
  for (const [id, emoji] of Object.entries(viewer?.reacted ?? {})) reacted.set(id, emoji ?? []);
  return { bookmarked, reacted };
}

const MOD_ACTIONS = ['lock', 'unlock', 'pin', 'unpin', 'hide', 'unhide', 'move', 'merge', 'slow_mode'] as const;
type ModAction = (typeof MOD_ACTIONS)[number];

/** A topic: its posts, replying (with reply-to and quote), and everything one can do to a post. */
export default function TopicView() {
  const { code = '', topic: topicId = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const { me, signedIn, isModerator } = useForumAccess(code);
  const { outbox } = useOutbox();
  const page = useApi((signal) => forum.topic(code, topicId, null, { signal }), `forum-topic-${code}-${topicId}-${signedIn}`);
  const settings = useApi((signal) => forum.settings(code, { signal }), `forum-settings-${code}`);
  const categories = useApi((signal) => forum.categories(code, { signal }), `forum-categories-${code}`);
  const [topic, setTopic] = useState<Topic>();
  const [posts, setPosts] = useState<Post[]>([]);
  const [next, setNext] = useState<string | null | undefined>();
  const [moreError, setMoreError] = useState<unknown>();
  // What the caller did here, as the server reports it (`viewer`), kept up to date locally.
  const [bookmarked, setBookmarked] = useState<Set<string>>(new Set());
  const [reacted, setReacted] = useState<Map<string, string[]>>(new Map());
  const [subscribed, setSubscribed] = useState(false);
  const [body, setBody] = useState('');
  const [replyTo, setReplyTo] = useState<Post | null>(null);
  const [quoteOf, setQuoteOf] = useState<Post | null>(null);
  const [replyError, setReplyError] = useState<unknown>();
  const [replyBusy, setReplyBusy] = useState(false);
  const [replyFiles, setReplyFiles] = useState<PostAttachment[]>([]);
  const [queued, setQueued] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const people = usePeople(code, posts.map((p) => p.author_id));

  useEffect(() => {
    if (!page.data) return;
    setTopic(page.data.topic);
    setPosts(page.data.posts.items);
    setNext(page.data.posts.next);
    setSubscribed(page.data.viewer?.following ?? false);
    const marks = withViewer({ bookmarked: new Set(), reacted: new Map() }, page.data.viewer);
    setBookmarked(marks.bookmarked);
    setReacted(marks.reacted);
  }, [page.data]);

  // Read state: everything shown up to the highest post number is read.
  const highest = posts.reduce((n, p) => Math.max(n, p.number), 0);
  useEffect(() => {
    if (!signedIn || highest === 0) return;
    forum.markRead(code, topicId, highest).then(setTopic, () => undefined);
  }, [signedIn, highest, code, topicId]);

  const loadMore = () => {
    if (!next) return;
    setMoreError(undefined);
    forum.topic(code, topicId, next).then((p) => {
      setPosts((shown) => appendPage(shown, p.posts));
      setNext(p.posts.next);
      const marks = withViewer({ bookmarked, reacted }, p.viewer);
      setBookmarked(marks.bookmarked);
      setReacted(marks.reacted);
    }, setMoreError);
  };
  const replace = (post: Post) => setPosts((shown) => shown.map((p) => (p.id === post.id ? post : p)));
  const act = (action: () => Promise<unknown>) => {
    setActionError(undefined);
    action().catch(setActionError);
  };

  const send = async () => {
    if (!body.trim() || replyBusy) return;
    setReplyBusy(true);
    setReplyError(undefined);
    setQueued(false);
    const request = { body, reply_to: replyTo?.id ?? null, quote_of: quoteOf?.id ?? null, attachments: replyFiles.map((f) => f.sha256) };
    const queue = async () => {
      if (!outbox) return false;
      await outbox.enqueue({
        method: 'POST',
        url: `${forum.base(code)}/topics/${encodeURIComponent(topicId)}/posts`,
        body: request,
        // The outbox's key as `client_id`: a retried reply is posted once.
        keyField: 'client_id',
        label: t('forum-outbox-reply', { title: topic?.title ?? '' }),
      });
      return true;
    };
    try {
      if (navigator.onLine === false && (await queue())) {
        setQueued(true);
      } else {
        const post = await forum.reply(code, topicId, request);
        setPosts((shown) => appendPage(shown, { items: [post] }));
        setTopic((tp) => (tp ? { ...tp, post_count: tp.post_count + 1 } : tp));
      }
      setBody('');
      setReplyFiles([]);
      setReplyTo(null);
      setQuoteOf(null);
    } catch (e) {
      if (e instanceof ApiError && e.code === NETWORK_UNREACHABLE && (await queue())) {
        setQueued(true);
        setBody('');
        setReplyFiles([]);
        setReplyTo(null);
        setQuoteOf(null);
      } else {
        setReplyError(e);
      }
    } finally {
      setReplyBusy(false);
    }
  };

  if (page.error !== undefined && !page.data) {
    return (
      <>
        <PageHeading title={t('forum-topic')} />
        <ForumNav code={code} />
        <ErrorMessage error={page.error} onRetry={page.reload} />
      </>
    );
  }
  if (!topic) {
    return (
      <>
        <PageHeading title={t('forum-topic')} />
        <Loading />
      </>
    );
  }
  const emoji = settings.data?.emoji ?? [];
  const handles = [...new Set([...people.handles, ...posts.flatMap((p) => mentionedHandles(p.body))])];
  const canReply = signedIn && (!topic.locked || isModerator) && !topic.merged_into;
  const categoryName = categories.data?.find((c) => c.id === topic.category_id)?.name;
  return (
    <>
      <PageHeading title={topic.title} />
      <ForumNav code={code} />
      <p className="topic-meta">
        {categoryName && (
          <>
            <Link to={`/t/${code}/forum?category=${topic.category_id}`}>{categoryName}</Link> ·{' '}
          </>
        )}
        {t('forum-replies', { count: Math.max(0, topic.post_count - 1) })}
        {topic.pinned && <span className="pill">{t('forum-pinned')}</span>}
        {topic.locked && <span className="pill pill-locked">{t('forum-locked')}</span>}
        {topic.hidden && <span className="pill pill-locked">{t('forum-hidden')}</span>}
        {topic.slow_mode_secs > 0 && <span className="pill">{t('forum-slow-mode-on', { seconds: topic.slow_mode_secs })}</span>}
      </p>
      {topic.locked && (
        <p className="notice" role="status" data-testid="locked-notice">
          {t('forum-locked-notice')}
        </p>
      )}
      {topic.merged_into && (
        <p className="notice">
          {t('forum-merged-notice')} <Link to={`/t/${code}/forum/topic/${topic.merged_into}`}>{t('forum-merged-link')}</Link>
        </p>
      )}
      {signedIn && (
        <div className="toolbar">
          <button
            type="button"
            className="secondary"
            aria-pressed={subscribed}
            onClick={() =>
              act(async () => {
                await forum.subscribe(code, topicId, !subscribed);
                setSubscribed(!subscribed);
              })
            }
          >
            {t(subscribed ? 'forum-subscribed' : 'forum-subscribe')}
          </button>
        </div>
      )}
      {actionError !== undefined && <ErrorMessage error={actionError} />}
      <ol className="post-list" data-testid="posts">
        {posts.map((post) => (
          <PostItem
            key={post.id}
            code={code}
            post={post}
            posts={posts}
            emoji={emoji}
            author={people.name(post.author_id)}
            mine={post.author_id === me?.user_id}
            signedIn={signedIn}
            isModerator={isModerator}
            bookmarked={bookmarked.has(post.id)}
            reacted={reacted.get(post.id) ?? []}
            handles={handles}
            onChange={replace}
            onReacted={(emoji) => setReacted((r) => new Map(r).set(post.id, emoji))}
            onBookmark={(on) =>
              act(async () => {
                await forum.bookmark(code, post.id, on);
                setBookmarked((b) => {
                  const n = new Set(b);
                  if (on) n.add(post.id);
                  else n.delete(post.id);
                  return n;
                });
              })
            }
            onReply={() => {
              setReplyTo(post);
              document.getElementById('reply-heading')?.focus();
            }}
            onQuote={() => {
              setQuoteOf(post);
              setReplyTo(post);
              setBody((b) => quoteMarkdown(post.body) + b);
              document.getElementById('reply-heading')?.focus();
            }}
            onError={setActionError}
            format={format}
          />
        ))}
      </ol>
      {moreError !== undefined && <ErrorMessage error={moreError} onRetry={loadMore} />}
      {next && (
        <button type="button" onClick={loadMore}>
          {t('forum-load-more-posts')}
        </button>
      )}
      {canReply && (
        <section className="card" aria-labelledby="reply-heading">
          <h2 id="reply-heading" tabIndex={-1}>
            {t('forum-reply')}
          </h2>
          {replyTo && (
            <p>
              {t(quoteOf ? 'forum-quoting' : 'forum-replying-to', { number: replyTo.number, author: people.name(replyTo.author_id) })}{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setReplyTo(null);
                  setQuoteOf(null);
                }}
              >
                {t('forum-cancel-reply-to')}
              </button>
            </p>
          )}
          <form
            aria-labelledby="reply-heading"
            className="form wide"
            onSubmit={(e) => {
              e.preventDefault();
              void send();
            }}
          >
            <Composer label={t('forum-your-reply')} value={body} onChange={setBody} handles={handles} error={replyError instanceof ApiError ? replyError.fields.body : undefined} />
            <AttachPicker code={code} files={replyFiles} onChange={setReplyFiles} />
            {replyError !== undefined && <ErrorMessage error={replyError} />}
            {queued && (
              <p className="notice" role="status">
                {t('forum-queued')}
              </p>
            )}
            <div>
              <button type="submit" disabled={replyBusy}>
                {t('forum-post-reply')}
              </button>
            </div>
          </form>
        </section>
      )}
      {!signedIn && (
        <p>
          <Link to="/sign-in">{t('nav-sign-in')}</Link> {t('forum-sign-in-to-post')}
        </p>
      )}
      {isModerator && <ModerationPanel code={code} topic={topic} categories={categories.data ?? []} onDone={(tp) => setTopic({ ...topic, ...tp })} />}
    </>
  );
}

function PostItem({
  code,
  post,
  posts,
  emoji,
  author,
  mine,
  signedIn,
  isModerator,
  bookmarked,
  reacted,
  handles,
  onChange,
  onReacted,
  onBookmark,
  onReply,
  onQuote,
  onError,
  format,
}: {
  code: string;
  post: Post;
  posts: Post[];
  emoji: string[];
  author: string;
  mine: boolean;
  signedIn: boolean;
  isModerator: boolean;
  bookmarked: boolean;
  /** The caller's reactions on this post. */
  reacted: string[];
  handles: string[];
  onChange: (p: Post) => void;
  onReacted: (emoji: string[]) => void;
  onBookmark: (on: boolean) => void;
  onReply: () => void;
  onQuote: () => void;
  onError: (e: unknown) => void;
  format: ReturnType<typeof useFormat>;
}) {
  const t = useT();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const [editError, setEditError] = useState<unknown>();
  const [history, setHistory] = useState<Revision[] | null>(null);
  const [flagging, setFlagging] = useState(false);
  const [flagReason, setFlagReason] = useState<string>('spam');
  const [flagNote, setFlagNote] = useState('');
  const [flagged, setFlagged] = useState(false);
  const [flagError, setFlagError] = useState<unknown>();
  const [modReason, setModReason] = useState('');
  const gone = post.deleted || post.hidden;
  const parent = post.reply_to ? posts.find((p) => p.id === post.reply_to) : undefined;
  const toggleReaction = (e: string) => {
    const on = !reacted.includes(e);
    forum.react(code, post.id, e, on).then((p) => {
      onReacted(on ? [...reacted, e] : reacted.filter((x) => x !== e));
      onChange(p);
    }, onError);
  };
  return (
    <li className="post" id={`post-${post.id}`} aria-labelledby={headingId} data-testid="post">
      <h3 id={headingId} className="post-meta">
        <span>#{post.number}</span> · {author} · <time dateTime={post.created_at}>{format.dateTime(post.created_at)}</time>
        {post.edited_at && <> · {t('forum-edited', { when: format.dateTime(post.edited_at) })}</>}
      </h3>
      {post.reply_to && (
        <p className="post-meta">
          <a href={`#post-${post.reply_to}`}>{t('forum-in-reply-to', { number: parent?.number ?? '?' })}</a>
        </p>
      )}
      {gone ? (
        <p className="post-gone">{t(post.deleted ? 'forum-post-deleted' : 'forum-post-hidden')}</p>
      ) : editing ? (
        <form
          className="form wide"
          aria-label={t('forum-edit-post', { number: post.number })}
          onSubmit={(e) => {
            e.preventDefault();
            setEditError(undefined);
            forum.edit(code, post.id, draft).then((p) => {
              onChange(p);
              setEditing(false);
              setHistory(null);
            }, setEditError);
          }}
        >
          <Composer label={t('forum-edit-post', { number: post.number })} value={draft} onChange={setDraft} handles={handles} autoFocus error={editError instanceof ApiError ? editError.fields.body : undefined} />
          {editError !== undefined && <ErrorMessage error={editError} />}
          <div className="toolbar">
            <button type="submit">{t('forum-save')}</button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('forum-cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="post-body" data-testid="post-body" dangerouslySetInnerHTML={{ __html: markMentions(post.html, post.body, post.mentions.length, code) }} />
      )}
      <PostAttachments code={code} files={post.attachments} />
      {!gone && (
        <div className="reactions" role="group" aria-label={t('forum-reactions-label')}>
          {reactionCounts(post.reactions, emoji).map(([e, n]) =>
            signedIn ? (
              <button key={e} type="button" aria-pressed={reacted.includes(e)} onClick={() => toggleReaction(e)}>
                {e} {n > 0 ? format.number(n) : ''}
                <span className="visually-hidden">, {t('forum-reactions', { count: n })}</span>
              </button>
            ) : n > 0 ? (
              <span key={e} className="pill">
                {e} {format.number(n)}
              </span>
            ) : null,
          )}
        </div>
      )}
      {signedIn && !gone && (
        <div className="post-actions">
          <button type="button" onClick={onReply}>
            {t('forum-reply-to-this')}
          </button>
          <button type="button" onClick={onQuote}>
            {t('forum-quote')}
          </button>
          <button type="button" aria-pressed={bookmarked} onClick={() => onBookmark(!bookmarked)}>
            {t(bookmarked ? 'forum-bookmarked' : 'forum-bookmark')}
          </button>
          {(mine || isModerator) && !editing && (
            <button
              type="button"
              onClick={() => {
                setDraft(post.body);
                setEditing(true);
              }}
            >
              {t('forum-edit')}
            </button>
          )}
          {(mine || isModerator) && (
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t('forum-delete-confirm'))) forum.remove(code, post.id).then(() => onChange({ ...post, deleted: true, body: '', html: '' }), onError);
              }}
            >
              {t('forum-delete')}
            </button>
          )}
          {!mine && !flagged && (
            <button type="button" aria-expanded={flagging} onClick={() => setFlagging(!flagging)}>
              {t('forum-flag')}
            </button>
          )}
          {post.revision > 1 && (
            <button
              type="button"
              aria-expanded={history !== null}
              onClick={() => (history ? setHistory(null) : forum.revisions(code, post.id).then(setHistory, onError))}
            >
              {t('forum-history', { count: post.revision })}
            </button>
          )}
        </div>
      )}
      {!signedIn && post.revision > 1 && !gone && (
        <button type="button" className="secondary" onClick={() => (history ? setHistory(null) : forum.revisions(code, post.id).then(setHistory, onError))}>
          {t('forum-history', { count: post.revision })}
        </button>
      )}
      {history && (
        <ol className="revisions" aria-label={t('forum-history', { count: post.revision })}>
          {history.map((r) => (
            <li key={r.revision}>
              <div className="post-meta">
                {t('forum-revision', { number: r.revision, when: format.dateTime(r.edited_at) })}
              </div>
              <pre>{r.body}</pre>
            </li>
          ))}
        </ol>
      )}
      {flagged && (
        <p className="notice" role="status">
          {t('forum-flagged')}
        </p>
      )}
      {flagging && (
        <form
          className="form"
          aria-label={t('forum-flag-post', { number: post.number })}
          onSubmit={(e) => {
            e.preventDefault();
            setFlagError(undefined);
            forum.flag(code, post.id, flagReason, flagNote).then(() => {
              setFlagged(true);
              setFlagging(false);
            }, setFlagError);
          }}
        >
          <Select label={t('forum-flag-reason')} value={flagReason} onChange={setFlagReason}>
            {FLAG_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`forum-flag-${r}`)}
              </option>
            ))}
          </Select>
          <LabelledTextarea label={t('forum-flag-note')} value={flagNote} onChange={setFlagNote} />
          {flagError !== undefined && <ErrorMessage error={flagError} />}
          <div>
            <button type="submit">{t('forum-flag-send')}</button>
          </div>
        </form>
      )}
      {isModerator && (
        <form
          className="toolbar"
          aria-label={t('forum-moderate-post', { number: post.number })}
          onSubmit={(e) => {
            e.preventDefault();
            forum.moderatePost(code, post.id, post.hidden ? 'unhide' : 'hide', modReason).then((p) => {
              onChange(p);
              setModReason('');
            }, onError);
          }}
        >
          <LabelledInput label={t('forum-mod-reason')} value={modReason} onChange={setModReason} />
          <button type="submit" className="secondary">
            {t(post.hidden ? 'forum-unhide-post' : 'forum-hide-post')}
          </button>
        </form>
      )}
    </li>
  );
}

function LabelledTextarea({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={2} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function LabelledInput({ label, value, onChange, type = 'text', required = true }: { label: string; value: string; onChange: (v: string) => void; type?: string; required?: boolean }) {
  const id = useId();
  return (
    <div className="field inline-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} required={required} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** Lock, pin, hide, move, merge and slow mode, each with a public reason. */
function ModerationPanel({ code, topic, categories, onDone }: { code: string; topic: Topic; categories: Category[]; onDone: (t: Topic) => void }) {
  const t = useT();
  const [action, setAction] = useState<ModAction>(topic.locked ? 'unlock' : 'lock');
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [seconds, setSeconds] = useState(String(topic.slow_mode_secs || 60));
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const request = (): TopicAction => {
    switch (action) {
      case 'move':
        return { action, category_id: target || (categories.find((c) => c.id !== topic.category_id)?.id ?? '') };
      case 'merge':
        return { action, into: target.trim().split('/').pop() ?? '' };
      case 'slow_mode':
        return { action, seconds: Number(seconds) };
      default:
        return { action };
    }
  };
  return (
    <section className="card mod-panel" aria-labelledby="mod-heading">
      <h2 id="mod-heading">{t('forum-moderation')}</h2>
      <form
        aria-labelledby="mod-heading"
        onSubmit={(e) => {
          e.preventDefault();
          setError(undefined);
          setDone(undefined);
          forum.moderateTopic(code, topic.id, request(), reason).then((tp) => {
            onDone(tp);
            setDone(t('forum-mod-done', { action: t(`forum-action-${action}`) }));
            setReason('');
          }, setError);
        }}
      >
        <Select label={t('forum-mod-action')} value={action} onChange={(v) => setAction(v as ModAction)}>
          {MOD_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`forum-action-${a}`)}
            </option>
          ))}
        </Select>
        {action === 'move' && (
          <Select label={t('forum-move-to')} value={target} onChange={setTarget}>
            <option value="">{t('forum-choose')}</option>
            {categories
              .filter((c) => c.id !== topic.category_id)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </Select>
        )}
        {action === 'merge' && <LabelledInput label={t('forum-merge-into')} value={target} onChange={setTarget} />}
        {action === 'slow_mode' && <LabelledInput label={t('forum-slow-mode-seconds')} type="number" value={seconds} onChange={setSeconds} />}
        <LabelledInput label={t('forum-mod-reason')} value={reason} onChange={setReason} />
        <button type="submit">{t('forum-mod-apply')}</button>
      </form>
      {error !== undefined && <ErrorMessage error={error} />}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
