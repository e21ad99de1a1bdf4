// Lighthouse CI on the main pages, against a real `unityplan serve` serving web/dist.
// Assertions (scores ≥ 0.95, script ≤ 300 KB, FCP < 1.5 s, LCP < 2.5 s, CLS < 0.1) are in
// lighthouserc.json; a failed assertion fails this script. Reports: web/test-results/lighthouse/.
// LIGHTHOUSE_PRESET=mobile runs the throttled mobile profile instead of desktop.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, WEB, startServer } from '../e2e/server.mjs';

// LIGHTHOUSE_PAGES="/t/DK/forum /" audits only those pages (for a quick check of one screen).
const PAGES = process.env.LIGHTHOUSE_PAGES?.split(/\s+/).filter(Boolean) ?? ['/', '/t/DK', '/t/DK/forum', '/t/DK/learn', '/operator', '/sign-in', '/register'];
const lhci = join(WEB, 'node_modules/.bin/lhci');

// Reports of earlier runs would be asserted again; start clean.
const out = join(WEB, 'test-results/lighthouse');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The committed configuration is the desktop profile; the mobile profile (simulated slow 4G and
// a 4× slower CPU) is Lighthouse's default, obtained by dropping the preset.
let config = 'lighthouserc.json';
if (process.env.LIGHTHOUSE_PRESET === 'mobile') {
  const rc = JSON.parse(readFileSync(join(WEB, config), 'utf8'));
  delete rc.ci.collect.settings.preset;
  config = join(out, 'lighthouserc.mobile.json');
  writeFileSync(config, JSON.stringify(rc, null, 2));
}

const server = await startServer();
let status = 1;
try {
  const env = { ...process.env, CHROME_PATH: CHROMIUM };
  const collect = spawnSync(
    lhci,
    ['collect', `--config=${config}`, ...PAGES.map((p) => `--collect.url=${server.url}${p}`)],
    { cwd: WEB, env, stdio: 'inherit' },
  );
  if (collect.status !== 0) throw new Error(`lhci collect failed (${collect.status})`);
  spawnSync(lhci, ['upload', `--config=${config}`], { cwd: WEB, env, stdio: 'inherit' });
  const assert = spawnSync(lhci, ['assert', `--config=${config}`], { cwd: WEB, env, stdio: 'inherit' });
  status = assert.status ?? 1;
  spawnSync(process.execPath, [join(WEB, 'scripts/lh-summary.mjs')], { cwd: WEB, stdio: 'inherit' });
} finally {
  await server.stop();
}
process.exit(status);
