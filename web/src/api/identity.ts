// Identity API calls (accounts, sign-in, sessions, keys, activity).
import { api, type RequestOptions } from './client';

// PROVISIONAL: the identity routes are not in the OpenAPI document yet (crates/identity is not
// wired into the binary at the time of writing), so these mirror crates/identity/src/routes.rs
// by hand. Once `npm run gen:api` includes them, `type S = components['schemas']` replaces
// this block and the compiler checks every use.
interface S {
  MeView: {
    user_id: string;
    handle: string;
    territory: string;
    email: string;
    email_verified: boolean;
    display_name: string;
    language: string;
    totp_enabled: boolean;
    grants: { role: string; territory?: string | null }[];
    credential: unknown;
    created_at: string;
  };
  SessionView: { id: string; current: boolean; device?: string | null; ip?: string | null; created_at: string; last_seen_at: string; expires_at: string };
  ApiKeyView: {
    id: string;
    name: string;
    prefix: string;
    scopes: string[];
    created_at: string;
    expires_at: string;
    last_used_at?: string | null;
    last_used_ip?: string | null;
    revoked_at?: string | null;
  };
  ActivityView: { id: number; kind: string; ip?: string | null; user_agent?: string | null; detail: unknown; at: string };
  LoginResponse: {
    status: string;
    token?: string;
    session_id?: string;
    expires_at?: string;
    user_id?: string;
    territory?: string;
    challenge?: string;
    methods?: string[];
  };
  EnrolmentView: { secret: string; otpauth_uri: string; qr_svg: string };
  RegisterRequest: { handle: string; email: string; password: string; display_name: string; language?: string | null };
  Registered: { user_id: string; handle: string; territory: string; verification_sent: boolean };
  TokenRequest: { token: string };
  LoginRequest: { login: string; password: string };
  SecondFactorRequest: { challenge: string; code?: string | null; recovery_code?: string | null };
  ResetRequest: { login: string };
  CompleteResetRequest: { token: string; new_password: string; code?: string | null; recovery_code?: string | null };
  Revoked: { revoked: number };
  PasswordRequest: { password: string };
  CodeRequest: { code: string };
  RecoveryCodes: { recovery_codes: string[] };
  DisableTotpRequest: { password: string; code?: string | null; recovery_code?: string | null };
  CreateKeyRequest: { name: string; scopes: string[]; expires_in_days: number };
  CreatedKey: { token: string; key: S['ApiKeyView'] };
}
/** The signed-in account. */
export type Me = S['MeView'];
/** A live session. */
export type Session = S['SessionView'];
/** A personal access token (without its secret). */
export type ApiKey = S['ApiKeyView'];
/** One activity entry. */
export type Activity = S['ActivityView'];
/** A sign-in step's answer. */
export type LoginResponse = S['LoginResponse'];
/** TOTP enrolment material. */
export type Enrolment = S['EnrolmentView'];

/** Every identity call the web app makes. */
export const identity = {
  me: (o: RequestOptions = {}) => api.request<Me>('GET', '/api/v1/me', o),
  register: (territory: string, body: S['RegisterRequest']) =>
    api.write<S['Registered']>('POST', `/api/v1/t/${encodeURIComponent(territory)}/auth/register`, body),
  verifyEmail: (token: string) => api.write<void>('POST', '/api/v1/auth/verify-email', { token } satisfies S['TokenRequest']),
  login: (body: S['LoginRequest']) => api.write<LoginResponse>('POST', '/api/v1/auth/login', body),
  secondFactor: (body: S['SecondFactorRequest']) => api.write<LoginResponse>('POST', '/api/v1/auth/login/second-factor', body),
  logout: () => api.write<void>('POST', '/api/v1/auth/logout', undefined),
  requestReset: (login: string) => api.write<void>('POST', '/api/v1/auth/password-reset', { login } satisfies S['ResetRequest']),
  completeReset: (body: S['CompleteResetRequest']) => api.write<void>('POST', '/api/v1/auth/password-reset/complete', body),
  sessions: (o: RequestOptions = {}) => api.request<Session[]>('GET', '/api/v1/me/sessions', o),
  revokeSession: (id: string) => api.write<void>('DELETE', `/api/v1/me/sessions/${encodeURIComponent(id)}`, undefined),
  revokeOtherSessions: () => api.write<S['Revoked']>('POST', '/api/v1/me/sessions/revoke-others', undefined),
  activity: (o: RequestOptions = {}) => api.request<Activity[]>('GET', '/api/v1/me/activity', o),
  totpEnrol: (password: string) => api.write<Enrolment>('POST', '/api/v1/me/totp/enrol', { password } satisfies S['PasswordRequest']),
  totpConfirm: (code: string) => api.write<S['RecoveryCodes']>('POST', '/api/v1/me/totp/confirm', { code } satisfies S['CodeRequest']),
  totpDisable: (body: S['DisableTotpRequest']) => api.write<void>('POST', '/api/v1/me/totp/disable', body),
  apiKeys: (o: RequestOptions = {}) => api.request<ApiKey[]>('GET', '/api/v1/me/api-keys', o),
  createApiKey: (body: S['CreateKeyRequest']) => api.write<S['CreatedKey']>('POST', '/api/v1/me/api-keys', body),
  revokeApiKey: (id: string) => api.write<void>('DELETE', `/api/v1/me/api-keys/${encodeURIComponent(id)}`, undefined),
};
