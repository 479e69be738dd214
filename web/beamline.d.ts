// Types of web/beamline.js, the browser API of beamline (see README.md).

/** A value vm.run() can pass to Erlang (see toErlang). */
export type ErlangValue =
  | number
  | bigint
  | string
  | boolean
  | Uint8Array
  | ErlangValue[]
  | Map<ErlangValue, ErlangValue>
  | { [key: string]: ErlangValue }
  | ErlangTerm;

/** An atom, tuple, charlist or raw term made by the helpers below. */
export interface ErlangTerm {
  readonly text?: string;
  readonly name?: string;
  readonly items?: ErlangValue[];
}

/** Erlang source text passed through unchanged, e.g. term("{ok, [1,2]}"). */
export function term(text: string): ErlangTerm;
export function atom(name: string): ErlangTerm;
export function tuple(...items: ErlangValue[]): ErlangTerm;
/** A list of character codes (an Erlang string) instead of a binary. */
export function charlist(text: string): ErlangTerm;
/**
 * The Erlang text of a value: integers (number or bigint) -> integers, other
 * finite numbers -> floats, strings -> UTF-8 binaries, booleans -> true/false,
 * arrays -> lists, Uint8Array -> binaries, plain objects and Maps -> maps.
 */
export function toErlang(value: ErlangValue): string;

export interface StartOptions {
  /** Scheduler threads (Web Workers) per run; default 1. */
  schedulers?: number;
  /** Receives the program's standard output, in chunks, as it is written. */
  stdout?: (text: string) => void;
  /** Receives standard error (uncaught exception reports, logger output sent there). */
  stderr?: (text: string) => void;
  /**
   * Encoding of the standard I/O devices: 'unicode' (default; output is
   * decoded as UTF-8) or 'latin1' (as erl -noshell; one character per byte).
   */
  ioEncoding?: 'unicode' | 'latin1';
  /** Where beamline_web.{js,wasm,worker.js} and beamline_web.bundle are; default: beside beamline.js. */
  baseUrl?: string | URL;
}

export interface RunOptions {
  schedulers?: number;
  ioEncoding?: 'unicode' | 'latin1';
}

export interface Stats {
  /** Live Erlang processes. */
  processes: number;
  /** Runnable processes waiting, per scheduler thread. */
  runQueues: number[];
  /** Reductions executed so far, per scheduler thread. */
  reductions: number[];
  /** Web Workers running a thread of this run (main()'s, the schedulers'...). */
  workers: number;
}

export interface BuildInfo {
  wasmBytes: number;
  /** Bytes transferred for the library bundle (gzip). */
  bundleBytes: number;
  bundleUnpackedBytes: number;
  bundleFiles: number;
  /** Fetching and compiling the module and unpacking the bundle. */
  loadMs: number;
}

export interface RunTimings {
  /** From run() until the instance and its workers were ready (main() starts). */
  startMs: number | null;
  totalMs: number;
}

export class BeamlineError extends Error {
  /** exception: uncaught Erlang exception; exit: non-zero exit status (e.g. halt(2)); abort: the wasm module failed; stopped: vm.stop(). */
  readonly kind: 'exception' | 'exit' | 'abort' | 'stopped';
  readonly status: number | null;
  /** error | exit | throw (kind 'exception'). */
  readonly erlangClass: string | null;
  /** The exception's reason, printed as ~p (kind 'exception'). */
  readonly reason: string | null;
}

export class Beamline {
  /** Starts the VM in a dedicated worker; the page must be cross-origin isolated. */
  static start(options?: StartOptions): Promise<Beamline>;
  static atom: typeof atom;
  static tuple: typeof tuple;
  static charlist: typeof charlist;
  static term: typeof term;
  static toErlang: typeof toErlang;

  readonly info: BuildInfo | null;
  readonly lastRun: RunTimings | null;

  /** Makes module `name` (the bytes of name.beam) available to later runs. */
  loadModule(name: string, bytes: Uint8Array | ArrayBuffer): void;
  /**
   * Calls module:fun(...args) (default main/0) in a fresh VM instance and
   * resolves with the value returned, formatted as io_lib:format("~p", [V]),
   * or null if the program halted with status 0 before returning. `args`:
   * JavaScript values, or the Erlang argument list as text ("[1, foo]").
   * Rejects with a BeamlineError otherwise. Runs execute one at a time.
   */
  run(module: string, fun?: string, args?: ErlangValue[] | string,
      options?: RunOptions): Promise<string | null>;
  /** Live figures of the run in progress (zeros and [] between runs). */
  stats(): Promise<Stats>;
  /** Terminates every worker of the VM; pending runs reject (kind 'stopped'). */
  stop(graceMs?: number): Promise<void>;
}

export default Beamline;
