// Which part of the messages each message id belongs to. The core part (the header, shared
// components, errors, and the screens most people open first) ships with the app's own script;
// each area's messages load with that area's screens (src/routes.tsx), so a visitor to the
// territory list does not download and parse the course editor's 400 messages. The translators'
// files stay one per language; the build (vite.messages.ts) cuts each into these parts, and
// src/i18n/areas.test.ts checks that every screen's code only uses messages it will have.

/** Areas by message id prefix. */
export const AREAS = {
  learn: ['learn-'],
  forum: ['forum-'],
  admin: ['admin-', 'move-', 'role-', 'members-'],
  account: ['account-', 'security-', 'credentials-', 'sessions-', 'keys-', 'activity-'],
} as const;

export type Area = keyof typeof AREAS;
/** A part of a language's messages: the core or an area. */
export type Part = Area | 'core';
export const PARTS: readonly Part[] = ['core', 'learn', 'forum', 'admin', 'account'];

/** Ids with an area's prefix that screens outside the area use (the territory home's links). */
const IN_CORE = new Set(['learn-open', 'forum-open']);

/** The part a message id belongs to. */
export function partOf(id: string): Part {
  if (IN_CORE.has(id)) return 'core';
  for (const [area, prefixes] of Object.entries(AREAS) as Array<[Area, readonly string[]]>) {
    if (prefixes.some((p) => id.startsWith(p))) return area;
  }
  return 'core';
}

/**
 * The entries of a Fluent file that belong to `part`, as Fluent text. An entry is a line that
 * starts with an identifier and every following line up to the next entry or comment (a
 * closing `}` in the first column still belongs to the entry); comments are left out.
 */
export function messagesOf(source: string, part: Part): string {
  const out: string[] = [];
  let keep = false;
  for (const line of source.split(/\r?\n/)) {
    const start = /^(-?[a-zA-Z][\w-]*)\s*=/.exec(line);
    if (start) keep = partOf(start[1] ?? '') === part;
    else if (line.startsWith('#')) keep = false;
    if (keep) out.push(line);
  }
  return `${out.join('\n')}\n`;
}
