// Identity API calls (accounts, sign-in, sessions, keys, activity). Types come from the
// generated OpenAPI schema, so a change on the server fails the type check here.
import { api, type RequestOptions } from './client';
import type { components } from './schema';

type S = components['schemas'];
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
  me: (o: RequestOptions = {}) => api.get('/api/v1/me', o),
  register: (territory: string, body: S['RegisterRequest']) =>
    api.write<S['Registered']>('POST', `/api/v1/t/${encodeURIComponent(territory)}/auth/register`, body),
  verifyEmail: (token: string) => api.write<void>('POST', '/api/v1/auth/verify-email', { token } satisfies S['TokenRequest']),
  /** Email a fresh verification link (202 whether or not the account exists). */
  resendVerification: (login: string) => api.write<void>('POST', '/api/v1/auth/verify-email/resend', { login } satisfies S['ResendRequest']),
  login: (body: S['LoginRequest']) => api.write<LoginResponse>('POST', '/api/v1/auth/login', body),
  secondFactor: (body: S['SecondFactorRequest']) => api.write<LoginResponse>('POST', '/api/v1/auth/login/second-factor', body),
  logout: () => api.write<void>('POST', '/api/v1/auth/logout', undefined),
  requestReset: (login: string) => api.write<void>('POST', '/api/v1/auth/password-reset', { login } satisfies S['ResetRequest']),
  completeReset: (body: S['CompleteResetRequest']) => api.write<void>('POST', '/api/v1/auth/password-reset/complete', body),
  /** Which second factor a reset link will ask for (the link stays valid). */
  resetFactors: (token: string) => api.write<S['ResetFactorsView']>('POST', '/api/v1/auth/password-reset/factors', { token } satisfies S['ResetLinkRequest']),
  changePassword: (body: S['ChangePasswordRequest']) => api.write<S['Revoked']>('POST', '/api/v1/me/password', body),
  changeEmail: (body: S['ChangeEmailRequest']) => api.write<void>('POST', '/api/v1/me/email', body),
  sessions: (o: RequestOptions = {}) => api.get('/api/v1/me/sessions', o),
  revokeSession: (id: string) => api.write<void>('DELETE', `/api/v1/me/sessions/${encodeURIComponent(id)}`, undefined),
  revokeOtherSessions: () => api.write<S['Revoked']>('POST', '/api/v1/me/sessions/revoke-others', undefined),
  activity: (o: RequestOptions = {}) => api.get('/api/v1/me/activity', o),
  totpEnrol: (password: string) => api.write<Enrolment>('POST', '/api/v1/me/totp/enrol', { password } satisfies S['PasswordRequest']),
  totpConfirm: (code: string) => api.write<S['RecoveryCodes']>('POST', '/api/v1/me/totp/confirm', { code } satisfies S['CodeRequest']),
  totpDisable: (body: S['DisableTotpRequest']) => api.write<void>('POST', '/api/v1/me/totp/disable', body),
  apiKeys: (o: RequestOptions = {}) => api.get('/api/v1/me/api-keys', o),
  createApiKey: (body: S['CreateKeyRequest']) => api.write<S['CreatedKey']>('POST', '/api/v1/me/api-keys', body),
  revokeApiKey: (id: string) => api.write<void>('DELETE', `/api/v1/me/api-keys/${encodeURIComponent(id)}`, undefined),
};
