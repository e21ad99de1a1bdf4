// A small client-side router over the History API: enough for this app's flat routes
// (`/`, `/t/:code`, `/operator`, …) at ~1 KB instead of a router library's ~20 KB gzip,
// which matters for first paint on slow phones.
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

interface RouterState {
  pathname: string;
  search: string;
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterState | null>(null);
const ParamsContext = createContext<Record<string, string>>({});

function current() {
  return { pathname: window.location.pathname, search: window.location.search };
}

/** Tracks the browser location; `navigate` pushes history entries. */
export function Router({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const onPop = () => startTransition(() => setLocation(current()));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const state = useMemo<RouterState>(
    () => ({
      ...location,
      navigate: (to, options) => {
        if (options?.replace) window.history.replaceState(null, '', to);
        else window.history.pushState(null, '', to);
        // A transition keeps the current screen up while the next one's code loads, instead of
        // flashing a loading state, and commits the new screen (and its heading) in one go.
        startTransition(() => setLocation(current()));
        window.scrollTo(0, 0);
      },
    }),
    [location],
  );
  return <RouterContext.Provider value={state}>{children}</RouterContext.Provider>;
}

/** The current location and `navigate`. */
export function useLocation(): RouterState {
  const state = useContext(RouterContext);
  if (!state) throw new Error('useLocation outside Router');
  return state;
}

/** Named segments of the matched route, e.g. `{ code: 'DK' }` for `/t/:code`. */
export function useParams(): Record<string, string> {
  return useContext(ParamsContext);
}

/**
 * Match `pattern` (segments, `:name` captures one segment, `*` matches anything) against a
 * path; returns the captures or null.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  if (pattern === '*') return {};
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] ?? '';
    const h = have[i] ?? '';
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) {
      return null;
    }
  }
  return params;
}

/** A route table: the first pattern matching the path renders. */
export function Routes({ routes }: { routes: Array<[pattern: string, element: ReactNode]> }) {
  const { pathname } = useLocation();
  for (const [pattern, element] of routes) {
    const params = matchPath(pattern, pathname);
    if (params) return <ParamsContext.Provider value={params}>{element}</ParamsContext.Provider>;
  }
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An in-app link: a real `<a href>` (so it works without JS, in new tabs, for crawlers). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { navigate } = useLocation();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle new-tab/window clicks and anything already handled.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}

/** A navigation link that marks itself `aria-current="page"` when it points at this page. */
export function NavLink({ to, end, ...rest }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const active = end || to === '/' ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
  return <Link to={to} aria-current={active ? 'page' : undefined} {...rest} />;
}
