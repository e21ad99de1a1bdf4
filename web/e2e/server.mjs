// Starts a real `unityplan serve` in embedded mode (it runs its own PostgreSQL in a temporary
// data directory) serving web/dist, on a free loopback port; stops it with SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = resolve(WEB, '..');

/** The built binary: UNITYPLAN_BIN, else target/debug/unityplan. */
export function binary() {
  const bin = process.env.UNITYPLAN_BIN ? resolve(process.env.UNITYPLAN_BIN) : join(REPO, 'target/debug/unityplan');
  if (!existsSync(bin)) {
    throw new Error(`${bin} does not exist: build it first (cargo build -p unityplan) or set UNITYPLAN_BIN`);
  }
  if (!existsSync(join(WEB, 'dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm --prefix web run build` first');
  }
  return bin;
}

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

/**
 * Start the server; resolves when /readyz answers 200. Returns { url, stop, log }.
 * The first start initialises PostgreSQL and 19 territory schemas (about 10–30 s).
 */
export async function startServer({ timeoutMs = 120_000, env = {} } = {}) {
  const bin = binary();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'unityplan-web-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(bin, ['serve', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], {
    cwd: REPO,
    env: {
      ...process.env,
      UNITYPLAN__SERVER__WEB_DIR: join(WEB, 'dist'),
      UNITYPLAN__LOG__FORMAT: process.env.UNITYPLAN__LOG__FORMAT ?? 'pretty',
      ...(typeof env === 'function' ? env(url) : env),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    log += chunk.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exit = new Promise((r) => child.once('exit', (code, signal) => r((exited = { code, signal }))));

  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`unityplan serve exited early (${JSON.stringify(exited)}):\n${log}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`unityplan serve not ready after ${timeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, dataDir, stop, log: () => log };
}

/** The route paths of the binary's OpenAPI document (what this build of the server offers). */
export function apiPaths() {
  const document = execFileSync(binary(), ['openapi'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return Object.keys(JSON.parse(document).paths);
}

/** Chromium flags that work headless in containers and keep it off the network. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium (CHROME_PATH overrides). */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The newest mail in a server's file outbox (`<dataDir>/outbox/*.eml`) containing `needle`, quoted-printable decoded. */
export async function mailWith(dataDir, needle, timeoutMs = 15_000) {
  const dir = join(dataDir, 'outbox');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(dir)) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().reverse()) {
        const raw = readFileSync(join(dir, file), 'utf8');
        const text = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
        if (text.includes(needle)) return text;
      }
    }
    if (Date.now() > deadline) throw new Error(`no mail containing ${needle} in ${dir}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A JSON client for `baseUrl` sending `cookie` by hand (the `__Host-` cookie is Secure; the tests speak plain HTTP). */
export function jsonClient(baseUrl, cookie) {
  const call = async (method, path, body) => {
    const r = await fetch(baseUrl + path, {
      method,
      headers: { Cookie: cookie, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, headers: r.headers, text, json: () => JSON.parse(text) };
  };
  return {
    cookie,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
    patch: (path, body) => call('PATCH', path, body),
    del: (path) => call('DELETE', path),
  };
}

/** Sign in over the API with a password; a JSON client carrying the session cookie. */
export async function apiSignIn(baseUrl, login, password) {
  const r = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (r.status !== 200) throw new Error(`sign-in of ${login}: ${r.status} ${await r.text()}`);
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`sign-in of ${login}: no session cookie`);
  return jsonClient(baseUrl, cookie);
}

/**
 * Register `handle` in DK over the API (email `<handle>@example.org`) and confirm the address
 * with the link from the server's mail outbox; returns the new user id.
 */
export async function registerVerified(server, handle, password) {
  const email = `${handle}@example.org`;
  const r = await fetch(`${server.url}/api/v1/t/DK/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ handle, display_name: handle, email, password, language: 'en' }),
  });
  const body = await r.text();
  if (r.status !== 201) throw new Error(`registering ${handle}: ${r.status} ${body}`);
  const match = (await mailWith(server.dataDir, email)).match(/\/verify-email\?token=([A-Za-z0-9_\-.~%]+)/);
  if (!match) throw new Error(`no verify-email link in the mail to ${email}`);
  const v = await fetch(`${server.url}/api/v1/auth/verify-email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: decodeURIComponent(match[1]) }),
  });
  if (!v.ok) throw new Error(`verify-email answered ${v.status}`);
  return JSON.parse(body).user_id;
}

/**
 * Start a server for tests that sign people in: mail links point at `publicUrl(url)` (the
 * server's own address unless given), and the per-client auth rate limit is raised because
 * every request of a test comes from 127.0.0.1 and the default limit would trip mid-test.
 */
export function startIdentityServer({ publicUrl = (url) => url, ...options } = {}) {
  return startServer({
    ...options,
    env: (url) => ({
      UNITYPLAN__IDENTITY__PUBLIC_URL: publicUrl(url),
      UNITYPLAN__IDENTITY__AUTH_RATE_PER_MINUTE: '1000',
      UNITYPLAN__IDENTITY__AUTH_RATE_BURST: '1000',
    }),
  });
}

/**
 * A platform admin made with `unityplan admin create` against the running server's database
 * (no default accounts exist), in DK with the given password.
 */
export function createPlatformAdmin(server, password, { handle = 'root', displayName } = {}) {
  const args = ['--data-dir', server.dataDir, 'admin', 'create', '--territory', 'DK', '--handle', handle, '--email', `${handle}@example.org`];
  if (displayName) args.push('--display-name', displayName);
  const out = execFileSync(binary(), args, { encoding: 'utf8', env: { ...process.env, UNITYPLAN_ADMIN_PASSWORD: password } });
  if (!/created platform admin/.test(out)) throw new Error(`admin create for ${handle} said: ${out}`);
}

/** Grant `role` in `territory` to a user through the admin API, as the signed-in `admin` client. */
export async function grantRole(admin, userId, role, territory = 'DK') {
  const r = await admin.post(`/api/v1/admin/users/${userId}/roles`, { role, territory });
  if (r.status !== 200) throw new Error(`granting ${role} in ${territory} to ${userId}: ${r.status} ${r.text}`);
}
