import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin, Rollup } from 'vite';
import { ftlParts } from './vite.messages.ts';
import { readRoutes } from './vite.routes.ts';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), 'src');

/** The built index.html in a bundle, to rewrite in place (undefined when there is none). */
function indexHtml(bundle: Rollup.OutputBundle) {
  const html = bundle['index.html'];
  return html?.type === 'asset' ? html : undefined;
}

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
      const html = indexHtml(bundle);
      if (!html) return;
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

/**
 * Put a route → chunk map into index.html: a few hundred bytes of inline script that, while the
 * HTML is still being parsed, adds `<link rel=modulepreload>` for the current screen's chunk and
 * the chunks it imports (and `rel=preload` for their stylesheets). Without it the screen's code is only requested once the app's own
 * script has downloaded and run — one more round trip before the first text on a slow phone.
 * The routes and their matching mirror src/routes.tsx and `matchPath` in src/router.tsx.
 */
function routePreload(): Plugin {
  return {
    name: 'unityplan-route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = indexHtml(bundle);
      if (!html) return;
      const entries = readRoutes(SRC);
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (start: string[]) => {
        const seen = new Set<string>();
        const walk = (file: string) => {
          if (seen.has(file)) return;
          seen.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) walk(dep);
        };
        start.forEach(walk);
        return seen;
      };
      const eager = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
      // Files once, routes by index into them: the map stays small (about 1 KB before gzip).
      const files: string[] = [];
      const table = entries.map(({ pattern, path, area }) => {
        const base = resolve(SRC, path);
        const chunk = chunks.find((c) => c.facadeModuleId === `${base}.tsx` || c.facadeModuleId === `${base}.ts`);
        if (!chunk) throw new Error(`routePreload: no chunk for ${path}`);
        // The area's English messages too (every language falls back to them).
        const english = resolve(SRC, `i18n/locales/en.ftl?part=${area}`);
        const messages = area ? chunks.find((c) => c.facadeModuleId === english) : undefined;
        if (area && !messages) throw new Error(`routePreload: no chunk for ${english}`);
        const roots = messages ? [chunk.fileName, messages.fileName] : [chunk.fileName];
        const js = [...closure(roots)].filter((f) => !eager.has(f));
        // Their stylesheets too: the chunk loader waits for them before the screen renders.
        const css = js.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
        const needed = [...js, ...css];
        return [pattern, needed.map((f) => (files.includes(f) ? files.indexOf(f) : files.push(f) - 1))];
      });
      const script =
        `<script>(()=>{const f=${JSON.stringify(files)},r=${JSON.stringify(table)},h=location.pathname.split('/').filter(Boolean);` +
        `for(const[p,n]of r){const w=p.split('/').filter(Boolean);` +
        `if(p!=='*'&&(w.length!==h.length||w.some((s,i)=>s[0]!==':'&&s!==h[i])))continue;` +
        `for(const i of n){const l=document.createElement('link'),c=f[i].endsWith('.css');l.rel=c?'preload':'modulepreload';if(c){l.as='style';l.crossOrigin=''}l.fetchPriority='low';l.href='/'+f[i];document.head.append(l)}break}})()</script>`;
      // None of the app's code is needed for the first paint (the static header in the HTML),
      // so it is fetched at low priority; nothing else on the page competes with it. Without
      // this, Lighthouse's simulation counts every high-priority script that happened to finish
      // downloading before the observed first paint as blocking that paint (module scripts
      // never do), and mobile FCP swung between 0.65 and 1.7 s from one run to the next.
      const low = (tag: string) => tag.replace(/^<(script|link)/, '<$1 fetchpriority="low"');
      html.source = String(html.source)
        .replace(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, low)
        .replace('</head>', () => `${script}\n  </head>`);
    },
  };
}

// The API and the app share one origin in production (`unityplan serve`); during development
// Vite proxies API calls to a running server (UNITYPLAN_URL, default http://127.0.0.1:8080).
const api = process.env.UNITYPLAN_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [
    react(),
    ftlParts(),
    inlineCss(),
    routePreload(),
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
    rolldownOptions: {
      output: {
        // The small shared components (headings, errors, forms, data loading, badges) in one
        // chunk with the app's own code rather than one tiny chunk each: the first screen on a
        // phone then waits for 2 of its own files instead of up to 7 (each costs a request).
        codeSplitting: {
          groups: [{ name: 'shared', test: /[\\/]src[\\/](components[\\/]|pages[\\/]badges\.tsx)/ }],
        },
      },
    },
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
