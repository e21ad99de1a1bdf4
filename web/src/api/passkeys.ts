// Passkeys (WebAuthn): the server's options arrive as JSON with binary fields in base64url;
// the browser API wants ArrayBuffers, and its answers go back as JSON in base64url again.
import { api, ApiError } from './client';
import type { components } from './schema';

type S = components['schemas'];
/** A registered passkey. */
export type Passkey = S['PasskeyView'];
/** A started ceremony: its token and the WebAuthn options. */
export type Ceremony = S['PasskeyCeremony'];
/** A passkey just registered, with recovery codes when they were issued alongside it. */
export type PasskeyAdded = S['PasskeyAdded'];
type LoginResponse = S['LoginResponse'];

/** base64url (no padding) → bytes. */
export function fromBase64Url(text: string): ArrayBuffer {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  const raw = atob(padded);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes.buffer;
}

/** bytes → base64url (no padding), as the server expects. */
export function toBase64Url(buffer: ArrayBuffer | ArrayBufferView): string {
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let raw = '';
  for (const b of bytes) raw += String.fromCharCode(b);
  return btoa(raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

type Json = Record<string, unknown>;

/** Whether this browser can use passkeys at all. */
export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function' && !!navigator.credentials;
}

function creationOptions(options: unknown): PublicKeyCredentialCreationOptions {
  const pk = (options as { publicKey: Json }).publicKey;
  const user = pk.user as Json;
  const exclude = (pk.excludeCredentials as Json[] | undefined) ?? [];
  return {
    ...(pk as unknown as PublicKeyCredentialCreationOptions),
    challenge: fromBase64Url(pk.challenge as string),
    user: { ...(user as unknown as PublicKeyCredentialUserEntity), id: fromBase64Url(user.id as string) },
    excludeCredentials: exclude.map((c) => ({ ...(c as unknown as PublicKeyCredentialDescriptor), id: fromBase64Url(c.id as string) })),
  };
}

function requestOptions(options: unknown): PublicKeyCredentialRequestOptions {
  const pk = (options as { publicKey: Json }).publicKey;
  const allow = (pk.allowCredentials as Json[] | undefined) ?? [];
  return {
    ...(pk as unknown as PublicKeyCredentialRequestOptions),
    challenge: fromBase64Url(pk.challenge as string),
    allowCredentials: allow.map((c) => ({ ...(c as unknown as PublicKeyCredentialDescriptor), id: fromBase64Url(c.id as string) })),
  };
}

/** The browser said no (cancelled, timed out, no passkey): a code the UI translates. */
function browserRefused(e: unknown): never {
  if (e instanceof DOMException) throw new ApiError(0, { error: 'passkey_cancelled', message: e.message });
  throw e;
}

/** Ask the browser to create a passkey; its answer as the JSON the server reads. */
export async function createCredential(options: unknown): Promise<Json> {
  const cred = (await navigator.credentials.create({ publicKey: creationOptions(options) }).catch(browserRefused)) as PublicKeyCredential | null;
  if (!cred) throw new DOMException('No passkey was created', 'NotAllowedError');
  const response = cred.response as AuthenticatorAttestationResponse;
  return {
    id: cred.id,
    rawId: toBase64Url(cred.rawId),
    type: cred.type,
    response: {
      attestationObject: toBase64Url(response.attestationObject),
      clientDataJSON: toBase64Url(response.clientDataJSON),
      transports: typeof response.getTransports === 'function' ? response.getTransports() : undefined,
    },
    clientExtensionResults: cred.getClientExtensionResults(),
  };
}

/** Ask the browser for a passkey assertion; its answer as the JSON the server reads. */
export async function getCredential(options: unknown): Promise<Json> {
  const cred = (await navigator.credentials.get({ publicKey: requestOptions(options) }).catch(browserRefused)) as PublicKeyCredential | null;
  if (!cred) throw new DOMException('No passkey was chosen', 'NotAllowedError');
  const response = cred.response as AuthenticatorAssertionResponse;
  return {
    id: cred.id,
    rawId: toBase64Url(cred.rawId),
    type: cred.type,
    response: {
      authenticatorData: toBase64Url(response.authenticatorData),
      clientDataJSON: toBase64Url(response.clientDataJSON),
      signature: toBase64Url(response.signature),
      userHandle: response.userHandle ? toBase64Url(response.userHandle) : null,
    },
    clientExtensionResults: cred.getClientExtensionResults(),
  };
}

/** Every passkey call the web app makes. */
export const passkeys = {
  list: () => api.request<Passkey[]>('GET', '/api/v1/me/passkeys'),
  /** Register a new passkey on this device under `name`. */
  async register(name: string): Promise<PasskeyAdded> {
    const start = await api.write<Ceremony>('POST', '/api/v1/me/passkeys/registration/start', undefined);
    const credential = await createCredential(start.options);
    return api.write<PasskeyAdded>('POST', '/api/v1/me/passkeys/registration/finish', { ceremony: start.ceremony, name, credential });
  },
  rename: (id: string, name: string) => api.write<Passkey>('PATCH', `/api/v1/me/passkeys/${encodeURIComponent(id)}`, { name }),
  remove: (id: string, password: string) => api.write<void>('DELETE', `/api/v1/me/passkeys/${encodeURIComponent(id)}`, { password }),
  /** Passwordless sign-in: the browser lets the user pick an account's passkey. */
  async signIn(): Promise<LoginResponse> {
    const start = await api.write<Ceremony>('POST', '/api/v1/auth/passkey/start', undefined);
    const credential = await getCredential(start.options);
    return api.write<LoginResponse>('POST', '/api/v1/auth/passkey/finish', { ceremony: start.ceremony, credential });
  },
  /** Confirm a password reset with a passkey of the account (the link's second factor). */
  async completeReset(token: string, newPassword: string): Promise<void> {
    const start = await api.write<Ceremony>('POST', '/api/v1/auth/password-reset/passkey', { token });
    const passkey = await getCredential(start.options);
    await api.write<void>('POST', '/api/v1/auth/password-reset/complete', { token, new_password: newPassword, passkey });
  },
  /** Answer a password sign-in's challenge with a passkey. */
  async secondFactor(challenge: string): Promise<LoginResponse> {
    const start = await api.write<Ceremony>('POST', '/api/v1/auth/login/second-factor/passkey', { challenge });
    const passkey = await getCredential(start.options);
    return api.write<LoginResponse>('POST', '/api/v1/auth/login/second-factor', { challenge, passkey });
  },
};
