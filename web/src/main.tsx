import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initialLocale } from './i18n/I18n';
import { loadLocale } from './i18n/locales';
import { preloadRoute } from './routes';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // Rendered as a transition, React yields to the browser every few milliseconds instead of
  // building the whole first screen in one task (on a slow phone that task blocked input for
  // over 100 ms).
  const render = () =>
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  // Before the first render: the person's language (English is already bundled; if another
  // cannot be fetched, start in English rather than not at all) and the current screen's code
  // (index.html has already started downloading it), so the first commit shows the screen.
  Promise.all([loadLocale(initialLocale()), preloadRoute(window.location.pathname)]).then(render, render);
}

// The service worker caches the app shell and pages read, for offline reading. Only in
// production builds: during development Vite serves unbundled modules that must not be cached.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((e: unknown) => {
      console.warn('service worker registration failed; offline reading is unavailable', e);
    });
  });
}
