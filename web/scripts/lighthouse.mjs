// Lighthouse CI on the main pages, against a real `unityplan serve` serving web/dist, with the
// desktop profile and/or the mobile one (Lighthouse's default: a phone-sized screen, simulated
// slow 4G and a 4× slower CPU). The same assertions hold for both (scores ≥ 0.95, script ≤ 300 KB,
// FCP < 1.5 s, LCP < 2.5 s, CLS < 0.1; they are in lighthouserc.json), and a failed assertion in
// any profile run fails this script. Reports: web/test-results/lighthouse/.
// LIGHTHOUSE_PRESET=both (the default, what `test:all` and CI run: desktop, then mobile against
// the same server), =desktop or =mobile.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, WEB, startServer } from '../e2e/server.mjs';

// LIGHTHOUSE_PAGES="/t/DK/forum /" audits only those pages (for a quick check of one screen).
const PAGES = process.env.LIGHTHOUSE_PAGES?.split(/\s+/).filter(Boolean) ?? ['/', '/t/DK', '/t/DK/forum', '/t/DK/learn', '/operator', '/sign-in', '/register'];
const CHOICE = process.env.LIGHTHOUSE_PRESET || 'both';
const PRESETS = { desktop: ['desktop'], mobile: ['mobile'], both: ['desktop', 'mobile'] }[CHOICE];
if (!PRESETS) throw new Error(`LIGHTHOUSE_PRESET must be desktop, mobile or both, not ${CHOICE}`);
const lhci = join(WEB, 'node_modules/.bin/lhci');

// Reports of earlier runs would be asserted again; start clean.
const out = join(WEB, 'test-results/lighthouse');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** The configuration for a profile: the committed one is desktop; mobile drops the preset. */
function configFor(preset) {
  const rc = JSON.parse(readFileSync(join(WEB, 'lighthouserc.json'), 'utf8'));
  if (preset === 'mobile') delete rc.ci.collect.settings.preset;
  else rc.ci.collect.settings.preset = 'desktop';
  const path = join(out, `lighthouserc.${preset}.json`);
  writeFileSync(path, JSON.stringify(rc, null, 2));
  return path;
}

const started = Date.now();
const server = await startServer();
const failed = [];
try {
  const env = { ...process.env, CHROME_PATH: CHROMIUM };
  for (const preset of PRESETS) {
    const t0 = Date.now();
    const config = configFor(preset);
    console.log(`\n== Lighthouse, ${preset} profile: ${PAGES.length} pages ==`);
    const collect = spawnSync(
      lhci,
      ['collect', `--config=${config}`, ...PAGES.map((p) => `--collect.url=${server.url}${p}`)],
      { cwd: WEB, env, stdio: 'inherit' },
    );
    if (collect.status !== 0) throw new Error(`lhci collect (${preset}) failed (${collect.status})`);
    spawnSync(lhci, ['upload', `--config=${config}`], { cwd: WEB, env, stdio: 'inherit' });
    const assert = spawnSync(lhci, ['assert', `--config=${config}`], { cwd: WEB, env, stdio: 'inherit' });
    if (assert.status !== 0) failed.push(preset);
    console.log(`== ${preset}: ${assert.status === 0 ? 'assertions met' : 'ASSERTIONS FAILED'} in ${Math.round((Date.now() - t0) / 1000)} s ==`);
  }
  spawnSync(process.execPath, [join(WEB, 'scripts/lh-summary.mjs')], { cwd: WEB, stdio: 'inherit' });
} finally {
  await server.stop();
}
console.log(`Lighthouse took ${Math.round((Date.now() - started) / 1000)} s in all${failed.length ? `; failed: ${failed.join(', ')}` : ''}.`);
process.exit(failed.length === 0 ? 0 : 1);
