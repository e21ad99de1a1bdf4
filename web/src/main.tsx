import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initialLocale } from './i18n/I18n';
import { loadLocale } from './i18n/locales';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  // Fetch the person's language before the first render (English is already bundled); if it
  // cannot be fetched, start in English rather than not at all.
  loadLocale(initialLocale()).then(render, render);
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
