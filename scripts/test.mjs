// `npm test`: typecheck, lint, unit and integration tests (SQLite always,
// PostgreSQL when HAVEN_TEST_DATABASE_URL is set) and the browser suite when
// Chromium is installed. Under CI=true a missing PostgreSQL or Chromium is a
// failure, not a skip. Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium';
const reports = mkdtempSync(join(tmpdir(), 'haven-test-'));
let passed = 0;
let failed = 0;

const run = (label, command, args, env = {}) => {
  process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

const step = (label, command, args) => {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
};

const vitest = (label, args, env = {}) => {
  const out = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
  );
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (!ok && report.numFailedTests === 0) failed += 1;
    if (report.numTotalTests === 0) failed += 1;
  } else {
    failed += 1;
  }
};

step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('lint', 'npm', ['run', '--silent', 'lint']);

if (!process.env.HAVEN_TEST_DATABASE_URL) {
  if (ci) {
    console.error('\nCI=true but HAVEN_TEST_DATABASE_URL is not set: the PostgreSQL suite must run in CI.');
    failed += 1;
  } else {
    console.log('\n(HAVEN_TEST_DATABASE_URL is not set: the PostgreSQL suite is skipped; see the README.)');
  }
}
vitest('unit and integration tests', []);

if (existsSync(chromium)) {
  if (run('build for the browser suite', 'npm', ['run', '--silent', 'build'])) {
    vitest('browser suite', ['--config', 'vitest.e2e.config.ts'], { HAVEN_CHROMIUM: chromium });
  } else {
    failed += 1;
  }
} else if (ci) {
  console.error(`\nCI=true but Chromium is not at ${chromium}: the browser suite must run in CI.`);
  failed += 1;
} else {
  console.log(`\n(Chromium not found at ${chromium}: the browser suite is skipped; see the README.)`);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
