#!/usr/bin/env node
// The test command: type check, lint, unit tests (Vitest), then end-to-end tests (Playwright)
// against the built app. Ends with one line "N passed, N failed" summing all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const tmp = '.tmp';
mkdirSync(tmp, { recursive: true });

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...opts.env }, shell: false });
  return r.status ?? 1;
}

function step(name, fn) {
  process.stdout.write(`\n── ${name} ──\n`);
  const t0 = Date.now();
  const r = fn();
  process.stdout.write(`── ${name}: ${r.passed} passed, ${r.failed} failed (${((Date.now() - t0) / 1000).toFixed(1)}s)\n`);
  results.push({ name, ...r });
  return r;
}

/** Finds Chromium: CHROMIUM_PATH, /usr/bin/chromium, or installs Debian's package when root. */
function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    process.stdout.write('Chromium not found; installing Debian\'s chromium package (apt-get)…\n');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  process.stdout.write(
    'No Chromium found. Install one (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROMIUM_PATH to a Chromium/Chrome binary, then run npm test again.\n',
  );
  return null;
}

const skipE2E = process.argv.includes('--unit');

step('type check (tsc)', () => (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }));
step('lint (eslint)', () => (run('npx', ['eslint', '.', '--max-warnings=0']) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }));

step('unit and component tests (vitest)', () => {
  const out = `${tmp}/vitest.json`;
  rmSync(out, { force: true });
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const j = JSON.parse(readFileSync(out, 'utf8'));
  const failed = j.numFailedTests + (code !== 0 && j.numFailedTests === 0 ? 1 : 0);
  return { passed: j.numPassedTests, failed };
});

if (!skipE2E) {
  step('end-to-end tests (playwright)', () => {
    const chromium = ensureChromium();
    if (!chromium) return { passed: 0, failed: 1 };
    if (run('npm', ['run', 'build', '--silent']) !== 0) {
      process.stdout.write('The build failed, so the end-to-end tests could not run.\n');
      return { passed: 0, failed: 1 };
    }
    const out = `${tmp}/playwright.json`;
    rmSync(out, { force: true });
    const code = run('npx', ['playwright', 'test', '--reporter=list,json'], {
      env: { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
    });
    if (!existsSync(out)) return { passed: 0, failed: 1 };
    const s = JSON.parse(readFileSync(out, 'utf8')).stats ?? {};
    const failed = (s.unexpected ?? 0) + (code !== 0 && !s.unexpected ? 1 : 0);
    return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed };
  });
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
process.stdout.write('\n');
for (const r of results) process.stdout.write(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
