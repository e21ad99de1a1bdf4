import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { PARTS, messagesOf, type Part } from './src/i18n/areas.ts';

/**
 * `import … from './locales/da.ftl?part=forum'` (or an `import.meta.glob` with that query): the
 * Danish messages of the forum area as a string module. See src/i18n/areas.ts.
 */
export function ftlParts(): Plugin {
  return {
    name: 'unityplan-ftl-parts',
    enforce: 'pre',
    load(id) {
      const match = /^(.*\.ftl)\?part=(\w+)$/.exec(id);
      if (!match) return null;
      const [, file = '', part = ''] = match;
      if (!(PARTS as readonly string[]).includes(part)) throw new Error(`unknown message part ${part} in ${id}`);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(messagesOf(readFileSync(file, 'utf8'), part as Part))};`;
    },
  };
}
