// End-to-end tests: Debian Chromium (playwright-core) against a real `unityplan serve` in
// embedded mode (real PostgreSQL), serving the built app from web/dist.
// Run: npm run e2e (after `npm run build` and `cargo build -p unityplan`).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, WEB, startServer } from './server.mjs';
import { axeViolations } from './axe.mjs';

const SHOTS = join(WEB, 'test-results');
mkdirSync(SHOTS, { recursive: true });

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(options = {}) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  return { context, page, errors };
}

// Every screenshot is also an accessibility check (axe-core, WCAG 2.2 AA rules).
const shot = async (page, name) => {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  assert.deepEqual(await axeViolations(page), [], `accessibility violations on ${name}`);
};

describe('web app', () => {
  it('lists territories by region, opens a territory home with its live status', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Territories' }).waitFor();
    const cards = page.locator('.territory-card');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 19);
    assert.equal(await page.getByRole('heading', { level: 2 }).count(), 4, 'one group per region');
    assert.equal(await page.title(), 'Territories · UnityPlan');
    await shot(page, 'territories');

    await page.getByRole('link', { name: /Denmark/ }).click();
    await page.waitForURL('**/t/DK');
    await page.getByRole('heading', { level: 1, name: 'Denmark' }).waitFor();
    const status = page.getByTestId('territory-status');
    await status.waitFor();
    assert.match(await status.innerText(), /Served by database node\s+\S+/);
    assert.match(await page.locator('.facts').first().innerText(), /Europe \(eu\)/);
    assert.match(await page.locator('.facts').first().innerText(), /Available/);
    // Focus moved to the new screen's heading, so keyboard and screen-reader users start there.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    await shot(page, 'territory-home');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the operator dashboard: readiness, four regions with nodes and territories', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(server.url + '/operator');
    await page.getByRole('heading', { level: 1, name: 'Operator dashboard' }).waitFor();
    await page.getByTestId('readiness').waitFor();
    assert.match(await page.getByTestId('readiness').innerText(), /Platform ready/);
    const regions = page.getByTestId('region');
    await regions.first().waitFor();
    assert.equal(await regions.count(), 4);
    const text = await page.locator('main').innerText();
    for (const name of ['Europe', 'eu', 'am', 'ap', 'af']) assert.match(text, new RegExp(name));
    assert.match(text, /4 regions, \d+ nodes, 19 territories/);
    assert.match(await page.getByTestId('events').innerText(), /Transport\s+(In-process bus|NATS JetStream)/);
    assert.ok((await page.getByRole('cell', { name: 'Primary' }).count()) >= 1 || (await page.locator('.badge', { hasText: 'Primary' }).count()) >= 1);
    await shot(page, 'operator');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('switches the UI language, remembers it, and formats per locale', async () => {
    const { context, page } = await newPage();
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Territories' }).waitFor();
    const expected = { da: 'Territorier', nb: 'Territorier', sv: 'Territorier', es: 'Territorios' };
    const nav = { da: 'Driftsoversigt', nb: 'Driftsoversikt', sv: 'Driftöversikt', es: 'Panel de operación' };
    for (const [tag, heading] of Object.entries(expected)) {
      await page.getByLabel(/Language|Sprog|Språk|Idioma/).selectOption(tag);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('link', { name: nav[tag] }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
    }
    await page.getByLabel('Idioma').selectOption('da');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Territorier' }).waitFor();
    await page.getByRole('link', { name: 'Driftsoversigt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Driftsoversigt' }).waitFor();
    await page.getByTestId('region').first().waitFor();
    // Danish number and date formats come from Intl (e.g. "24. nov. 2026 22.40.01").
    assert.match(await page.locator('main').innerText(), /Sidst opdateret \d{1,2}\. \S+ \d{4}/);
    await shot(page, 'operator-da');
    await context.close();
  });

  it('chooses the language from the browser when none was picked', async () => {
    const { context, page } = await newPage({ locale: 'sv-SE' });
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Territorier' }).waitFor();
    await page.getByRole('link', { name: 'Driftöversikt' }).waitFor();
    await context.close();
  });

  it('explains API errors in the person’s language', async () => {
    const { context, page } = await newPage();
    await page.goto(server.url + '/t/ZZ');
    await page.getByRole('alert').first().waitFor();
    assert.match(await page.getByRole('alert').first().innerText(), /There is no territory with that code\./);
    await page.getByLabel('Language').selectOption('es');
    await page.getByText('No existe ningún territorio con ese código.').first().waitFor();
    await page.goto(server.url + '/t/1');
    await page.getByText('Un código de territorio tiene dos letras, por ejemplo ES.').first().waitFor();
    await shot(page, 'error-es');
    await context.close();
  });

  it('is usable from the keyboard: skip link, focus on the main content', async () => {
    const { context, page } = await newPage();
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Territories' }).waitFor();
    await page.locator('.territory-card').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    // The next Tab lands on the first territory, not back in the header.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'territory-card');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/t\/[A-Z]{2}$/);
    await page.getByTestId('territory-status').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the new screen heading');
    await context.close();
  });

  it('works offline after a first visit: app shell and pages read before', async () => {
    const { context, page } = await newPage();
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Territories' }).waitFor();
    // Wait until the service worker controls the page (it claims clients on activation).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    // Read a territory while online, through the service worker.
    await page.getByRole('link', { name: /Norway/ }).click();
    await page.getByTestId('territory-status').waitFor();
    await page.goto(server.url + '/');
    await page.locator('.territory-card').first().waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Territories' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'You are offline' }).waitFor();
    assert.equal(await page.locator('.territory-card').count(), 19);
    await page.getByRole('link', { name: /Norway/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Norway' }).waitFor();
    await page.getByTestId('territory-status').waitFor();
    await shot(page, 'offline-territory');
    // A client route never visited still opens (the shell), and says the data is unreachable.
    await page.goto(server.url + '/t/SE');
    await page.getByRole('alert').first().waitFor();
    assert.match(await page.getByRole('alert').first().innerText(), /cannot be reached/);
    await context.setOffline(false);
    await context.close();
  });

  it('serves an installable manifest with icons', async () => {
    const response = await fetch(server.url + '/manifest.webmanifest');
    assert.equal(response.status, 200);
    const manifest = await response.json();
    assert.equal(manifest.display, 'standalone');
    for (const icon of manifest.icons) {
      const image = await fetch(server.url + icon.src);
      assert.equal(image.status, 200, icon.src);
    }
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));
  });
});
