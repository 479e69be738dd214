// beamline in the browser: the page-side API (an ES module; types in
// beamline.d.ts, documentation in README.md).
//
//   import { Beamline } from './beamline.js';
//   const vm = await Beamline.start({ schedulers: 2, stdout: (t) => ..., stderr: (t) => ... });
//   vm.loadModule('hello', beamBytes);
//   const result = await vm.run('hello', 'main', []);   // '~p' text of the value
//   const { processes, runQueues, reductions } = await vm.stats();
//   await vm.stop();
//
// The VM runs in a dedicated worker (beamline_host.js) and its pthread
// workers; this module only posts messages, so nothing here blocks the page.
// The page must be cross-origin isolated (Cross-Origin-Opener-Policy:
// same-origin and Cross-Origin-Embedder-Policy: require-corp) for the
// shared memory the threads need.

const TAG = Symbol('beamline.term');

/** An Erlang term written in Erlang syntax, passed through as is. */
export function term(text) {
  return Object.freeze({ [TAG]: 'raw', text: String(text) });
}
/** An atom. */
export function atom(name) {
  return Object.freeze({ [TAG]: 'atom', name: String(name) });
}
/** A tuple of the (converted) items. */
export function tuple(...items) {
  return Object.freeze({ [TAG]: 'tuple', items });
}
/** A list of character codes (an Erlang string) rather than a binary. */
export function charlist(text) {
  return Object.freeze({ [TAG]: 'charlist', text: String(text) });
}

const utf8 = new TextEncoder();

function quoteAtom(name) {
  return `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function floatText(x) {
  if (!Number.isFinite(x)) throw new TypeError(`beamline: ${x} has no Erlang counterpart`);
  let s = String(x);
  if (!/[.e]/.test(s)) s += '.0';
  else if (!s.includes('.')) s = s.replace('e', '.0e');
  return s;
}

function bytesText(bytes) {
  return `<<${Array.prototype.join.call(bytes, ',')}>>`;
}

/**
 * JavaScript value -> Erlang term text: integers (number or bigint) ->
 * integers, other numbers -> floats, strings -> UTF-8 binaries, booleans ->
 * true/false, arrays -> lists, Uint8Array -> binaries, plain objects and Maps
 * -> maps, and atom()/tuple()/charlist()/term() as named.
 */
export function toErlang(v) {
  switch (typeof v) {
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isInteger(v) ? BigInt(v).toString() : floatText(v);
    case 'string':
      return bytesText(utf8.encode(v));
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      if (v === null) break;
      if (v[TAG] === 'raw') return `(${v.text})`;
      if (v[TAG] === 'atom') return quoteAtom(v.name);
      if (v[TAG] === 'tuple') return `{${v.items.map(toErlang).join(',')}}`;
      if (v[TAG] === 'charlist') return `[${Array.from(v.text, (c) => c.codePointAt(0)).join(',')}]`;
      if (Array.isArray(v)) return `[${v.map(toErlang).join(',')}]`;
      if (v instanceof Uint8Array) return bytesText(v);
      if (v instanceof Map) {
        return `#{${Array.from(v, ([k, x]) => `${toErlang(k)}=>${toErlang(x)}`).join(',')}}`;
      }
      if (Object.getPrototypeOf(v) === Object.prototype) {
        return `#{${Object.entries(v).map(([k, x]) => `${toErlang(k)}=>${toErlang(x)}`).join(',')}}`;
      }
      break;
    default:
      break;
  }
  throw new TypeError(`beamline: cannot pass ${String(v)} to Erlang`);
}

/** A run that did not return a value. */
export class BeamlineError extends Error {
  constructor(message, details) {
    super(message);
    this.name = 'BeamlineError';
    /** 'exception' | 'exit' | 'abort' | 'stopped' */
    this.kind = details.kind;
    /** Exit status of the run (1 after an uncaught exception), if it exited. */
    this.status = details.status ?? null;
    /** error | exit | throw, for kind 'exception'. */
    this.erlangClass = details.erlangClass ?? null;
    /** The exception's reason as ~p prints it, for kind 'exception'. */
    this.reason = details.reason ?? null;
  }
}

function moduleName(name) {
  if (typeof name !== 'string' || !/^[^/\0]+$/.test(name) || name === '.' || name === '..') {
    throw new TypeError(`beamline: bad module name ${JSON.stringify(name)}`);
  }
  return name;
}

export class Beamline {
  /**
   * Starts the VM: loads beamline_web.{js,wasm} and the library bundle from
   * `baseUrl` (default: this file's directory) in a dedicated worker.
   */
  static async start(options = {}) {
    if (typeof SharedArrayBuffer === 'undefined' || globalThis.crossOriginIsolated === false) {
      throw new Error('beamline: the page is not cross-origin isolated (serve it with ' +
        'Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)');
    }
    const vm = new Beamline(options);
    try {
      await vm.#started;
    } catch (err) {
      vm.#stopped = true;
      vm.#worker.terminate();
      throw err;
    }
    return vm;
  }

  #worker;
  #options;
  #started;
  #runs = new Map();     // id -> {resolve, reject}
  #statsWaiting = new Map();
  #nextId = 1;
  #stopped = false;
  #stopDone = null;
  /** Sizes and load time of the build, once started. */
  info = null;
  /** Timings of the last finished run: {startMs, totalMs}. */
  lastRun = null;

  constructor(options) {
    this.#options = {
      schedulers: options.schedulers ?? 1,
      stdout: options.stdout ?? (() => {}),
      stderr: options.stderr ?? (() => {}),
      ioEncoding: options.ioEncoding ?? 'unicode',
    };
    if (!Number.isInteger(this.#options.schedulers) || this.#options.schedulers < 1) {
      throw new TypeError('beamline: schedulers must be a positive integer');
    }
    const baseUrl = new URL(options.baseUrl ?? './', import.meta.url).href;
    this.#worker = new Worker(new URL('./beamline_host.js', import.meta.url),
      { type: 'module', name: 'beamline-host' });
    this.#started = new Promise((resolve, reject) => {
      this.#worker.onmessage = (e) => this.#onMessage(e.data, resolve, reject);
      this.#worker.onerror = (e) => {
        e.preventDefault?.();
        reject(new Error(`beamline: the VM worker failed: ${e.message ?? e}`));
      };
    });
    this.#worker.postMessage({ type: 'init', baseUrl });
  }

  #onMessage(msg, resolveStart, rejectStart) {
    switch (msg.type) {
      case 'ready':
        this.info = msg.info;
        resolveStart();
        break;
      case 'failed':
        rejectStart(new Error(`beamline: start-up failed: ${msg.message}`));
        break;
      case 'output':
        for (const [stream, text] of msg.chunks) {
          try {
            (stream === 'stdout' ? this.#options.stdout : this.#options.stderr)(text);
          } catch (err) {
            setTimeout(() => { throw err; });  // report, but keep the VM going
          }
        }
        break;
      case 'done': {
        const run = this.#runs.get(msg.id);
        if (!run) break;
        this.#runs.delete(msg.id);
        this.lastRun = msg.timings;
        if (msg.error && msg.error.abort) {
          run.reject(new BeamlineError(`beamline: ${msg.error.abort}`,
            { kind: 'abort', status: msg.status }));
        } else if (msg.error) {
          run.reject(new BeamlineError(
            `beamline: ${msg.error.class} exception: ${msg.error.reason}`,
            { kind: 'exception', status: msg.status, erlangClass: msg.error.class,
              reason: msg.error.reason }));
        } else if (msg.status !== 0) {
          run.reject(new BeamlineError(`beamline: the program exited with status ${msg.status}`,
            { kind: 'exit', status: msg.status }));
        } else {
          run.resolve(msg.result);  // null if the program halted before returning
        }
        break;
      }
      case 'stats': {
        const waiting = this.#statsWaiting.get(msg.id);
        this.#statsWaiting.delete(msg.id);
        if (waiting) waiting(msg.stats);
        break;
      }
      case 'stopped':
        this.#stopDone?.();
        break;
      default:
        break;
    }
  }

  #checkRunning() {
    if (this.#stopped) throw new BeamlineError('beamline: the VM was stopped', { kind: 'stopped' });
  }

  /** Makes module `name` (its .beam file's bytes) loadable by later runs. */
  loadModule(name, bytes) {
    this.#checkRunning();
    const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes)
      : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const copy = view.slice();  // ours to transfer; the caller keeps its bytes
    this.#worker.postMessage({ type: 'load', name: moduleName(name), bytes: copy }, [copy.buffer]);
  }

  /**
   * Calls module:fun(...args) in a fresh VM instance; resolves with the value
   * returned, formatted as io_lib:format("~p", [Value]) does. `args` is an
   * array of JavaScript values (see toErlang) or a string holding the Erlang
   * argument list ("[1, foo]"). Runs execute one after another.
   */
  run(module, fun = 'main', args = [], options = {}) {
    try {
      this.#checkRunning();
      const argsText = typeof args === 'string' ? args : `[${args.map(toErlang).join(',')}]`;
      const id = this.#nextId++;
      return new Promise((resolve, reject) => {
        this.#runs.set(id, { resolve, reject });
        this.#worker.postMessage({
          type: 'run', id, module: moduleName(module), fun: String(fun), argsText,
          schedulers: options.schedulers ?? this.#options.schedulers,
          ioEncoding: options.ioEncoding ?? this.#options.ioEncoding,
        });
      });
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /**
   * Live figures of the run in progress: {processes, runQueues, reductions,
   * workers} (runQueues and reductions: one entry per scheduler thread);
   * zeros and empty arrays between runs.
   */
  stats() {
    if (this.#stopped) return Promise.resolve({ processes: 0, runQueues: [], reductions: [], workers: 0 });
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#statsWaiting.set(id, resolve);
      this.#worker.postMessage({ type: 'stats', id });
    });
  }

  /**
   * Stops the VM: every worker (the host and the threads of a run) is
   * terminated, pending runs reject with kind 'stopped'. Resolves once done
   * (within `graceMs` even if the host worker does not answer).
   */
  stop(graceMs = 500) {
    if (this.#stopped) return Promise.resolve();
    this.#stopped = true;
    const done = new Promise((resolve) => {
      this.#stopDone = resolve;
      setTimeout(resolve, graceMs);
    }).then(() => {
      this.#worker.terminate();
    });
    this.#worker.postMessage({ type: 'stop' });
    for (const run of this.#runs.values()) {
      run.reject(new BeamlineError('beamline: the VM was stopped', { kind: 'stopped' }));
    }
    this.#runs.clear();
    for (const waiting of this.#statsWaiting.values()) {
      waiting({ processes: 0, runQueues: [], reductions: [], workers: 0 });
    }
    this.#statsWaiting.clear();
    return done;
  }
}

Beamline.atom = atom;
Beamline.tuple = tuple;
Beamline.charlist = charlist;
Beamline.term = term;
Beamline.toErlang = toErlang;

export default Beamline;
