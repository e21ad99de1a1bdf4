// Admin API calls for the operator dashboard: territories, user administration, territory
// moves, the audit log and event dead letters. Every one needs a platform admin signed in from
// an `identity.admin_allow` network, except the territory-admin member routes (`/t/{code}/…`).
// Types come from the generated OpenAPI schema, so a change on the server fails the type check.
import { api, type RequestOptions } from './client';
import type { components } from './schema';

type S = components['schemas'];
/** A move's full status (progress per table, lag, read share, step log). */
export type MoveStatus = S['MoveStatus'];
/** A move's state. */
export type MoveState = S['MoveState'];
/** An account as user administration sees it. */
export type AdminUser = S['AdminUserView'];
/** A role. */
export type Role = S['Role'];
/** A role grant. */
export type Grant = S['Grant'];
/** A member of a territory (territory admins' view). */
export type Member = S['MemberView'];
/** One audit entry. */
export type AuditEntry = S['AuditEntry'];
/** The audit chain check. */
export type Verification = S['Verification'];
/** A page of dead letters. */
export type DeadLetterPage = S['DeadLetterPage'];
/** A dead letter. */
export type DeadLetter = S['DeadLetter'];

/** Every role, highest first. */
export const ROLES: Role[] = ['platform_admin', 'territory_admin', 'moderator', 'instructor', 'translator', 'member'];
/** The roles a territory admin may grant in their own territory. */
export const DELEGABLE_ROLES: Role[] = ['moderator', 'instructor', 'translator', 'member'];

/** Operator actions on a move, as `POST /api/v1/admin/moves/{territory}/{action}` names them. */
export const MOVE_ACTIONS = ['advance', 'pause', 'resume', 'cancel', 'reverse', 'complete', 'restart'] as const;
/** An operator action on a move. */
export type MoveAction = (typeof MOVE_ACTIONS)[number];
/** Actions that undo work or end the move: they ask for confirmation first. */
export const DESTRUCTIVE_ACTIONS: ReadonlySet<MoveAction> = new Set(['cancel', 'reverse', 'complete']);
/** States a move never leaves. */
export const FINAL_STATES: ReadonlySet<MoveState> = new Set(['completed', 'cancelled', 'rolled_back']);

/**
 * The actions that make sense for a move in its state, as the server allows them (it answers
 * 409 otherwise): pause/resume until it ends, advance during catch-up, validation and the read
 * shift, cancel until writes switch, complete or reverse while monitoring, restart when failed.
 */
export function actionsFor(move: Pick<MoveStatus, 'state' | 'paused'>): MoveAction[] {
  const s = move.state;
  if (FINAL_STATES.has(s)) return [];
  const actions: MoveAction[] = [move.paused ? 'resume' : 'pause'];
  if (s === 'catch_up' || s === 'validate' || s === 'read_shift') actions.push('advance');
  if (s === 'failed') actions.push('restart');
  if (s === 'monitor') actions.push('complete', 'reverse');
  else actions.push('cancel');
  return actions;
}

const enc = encodeURIComponent;
const none = undefined;

/** Every admin call the web app makes. */
export const admin = {
  createTerritory: (body: S['CreateTerritoryRequest']) => api.write<S['CreatedTerritory']>('POST', '/api/v1/admin/territories', body),

  findUsers: (territory: string, q: string, o: RequestOptions = {}) =>
    api.request<AdminUser[]>('GET', `/api/v1/admin/users?${new URLSearchParams({ territory, q }).toString()}`, o),
  lockUser: (id: string) => api.write<S['Revoked']>('POST', `/api/v1/admin/users/${enc(id)}/lock`, none),
  unlockUser: (id: string) => api.write<void>('POST', `/api/v1/admin/users/${enc(id)}/unlock`, none),
  revokeSessions: (id: string) => api.write<S['Revoked']>('POST', `/api/v1/admin/users/${enc(id)}/revoke-sessions`, none),
  grantRole: (id: string, body: S['RoleRequest']) => api.write<S['GrantsView']>('POST', `/api/v1/admin/users/${enc(id)}/roles`, body),
  revokeRole: (id: string, body: S['RoleRequest']) =>
    api.write<S['GrantsView']>('POST', `/api/v1/admin/users/${enc(id)}/roles/revoke`, body),

  members: (territory: string, o: RequestOptions = {}) => api.get('/api/v1/t/{territory}/members', { ...o, params: { territory } }),
  grantMemberRole: (territory: string, id: string, role: Role) =>
    api.write<S['GrantsView']>('POST', `/api/v1/t/${enc(territory)}/members/${enc(id)}/roles`, { role } satisfies S['TerritoryRoleRequest']),
  revokeMemberRole: (territory: string, id: string, role: Role) =>
    api.write<S['GrantsView']>('POST', `/api/v1/t/${enc(territory)}/members/${enc(id)}/roles/revoke`, {
      role,
    } satisfies S['TerritoryRoleRequest']),

  moves: (o: RequestOptions = {}) => api.get('/api/v1/admin/moves', o),
  move: (territory: string, o: RequestOptions = {}) => api.get('/api/v1/admin/moves/{territory}', { ...o, params: { territory } }),
  startMove: (territory: string, to: string) => api.write<MoveStatus>('POST', '/api/v1/admin/moves', { territory, to } satisfies S['StartMove']),
  moveAction: (territory: string, action: MoveAction) => api.write<MoveStatus>('POST', `/api/v1/admin/moves/${enc(territory)}/${action}`, none),

  audit: (limit: number, o: RequestOptions = {}) => api.request<AuditEntry[]>('GET', `/api/v1/admin/audit?limit=${limit}`, o),
  verifyAudit: () => api.get('/api/v1/admin/audit/verify'),

  deadLetters: (territory: string, cursor: string | undefined, o: RequestOptions = {}) =>
    api.request<DeadLetterPage>(
      'GET',
      `/api/v1/admin/events/${enc(territory)}/dead-letters${cursor ? `?cursor=${enc(cursor)}` : ''}`,
      o,
    ),
  replay: (territory: string, id: string) =>
    api.write<S['Replayed']>('POST', `/api/v1/admin/events/${enc(territory)}/dead-letters/${enc(id)}/replay`, none),
};

/** Whether a string is a territory code (two letters). */
export const isTerritoryCode = (s: string) => /^[A-Za-z]{2}$/.test(s.trim());
/** Whether a string looks like a language tag (`da`, `pt-BR`, `sr-Latn`). */
export const isLanguageTag = (s: string) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s.trim());
/** Whether a string is a region code (2–16 of a–z, 0–9, `-`, starting with a letter). */
export const isRegionCode = (s: string) => /^[a-z][a-z0-9-]{1,15}$/.test(s.trim().toLowerCase());

/** Client-side checks of a new territory; field → message id (empty when all is well). */
export function territoryProblems(t: S['CreateTerritoryRequest']): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!isTerritoryCode(t.code)) problems.code = 'admin-territory-code-invalid';
  const name = t.name.trim();
  if (name.length === 0 || [...name].length > 100) problems.name = 'admin-territory-name-invalid';
  if (!isRegionCode(t.region)) problems.region = 'admin-territory-region-invalid';
  if (!isLanguageTag(t.default_language)) problems.default_language = 'admin-territory-language-invalid';
  return problems;
}
