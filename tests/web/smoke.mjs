// Browser smoke test of the WebAssembly build: headless Chromium (Debian's
// /usr/bin/chromium, driven by npm playwright-core) opens tests/web/index.html
// from tests/web/server.mjs (cross-origin isolated), which uses the public
// API (web/beamline.js) to run tests/web/web_smoke.erl — parallel workers, a
// 200-process ring, a Gleam stdlib call — with `schedulers: 2`, then an
// uncaught exception, then vm.stop() on a program that never ends. The
// expected output and result come from running the same module on erl.
//
//   node tests/web/smoke.mjs [--build DIR] [--schedulers N] [--workers N] [--work N]
//
// DIR is the build tree (default build/wasm-release) whose web/ directory
// holds beamline_web.* and the API files. Exit status 0 when every check
// passes. scripts/test-wasm.sh runs it; scripts/setup-wasm.sh installs
// chromium and this folder's npm packages.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const opts = { build: join(root, 'build/wasm-release'), schedulers: 2, workers: 4, work: 400000 };
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/, '');
  if (!(key in opts)) throw new Error(`unknown option ${process.argv[i]}`);
  opts[key] = key === 'build' ? resolve(process.argv[i + 1]) : Number(process.argv[i + 1]);
}
const webDir = join(opts.build, 'web');
const say = (line) => console.log(`web-smoke: ${line}`);
if (!existsSync(join(webDir, 'beamline_web.js'))) {
  say(`${webDir}/beamline_web.js missing: build the beamline_web target first`);
  process.exit(2);
}

const { chromium } = await import('playwright-core');

// ---- the test module, and what erl makes of it ----------------------------------
const work = mkdtempSync(join(tmpdir(), 'beamline-web-smoke-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
execFileSync('erlc', ['-o', work, join(here, 'web_smoke.erl')]);
const gleamEbins = ['gleam_stdlib', 'gleam_erlang', 'gleam_otp']
  .map((p) => join(opts.build, 'lib/gleam', p, 'ebin'));
const resultFile = join(work, 'expected_result');
const expectedStdout = execFileSync('erl', [
  '-noshell', '-pa', work, ...gleamEbins.flatMap((d) => ['-pa', d]), '-eval',
  // As the browser API runs it: a unicode standard_io device (beamline's
  // default there), the value formatted with ~p.
  `ok = io:setopts(standard_io, [{encoding, unicode}]),
   R = web_smoke:main(${opts.workers}, ${opts.work}),
   ok = file:write_file("${resultFile}", unicode:characters_to_binary(io_lib:format("~p", [R]))),
   halt().`,
], { encoding: 'utf8' });
const expectedResult = readFileSync(resultFile, 'utf8');

// ---- the browser ---------------------------------------------------------------------
const { server, url } = await startServer({ '': here, beamline: webDir, beams: work });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const failures = [];
const check = (ok, what, detail = '') => {
  say(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? `  (${detail})` : ''}`);
  if (!ok) failures.push(what);
};
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => say(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') say(`console: ${m.text()}`); });
  await page.goto(`${url}index.html`);
  await page.waitForFunction(() => window.smokeReady === true, null, { timeout: 30000 });
  check(await page.evaluate(() => crossOriginIsolated), 'the page is cross-origin isolated');

  const report = await page.evaluate((p) => window.smokeStart(p),
    { schedulers: opts.schedulers, workers: opts.workers, work: opts.work });
  const workersRunning = page.workers().length;
  const stopped = await page.evaluate(() => window.smokeStop());
  // Workers leave the browser's list as their termination completes.
  const stopAt = Date.now();
  while (page.workers().length > 0 && Date.now() - stopAt < 5000) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const workersAfterStop = page.workers().length;
  const workersGoneMs = Date.now() - stopAt;

  const info = report.info;
  say(`start-up: ${report.startMs} ms (wasm ${(info.wasmBytes / 1e6).toFixed(2)} MB, bundle ` +
      `${(info.bundleBytes / 1e6).toFixed(2)} MB gzip / ${(info.bundleUnpackedBytes / 1e6).toFixed(2)} MB, ` +
      `${info.bundleFiles} files, loaded in ${info.loadMs} ms)`);
  const m = report.main;
  say(`main run: ${report.mainRunMs} ms (instance + workers ready after ${m.timings.startMs} ms); ` +
      `stats peak ${JSON.stringify(m.stats)}`);
  if (m.stderr) say(`main run stderr: ${JSON.stringify(m.stderr)}`);

  check(m.result === expectedResult, 'vm.run result matches erl', `${m.result}`);
  check(m.stdout === expectedStdout, 'stdout matches erl',
    m.stdout === expectedStdout ? `${m.stdout.split('\n').length - 1} lines` :
      `got ${JSON.stringify(m.stdout)}, expected ${JSON.stringify(expectedStdout)}`);
  check(m.maxTimerGapMs < 1000, 'the page thread stayed responsive during the run',
    `longest timer gap ${m.maxTimerGapMs} ms`);
  check(m.stats.samples > 0 && m.stats.processes > 1, 'vm.stats() reported live processes',
    `peak ${m.stats.processes} processes over ${m.stats.samples} samples`);
  const busy = m.stats.reductions.filter((r) => r > 0).length;
  const wanted = Math.min(2, opts.schedulers);
  check(busy >= wanted, `Erlang code ran on >= ${wanted} scheduler threads (Web Workers) with schedulers: ${opts.schedulers}`,
    `reductions per scheduler ${JSON.stringify(m.stats.reductions)}; up to ${m.stats.workers} pthread workers`);

  const c = report.crash;
  check(c.isBeamlineError && c.kind === 'exception' && c.erlangClass === 'error' &&
        c.reason === '{boom,now}' && c.status === 1,
    'an uncaught exception rejects with its class and reason', JSON.stringify(
      { kind: c.kind, class: c.erlangClass, reason: c.reason, status: c.status }));
  check(/Error in process <[0-9.]+> with exit value:/.test(c.stderr ?? ''),
    'the exception report went to stderr');

  check(report.foreverStarted, 'a never-ending program started');
  check(stopped.outcome && stopped.outcome.kind === 'stopped', 'vm.stop() rejects the pending run',
    JSON.stringify(stopped.outcome));
  check(stopped.stopMs < 1000, 'vm.stop() is prompt', `${stopped.stopMs} ms`);
  check(workersAfterStop === 0, 'vm.stop() terminated every worker',
    `workers seen by the browser: ${workersRunning} while running, ${workersAfterStop} ` +
    `${workersGoneMs} ms after stop() resolved`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  say(`${failures.length} check(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
say('all checks passed');
