// Generates src/api/schema.d.ts from the OpenAPI document the binary prints
// (`unityplan openapi`). With --check, regenerates into a temporary file and fails when the
// committed file differs, so a stale client cannot pass CI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(web, '..');
const target = join(web, 'src/api/schema.d.ts');
const check = process.argv.includes('--check');

// `cargo run` rebuilds the binary when the Rust sources changed, so the document is current.
// UNITYPLAN_BIN names an already built binary instead (CI builds it once for every step).
const bin = process.env.UNITYPLAN_BIN ? resolve(process.env.UNITYPLAN_BIN) : undefined;
const [command, args] = bin
  ? [bin, ['openapi']]
  : ['cargo', ['run', '-q', '-p', 'unityplan', '--', 'openapi']];
const document = execFileSync(command, args, {
  cwd: repo,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
const dir = mkdtempSync(join(tmpdir(), 'unityplan-openapi-'));
try {
  const docPath = join(dir, 'openapi.json');
  const outPath = join(dir, 'schema.d.ts');
  writeFileSync(docPath, document);
  execFileSync(
    process.execPath,
    [join(web, 'node_modules/openapi-typescript/bin/cli.js'), docPath, '--output', outPath],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const generated = readFileSync(outPath, 'utf8');
  if (check) {
    const committed = readFileSync(target, 'utf8');
    if (committed !== generated) {
      console.error(
        'web/src/api/schema.d.ts is stale: the API changed. Run `npm --prefix web run gen:api` and commit the result.',
      );
      process.exit(1);
    }
    console.log('web/src/api/schema.d.ts matches the OpenAPI document.');
  } else {
    writeFileSync(target, generated);
    console.log('wrote web/src/api/schema.d.ts');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
