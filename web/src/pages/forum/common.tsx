// Pieces every forum screen shares: the forum's sub-navigation, who the caller is in this
// territory (member, moderator, territory admin), author names, and the compose box with
// Markdown preview and @mention autocomplete.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { batches, completeMention, forum, hasRole, mentionAt, mentionedHandles, type ForumPerson } from '../../api/forum';
import { ApiError } from '../../api/client';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { Link, NavLink } from '../../router';
import { previewHtml } from './markdown';
import './forum.css';

/** The caller in this territory. */
export function useForumAccess(code: string) {
  const { me } = useAuth();
  return {
    me,
    signedIn: Boolean(me),
    isModerator: hasRole(me?.grants, 'moderator', code),
    isAdmin: hasRole(me?.grants, 'territory_admin', code),
  };
}

/** Links between the forum's screens. */
export function ForumNav({ code }: { code: string }) {
  const t = useT();
  const { signedIn, isModerator, isAdmin } = useForumAccess(code);
  const root = `/t/${code}/forum`;
  return (
    <nav aria-label={t('forum-nav')} className="subnav forum-nav">
      <ul>
        <li>
          <Link to={`/t/${code}`}>← {t('forum-territory-home')}</Link>
        </li>
        <li>
          <NavLink to={root} end>
            {t('forum-topics')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`${root}/search`}>{t('forum-search')}</NavLink>
        </li>
        {signedIn && (
          <li>
            <NavLink to={`${root}/bookmarks`}>{t('forum-bookmarks')}</NavLink>
          </li>
        )}
        <li>
          <NavLink to={`${root}/log`}>{t('forum-log')}</NavLink>
        </li>
        {isModerator && (
          <li>
            <NavLink to={`${root}/flags`}>{t('forum-flags')}</NavLink>
          </li>
        )}
        {isAdmin && (
          <li>
            <NavLink to={`${root}/settings`}>{t('forum-settings')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

// Names already fetched, per territory and user id (null: the server does not know the id).
const known = new Map<string, ForumPerson | null>();

/**
 * Names for user ids: handle and display name from `GET …/forum/people` (fetched once per id
 * and kept for the session), "you" for the caller. Moderators also get the member list, for
 * mention suggestions. Until a name arrives (or for an unknown id) a short id is shown.
 */
export function usePeople(code: string, ids: string[] = []) {
  const { me, isModerator } = useForumAccess(code);
  const members = useApi(
    (signal) => (isModerator ? forum.members(code, { signal }) : Promise.resolve([])),
    `forum-members-${code}-${isModerator ? 'mod' : 'none'}`,
  );
  const [version, setVersion] = useState(0);
  const missing = ids.filter((id) => !known.has(`${code}:${id}`));
  const missingKey = [...new Set(missing)].sort().join(',');
  useEffect(() => {
    if (!missingKey) return;
    let live = true;
    for (const batch of batches(missingKey.split(','))) {
      forum.people(code, batch).then(
        (people) => {
          const found = new Map(people.map((p) => [p.user_id, p]));
          for (const id of batch) known.set(`${code}:${id}`, found.get(id) ?? null);
          if (live) setVersion((v) => v + 1);
        },
        () => {
          for (const id of batch) known.set(`${code}:${id}`, null);
          if (live) setVersion((v) => v + 1);
        },
      );
    }
    return () => {
      live = false;
    };
  }, [code, missingKey]);
  const t = useT();
  return useMemo(() => {
    const byId = new Map((members.data ?? []).map((m) => [m.user_id, { user_id: m.user_id, handle: m.handle, display_name: m.display_name }]));
    const bare = (handle: string) => handle.replace(/^@/, '').split(':')[0] ?? handle;
    const person = (id: string) => known.get(`${code}:${id}`) ?? byId.get(id);
    const handles = new Set<string>((members.data ?? []).map((m) => bare(m.handle)));
    for (const id of ids) {
      const p = person(id);
      if (p && p.user_id !== me?.user_id) handles.add(bare(p.handle));
    }
    return {
      name: (id: string): string => {
        if (me && me.user_id === id) return t('forum-you', { name: me.display_name });
        const p = person(id);
        if (p) return `${p.display_name} (${p.handle})`;
        return t('forum-member', { id: id.slice(-6) });
      },
      /** Handles to offer in mention autocomplete. */
      handles: [...handles],
    };
    // `version` changes when names arrive in the module cache.
  }, [members.data, me, t, code, ids.join(','), version]);
}

/** An error-free user-facing string for an API error code, when the caller needs a short one. */
export function isCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}

/**
 * Markdown editor with a "Preview" tab and `@mention` autocomplete. Suggestions come from
 * `handles` (handles seen in the topic, and the member list for moderators); any `@handle`
 * typed by hand works too, because the server resolves mentions when the post is saved.
 */
export function Composer({
  label,
  value,
  onChange,
  handles,
  error,
  required = true,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  handles: string[];
  error?: string | undefined;
  required?: boolean;
  autoFocus?: boolean;
}) {
  const t = useT();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState(false);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const typing = mentionAt(value, caret);
  const suggestions = useMemo(() => {
    if (!typing) return [];
    const all = [...new Set([...handles, ...mentionedHandles(value)])];
    return all.filter((h) => h.startsWith(typing.query) && h !== typing.query).slice(0, 6);
  }, [typing, handles, value]);
  const open = !preview && typing !== null && suggestions.length > 0 && dismissed !== typing.start;
  const choose = (handle: string) => {
    if (!typing) return;
    const next = completeMention(value, typing.start, caret, handle);
    onChange(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(next.caret, next.caret);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + suggestions.length) % suggestions.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      const h = suggestions[Math.min(active, suggestions.length - 1)];
      if (h) {
        e.preventDefault();
        choose(h);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDismissed(typing?.start ?? null);
    }
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-mentions`;
  return (
    <div className="field composer">
      <div className="composer-head">
        <label htmlFor={id}>{label}</label>
        <div role="group" aria-label={t('forum-compose-mode')} className="composer-tabs">
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('forum-write')}
          </button>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('forum-preview')}
          </button>
        </div>
      </div>
      <p id={hintId} className="hint">
        {t('forum-markdown-hint')}
      </p>
      {preview ? (
        <div className="post-body preview" data-testid="preview" aria-live="polite" dangerouslySetInnerHTML={{ __html: previewHtml(value) || `<p>${t('forum-preview-empty')}</p>` }} />
      ) : (
        <textarea
          ref={area}
          id={id}
          value={value}
          rows={6}
          required={required}
          autoFocus={autoFocus}
          aria-describedby={[hintId, error ? errorId : '', open ? listId : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            onChange(e.target.value);
            setCaret(e.target.selectionStart);
            setActive(0);
            setDismissed(null);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
      )}
      {open && (
        <ul id={listId} aria-label={t('forum-mention-suggestions')} aria-live="polite" className="mention-list">
          {suggestions.map((h, i) => (
            <li
              key={h}
              className={i === active ? 'active' : undefined}
              aria-current={i === active ? 'true' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h);
              }}
            >
              @{h}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled select. */
export function Select({ label, value, onChange, children }: { label: string; value: string; onChange: (v: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="field inline-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
