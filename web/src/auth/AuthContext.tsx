import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { identity, type Me } from '../api/identity';
import { useLocale } from '../i18n/I18n';
import { isLocale, storedLocale } from '../i18n/locales';

interface AuthState {
  /** The account, null when signed out, undefined while asking the server. */
  me: Me | null | undefined;
  /** Ask the server again (after sign-in, enrolment, …). */
  refresh: () => Promise<void>;
  /** End this session. */
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState>({ me: undefined, refresh: async () => undefined, signOut: async () => undefined });

/** Cache names the service worker fills with API reads; emptied on sign-out (private data). */
const API_CACHE = 'unityplan-api-reads';

// The session cookie is HttpOnly, so the page cannot see it. This flag (no secret in it) says
// whether this browser signed in, so visitors who never did are not sent a `GET /api/v1/me`
// that can only answer 401 (which browsers log as an error on every page).
const HINT = 'unityplan.signed-in';
function hint(): boolean {
  try {
    return globalThis.localStorage?.getItem(HINT) === '1';
  } catch {
    return false;
  }
}
function setHint(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(HINT, '1');
    else globalThis.localStorage?.removeItem(HINT);
  } catch {
    // Storage disabled: every page load asks the server.
  }
}

/** Who is signed in (the session is an HttpOnly cookie, so the server is the only source). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const { locale, setLocale } = useLocale();

  const refresh = useCallback(async () => {
    try {
      setMe(await identity.me());
      setHint(true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 0) {
        // Offline: keep what we knew; the app stays usable.
        setMe((current) => (current === undefined ? null : current));
      } else {
        // 401 (signed out, session ended) or anything else: signed out.
        setHint(false);
        setMe(null);
      }
    }
  }, []);

  useEffect(() => {
    if (hint()) void refresh();
    else setMe(null);
  }, [refresh]);

  // The account's language applies unless the person picked one on this device.
  useEffect(() => {
    if (me && !storedLocale() && isLocale(me.language) && me.language !== locale) setLocale(me.language, { remember: false });
  }, [me, locale, setLocale]);

  const signOut = useCallback(async () => {
    try {
      await identity.logout();
    } finally {
      setHint(false);
      setMe(null);
      if ('caches' in window) await caches.delete(API_CACHE).catch(() => false);
    }
  }, []);

  const state = useMemo(() => ({ me, refresh, signOut }), [me, refresh, signOut]);
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

/** The signed-in account and actions. */
export function useAuth(): AuthState {
  return useContext(AuthContext);
}
