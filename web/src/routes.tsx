// The route table: each screen is its own chunk, loaded when first visited. The build reads this
// file (vite.config.ts, `routePreload`) to put a tiny route → chunk map into index.html, so the
// current screen's chunk downloads in parallel with the app's own script instead of after it,
// and main.tsx loads that chunk before the first render, so the screen paints in the first
// commit rather than after a "Loading…" pass. Keep every entry on one line: the pattern in
// single quotes, an arrow function returning a dynamic import of the screen's module, and the
// message area in single quotes if any; the build fails when it cannot read one.
import { createElement, lazy, useState, type ComponentType, type ReactNode } from 'react';
import { matchPath } from './router';
import { loadArea } from './i18n/locales';
import type { Area } from './i18n/areas';

type Loader = () => Promise<{ default: ComponentType }>;

/**
 * Pattern, the screen's code, and the area of messages it needs besides the core ones
 * (src/i18n/areas.ts; src/i18n/areas.test.ts checks it against the messages the code uses).
 */
export const ROUTES: ReadonlyArray<readonly [pattern: string, load: Loader, area?: Area]> = [
  ['/', () => import('./pages/Territories')],
  ['/t/:code', () => import('./pages/TerritoryHome')],
  ['/operator', () => import('./pages/Operator'), 'admin'],
  // Operator screens (platform admins; members for territory admins).
  ['/operator/territories', () => import('./pages/operator/TerritoryAdmin'), 'admin'],
  ['/operator/users', () => import('./pages/operator/Users'), 'admin'],
  ['/operator/moves', () => import('./pages/operator/Moves'), 'admin'],
  ['/operator/audit', () => import('./pages/operator/Audit'), 'admin'],
  ['/operator/events', () => import('./pages/operator/DeadLetters'), 'admin'],
  ['/t/:code/members', () => import('./pages/operator/Members'), 'admin'],
  ['/register', () => import('./pages/Register')],
  ['/verify-email', () => import('./pages/VerifyEmail')],
  ['/sign-in', () => import('./pages/SignIn')],
  ['/reset-password', () => import('./pages/ResetPassword')],
  ['/account', () => import('./pages/account/Account'), 'account'],
  ['/account/security', () => import('./pages/account/Security'), 'account'],
  ['/account/credentials', () => import('./pages/account/Credentials'), 'account'],
  ['/account/sessions', () => import('./pages/account/Sessions'), 'account'],
  ['/account/api-keys', () => import('./pages/account/ApiKeys'), 'account'],
  ['/account/activity', () => import('./pages/account/Activity'), 'account'],
  // Forum screens (shared forum code lands in a common chunk).
  ['/t/:code/forum', () => import('./pages/forum/ForumHome'), 'forum'],
  ['/t/:code/forum/new', () => import('./pages/forum/NewTopic'), 'forum'],
  ['/t/:code/forum/topic/:topic', () => import('./pages/forum/TopicView'), 'forum'],
  ['/t/:code/forum/search', () => import('./pages/forum/Search'), 'forum'],
  ['/t/:code/forum/log', () => import('./pages/forum/ModLog'), 'forum'],
  ['/t/:code/forum/flags', () => import('./pages/forum/Flags'), 'forum'],
  ['/t/:code/forum/bookmarks', () => import('./pages/forum/Bookmarks'), 'forum'],
  ['/t/:code/forum/settings', () => import('./pages/forum/Settings'), 'forum'],
  // Learning screens (the authoring screens only load for instructors who open them).
  ['/t/:code/learn', () => import('./pages/learning/Catalog'), 'learn'],
  ['/t/:code/learn/courses/:course', () => import('./pages/learning/CoursePage'), 'learn'],
  ['/t/:code/learn/courses/:course/edit', () => import('./pages/learning/CourseEditor'), 'learn'],
  ['/t/:code/learn/courses/:course/grading', () => import('./pages/learning/GradingQueue'), 'learn'],
  ['/t/:code/learn/lessons/:lesson', () => import('./pages/learning/LessonPage'), 'learn'],
  ['/t/:code/learn/quizzes/:quiz', () => import('./pages/learning/QuizPage'), 'learn'],
  ['/t/:code/learn/attempts/:attempt', () => import('./pages/learning/AttemptPage'), 'learn'],
  ['*', () => import('./pages/NotFound')],
];

/** Screens whose code (and messages) have arrived, by loader. */
const loaded = new Map<Loader, ComponentType>();

function remember(load: Loader, area: Area | undefined) {
  // Messages that cannot be fetched fall back to English (or to their ids), not to no screen.
  const messages = area ? loadArea(area).catch((e: unknown) => console.warn(`messages for ${area} could not be loaded`, e)) : undefined;
  return Promise.all([load(), messages]).then(([module]) => {
    loaded.set(load, module.default);
    return module;
  });
}

/**
 * The component for one route: the screen itself when its code is already here (no suspension,
 * so it paints in the same commit), else a lazy one that suspends until the chunk arrives. The
 * choice is made once per mount, so a screen is never remounted when its code arrives later.
 */
function screen(load: Loader, area: Area | undefined): ComponentType {
  const Lazy = lazy(() => remember(load, area));
  function Screen() {
    const [Ready] = useState(() => loaded.get(load));
    return createElement(Ready ?? Lazy);
  }
  return Screen;
}

/** The route table as `Routes` takes it. */
export function routeElements(): Array<[string, ReactNode]> {
  return ROUTES.map(([pattern, load, area]) => [pattern, createElement(screen(load, area))]);
}

/**
 * Load the code of the screen for `pathname` (before the first render). Resolves either way:
 * a chunk that cannot be fetched is left to the lazy component and its error handling.
 */
export function preloadRoute(pathname: string): Promise<void> {
  const route = ROUTES.find(([pattern]) => matchPath(pattern, pathname) !== null);
  return route ? remember(route[1], route[2]).then(() => undefined, () => undefined) : Promise.resolve();
}
