// Forum API calls (categories, topics, posts, reactions, search, moderation) typed from the
// generated OpenAPI schema, plus the small pure helpers the forum screens share (query strings,
// "load more" paging, @mention parsing for autocomplete and display). The helpers are pure so
// Vitest covers them without a browser.
import { ApiError, NETWORK_UNREACHABLE, api, readResponse, type RequestOptions } from './client';
import type { components } from './schema';

type S = components['schemas'];
export type Category = S['Category'];
export type Topic = S['Topic'];
export type Post = S['Post'];
export type Revision = S['Revision'];
export type SearchHit = S['SearchHit'];
export type Flag = S['Flag'];
export type ModLogEntry = S['ModLogEntry'];
export type ForumSettings = S['Settings'];
export type TopicPage = S['TopicPage'];
export type TopicAction = S['TopicAction'];
export type NewTopic = S['NewTopic'];
export type NewPost = S['NewPost'];
export type PostAttachment = S['PostAttachment'];

/** Most files one post can carry (the server refuses more with `422 fields.attachments`). */
export const MAX_ATTACHMENTS = 10;

/** A file size for display: bytes under 1 KiB, KiB (one decimal) under 1 MiB, else MiB. */
export function sizeParts(bytes: number): { size: number; units: 'b' | 'kb' | 'mb' } {
  if (bytes < 1024) return { size: bytes, units: 'b' };
  if (bytes < 1024 * 1024) return { size: Math.round((bytes / 1024) * 10) / 10, units: 'kb' };
  return { size: Math.round((bytes / (1024 * 1024)) * 10) / 10, units: 'mb' };
}

/** Where an attachment is downloaded (the server's `url`, or the route built from its id). */
export function attachmentUrl(territory: string, a: Pick<PostAttachment, 'sha256' | 'url'>): string {
  return a.url ?? `/api/v1/t/${encodeURIComponent(territory)}/forum/attachments/${encodeURIComponent(a.sha256)}`;
}

/** A person as the forum names them (`GET …/forum/people?ids=…`). */
export interface ForumPerson {
  user_id: string;
  /** `@handle:territory`. */
  handle: string;
  display_name: string;
}

/** One page of a cursor-paginated listing. */
export interface Page<T> {
  items: T[];
  next?: string | null;
}

export const SORTS = ['latest', 'top', 'hot', 'unread'] as const;
export type Sort = (typeof SORTS)[number];
export const PERIODS = ['day', 'week', 'month', 'year', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const FLAG_REASONS = ['spam', 'abuse', 'off_topic', 'illegal', 'other'] as const;

/** Options of the topic listing. */
export interface ListOptions {
  sort?: Sort;
  period?: Period;
  category?: string;
  cursor?: string | null;
  limit?: number;
}

/** `?a=b&…` from the given values, leaving out empty ones (and `period` unless sorting by top). */
export function topicsQuery(options: ListOptions): string {
  const q = new URLSearchParams();
  if (options.sort && options.sort !== 'latest') q.set('sort', options.sort);
  if (options.sort === 'top' && options.period) q.set('period', options.period);
  if (options.category) q.set('category', options.category);
  if (options.cursor) q.set('cursor', options.cursor);
  if (options.limit) q.set('limit', String(options.limit));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Append a "load more" page to what is shown. Keyset cursors never repeat an item, but a page
 * reloaded after a post arrived can overlap what is shown, so items already there are skipped.
 */
export function appendPage<T extends { id: string }>(shown: T[], page: Page<T>): T[] {
  const seen = new Set(shown.map((i) => i.id));
  return [...shown, ...page.items.filter((i) => !seen.has(i.id))];
}

const HANDLE_CHAR = /[A-Za-z0-9_]/;

/**
 * The `@handle` being typed at `caret`, for autocomplete: `{ start, query }` where `start` is
 * the index of the `@`, or null when the caret is not in a mention (e.g. in an e-mail address
 * or a code span).
 */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  let i = caret;
  while (i > 0 && HANDLE_CHAR.test(text[i - 1] ?? '')) i -= 1;
  if (i === 0 || text[i - 1] !== '@') return null;
  const at = i - 1;
  const before = text[at - 1];
  if (before !== undefined && (HANDLE_CHAR.test(before) || before === '`')) return null;
  // Inside an inline code span (an odd number of backticks before it on the text so far)?
  const ticks = (text.slice(0, at).match(/`/g) ?? []).length;
  if (ticks % 2 === 1) return null;
  return { start: at, query: text.slice(i, caret).toLowerCase() };
}

/** Replace the mention being typed (from `start` to `caret`) with `@handle ` and give the new caret. */
export function completeMention(text: string, start: number, caret: number, handle: string): { text: string; caret: number } {
  const bare = handle.replace(/^@/, '').split(':')[0] ?? handle;
  const inserted = `@${bare} `;
  const rest = text.slice(caret).replace(/^[A-Za-z0-9_]*/, '').replace(/^ /, '');
  return { text: text.slice(0, start) + inserted + rest, caret: start + inserted.length };
}

/**
 * The `@handles` a body mentions, by the server's rules (a letter then 2–29 of `[a-z0-9_]`,
 * lower-cased, not inside code spans, not part of an e-mail address), distinct, sorted.
 */
export function mentionedHandles(body: string): string[] {
  const found = new Set<string>();
  let inCode = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === '`') {
      inCode = !inCode;
    } else if (c === '@' && !inCode) {
      const prev = body[i - 1];
      let j = i + 1;
      while (j < body.length && HANDLE_CHAR.test(body[j] ?? '')) j += 1;
      const handle = body.slice(i + 1, j).toLowerCase();
      if ((prev === undefined || !HANDLE_CHAR.test(prev)) && handle.length >= 3 && handle.length <= 30 && /^[a-z]/.test(handle)) {
        found.add(handle);
      }
      i = j - 1;
    }
  }
  return [...found].sort();
}

/**
 * Mark resolved mentions in a post's sanitised HTML: each `@handle` in text (not in code or
 * links) that the server resolved becomes a link to a search for it. The server stores which
 * users were mentioned (`mentions`, ids); handles are marked only when every handle in the body
 * was resolved (counts equal), so an unknown `@name` is never shown as a person.
 */
export function markMentions(html: string, body: string, resolved: number, territory: string): string {
  const handles = mentionedHandles(body);
  if (handles.length === 0 || resolved !== handles.length) return html;
  const wanted = new Set(handles);
  // Split into tags and text; skip text inside <code>, <pre> and <a>.
  let depth = 0;
  return html.replace(/(<[^>]+>)|([^<]+)/g, (whole, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      if (/^<(code|pre|a)[\s>]/i.test(tag)) depth += 1;
      else if (/^<\/(code|pre|a)>/i.test(tag)) depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth > 0 || !text) return whole;
    return text.replace(/(^|[^A-Za-z0-9_])@([A-Za-z][A-Za-z0-9_]{2,29})(?![A-Za-z0-9_])/g, (m, pre: string, h: string) =>
      wanted.has(h.toLowerCase())
        ? `${pre}<a class="mention" href="/t/${encodeURIComponent(territory)}/forum/search?q=${encodeURIComponent(h.toLowerCase())}">@${h}</a>`
        : m,
    );
  });
}

/** Reaction counts by emoji from a post's `reactions` object, in the territory's emoji order. */
export function reactionCounts(reactions: unknown, emoji: string[]): Array<[string, number]> {
  const counts = typeof reactions === 'object' && reactions !== null ? (reactions as Record<string, unknown>) : {};
  const order = [...emoji, ...Object.keys(counts).filter((e) => !emoji.includes(e))];
  return order.map((e) => [e, typeof counts[e] === 'number' ? (counts[e] as number) : 0]);
}

/** Quote a post as Markdown for a reply. */
export function quoteMarkdown(body: string): string {
  return `${body
    .trim()
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}\n\n`;
}

const base = (t: string) => `/api/v1/t/${encodeURIComponent(t)}/forum`;
const id = (s: string) => encodeURIComponent(s);

/**
 * Upload one file for a post: the raw bytes as the body (the server sniffs the type; the
 * declared one only picks among text formats), with the session cookie like every other call.
 */
async function uploadAttachment(t: string, file: Blob, name: string, signal?: AbortSignal): Promise<PostAttachment> {
  let response: Response;
  try {
    response = await fetch(`${base(t)}/attachments?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { error: NETWORK_UNREACHABLE, message: e instanceof Error ? e.message : String(e) });
  }
  return readResponse<PostAttachment>(response);
}

/** Every forum call the web app makes. */
export const forum = {
  base,
  settings: (t: string, o: RequestOptions = {}) => api.get('/api/v1/t/{territory}/forum/settings', { ...o, params: { territory: t } }),
  saveSettings: (t: string, s: ForumSettings) => api.write<ForumSettings>('PUT', `${base(t)}/settings`, s),
  categories: (t: string, o: RequestOptions = {}) => api.get('/api/v1/t/{territory}/forum/categories', { ...o, params: { territory: t } }),
  createCategory: (t: string, body: S['NewCategory']) => api.write<Category>('POST', `${base(t)}/categories`, body),
  topics: (t: string, options: ListOptions, o: RequestOptions = {}) =>
    api.request<Page<Topic>>('GET', `${base(t)}/topics${topicsQuery(options)}`, o),
  topic: (t: string, topic: string, cursor?: string | null, o: RequestOptions = {}) =>
    api.request<TopicPage>('GET', `${base(t)}/topics/${id(topic)}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, o),
  createTopic: (t: string, body: NewTopic) => api.write<TopicPage>('POST', `${base(t)}/topics`, body),
  upload: uploadAttachment,
  reply: (t: string, topic: string, body: NewPost) => api.write<Post>('POST', `${base(t)}/topics/${id(topic)}/posts`, body),
  edit: (t: string, post: string, body: string) => api.write<Post>('PATCH', `${base(t)}/posts/${id(post)}`, { body }),
  remove: (t: string, post: string) => api.write<void>('DELETE', `${base(t)}/posts/${id(post)}`, undefined),
  revisions: (t: string, post: string, o: RequestOptions = {}) => api.request<Revision[]>('GET', `${base(t)}/posts/${id(post)}/revisions`, o),
  react: (t: string, post: string, emoji: string, on: boolean) =>
    api.write<Post>(on ? 'PUT' : 'DELETE', `${base(t)}/posts/${id(post)}/reactions/${encodeURIComponent(emoji)}`, undefined),
  bookmark: (t: string, post: string, on: boolean) => api.write<void>(on ? 'PUT' : 'DELETE', `${base(t)}/posts/${id(post)}/bookmark`, undefined),
  bookmarks: (t: string, cursor?: string | null, o: RequestOptions = {}) =>
    api.request<Page<Post>>('GET', `${base(t)}/bookmarks${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, o),
  subscribe: (t: string, topic: string, on: boolean) => api.write<void>(on ? 'PUT' : 'DELETE', `${base(t)}/topics/${id(topic)}/subscription`, undefined),
  markRead: (t: string, topic: string, number: number) => api.write<Topic>('POST', `${base(t)}/topics/${id(topic)}/read`, { number }),
  search: (t: string, q: string, cursor?: string | null, o: RequestOptions = {}) =>
    api.request<Page<SearchHit>>('GET', `${base(t)}/search?q=${encodeURIComponent(q)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, o),
  moderateTopic: (t: string, topic: string, action: TopicAction, reason: string) =>
    api.write<Topic>('POST', `${base(t)}/topics/${id(topic)}/moderation`, { ...action, reason }),
  moderatePost: (t: string, post: string, action: 'hide' | 'unhide', reason: string) =>
    api.write<Post>('POST', `${base(t)}/posts/${id(post)}/moderation`, { action, reason }),
  flag: (t: string, post: string, reason: string, note: string) => api.write<S['FlagCreated']>('POST', `${base(t)}/posts/${id(post)}/flags`, { reason, note }),
  flags: (t: string, cursor?: string | null, o: RequestOptions = {}) =>
    api.request<Page<Flag>>('GET', `${base(t)}/flags${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, o),
  resolveFlag: (t: string, flag: string, resolution: string) => api.write<void>('POST', `${base(t)}/flags/${id(flag)}/resolve`, { resolution }),
  modLog: (t: string, cursor?: string | null, o: RequestOptions = {}) =>
    api.request<Page<ModLogEntry>>('GET', `${base(t)}/moderation-log${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, o),
  people: (t: string, ids: string[], o: RequestOptions = {}) =>
    api.request<ForumPerson[]>('GET', `${base(t)}/people?ids=${ids.map(encodeURIComponent).join(',')}`, o),
  members: (t: string, o: RequestOptions = {}) => api.get('/api/v1/t/{territory}/members', { ...o, params: { territory: t } }),
};

/** Split ids into the batches the people endpoint takes (at most `size` each), without duplicates. */
export function batches(ids: string[], size = 100): string[][] {
  const unique = [...new Set(ids)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += size) out.push(unique.slice(i, i + size));
  return out;
}

/** Whether the account has `role` in territory `t` (roles imply the ones below them). */
export function hasRole(grants: ReadonlyArray<{ role: string; territory?: string | null }> | undefined, role: 'moderator' | 'territory_admin', t: string): boolean {
  if (!grants) return false;
  const code = t.toUpperCase();
  return grants.some((g) => {
    if (g.role === 'platform_admin') return true;
    const here = (g.territory ?? '').toUpperCase() === code;
    if (role === 'moderator') return here && (g.role === 'moderator' || g.role === 'territory_admin');
    return here && g.role === 'territory_admin';
  });
}
