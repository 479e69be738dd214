// The dedicated worker behind web/beamline.js (a module worker). It is
// Emscripten's "main runtime thread": it owns the in-memory file system and
// the pthread workers, answers the workers' proxied system calls (file
// reads, writes to standard output) and hands output, results and stats to
// the page by postMessage. The page's own thread never runs VM code and
// never waits.
//
// Each vm.run() is a fresh instance of the Emscripten module (its own wasm
// memory and workers), built from the WebAssembly.Module compiled once at
// start-up; main() (native/main.cc) runs on a pthread (PROXY_TO_PTHREAD) and
// the Erlang schedulers on further pthreads.
//
// Messages from the page:
//   {type: 'init', baseUrl}                    -> 'ready' (sizes, timings) | 'failed'
//   {type: 'load', name, bytes}                (a user module, for later runs)
//   {type: 'run', id, module, fun, argsText, schedulers, ioEncoding}
//                                              -> 'output'*, 'done'
//   {type: 'stats', id}                        -> 'stats'
//   {type: 'stop'}                             -> 'stopped'
// Messages to the page:
//   {type: 'output', chunks: [[stream, text], ...]}   stream: 'stdout' | 'stderr'
//   {type: 'done', id, status, result, error, timings}

const LIB = '/beamline/lib';
const USER = '/beamline/user';
const RESULT = '/beamline/result';
// Library directories put on the code path besides the default ones
// (native/main.cc adds lib/beamline and the OTP applications).
const GLEAM_EBINS = ['gleam_stdlib', 'gleam_erlang', 'gleam_otp']
  .map((pkg) => `${LIB}/gleam/${pkg}/ebin`);

const state = {
  factory: null,     // createBeamlineModule, from beamline_web.js
  wasmModule: null,  // the compiled WebAssembly.Module, shared by every run
  files: null,       // [{path, data}] of the unpacked library bundle
  modules: new Map(),  // user modules: name -> Uint8Array
  current: null,     // the run in progress: {id, module (Emscripten), ...}
  queue: Promise.resolve(),  // runs go one at a time
  lastTermination: -Infinity,  // when a run's workers were last terminated
};

// ---- output ------------------------------------------------------------------
// Chunks of standard output and error, in the order written, posted together
// once the current task ends (a proxied write is one task; batching keeps a
// program that prints many lines from flooding the page with messages).
let pending = [];
let flushQueued = false;
function emit(stream, text) {
  if (!text) return;
  const last = pending[pending.length - 1];
  if (last && last[0] === stream) {
    last[1] += text;
  } else {
    pending.push([stream, text]);
  }
  if (!flushQueued) {
    flushQueued = true;
    queueMicrotask(flushOutput);
  }
}
function flushOutput() {
  flushQueued = false;
  if (pending.length === 0) return;
  const chunks = pending;
  pending = [];
  self.postMessage({ type: 'output', chunks });
}

// Bytes -> text for one stream: UTF-8 (split sequences are completed by the
// next write) or latin1 (one character per byte).
function decoderFor(encoding) {
  if (encoding === 'latin1') {
    return (bytes) => {
      let s = '';
      for (let i = 0; i < bytes.length; i += 8192) {
        s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
      }
      return s;
    };
  }
  const d = new TextDecoder('utf-8');
  return (bytes, end) => d.decode(bytes, { stream: !end });
}

// ---- start-up -------------------------------------------------------------------
async function fetchOk(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

async function compileWasm(url) {
  const res = await fetchOk(url);
  const size = Number(res.headers.get('content-length')) || 0;
  if (typeof WebAssembly.compileStreaming === 'function' &&
      (res.headers.get('content-type') || '').startsWith('application/wasm')) {
    return { module: await WebAssembly.compileStreaming(res), size };
  }
  const bytes = await res.arrayBuffer();
  return { module: await WebAssembly.compile(bytes), size: bytes.byteLength };
}

// The library bundle (web/pack_bundle.escript): gzip of
// "BLB1" u32 count, then count times u32 path_size, path, u32 size, data.
async function loadBundle(url) {
  const res = await fetchOk(url);
  let bytes = new Uint8Array(await res.arrayBuffer());
  const transferred = bytes.length;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {  // not already decoded by HTTP
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== 'BLB1') throw new Error(`${url}: not a beamline library bundle`);
  const count = view.getUint32(4, true);
  const utf8 = new TextDecoder();
  const files = [];
  let at = 8;
  for (let i = 0; i < count; i++) {
    const pathSize = view.getUint32(at, true);
    const path = utf8.decode(bytes.subarray(at + 4, at + 4 + pathSize));
    at += 4 + pathSize;
    const size = view.getUint32(at, true);
    files.push({ path, data: bytes.subarray(at + 4, at + 4 + size) });
    at += 4 + size;
  }
  return { files, transferred, unpacked: bytes.length };
}

async function init({ baseUrl }) {
  const t0 = performance.now();
  const url = (name) => new URL(name, baseUrl).href;
  const [factoryModule, wasm, bundle] = await Promise.all([
    import(url('beamline_web.js')),
    compileWasm(url('beamline_web.wasm')),
    loadBundle(url('beamline_web.bundle')),
  ]);
  state.factory = factoryModule.default;
  state.wasmModule = wasm.module;
  state.files = bundle.files;
  return {
    wasmBytes: wasm.size,
    bundleBytes: bundle.transferred,
    bundleUnpackedBytes: bundle.unpacked,
    bundleFiles: bundle.files.length,
    loadMs: Math.round(performance.now() - t0),
  };
}

// ---- one run ---------------------------------------------------------------------
function mkdirs(FS, dir, made) {
  if (made.has(dir)) return;
  const parent = dir.slice(0, dir.lastIndexOf('/'));
  if (parent) mkdirs(FS, parent, made);
  try { FS.mkdir(dir); } catch (e) { /* exists */ }
  made.add(dir);
}

// Fills the instance's MEMFS (before main() runs): the library, the user's
// modules, and standard output/error as devices that hand each write to
// emit(). The devices report themselves as terminals, so the C library
// line-buffers them as on a console.
function prepareFs(FS, encoding) {
  const made = new Set();
  for (const { path, data } of state.files) {
    const full = `${LIB}/${path}`;
    mkdirs(FS, full.slice(0, full.lastIndexOf('/')), made);
    FS.writeFile(full, data);
  }
  mkdirs(FS, USER, made);
  for (const [name, bytes] of state.modules) FS.writeFile(`${USER}/${name}.beam`, bytes);

  FS.init();  // /dev/stdin, stdout, stderr on fds 0, 1, 2
  const sinks = {};
  [['stdout', 1], ['stderr', 2]].forEach(([stream, fd], i) => {
    const decode = decoderFor(encoding);
    sinks[stream] = () => emit(stream, decode(new Uint8Array(0), true));
    const dev = FS.makedev(100 + i, 0);
    FS.registerDevice(dev, {
      open: (s) => { s.seekable = false; s.tty = { beamline: stream }; },
      close: () => {},
      read: () => 0,
      write: (s, buffer, offset, length) => {
        // buffer is the wasm heap (an Int8Array over shared memory): copy
        // the bytes out, unsigned.
        const bytes = new Uint8Array(buffer.slice(offset, offset + length).buffer);
        emit(stream, decode(bytes, false));
        return length;
      },
    });
    const path = `/dev/beamline_${stream}`;
    FS.mkdev(path, dev);
    FS.close(FS.getStream(fd));
    const opened = FS.open(path, 1 /* O_WRONLY */);
    if (opened.fd !== fd) throw new Error(`${path} opened as fd ${opened.fd}`);
  });
  return sinks;
}

function readResult(FS) {
  let text;
  try {
    text = FS.readFile(RESULT, { encoding: 'utf8' });
  } catch (e) {
    return { result: null, error: null };
  }
  if (text.startsWith('ok\n')) return { result: text.slice(3), error: null };
  const [, cls, ...reason] = text.split('\n');
  return { result: null, error: { class: cls, reason: reason.join('\n') } };
}

function run(msg) {
  const { id, module, fun, argsText, schedulers, ioEncoding } = msg;
  const t0 = performance.now();
  return new Promise((resolve) => {
    let finished = false;
    let sinks = null;
    let startedMs = null;
    const config = {
      // main()'s thread, the scheduler threads and a spare, started with the
      // instance (Emscripten waits for them before main(): at least 1).
      beamlinePoolSize: schedulers + 2,
      thisProgram: '/beamline/beamline',
      arguments: [
        'run', '--schedulers', String(schedulers), '--io-encoding', ioEncoding,
        '-pa', USER, ...GLEAM_EBINS.flatMap((d) => ['-pa', d]),
        // "args:": see web/beamline_web_run.erl.
        'beamline_web_run:main', '--', module, fun, `args:${argsText}`, RESULT,
      ],
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(state.wasmModule, imports)
          .then((instance) => receive(instance, state.wasmModule))
          .catch((e) => finish(-1, `instantiating the module failed: ${e}`));
        return {};
      },
      preRun: [() => { sinks = prepareFs(config.FS, ioEncoding); }],
      onRuntimeInitialized() {
        startedMs = performance.now() - t0;
        // Once the run is over (its workers are terminated when main()
        // exits, or by vm.stop()), messages its threads posted just before
        // must not reach Emscripten's handlers here: they would run proxied
        // calls of dead threads on this thread, which could then wait
        // forever for a lock a terminated thread held.
        const pthread = config.PThread;
        const terminateAll = pthread.terminateAllThreads;
        pthread.terminateAllThreads = function () {
          for (const w of [...pthread.runningWorkers, ...pthread.unusedWorkers]) {
            w.onmessage = null;
            w.onerror = (ev) => ev.preventDefault();
          }
          state.lastTermination = performance.now();  // see stop()
          return terminateAll.call(this);
        };
      },
      // Emscripten's own messages (e.g. an abort's), not the program's;
      // dropped once the run is over.
      print: (text) => { if (!finished) emit('stderr', `${text}\n`); },
      printErr: (text) => { if (!finished) emit('stderr', `${text}\n`); },
      // main() ends with _Exit(status) on its pthread; exit_emscripten.js
      // hands that to this thread, where Emscripten terminates the run's
      // workers and calls onExit.
      onExit: (status) => finish(status, null),
      onAbort: (what) => finish(-1, `the WebAssembly module aborted: ${what}`),
      quit: () => {},  // do not throw ExitStatus out of the worker
    };
    function finish(status, abortMessage) {
      if (finished) return;
      finished = true;
      if (sinks) { sinks.stdout(); sinks.stderr(); }
      let outcome = { result: null, error: null };
      try { if (config.FS) outcome = readResult(config.FS); } catch (e) { /* none */ }
      if (abortMessage) outcome.error = { abort: abortMessage };
      flushOutput();
      try { config.PThread?.terminateAllThreads(); } catch (e) { /* already gone */ }
      state.current = null;
      self.postMessage({
        type: 'done', id, status, ...outcome,
        timings: {
          startMs: startedMs === null ? null : Math.round(startedMs),
          totalMs: Math.round(performance.now() - t0),
        },
      });
      resolve();
    }
    state.current = { id, module: config, statsBuffer: 0, statsCapacity: 0,
                      fail: (message) => finish(-1, message) };
    try {
      const ready = state.factory(config);
      if (ready && typeof ready.then === 'function') {
        ready.then(null, (e) => finish(-1, String(e)));
      }
    } catch (e) {
      finish(-1, String(e));
    }
  });
}

// ---- live stats --------------------------------------------------------------------
// beamline_web_stats (web/api.cc) runs here, on this worker: it may wait for
// the VM's locks, which only a worker can do.
function stats() {
  const cur = state.current;
  const M = cur && cur.module;
  const empty = { processes: 0, runQueues: [], reductions: [],
                  workers: M && M.PThread ? M.PThread.runningWorkers.length : 0 };
  if (!M || !M.calledRun || typeof M._beamline_web_stats !== 'function') return empty;
  for (;;) {
    if (cur.statsCapacity === 0) {
      cur.statsCapacity = 2 + 2 * 64;
      cur.statsBuffer = M._malloc(8 * cur.statsCapacity);
    }
    const n = M._beamline_web_stats(cur.statsBuffer, cur.statsCapacity);
    if (n < 0) return empty;  // the program has not started yet
    if (n > cur.statsCapacity) {
      M._free(cur.statsBuffer);
      cur.statsCapacity = n;
      cur.statsBuffer = M._malloc(8 * n);
      continue;
    }
    const v = new Float64Array(M.wasmMemory.buffer, cur.statsBuffer, n).slice();
    const runQueues = [];
    const reductions = [];
    for (let i = 0; i < v[1]; i++) {
      runQueues.push(v[2 + 2 * i]);
      reductions.push(v[3 + 2 * i]);
    }
    return { processes: v[0], runQueues, reductions, workers: M.PThread.runningWorkers.length };
  }
}

// ---- vm.stop() ------------------------------------------------------------------------
// Halts the run in progress (beamline_web_halt, web/api.cc): the schedulers
// stop at their next reschedule and main() exits, which terminates the run's
// workers while they are idle; the page then terminates this worker.
// Two Chromium behaviours shape this:
//  - a worker busy in wasm code is terminated only after a grace period
//    (2 s), hence the halt rather than terminating busy threads;
//  - terminating a worker right after it terminated its own nested workers
//    can leave it hanging for good (seen with Chromium 156: 3 times in 8
//    with no delay, never with 100 ms), hence the pause after the last
//    termination before answering 'stopped'.
// If the run does not end within 150 ms, its workers are left to the page's
// terminate(), which ends the whole tree (busy threads within the grace
// period).
const TERMINATION_SETTLE_MS = 150;
async function stop() {
  const cur = state.current;
  const M = cur && cur.module;
  if (M) {
    try {
      if (M.calledRun && typeof M._beamline_web_halt === 'function') M._beamline_web_halt(1);
    } catch (err) { /* not started, or already gone */ }
    const deadline = performance.now() + 150;
    while (state.current === cur && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 5));
    }
    if (state.current === cur) return;  // still running: the page terminates everything
  }
  const settle = state.lastTermination + TERMINATION_SETTLE_MS - performance.now();
  if (settle > 0) await new Promise((r) => setTimeout(r, settle));
}

// ---- messages ------------------------------------------------------------------------
// A thread's uncaught error (a trap in the VM): Emscripten's handler on the
// pthread worker rethrows it here. It ends the run in progress, and is not
// reported further (the page gets the run's rejection instead).
self.addEventListener('error', (e) => {
  e.preventDefault();
  if (state.current) state.current.fail(`a thread failed: ${e.message}`);
});

self.onmessage = (e) => {
  const msg = e.data;
  switch (msg.type) {
    case 'init':
      init(msg).then(
        (info) => self.postMessage({ type: 'ready', info }),
        (err) => self.postMessage({ type: 'failed', message: String(err && err.stack || err) }));
      break;
    case 'load':
      state.modules.set(msg.name, msg.bytes);
      break;
    case 'run':
      state.queue = state.queue.then(() => run(msg));
      break;
    case 'stats': {
      let value;
      try {
        value = stats();
      } catch (err) {
        value = { processes: 0, runQueues: [], reductions: [], workers: 0 };
      }
      self.postMessage({ type: 'stats', id: msg.id, stats: value });
      break;
    }
    case 'stop':
      stop().then(() => self.postMessage({ type: 'stopped' }));
      break;
    default:
      break;
  }
};
