/// <reference lib="webworker" />
// The service worker: the app shell is precached at install (so the app opens offline), API
// reads are network-first with a cached fallback (so pages already visited can be read
// offline), and everything else goes to the network.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// A new version takes over at once: the shell is versioned by content hash, and the API is
// backwards compatible within /api/v1, so there is no mixed-version hazard worth a prompt.
void self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Client-side routes (/t/DK, /operator, …) all load the shell; server routes are excluded.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/readyz/, /^\/healthz/, /^\/metrics/],
  }),
);

/** Cache name for API reads; cleared on sign-out once accounts exist (it may hold private data). */
export const API_CACHE = 'unityplan-api-reads';

// GET reads of the API (territories, later courses and lessons): fresh when the network
// answers within a few seconds, else the last copy. The OpenAPI document and readiness are
// never cached: a stale copy of either would mislead.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    request.method === 'GET' &&
    url.pathname.startsWith('/api/v1/') &&
    url.pathname !== '/api/v1/openapi.json',
  new NetworkFirst({
    cacheName: API_CACHE,
    networkTimeoutSeconds: 4,
    plugins: [new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 30 * 24 * 60 * 60 })],
  }),
);
