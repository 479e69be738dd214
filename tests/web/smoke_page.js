// The page side of the browser smoke test: window.smoke(params) uses the
// public API (web/beamline.js) and returns what it observed; the driver
// (smoke.mjs) checks it.
import { Beamline, BeamlineError, atom } from '/beamline/beamline.js';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const logEl = document.getElementById('log');
const log = (line) => { logEl.textContent += `${line}\n`; };

// Largest gap between timer ticks while `f` runs: the page's thread must
// stay free while Erlang runs in workers.
async function withHeartbeat(f) {
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 10);
  try {
    const value = await f();
    return { value, maxGap };
  } finally {
    clearInterval(timer);
  }
}

window.smoke = async ({ schedulers, workers, work }) => {
  const report = { schedulers };
  let out = '';
  let err = '';
  const t0 = performance.now();
  const vm = await Beamline.start({
    schedulers,
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
  });
  report.startMs = Math.round(performance.now() - t0);
  report.info = vm.info;
  log(`started in ${report.startMs} ms: ${JSON.stringify(vm.info)}`);

  const beam = new Uint8Array(await (await fetch('/beams/web_smoke.beam')).arrayBuffer());
  vm.loadModule('web_smoke', beam);

  // 1. The multi-process program, sampling live stats while it runs.
  const peak = { processes: 0, reductions: [], runQueues: [], samples: 0, workers: 0 };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const s = await vm.stats();
      peak.samples++;
      peak.processes = Math.max(peak.processes, s.processes);
      peak.workers = Math.max(peak.workers, s.workers ?? 0);
      s.reductions.forEach((r, i) => { peak.reductions[i] = Math.max(peak.reductions[i] ?? 0, r); });
      s.runQueues.forEach((q, i) => { peak.runQueues[i] = Math.max(peak.runQueues[i] ?? 0, q); });
      await sleep(20);
    }
  })();
  const t1 = performance.now();
  const main = await withHeartbeat(() => vm.run('web_smoke', 'main', [workers, work]));
  report.mainRunMs = Math.round(performance.now() - t1);
  sampling = false;
  await sampler;
  report.main = { result: main.value, stdout: out, stderr: err, timings: vm.lastRun,
                  maxTimerGapMs: Math.round(main.maxGap), stats: peak };
  log(`main: ${main.value} in ${report.mainRunMs} ms, stats ${JSON.stringify(peak)}`);
  const after = await vm.stats();
  report.statsBetweenRuns = after;

  // 2. An uncaught exception: the promise rejects with the class and reason.
  out = '';
  err = '';
  try {
    const v = await vm.run('web_smoke', 'crash', [atom('now')]);
    report.crash = { unexpectedResult: v };
  } catch (e) {
    report.crash = {
      isBeamlineError: e instanceof BeamlineError, kind: e.kind, status: e.status,
      erlangClass: e.erlangClass, reason: e.reason, stderr: err, timings: vm.lastRun,
    };
  }
  log(`crash: ${JSON.stringify(report.crash)}`);

  // 3. A program that never ends, then vm.stop().
  out = '';
  let stopOutcome = null;
  const forever = vm.run('web_smoke', 'forever', []).then(
    (v) => { stopOutcome = { resolved: v }; },
    (e) => { stopOutcome = { kind: e.kind }; });
  const waitStart = performance.now();
  while (!out.includes('running forever') && performance.now() - waitStart < 30000) await sleep(20);
  report.foreverStarted = out.includes('running forever');
  report.foreverStats = await vm.stats();
  // Let the driver count the workers while it runs.
  return { report, vm, forever: () => stopOutcome };
};

// Called by the driver after it has counted the running workers.
window.smokeStop = async () => {
  const { vm, forever } = window.smokeState;
  const t = performance.now();
  await vm.stop();
  const stopMs = Math.round(performance.now() - t);
  await sleep(50);
  return { stopMs, outcome: forever() };
};

window.smokeStart = async (params) => {
  const { report, vm, forever } = await window.smoke(params);
  window.smokeState = { vm, forever };
  return report;
};

log('ready');
window.smokeReady = true;
