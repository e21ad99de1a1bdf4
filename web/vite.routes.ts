import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of src/routes.tsx: the URL pattern, the screen's module (relative to src) and its message area. */
export interface RouteLine {
  pattern: string;
  path: string;
  area?: string;
}

/**
 * The route table as written in `<src>/routes.tsx`, read as text (the build and the message
 * tests need it without running React). Throws unless every `import(` is on a line of the
 * documented shape, so a route cannot silently go missing from either.
 */
export function readRoutes(src: string): RouteLine[] {
  const source = readFileSync(join(src, 'routes.tsx'), 'utf8');
  const entries = [...source.matchAll(/^\s*\['([^']+)',\s*\(\)\s*=>\s*import\('([^']+)'\)(?:,\s*'(\w+)')?\],?\s*$/gm)];
  const declared = (source.match(/import\('/g) ?? []).length;
  if (entries.length === 0 || entries.length !== declared) {
    throw new Error(`read ${entries.length} of ${declared} routes in src/routes.tsx; keep one route per line`);
  }
  return entries.map(([, pattern = '', path = '', area]) => (area ? { pattern, path, area } : { pattern, path }));
}
