// Prints the key figures of the Lighthouse reports in web/test-results/lighthouse/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEB } from '../e2e/server.mjs';

const dir = join(WEB, 'test-results/lighthouse');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.report.json'))) {
  const r = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const a = r.audits;
  const scripts = a['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script');
  const score = (c) => r.categories[c]?.score;
  console.log(
    [
      new URL(r.finalDisplayedUrl ?? r.finalUrl).pathname.padEnd(10),
      `perf ${score('performance')}`,
      `a11y ${score('accessibility')}`,
      `bp ${score('best-practices')}`,
      `FCP ${Math.round(a['first-contentful-paint'].numericValue)} ms`,
      `LCP ${Math.round(a['largest-contentful-paint'].numericValue)} ms`,
      `CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}`,
      `TBT ${Math.round(a['total-blocking-time'].numericValue)} ms`,
      `script ${scripts ? (scripts.transferSize / 1024).toFixed(1) : '?'} KiB (${scripts?.requestCount ?? '?'} files)`,
      `form factor ${r.configSettings.formFactor}`,
    ].join(' · '),
  );
}
