// End-to-end tests of the operator screens: Debian Chromium against a real `unityplan serve` in
// embedded mode (real PostgreSQL). The first platform admin comes from the CLI (`unityplan
// admin create`); two members register in Denmark (confirmed through the server's outbox).
// In the browser the admin creates a territory (a bad code is caught before sending, a
// duplicate is refused by the server in words), finds a member, locks (with a confirm step)
// and unlocks them, grants a territory admin role, verifies the audit chain and opens the dead
// letters. The new territory admin grants a delegable role on the members page. Moves: embedded
// mode keeps every region in one database, so the server refuses to start a move; the test
// checks that the refusal and a missing target are shown in words. A second server runs in
// production mode over two PostgreSQL clusters made for the test (region eu on one, am on the
// other), and the admin moves Denmark from eu to am in the browser: start, pause and resume,
// advance through the read shift to the write switch, and complete after a confirm step.
// Skipped (saying why) when the binary has no admin user lookup, or, for the move to completion,
// when no PostgreSQL server binaries are installed.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { apiPaths, binary, CHROMIUM, CHROMIUM_FLAGS, createPlatformAdmin, mailWith, startIdentityServer, WEB } from './server.mjs';

const REPO = join(WEB, '..');
import { axeViolations } from './axe.mjs';

const SHOTS = join(WEB, 'test-results');
mkdirSync(SHOTS, { recursive: true });
// Every screenshot is also an accessibility check (axe-core, WCAG 2.2 AA rules).
const shot = async (page, name) => {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  assert.deepEqual(await axeViolations(page), [], `accessibility violations on ${name}`);
};

const paths = apiPaths();
const available = paths.includes('/api/v1/admin/users') && paths.includes('/api/v1/admin/moves/{territory}/{action}');
const why = 'the admin API is not in this binary (no /api/v1/admin/users or /api/v1/admin/moves/{territory}/{action})';
if (!available && process.env.UNITYPLAN_TEST_REQUIRE_ALL === '1') throw new Error(why);
const skip = available ? false : why;

const PASSWORD = 'correct horse battery staple';

/** Register a member through the API and confirm the email with the mailed link. */
async function registerMember(territory, handle, displayName) {
  const email = `${handle}@example.org`;
  const response = await fetch(`${server.url}/api/v1/t/${territory}/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ handle, email, password: PASSWORD, display_name: displayName, language: 'en' }),
  });
  assert.equal(response.status, 201, await response.text());
  const mail = await mailWith(server.dataDir, email);
  const match = mail.match(/\/verify-email\?token=([A-Za-z0-9_\-.~%]+)/);
  assert.ok(match, 'a verification link in the mail');
  const verified = await fetch(`${server.url}/api/v1/auth/verify-email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: decodeURIComponent(match[1]) }),
  });
  assert.ok(verified.ok, `verify-email answered ${verified.status}`);
}

/** Whether `login` can sign in (over the API). */
async function canSignIn(login) {
  const r = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  return r.status === 200;
}

let server;
let browser;

async function signedIn(login, at = server) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(at.url + '/sign-in');
  await page.getByLabel('Handle or email address').fill(login);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
  return { context, page, errors };
}

describe('operator screens', { skip }, () => {
  before(async () => {
    server = await startIdentityServer();
    // The first platform admin comes from the CLI (no default accounts exist).
    createPlatformAdmin(server, PASSWORD);
    await registerMember('DK', 'ada', 'Ada Andersen');
    await registerMember('DK', 'tove', 'Tove Thomsen');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a platform admin creates a territory, locks and unlocks a member, grants a role, verifies the audit chain', async () => {
    const { context, page, errors } = await signedIn('root');

    // Territories: a bad code is caught in the browser, a good one is created, a duplicate is
    // refused by the server and the refusal is shown in words.
    await page.goto(server.url + '/operator');
    await page.getByRole('navigation', { name: 'Operator screens' }).getByRole('link', { name: 'Territories' }).click();
    await page.getByRole('heading', { level: 1, name: 'Territories (admin)' }).waitFor();
    const form = page.getByRole('form', { name: 'Create territory' });
    await form.getByLabel('Code').fill('1S');
    await form.getByLabel('Name', { exact: true }).fill('Iceland');
    await form.getByLabel('Region').selectOption('eu');
    await form.getByLabel('Default language').fill('is');
    await form.getByRole('button', { name: 'Create territory' }).click();
    await form.getByText('Use two letters, such as IS.').waitFor();
    await form.getByLabel('Code').fill('IS');
    await form.getByRole('button', { name: 'Create territory' }).click();
    await page.getByTestId('territory-created').getByText('Territory Iceland (IS) created.').waitFor();
    await page.getByTestId('territory-table').getByRole('link', { name: 'IS', exact: true }).waitFor();
    await form.getByLabel('Code').fill('IS');
    await form.getByLabel('Name', { exact: true }).fill('Iceland again');
    await form.getByLabel('Default language').fill('is');
    await form.getByRole('button', { name: 'Create territory' }).click();
    await form.getByRole('alert').getByText('A territory with that code exists already.').waitFor();
    await shot(page, 'operator-territories');

    // Users: find Ada in Denmark, lock her (confirm step), she cannot sign in; unlock.
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'User administration' }).waitFor();
    await page.getByLabel('Territory', { exact: true }).selectOption('DK');
    await page.getByLabel('Handle, email or name').fill('ada@example');
    await page.getByRole('button', { name: 'Find users' }).click();
    const ada = page.getByTestId('user-card').filter({ hasText: '@ada:dk' });
    await ada.waitFor();
    assert.equal(await page.getByTestId('user-card').count(), 1);
    assert.equal(await ada.getByTestId('user-status').innerText(), 'Active');
    await ada.getByRole('button', { name: 'Lock account' }).click();
    await ada.getByText('Lock @ada:dk? They are signed out everywhere').waitFor();
    await shot(page, 'operator-users-confirm');
    await ada.getByRole('button', { name: 'Yes, Lock account' }).click();
    await page.getByTestId('user-action-done').getByText('@ada:dk is locked').waitFor();
    await ada.getByTestId('user-status').getByText('Locked').waitFor();
    assert.equal(await canSignIn('ada'), false, 'a locked account cannot sign in');
    await ada.getByRole('button', { name: 'Unlock account' }).click();
    await ada.getByTestId('user-status').getByText('Active').waitFor();
    assert.equal(await canSignIn('ada'), true, 'unlocked, she signs in again');

    // Grant Tove territory admin of Denmark.
    await page.getByLabel('Handle, email or name').fill('tove');
    await page.getByRole('button', { name: 'Find users' }).click();
    const tove = page.getByTestId('user-card').filter({ hasText: '@tove:dk' });
    await tove.waitFor();
    await tove.getByLabel('Role', { exact: true }).selectOption('territory_admin');
    await tove.getByLabel('In territory').fill('DK');
    await tove.getByRole('button', { name: 'Grant role' }).click();
    await tove.getByTestId('user-roles').getByText('Territory admin in DK').waitFor();
    await shot(page, 'operator-users');

    // Audit: the actions above are in the log, and the chain verifies.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const log = page.getByTestId('audit-log');
    await log.getByText('admin.user_locked').waitFor();
    await log.getByText('admin.territory_created').waitFor();
    await page.getByRole('button', { name: 'Verify chain' }).click();
    assert.match(await page.getByTestId('audit-verification').innerText(), /The chain is intact: \d+ entries checked\./);
    await shot(page, 'operator-audit');

    // Dead letters: none in Denmark.
    await page.getByRole('link', { name: 'Dead letters' }).click();
    await page.getByLabel('Territory').selectOption('DK');
    await page.getByTestId('dead-letters-none').getByText('No dead letters in DK.').waitFor();
    await shot(page, 'operator-dead-letters');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a territory admin grants a delegable role on the members page', async () => {
    const { context, page, errors } = await signedIn('tove');
    await page.goto(server.url + '/operator');
    await page.getByTestId('my-territories').getByRole('link', { name: 'Members of DK' }).click();
    await page.getByRole('heading', { level: 1, name: 'Members of DK' }).waitFor();
    const row = page.getByTestId('members').getByRole('row').filter({ hasText: '@ada:dk' });
    await row.getByLabel('Role for @ada:dk').selectOption('moderator');
    await row.getByRole('button', { name: 'Grant role' }).click();
    await page.getByTestId('members-done').getByText('@ada:dk now holds Moderator. Roles here: Moderator.').waitFor();
    await shot(page, 'operator-members');
    // Admin screens stay closed to a territory admin.
    await page.goto(server.url + '/operator/users');
    await page.getByText('This screen is for platform admins.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('moves: a missing target and the server refusing the move are shown in words', async () => {
    const { context, page, errors } = await signedIn('root');
    await page.goto(server.url + '/operator/moves');
    await page.getByRole('heading', { level: 1, name: 'Territory moves' }).waitFor();
    await page.getByTestId('move-list').or(page.getByText('No territory has been moved.')).waitFor();
    const form = page.getByRole('form', { name: 'Start a move' });
    await form.getByLabel('Territory').selectOption('DK');
    await form.getByRole('button', { name: 'Start move' }).click();
    await form.getByText('Say where the territory should move to.').waitFor();
    await form.getByLabel('Target region or database node').fill('am');
    await form.getByRole('button', { name: 'Start move' }).click();
    await form.getByRole('alert').getByText('a move needs another server').waitFor();
    await shot(page, 'operator-moves');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

// ----- a move to completion: production mode over two PostgreSQL clusters -----

/** PostgreSQL's server binaries (Debian's newest), or null. */
function pgBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], 'bin') : null;
}
const PG_BIN = pgBin();

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

// PostgreSQL refuses to run as root: as root, run it as the unprivileged `unityplan` user
// (the one embedded mode uses; created like embedded mode does when missing).
const AS_ROOT = process.getuid?.() === 0;
function asPostgresUser(cmd, args) {
  return AS_ROOT ? ['runuser', ['-u', 'unityplan', '--', cmd, ...args]] : [cmd, args];
}

/** A throwaway cluster with logical replication on a free port. Returns { url, stop }. */
async function cluster(root, name) {
  const dir = join(root, name);
  mkdirSync(dir);
  if (AS_ROOT) execFileSync('chown', ['unityplan:', dir]);
  const data = join(dir, 'data');
  const [c1, a1] = asPostgresUser(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '--encoding=UTF8', '--no-locale']);
  execFileSync(c1, a1, { stdio: 'ignore' });
  const port = await freePort();
  appendFileSync(
    join(data, 'postgresql.conf'),
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'wal_level = logical',
      'max_wal_senders = 10',
      'max_replication_slots = 10',
      'max_connections = 200',
      'shared_buffers = 32MB',
      '',
    ].join('\n'),
  );
  appendFileSync(join(data, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
  const [c2, a2] = asPostgresUser(join(PG_BIN, 'pg_ctl'), ['start', '-w', '-t', '60', '-D', data, '-l', join(dir, 'log')]);
  execFileSync(c2, a2, { stdio: 'ignore' });
  const stop = () => {
    const [c3, a3] = asPostgresUser(join(PG_BIN, 'pg_ctl'), ['stop', '-w', '-m', 'immediate', '-D', data]);
    try {
      execFileSync(c3, a3, { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

/** This process's environment without UNITYPLAN_CONFIG (the test's file is passed with --config). */
function withoutConfigEnv() {
  const env = { ...process.env };
  delete env.UNITYPLAN_CONFIG;
  return env;
}

/** `unityplan serve --config <file>` (production mode); resolves when /readyz answers 200. */
async function serveProduction(configFile) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(binary(), ['--config', configFile, 'serve', '--listen', `127.0.0.1:${port}`], {
    cwd: REPO,
    env: {
      ...withoutConfigEnv(),
      UNITYPLAN__SERVER__WEB_DIR: join(WEB, 'dist'),
      UNITYPLAN__IDENTITY__PUBLIC_URL: url,
      UNITYPLAN__LOG__FORMAT: 'pretty',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c) => (log = (log + c).slice(-100_000)));
  child.stderr.on('data', (c) => (log = (log + c).slice(-100_000)));
  let exited = null;
  const exit = new Promise((r) => child.once('exit', (code, signal) => r((exited = { code, signal }))));
  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exit;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new Error(`unityplan serve exited early (${JSON.stringify(exited)}):\n${log}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`unityplan serve not ready:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop, log: () => log };
}

const moveSkip = skip || (PG_BIN ? false : 'no PostgreSQL server binaries under /usr/lib/postgresql (a move needs two servers)');

describe('a territory move driven to completion in the browser', { skip: moveSkip }, () => {
  let root;
  let a;
  let b;
  let prod;

  before(async () => {
    if (AS_ROOT) {
      try {
        execFileSync('id', ['unityplan'], { stdio: 'ignore' });
      } catch {
        execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'unityplan']);
      }
    }
    root = mkdtempSync(join(tmpdir(), 'unityplan-e2e-move-'));
    chmodSync(root, 0o755);
    [a, b] = await Promise.all([cluster(root, 'a'), cluster(root, 'b')]);
    const region = (code, name, node, url) => `[[regions]]\ncode = "${code}"\nname = "${name}"\n[[regions.nodes]]\nname = "${node}"\nurl = "${url}"\nrole = "primary"\n`;
    const config = join(root, 'unityplan.toml');
    writeFileSync(
      config,
      [
        `[database]\ncontrol_plane_url = "${a.url}"\nmigrate_on_start = true\nhealth_interval_secs = 1\n`,
        `[data]\ndir = "${join(root, 'data')}"\n`,
        '[identity]\nauth_rate_per_minute = 1000\nauth_rate_burst = 1000\n',
        region('eu', 'Europe', 'eu-a', a.url),
        region('am', 'Americas', 'am-b', b.url),
        region('ap', 'Asia-Pacific', 'ap-a', a.url),
        region('af', 'Africa', 'af-a', a.url),
      ].join('\n'),
    );
    prod = await serveProduction(config);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    // Production mode seeds no territories: Denmark is created (on eu) with the CLI first.
    execFileSync(binary(), ['--config', config, 'territory', 'create', 'DK', '--name', 'Denmark', '--region', 'eu', '--language', 'da'], {
      encoding: 'utf8',
      env: withoutConfigEnv(),
    });
    const created = execFileSync(binary(), ['--config', config, 'admin', 'create', '--territory', 'DK', '--handle', 'mover', '--email', 'mover@example.org'], {
      encoding: 'utf8',
      env: { ...withoutConfigEnv(), UNITYPLAN_ADMIN_PASSWORD: PASSWORD },
    });
    assert.match(created, /created platform admin/);
  });

  after(async () => {
    await browser?.close();
    await prod?.stop();
    a?.stop();
    b?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('starts a move of DK from eu to am, pauses and resumes it, advances it through the read shift and completes it', async () => {
    const { context, page, errors } = await signedIn('mover', prod);
    await page.goto(prod.url + '/operator/moves');
    const form = page.getByRole('form', { name: 'Start a move' });
    await form.getByLabel('Territory').selectOption('DK');
    await form.getByLabel('Target region or database node').fill('am');
    await form.getByRole('button', { name: 'Start move' }).click();
    const detail = page.getByTestId('move-detail');
    await detail.getByRole('heading', { name: 'Move of DK' }).waitFor();
    const state = detail.getByTestId('move-state');
    const actions = detail.getByTestId('move-actions');

    // Pause and resume (the server records both; the screen follows).
    await actions.getByRole('button', { name: 'Pause' }).click();
    await state.getByText('(paused)').waitFor();
    await actions.getByRole('button', { name: 'Resume' }).click();
    await actions.getByRole('button', { name: 'Pause' }).waitFor();
    assert.doesNotMatch(await state.innerText(), /paused/);

    // Copy, catch-up and validation run by themselves (polled every 2 s); the read shift goes
    // in 10 % steps every 30 s by default, so the operator advances it, then switches writes.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const text = await state.innerText();
      if (text.startsWith('Monitoring')) break;
      assert.ok(Date.now() < deadline, `the move did not reach monitoring in time; it is "${text}"`);
      assert.doesNotMatch(text, /Failed|Cancelled|Rolled back/);
      const advance = actions.getByRole('button', { name: 'Advance' });
      if (text.startsWith('Shifting reads') && (await advance.isEnabled().catch(() => false))) {
        await advance.click();
        // Done ("Advance: done…"), or refused in words when the move moved on meanwhile.
        await detail.getByRole('status').or(detail.getByRole('alert')).first().waitFor();
        const refusal = detail.getByRole('alert');
        if (await refusal.count()) console.log(`advance refused: ${await refusal.first().innerText()}`);
      }
      await page.waitForTimeout(500);
    }
    await detail.getByText('100 %').first().waitFor();
    await shot(page, 'operator-move-monitoring');

    // Complete: a confirm step first (it cannot be reversed afterwards).
    await actions.getByRole('button', { name: 'Complete' }).click();
    await actions.getByText('Complete the move of DK? Replication stops').waitFor();
    await actions.getByRole('button', { name: 'Yes, Complete' }).click();
    await state.getByText('Completed').waitFor({ timeout: 30_000 });
    assert.equal(await actions.getByRole('button').count(), 0, 'a finished move offers no actions');
    await page.getByTestId('move-list').getByRole('row', { name: /DK/ }).getByText('Completed').waitFor();
    const served = await (await fetch(`${prod.url}/api/v1/territories/DK`)).json();
    assert.equal(served.region, 'am', 'Denmark is served from the Americas region now');
    await shot(page, 'operator-move-completed');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
