// The message parts (areas.ts) against the code: every screen finds the messages it uses, and
// cutting a language's file into parts loses or changes nothing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { PARTS, messagesOf, partOf, type Part } from './areas';
import { LOCALES } from './locales';
import { readRoutes } from '../../vite.routes';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ftl = (tag: string) => readFileSync(join(SRC, `i18n/locales/${tag}.ftl`), 'utf8');
const ids = (text: string) => new FluentResource(text).body.map((entry) => entry.id);

describe('message parts', () => {
  it('together hold exactly the whole file, each entry unchanged, in every language', () => {
    for (const { tag } of LOCALES) {
      const whole = new FluentResource(ftl(tag)).body;
      const parts = PARTS.flatMap((part) => new FluentResource(messagesOf(ftl(tag), part)).body);
      expect({ tag, count: parts.length }).toEqual({ tag, count: whole.length });
      const byId = new Map(parts.map((entry) => [entry.id, entry]));
      for (const entry of whole) expect({ tag, entry: byId.get(entry.id) }).toEqual({ tag, entry });
      for (const part of PARTS) {
        for (const id of ids(messagesOf(ftl(tag), part))) expect({ id, part: partOf(id) }).toEqual({ id, part });
      }
    }
  });

  // Which message ids each source file uses: string literals that are ids, and every id under a
  // template prefix such as `learn-type-${…}`. Static and dynamic imports are followed. A DOM id
  // built the same way (`move-${id}`) counts as using every `move-…` message, so give such ids a
  // prefix no message has.
  const english = ids(ftl('en'));
  const known = new Set(english);
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$|\.d\.ts$/.test(name) ? [path] : [];
    });
  const uses = new Map<string, Set<string>>();
  const imports = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const source = readFileSync(file, 'utf8');
    const used = new Set<string>();
    for (const [, id = ''] of source.matchAll(/['"`]([a-z][a-z0-9-]*)['"`]/g)) if (known.has(id)) used.add(id);
    for (const [, prefix = ''] of source.matchAll(/`([a-z][a-z0-9-]*-)\$\{/g)) {
      for (const id of english) if (id.startsWith(prefix)) used.add(id);
    }
    uses.set(file, used);
    const deps: string[] = [];
    if (!file.endsWith('routes.tsx')) {
      for (const [, spec = ''] of source.matchAll(/(?:from\s+|import\s*\(?\s*)'(\.[^']+)'/g)) {
        const base = resolve(dirname(file), spec);
        const found = [base, `${base}.ts`, `${base}.tsx`].find((p) => existsSync(p) && statSync(p).isFile());
        if (found) deps.push(found);
      }
    }
    imports.set(file, deps);
  }
  const partsUsedFrom = (entry: string) => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const dep of imports.get(file) ?? []) walk(dep);
    };
    walk(entry);
    const needed = new Map<Part, string>();
    for (const file of seen) for (const id of uses.get(file) ?? []) needed.set(partOf(id), id);
    return needed;
  };

  it('the app shell uses core messages only', () => {
    const needed = partsUsedFrom(join(SRC, 'main.tsx'));
    needed.delete('core');
    expect(Object.fromEntries(needed)).toEqual({});
  });

  it('every route loads the area its screen uses', () => {
    const entries = readRoutes(SRC);
    expect(entries.length).toBeGreaterThan(30);
    for (const { pattern, path, area } of entries) {
      const base = resolve(SRC, path);
      const file = [`${base}.tsx`, `${base}.ts`].find((p) => existsSync(p));
      expect({ pattern, file: file !== undefined }).toEqual({ pattern, file: true });
      const needed = partsUsedFrom(file ?? '');
      needed.delete('core');
      if (area) needed.delete(area as Part);
      expect({ pattern, missing: Object.fromEntries(needed) }).toEqual({ pattern, missing: {} });
    }
  });
});
