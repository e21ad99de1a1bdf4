import { useEffect, useState } from 'react';
import { appendPage, forum, PERIODS, SORTS, type Period, type Sort, type Topic } from '../../api/forum';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { Link, useLocation, useParams } from '../../router';
import { ForumNav, Select, useForumAccess } from './common';

const isSort = (s: string | null): s is Sort => SORTS.includes(s as Sort);
const isPeriod = (s: string | null): s is Period => PERIODS.includes(s as Period);

/** A territory's forum: categories (with unread counts) and topics in every sort, paged. */
export default function ForumHome() {
  const { code = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const { search, navigate } = useLocation();
  const query = new URLSearchParams(search);
  const sort: Sort = isSort(query.get('sort')) ? (query.get('sort') as Sort) : 'latest';
  const period: Period = isPeriod(query.get('period')) ? (query.get('period') as Period) : 'week';
  const category = query.get('category') ?? '';
  const { signedIn, isModerator } = useForumAccess(code);
  const territory = useApi((signal) => api.get('/api/v1/territories/{code}', { params: { code }, signal }), `territory-${code}`);
  const categories = useApi((signal) => forum.categories(code, { signal }), `forum-categories-${code}-${signedIn}`);
  const listKey = `${code}|${sort}|${period}|${category}|${signedIn}`;
  const first = useApi((signal) => forum.topics(code, { sort, period, category }, { signal }), `forum-topics-${listKey}`);
  const [topics, setTopics] = useState<Topic[]>([]);
  const [next, setNext] = useState<string | null | undefined>();
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => {
    if (first.data) {
      setTopics(first.data.items);
      setNext(first.data.next);
    }
  }, [first.data]);
  const loadMore = () => {
    if (!next) return;
    setLoadingMore(true);
    setMoreError(undefined);
    forum
      .topics(code, { sort, period, category, cursor: next })
      .then((page) => {
        setTopics((shown) => appendPage(shown, page));
        setNext(page.next);
      })
      .catch(setMoreError)
      .finally(() => setLoadingMore(false));
  };
  const link = (changes: Record<string, string>) => {
    const q = new URLSearchParams({ ...(sort !== 'latest' ? { sort } : {}), ...(sort === 'top' ? { period } : {}), ...(category ? { category } : {}), ...changes });
    for (const [k, v] of [...q.entries()]) if (!v) q.delete(k);
    if (q.get('sort') === 'latest') q.delete('sort');
    if (q.get('sort') !== 'top') q.delete('period');
    const s = q.toString();
    return `/t/${code}/forum${s ? `?${s}` : ''}`;
  };
  const categoryName = (id: string) => categories.data?.find((c) => c.id === id)?.name ?? '';

  // New category (moderators).
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [moderatorsOnly, setModeratorsOnly] = useState(false);
  const createCategory = useSubmit(async () => {
    await forum.createCategory(code, { slug, name, description, position: (categories.data?.length ?? 0) + 1, post_role: moderatorsOnly ? 'moderator' : 'member' });
    setSlug('');
    setName('');
    setDescription('');
    categories.reload();
  });

  const title = t('forum-title', { territory: territory.data?.name ?? code.toUpperCase() });
  return (
    <>
      <PageHeading title={title} />
      <ForumNav code={code} />
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t('forum-categories')}</h2>
        {categories.error !== undefined && <ErrorMessage error={categories.error} onRetry={categories.reload} />}
        {categories.loading && !categories.data && <Loading />}
        {categories.data && categories.data.length === 0 && <p>{t('forum-no-categories')}</p>}
        {categories.data && categories.data.length > 0 && (
          <ul className="category-list" data-testid="categories">
            <li>
              <Link to={link({ category: '' })} aria-current={category === '' ? 'page' : undefined}>
                {t('forum-all-categories')}
              </Link>
            </li>
            {categories.data.map((c) => (
              <li key={c.id}>
                <Link to={link({ category: c.id })} aria-current={category === c.id ? 'page' : undefined} className="topic-title">
                  {c.name}
                </Link>
                {c.unread > 0 && <span className="pill pill-unread">{t('forum-unread-posts', { count: c.unread })}</span>}
                {c.post_role === 'moderator' && <span className="pill">{t('forum-moderators-post')}</span>}
                <div className="topic-meta">
                  {c.description} {c.description && '·'} {t('forum-topic-count', { count: c.topic_count })}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">{category ? t('forum-topics-in', { category: categoryName(category) }) : t('forum-topics')}</h2>
        <div className="toolbar">
          {signedIn && categories.data && categories.data.length > 0 && (
            <Link to={`/t/${code}/forum/new${category ? `?category=${category}` : ''}`} className="button-link">
              {t('forum-new-topic')}
            </Link>
          )}
          {!signedIn && (
            <p className="muted">
              <Link to="/sign-in">{t('nav-sign-in')}</Link> {t('forum-sign-in-to-post')}
            </p>
          )}
        </div>
        <nav aria-label={t('forum-sort')}>
          <ul className="sort-tabs">
            {SORTS.filter((s) => signedIn || s !== 'unread').map((s) => (
              <li key={s}>
                <Link to={link({ sort: s })} aria-current={s === sort ? 'page' : undefined}>
                  {t(`forum-sort-${s}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {sort === 'top' && (
          <Select label={t('forum-period')} value={period} onChange={(p) => navigate(link({ period: p }), { replace: true })}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`forum-period-${p}`)}
              </option>
            ))}
          </Select>
        )}
        {first.error !== undefined && <ErrorMessage error={first.error} onRetry={first.reload} />}
        {first.loading && !first.data && <Loading />}
        {first.data && topics.length === 0 && <p>{t('forum-no-topics')}</p>}
        <ul className="topic-list" data-testid="topics">
          {topics.map((topic) => (
            <li key={topic.id}>
              <Link to={`/t/${code}/forum/topic/${topic.id}`} className="topic-title">
                {topic.title}
              </Link>
              {topic.pinned && <span className="pill">{t('forum-pinned')}</span>}
              {topic.locked && <span className="pill pill-locked">{t('forum-locked')}</span>}
              {topic.hidden && <span className="pill pill-locked">{t('forum-hidden')}</span>}
              {topic.unread > 0 && <span className="pill pill-unread">{t('forum-unread-posts', { count: topic.unread })}</span>}
              <div className="topic-meta">
                {!category && categoryName(topic.category_id) && <>{categoryName(topic.category_id)} · </>}
                {t('forum-replies', { count: Math.max(0, topic.post_count - 1) })} · {t('forum-reactions', { count: topic.reaction_count })} ·{' '}
                {t('forum-last-post', { when: format.dateTime(topic.last_post_at) })}
              </div>
            </li>
          ))}
        </ul>
        {moreError !== undefined && <ErrorMessage error={moreError} onRetry={loadMore} />}
        {next && (
          <button type="button" onClick={loadMore} disabled={loadingMore}>
            {t('forum-load-more')}
          </button>
        )}
      </section>

      {isModerator && (
        <section className="card" aria-labelledby="new-category">
          <h2 id="new-category">{t('forum-new-category')}</h2>
          <Form submission={createCategory} submitLabel={t('forum-create-category')} label={t('forum-new-category')}>
            <Field label={t('forum-category-name')} name="name" required value={name} onChange={(e) => setName(e.target.value)} error={createCategory.fields.name} />
            <Field label={t('forum-category-slug')} hint={t('forum-category-slug-hint')} name="slug" required value={slug} onChange={(e) => setSlug(e.target.value)} error={createCategory.fields.slug} />
            <Field label={t('forum-category-description')} name="description" value={description} onChange={(e) => setDescription(e.target.value)} error={createCategory.fields.description} />
            <label>
              <input type="checkbox" checked={moderatorsOnly} onChange={(e) => setModeratorsOnly(e.target.checked)} /> {t('forum-moderators-post')}
            </label>
          </Form>
        </section>
      )}
    </>
  );
}
