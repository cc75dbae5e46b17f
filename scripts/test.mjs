// `npm test`: everything a change must pass, in one command that sets up what it needs.
//   1. Debian's chromium for the browser tests (installed with apt-get when missing and possible)
//   2. typecheck (every layer with its own tsconfig), lint (with the domain-purity rules)
//   3. build (the contract and browser tests run the built dist/)
//   4. jest: unit, adapter, contract, command-line and browser tests
// Ends with the plain line "N passed, N failed" (jest tests plus the steps above).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const extraArgs = process.argv.slice(2);
let stepsPassed = 0;
let stepsFailed = 0;

function run(label, cmd, args, opts = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  const ok = r.status === 0;
  if (ok) stepsPassed++;
  else stepsFailed++;
  console.log(ok ? `✔ ${label}` : `✘ ${label} (exit ${r.status ?? r.signal})`);
  return ok;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const canApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (canApt && isRoot) {
    console.log("▶ chromium not found: installing Debian's chromium (apt-get)…");
    const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    if (r.status === 0) found = findChromium();
  }
  if (!found) {
    console.error(
      '\n✘ Chromium is needed for the browser tests and was not found.\n' +
        '  Install it:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  or point CHROMIUM_PATH at a Chromium/Chrome binary, then run npm test again.',
    );
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
  return found;
}

const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);
const env = { ...process.env, CHROMIUM_PATH: chromium };

run('typecheck', 'npm', ['run', '--silent', 'typecheck'], { env });
run('lint', bin('eslint'), ['.'], { env });
const built = run('build', process.execPath, [path.join(root, 'scripts/build.mjs')], { env });

const report = path.join(os.tmpdir(), `jest-report-${process.pid}.json`);
let jestPassed = 0;
let jestFailed = 0;
if (built) {
  console.log('\n▶ jest');
  const r = spawnSync(bin('jest'), ['--ci', '--json', `--outputFile=${report}`, ...extraArgs], { cwd: root, stdio: 'inherit', env });
  if (fs.existsSync(report)) {
    const j = JSON.parse(fs.readFileSync(report, 'utf8'));
    jestPassed = j.numPassedTests;
    jestFailed = j.numFailedTests + j.numRuntimeErrorTestSuites;
    fs.rmSync(report, { force: true });
  }
  // A jest that failed without a failing test (bad config, crash) still fails the run.
  if (r.status !== 0 && jestFailed === 0) jestFailed = 1;
}
const passed = jestPassed + stepsPassed;
const failed = jestFailed + stepsFailed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
