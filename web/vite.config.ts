import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * Inline the (small) stylesheet into index.html: one round trip fewer before the first paint,
 * which is what first contentful paint on a slow phone network is made of.
 */
function inlineCss(): Plugin {
  return {
    name: 'unityplan-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      let source = String(html.source);
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'asset' || !name.endsWith('.css')) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
        if (!link.test(source)) continue;
        source = source.replace(link, () => `<style>${String(chunk.source)}</style>`);
      }
      html.source = source;
    },
  };
}

// The API and the app share one origin in production (`unityplan serve`); during development
// Vite proxies API calls to a running server (UNITYPLAN_URL, default http://127.0.0.1:8080).
const api = process.env.UNITYPLAN_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [
    react(),
    inlineCss(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': api,
      '/readyz': api,
      '/healthz': api,
    },
  },
});
