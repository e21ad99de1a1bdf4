// Starts a real `unityplan serve` in embedded mode (it runs its own PostgreSQL in a temporary
// data directory) serving web/dist, on a free loopback port; stops it with SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
