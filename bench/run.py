#!/usr/bin/env python3
"""beamline benchmark suite: every program on erl, on beamline (native) and on
beamline's WebAssembly build under Node, side by side.

    bench/run.py [--beamline PATH] [--wasm PATH.mjs | --no-wasm] [--only NAME...]
                 [--repeat N] [--stat median|best] [--write-doc]

Each bench/programs/bm_NAME.erl exports main/0, runs a fixed workload and
prints a checksum line. Lines starting with '#' are measurements ("#KEY INT")
and are not compared; every other line must be identical on every VM, or the
row is marked MISMATCH (a VM bug).

Timing: wall time of the whole OS process (median, or best, of N repeats),
minus the same statistic of bm_empty's wall time on the same VM, so VM startup
and shutdown cancel out. The programs also time their workload themselves
(erlang:monotonic_time), shown as the "in-program" columns.

The wasm build (build/wasm-release/beamline.mjs by default; skipped with a
note when it is missing, or with --no-wasm) runs as
`node --no-experimental-fetch beamline.mjs run -pa EBIN M`; its table compares
it with the native build (goal: wasm <= 1.5x native time).

This is a benchmark, not a test: it is never registered with ctest.
Run benchmarks one at a time (the runner never runs two processes at once).
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
DOC = os.path.join(ROOT, "docs", "benchmarks.md")
PREFIX = "bm_"
BASELINE = "empty"

# Table order (programs not listed here follow, alphabetically).
ORDER = ["ring", "spawn", "idle_procs", "pingpong", "selective_recv",
         "parallel", "fib", "sort", "maps", "binary", "format", "bignum",
         "float", "ets", "ets_ordered"]
PROCESS_BENCHES = {"ring", "spawn", "idle_procs", "pingpong",
                   "selective_recv", "parallel"}
# Programs measured with 1 and 2 scheduler threads.
SCALING = ["parallel", "ring", "spawn", "pingpong"]
# Workloads whose main-table ratio would mix speed with a difference in
# scheduler count: left out of the rankings and means. Both VMs now run one
# scheduler per core by default, so none.
MULTICORE = set()

# Targets set by the processes issue.
RATIO_TARGETS = {"ring": 1.5, "spawn": 1.5}
IDLE_PROC_TARGET_BYTES = 2.7 * 1024
# Target set by the WebAssembly issue: wasm time <= 1.5x native time.
WASM_TARGET = 1.5
WASM = "wasm"  # the wasm configuration's label

# How the repeats of one measurement are summarised: "median" or "best"
# (set from --stat).
STAT = "median"


def pick(values):
    values = sorted(values)
    if STAT == "best":
        return values[0]
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2

NOTES_BEGIN = "<!-- notes: kept when the file is regenerated -->"
NOTES_END = "<!-- /notes -->"


class Run:
    """One execution of one program on one VM configuration."""

    def __init__(self, wall, cpu, rc, stdout, stderr, maxrss_kb, timed_out):
        self.wall = wall
        self.cpu = cpu
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.maxrss_kb = maxrss_kb
        self.timed_out = timed_out
        self.metrics = {}
        self.checked = []
        for line in stdout.splitlines():
            m = re.match(r"^#(\w+)\s+(-?\d+)\s*$", line)
            if m:
                self.metrics[m.group(1)] = int(m.group(2))
            else:
                self.checked.append(line)

    @property
    def ok(self):
        return self.rc == 0 and not self.timed_out


def run_once(cmd, timeout):
    """Runs cmd; returns a Run with wall time and the child's peak RSS.

    stdout/stderr go to files (not pipes) so the parent never has to drain
    them while the child runs, and os.wait4 gives the child's own rusage.
    `erl` is a shell script that execs erlexec, which execs beam.smp, so the
    waited-for pid is the emulator itself.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, start_new_session=True)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_utime + usage.ru_stime, proc.returncode,
                   out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"),
                   usage.ru_maxrss, bool(timed_out))


class Config:
    """A VM plus flags: how to run module M's main/0."""

    def __init__(self, label, argv_fn):
        self.label = label
        self.argv_fn = argv_fn

    def argv(self, ebin, module):
        return self.argv_fn(ebin, module)


def erl_config(erl, flags, label):
    return Config(label, lambda ebin, m: [erl, *flags, "-noshell", "-pa", ebin,
                                          "-eval", f"{m}:main(), halt()."])


def beamline_config(beamline, flags, label):
    return Config(label, lambda ebin, m: [beamline, "run", "-pa", ebin, *flags, m])


def wasm_config(node, mjs, flags, label):
    return Config(label, lambda ebin, m: [node, "--no-experimental-fetch", mjs, "run",
                                          "-pa", ebin, *flags, m])


class Result:
    """All repeats of one program on one configuration."""

    def __init__(self, runs):
        self.runs = runs

    @property
    def ok(self):
        return all(r.ok for r in self.runs)

    # The statistic (STAT) over the successful runs.
    @property
    def wall(self):
        return pick([r.wall for r in self.runs])

    @property
    def cpu(self):
        return pick([r.cpu for r in self.runs])

    def metric(self, key):
        vals = [r.metrics[key] for r in self.runs if key in r.metrics]
        return pick(vals) if vals else None

    @property
    def peak_rss_kb(self):
        return max(r.maxrss_kb for r in self.runs)

    def failure(self):
        for r in self.runs:
            if r.timed_out:
                return "timeout"
            if r.rc != 0:
                tail = r.stderr.strip().splitlines()[-3:]
                return f"exit {r.rc}: " + " / ".join(tail)
        return None


def measure(configs, names, ebin, repeat, timeout, log, baseline_runs=None):
    """Runs every program on every config, interleaving configs per repeat so
    that a burst of load from elsewhere hits both VMs alike.

    With baseline_runs (label -> list), the empty program also runs before
    each program run, so the startup figure is sampled throughout the whole
    session rather than only at its start."""
    results = {}
    for name in names:
        module = PREFIX + name
        runs = {c.label: [] for c in configs}
        for i in range(repeat):
            for c in configs:
                if baseline_runs is not None:
                    baseline_runs[c.label].append(
                        run_once(c.argv(ebin, PREFIX + BASELINE), timeout))
                r = run_once(c.argv(ebin, module), timeout)
                runs[c.label].append(r)
                status = "ok" if r.ok else ("TIMEOUT" if r.timed_out else f"rc={r.rc}")
                log(f"  {name:16} {c.label:22} #{i + 1}: {r.wall * 1000:9.1f} ms  {status}")
                if not r.ok and r.timed_out:
                    break
        results[name] = {label: Result(rs) for label, rs in runs.items()}
    return results


def compare(res_by_label, ref_label):
    """Returns (same, detail): every run's checked output equals the
    reference VM's first run."""
    ref = res_by_label[ref_label].runs[0]
    if not ref.ok:
        return None, "reference run failed"
    for label, res in res_by_label.items():
        for r in res.runs:
            if not r.ok:
                continue
            if r.checked != ref.checked:
                return False, (f"{ref_label}: " + " | ".join(ref.checked)[:400] +
                               f"\n{label}: " + " | ".join(r.checked)[:400])
    return True, ""


def fmt_ms(x):
    if x is None:
        return "-"
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}"


def fmt_ratio(a, b):
    if a is None or b is None or b <= 0:
        return "-"
    return f"{a / b:.2f}"


def table(header, rows, numeric=True):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" if i == 0 or not numeric else "---:"
                            for i in range(len(header))) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(c) for c in row) + " |")
    return "\n".join(lines)


def cmake_build_type(path):
    """CMAKE_BUILD_TYPE of the build tree holding path."""
    try:
        with open(os.path.join(os.path.dirname(path), "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "?"


def machine_facts(args, beamline, wasm):
    facts = []
    facts.append(("date", datetime.datetime.now(datetime.timezone.utc)
                  .strftime("%Y-%m-%d %H:%M UTC")))
    facts.append(("nproc", str(os.cpu_count())))
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    facts.append(("CPU", cpu))
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
        facts.append(("memory", f"{kb / 1024 / 1024:.1f} GiB"))
    except (OSError, ValueError, IndexError):
        pass
    facts.append(("kernel", platform.release()))
    erl_info = subprocess.run(
        [args.erl, "-noshell", "-eval",
         'io:format("OTP ~s, erts ~s, ~p, ~p schedulers", '
         '[erlang:system_info(otp_release), erlang:system_info(version), '
         'erlang:system_info(emu_flavor), erlang:system_info(schedulers_online)]), halt().'],
        capture_output=True, text=True).stdout.strip()
    facts.append(("erl", erl_info or "?"))
    rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    what = args.describe or (f"commit {rev}" + (" + uncommitted changes" if dirty else ""))
    facts.append(("beamline", f"{os.path.relpath(beamline, ROOT)} "
                  f"({cmake_build_type(beamline)}), {what}"))
    if wasm:
        node_version = subprocess.run([args.node, "--version"], capture_output=True,
                                      text=True).stdout.strip()
        emcc = "?"
        try:
            out = subprocess.run(["emcc", "--version"], capture_output=True, text=True,
                                 env=dict(os.environ, NODE_PATH="/usr/share/nodejs")).stdout
            m = re.search(r"\) (\d+\.\d+\.\d+)", out)
            emcc = m.group(1) if m else "?"
        except OSError:
            pass
        facts.append(("beamline wasm", f"{os.path.relpath(wasm, ROOT)} "
                      f"({cmake_build_type(wasm)}, Emscripten {emcc}), Node {node_version}"))
    return facts


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--beamline", default=os.path.join(ROOT, "build", "native-release", "beamline"))
    ap.add_argument("--erl", default="erl")
    ap.add_argument("--erlc", default="erlc")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="run only these programs")
    ap.add_argument("--wasm", metavar="PATH.mjs",
                    help="the wasm CLI (default: build/wasm-release/beamline.mjs, "
                         "skipped with a note when missing)")
    ap.add_argument("--no-wasm", action="store_true", help="do not run the wasm build")
    ap.add_argument("--node", default="node", help="Node, to run the wasm build")
    ap.add_argument("--describe", metavar="TEXT",
                    help="what was measured, instead of the repository's commit in the "
                         "machine table (e.g. for binaries built from a snapshot)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per program and VM")
    ap.add_argument("--stat", choices=["median", "best"], default="median",
                    help="how the N runs are summarised (default: median)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per run")
    ap.add_argument("--no-scaling", action="store_true",
                    help="skip the 1 vs 2 scheduler measurements")
    ap.add_argument("--write-doc", action="store_true", help=f"write {os.path.relpath(DOC, ROOT)}")
    args = ap.parse_args()

    global STAT
    STAT = args.stat
    beamline = os.path.abspath(args.beamline)
    if not os.access(beamline, os.X_OK):
        sys.exit(f"beamline binary not found: {beamline}")
    wasm = None
    if not args.no_wasm:
        wasm = os.path.abspath(args.wasm or os.path.join(ROOT, "build", "wasm-release",
                                                         "beamline.mjs"))
        if not os.path.exists(wasm):
            if args.wasm:
                sys.exit(f"wasm CLI not found: {wasm}")
            print(f"note: no wasm build at {os.path.relpath(wasm, ROOT)}: wasm not measured "
                  "(build the wasm-release preset, or pass --wasm)", file=sys.stderr)
            wasm = None
        elif shutil.which(args.node) is None:
            sys.exit(f"{args.node} not found (needed for the wasm build; or pass --no-wasm)")
    for tool in (args.erl, args.erlc):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} not found")

    available = sorted(f[len(PREFIX):-4] for f in os.listdir(PROGRAMS)
                       if f.startswith(PREFIX) and f.endswith(".erl"))
    if BASELINE not in available:
        sys.exit("bench/programs/bm_empty.erl is missing")
    names = [n for n in ORDER if n in available] + \
            [n for n in available if n not in ORDER and n != BASELINE]
    if args.only:
        unknown = [n for n in args.only if n not in available]
        if unknown:
            sys.exit(f"unknown program(s): {', '.join(unknown)}; have: {', '.join(names)}")
        names = [n for n in names if n in args.only]

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="beamline-bench-") as ebin:
        srcs = [os.path.join(PROGRAMS, PREFIX + n + ".erl") for n in [BASELINE] + names]
        subprocess.run([args.erlc, "-o", ebin, *srcs], check=True)

        erl = erl_config(args.erl, [], "erl")
        bl = beamline_config(beamline, [], "beamline")
        configs = [erl, bl]
        if wasm:
            configs.append(wasm_config(args.node, wasm, [], WASM))
        base_repeat = max(args.repeat, 5)
        log(f"baseline ({BASELINE}), {base_repeat} runs per VM")
        base = measure(configs, [BASELINE], ebin, base_repeat, args.timeout, log)[BASELINE]
        log(f"programs, {args.repeat} runs per VM (each after a run of {BASELINE})")
        base_runs = {label: list(r.runs) for label, r in base.items()}
        results = measure(configs, names, ebin, args.repeat, args.timeout, log, base_runs)
        base = {label: Result(rs) for label, rs in base_runs.items()}

        scaling_names = [] if args.no_scaling else [n for n in SCALING if n in names]
        scaling = None
        if scaling_names:
            sconfigs = [erl_config(args.erl, ["+S", "1"], "erl +S 1"),
                        erl_config(args.erl, ["+S", "2"], "erl +S 2"),
                        beamline_config(beamline, ["--schedulers", "1"], "beamline -S 1"),
                        beamline_config(beamline, ["--schedulers", "2"], "beamline -S 2")]
            log("scaling")
            scaling = (sconfigs,
                       measure(sconfigs, scaling_names, ebin, args.repeat, args.timeout, log))
    load_after = os.getloadavg()

    # ---- main table ----
    startup = {c.label: base[c.label].wall for c in configs}
    startup_cpu = {c.label: base[c.label].cpu for c in configs}
    rows = []
    detail_rows = []
    dagger = False
    problems = []
    ratios = {}
    base_same, base_detail = compare(base, "erl")
    if base_same is not True:
        problems.append(f"baseline `{BASELINE}`: output differs or failed\n{base_detail}")
    for name in names:
        res = results[name]
        e, b = res["erl"], res["beamline"]
        same, detail = compare(res, "erl")
        status = "ok"
        for label, r in res.items():
            fail = r.failure()
            if fail:
                status = f"FAILED ({label}: {fail})"
                problems.append(f"`{name}` failed on {label}: {fail}")
                break
        if status == "ok" and same is False:
            status = "MISMATCH"
            problems.append(f"`{name}`: outputs differ\n{detail}")
        e_ms = (e.wall - startup["erl"]) * 1000 if e.ok else None
        b_ms = (b.wall - startup["beamline"]) * 1000 if b.ok else None
        e_in = e.metric("time_us")
        b_in = b.metric("time_us")
        e_in = e_in / 1000 if e_in is not None and e.ok else None
        b_in = b_in / 1000 if b_in is not None and b.ok else None
        e_cpu = (e.cpu - startup_cpu["erl"]) * 1000 if e.ok else None
        b_cpu = (b.cpu - startup_cpu["beamline"]) * 1000 if b.ok else None
        # Rankings and targets use the in-program ratio: it does not depend
        # on subtracting a separately measured startup time.
        if e_in is not None and b_in is not None and e_in > 0:
            ratios[name] = b_in / e_in
        elif e_ms is not None and b_ms is not None and e_ms > 0:
            ratios[name] = b_ms / e_ms
        wall_ratio = fmt_ratio(b_ms, e_ms)
        if any(disagree(w, i) for w, i in ((e_ms, e_in), (b_ms, b_in))):
            wall_ratio += " †"
            dagger = True
        rows.append([name + (" ¹" if name in MULTICORE else ""), fmt_ms(e_ms), fmt_ms(b_ms),
                     wall_ratio, f"**{fmt_ratio(b_in, e_in)}**", fmt_ratio(b_cpu, e_cpu),
                     status])
        detail_rows.append([name, fmt_ms(e_in), fmt_ms(b_in), fmt_ms(e_cpu), fmt_ms(b_cpu),
                            f"{e.peak_rss_kb / 1024:.0f}", f"{b.peak_rss_kb / 1024:.0f}"])
    main_table = table(["program", "erl ms", "beamline ms", "wall ratio", "in-program ratio",
                        "CPU-time ratio", "output"], rows)
    details_table = table(["program", "erl in-program ms", "beamline in-program ms",
                           "erl CPU ms", "beamline CPU ms", "erl peak RSS MB",
                           "beamline peak RSS MB"], detail_rows)
    startup_line = (f"VM startup + shutdown ({STAT} `{BASELINE}` run, subtracted above): "
                    f"erl {startup['erl'] * 1000:.0f} ms wall / {startup_cpu['erl'] * 1000:.0f} ms CPU, "
                    f"beamline {startup['beamline'] * 1000:.0f} ms wall / "
                    f"{startup_cpu['beamline'] * 1000:.0f} ms CPU; "
                    f"peak RSS erl {base['erl'].peak_rss_kb / 1024:.0f} MB, "
                    f"beamline {base['beamline'].peak_rss_kb / 1024:.0f} MB.")

    dagger_note = None
    if dagger:
        dagger_note = (f"† the wall-time figure (minus the {STAT} startup) differs from the "
                       "in-program time by more than 25 % on one VM: startup subtraction was "
                       "unreliable for this row (machine load); trust the in-program ratio.")
    multicore_note = None
    if any(n in MULTICORE for n in names):
        multicore_note = (f"¹ erl runs this on all {os.cpu_count()} of its schedulers, beamline on "
                          "its one scheduler thread: the ratio mixes speed with the missing "
                          "multi-core scheduler. It is left out of the rankings and means below; "
                          "the scaling table compares the VMs at one scheduler each.")

    # ---- WebAssembly build vs native ----
    wasm_table = wasm_details = wasm_startup_line = None
    wasm_ratios = {}
    if wasm:
        wrows = []
        wdetail = []
        for name in names:
            res = results[name]
            e, b, w = res["erl"], res["beamline"], res[WASM]
            ms = {}
            for label, r in (("erl", e), ("beamline", b), (WASM, w)):
                t = r.metric("time_us")
                ms[label] = t / 1000 if t is not None and r.ok else None
            b_wall = (b.wall - startup["beamline"]) * 1000 if b.ok else None
            w_wall = (w.wall - startup[WASM]) * 1000 if w.ok else None
            b_cpu = (b.cpu - startup_cpu["beamline"]) * 1000 if b.ok else None
            w_cpu = (w.cpu - startup_cpu[WASM]) * 1000 if w.ok else None
            ratio = None
            if ms[WASM] is not None and ms["beamline"]:
                ratio = ms[WASM] / ms["beamline"]
                wasm_ratios[name] = ratio
            goal = "-" if ratio is None else ("yes" if ratio <= WASM_TARGET else "no")
            fail = w.failure()
            wrows.append([name, fmt_ms(ms["erl"]), fmt_ms(ms["beamline"]), fmt_ms(ms[WASM]),
                          fmt_ratio(ms["beamline"], ms["erl"]),
                          f"**{fmt_ratio(ms[WASM], ms['beamline'])}**",
                          fmt_ratio(ms[WASM], ms["erl"]), goal,
                          f"FAILED ({fail})" if fail else "ok"])
            wdetail.append([name, fmt_ms(b_wall), fmt_ms(w_wall), fmt_ratio(w_wall, b_wall),
                            fmt_ms(b_cpu), fmt_ms(w_cpu), fmt_ratio(w_cpu, b_cpu),
                            f"{b.peak_rss_kb / 1024:.0f}", f"{w.peak_rss_kb / 1024:.0f}"])
        wasm_table = table(["program", "erl ms", "native ms", "wasm ms", "native / erl",
                            "wasm / native", "wasm / erl", f"wasm ≤ {WASM_TARGET}× native",
                            "wasm output"], wrows)
        wasm_details = table(["program", "native wall ms", "wasm wall ms", "wall ratio",
                              "native CPU ms", "wasm CPU ms", "CPU ratio",
                              "native peak RSS MB", "wasm (node) peak RSS MB"], wdetail)
        wasm_startup_line = (f"Startup + shutdown (`{BASELINE}`, subtracted from the wall and "
                             f"CPU columns): wasm under Node {startup[WASM] * 1000:.0f} ms wall / "
                             f"{startup_cpu[WASM] * 1000:.0f} ms CPU, native "
                             f"{startup['beamline'] * 1000:.0f} ms wall / "
                             f"{startup_cpu['beamline'] * 1000:.0f} ms CPU; peak RSS node "
                             f"{base[WASM].peak_rss_kb / 1024:.0f} MB.")

    # ---- memory per idle process ----
    mem_table = None
    idle = {}
    if "idle_procs" in results:
        mrows = []
        for label in ("erl", "beamline") + ((WASM,) if wasm else ()):
            r = results["idle_procs"][label]
            bpp = r.metric("bytes_per_proc")
            idle[label] = bpp
            before = r.metric("rss_before_kb")
            after = r.metric("rss_after_kb")
            sp = r.metric("spawn_us")
            pim = r.metric("process_info_memory")
            mrows.append([{WASM: "beamline wasm (node)"}.get(label, label),
                          "-" if bpp is None else f"{bpp}",
                          "-" if bpp is None else f"{bpp / 1024:.2f}",
                          "-" if pim is None else f"{pim}",
                          "-" if before is None else f"{before / 1024:.1f}",
                          "-" if after is None else f"{after / 1024:.1f}",
                          "-" if sp is None else f"{sp / 1000:.0f}"])
        mem_table = table(["VM", "bytes / idle process (RSS)", "KB / idle process (RSS)",
                           "`process_info(P, memory)` bytes",
                           "RSS before MB", "RSS with 100k procs MB",
                           "spawn 100k ms"], mrows)

    # ---- scaling ----
    scaling_table = None
    speedups = {}  # program -> (erl speedup 1->2, beamline speedup 1->2)
    if scaling:
        sconfigs, sres = scaling
        srows = []
        for name in scaling_names:
            res = sres[name]
            same, detail = compare(res, "erl +S 1")
            if same is False:
                problems.append(f"`{name}` (scaling runs): outputs differ\n{detail}")
            net = {}
            for c in sconfigs:
                r = res[c.label]
                t = r.metric("time_us")
                net[c.label] = t / 1000 if r.ok and t is not None else None
            if all(net[k] for k in ("erl +S 1", "erl +S 2", "beamline -S 1", "beamline -S 2")):
                speedups[name] = (net["erl +S 1"] / net["erl +S 2"],
                                  net["beamline -S 1"] / net["beamline -S 2"])
            srows.append([name,
                          fmt_ms(net["erl +S 1"]), fmt_ms(net["erl +S 2"]),
                          fmt_ratio(net["erl +S 1"], net["erl +S 2"]),
                          fmt_ms(net["beamline -S 1"]), fmt_ms(net["beamline -S 2"]),
                          fmt_ratio(net["beamline -S 1"], net["beamline -S 2"]),
                          fmt_ratio(net["beamline -S 1"], net["erl +S 1"])])
        scaling_table = table(["program", "erl +S 1 ms", "erl +S 2 ms", "erl speedup 1→2",
                               "beamline 1 sched ms", "beamline `--schedulers 2` ms",
                               "beamline speedup 1→2", "beamline / erl at 1 scheduler"], srows)

    # ---- targets ----
    trows = []
    for name, limit in RATIO_TARGETS.items():
        if name in ratios:
            trows.append([f"{name} time vs erl (in-program)", f"≤ {limit}×", f"{ratios[name]:.2f}×",
                          "met" if ratios[name] <= limit else "not met"])
    if idle.get("beamline") is not None:
        trows.append(["memory per idle process", f"≤ {IDLE_PROC_TARGET_BYTES:.0f} B (2.7 KB)",
                      f"{idle['beamline']} B (erl: {idle.get('erl')} B)",
                      "met" if idle["beamline"] <= IDLE_PROC_TARGET_BYTES else "not met"])
    if wasm_ratios:
        single_w = {n: r for n, r in wasm_ratios.items()}
        worst = max(single_w.items(), key=lambda kv: kv[1])
        met = sum(1 for r in single_w.values() if r <= WASM_TARGET)
        trows.append([f"wasm time vs native (in-program; WebAssembly issue)",
                      f"≤ {WASM_TARGET}× on every program",
                      f"{met} of {len(single_w)} programs; geometric mean "
                      f"{geomean(list(single_w.values())):.2f}×, worst {worst[0]} "
                      f"{worst[1]:.2f}×",
                      "met" if met == len(single_w) else "not met"])
    if speedups:
        ok = [n for n, (e, b) in speedups.items() if b >= e]
        trows.append(["1→2 scheduler scaling ≥ erl's", "speedup ≥ erl's",
                      "; ".join(f"{n} {b:.2f}× (erl {e:.2f}×)"
                                for n, (e, b) in speedups.items()),
                      "met" if len(ok) == len(speedups) else
                      f"met on {len(ok)} of {len(speedups)}"])
    targets_table = table(["target", "goal", "measured", "status"], trows,
                          numeric=False) \
        if trows else None

    # ---- observations ----
    obs = []
    single = {n: r for n, r in ratios.items() if n not in MULTICORE}
    if single:
        ranked = sorted(single.items(), key=lambda kv: kv[1], reverse=True)
        obs.append("Slowest relative to erl (in-program ratio): " + ", ".join(
            f"{n} {r:.1f}×" for n, r in ranked[:4]) + ".")
        closest = [kv for kv in ranked[::-1] if kv not in ranked[:4]][:4]
        if closest:
            obs.append("Closest to erl: " + ", ".join(
                f"{n} {r:.2f}×" for n, r in closest) + ".")
        seq = [r for n, r in single.items() if n not in PROCESS_BENCHES]
        proc = [r for n, r in single.items() if n in PROCESS_BENCHES]
        parts = []
        if seq:
            parts.append(f"sequential {geomean(seq):.2f}×")
        if proc:
            parts.append(f"process benchmarks {geomean(proc):.2f}×")
        parts.append(f"all {geomean(list(single.values())):.2f}×")
        obs.append("Geometric mean of the in-program ratios: " + ", ".join(parts) + ".")
    if wasm_ratios:
        ranked = sorted(wasm_ratios.items(), key=lambda kv: kv[1], reverse=True)
        obs.append("wasm / native (in-program): slowest " + ", ".join(
            f"{n} {r:.2f}×" for n, r in ranked[:4]) + "; closest " + ", ".join(
            f"{n} {r:.2f}×" for n, r in ranked[::-1][:3]) + "; geometric mean "
            f"{geomean([r for _, r in ranked]):.2f}×.")
    if not problems:
        obs.append("Every program printed the same checksum lines on every VM"
                   + (" (erl, native, wasm)." if wasm else "."))

    report = []
    report.append("## Results (%s of %d runs; ratios are beamline / erl; bold: the "
                  "in-program ratio, the headline figure)" % (STAT, args.repeat))
    report.append("")
    report.append(main_table)
    report.append("")
    report.append(startup_line)
    if dagger_note:
        report += ["", dagger_note]
    if multicore_note:
        report += ["", multicore_note]
    report += ["", "### Details", "", details_table]
    if wasm_table:
        report += ["", "## WebAssembly build under Node vs native (in-program ms, %s of %d "
                   "runs; bold: wasm / native, goal ≤ %s×)" % (STAT, args.repeat, WASM_TARGET),
                   "", wasm_table, "", wasm_startup_line, "", "### Details (wasm)", "",
                   wasm_details]
    if mem_table:
        report += ["", "## Memory per idle process (`idle_procs`: RSS delta / 100,000)", "", mem_table]
    if scaling_table:
        report += ["", "## Scheduler scaling (1 → 2 scheduler threads; in-program ms, %s of %d; "
                   "native build only)" % (STAT, args.repeat), "", scaling_table, "",
                   "Both VMs run their scheduler threads on the same 2 cores as everything "
                   "else on the machine: speedups shrink as the load grows."]
    if targets_table:
        report += ["", "## Targets", "", targets_table]
    report += ["", "## Observations (generated)", ""] + [f"- {o}" for o in obs]
    if problems:
        report += ["", "## Problems", ""]
        for p in problems:
            first, *rest = p.split("\n")
            report.append(f"- {first}")
            if rest:
                report += ["", "  ```"] + ["  " + x for x in rest] + ["  ```", ""]
    report_text = "\n".join(report)

    load_line = (f"load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after "
                 f"the run")
    print()
    print(report_text)
    print()
    print(load_line)

    if args.write_doc:
        write_doc(args, beamline, wasm, report_text, load_line, names)
        print(f"\nwrote {os.path.relpath(DOC, ROOT)}")
    return 1 if problems else 0


def disagree(wall_ms, inprog_ms):
    """Whether a startup-subtracted wall time and the in-program time of the
    same program are too far apart to trust the subtraction."""
    if wall_ms is None or inprog_ms is None:
        return False
    diff = abs(wall_ms - inprog_ms)
    return diff > 30 and diff > 0.25 * inprog_ms


def geomean(xs):
    prod = 1.0
    for x in xs:
        prod *= x
    return prod ** (1.0 / len(xs))


def program_descriptions(names):
    """The leading %% comment of each program."""
    out = []
    for n in names:
        path = os.path.join(PROGRAMS, PREFIX + n + ".erl")
        text = []
        with open(path) as f:
            for line in f:
                if not line.startswith("%%"):
                    break
                text.append(line[2:].strip())
        out.append(f"- **{n}** (`bench/programs/{PREFIX}{n}.erl`): " + " ".join(text))
    return "\n".join(out)


def write_doc(args, beamline, wasm, report_text, load_line, names):
    notes = None
    if os.path.exists(DOC):
        with open(DOC) as f:
            old = f.read()
        i, j = old.find(NOTES_BEGIN), old.find(NOTES_END)
        if i >= 0 and j > i:
            notes = old[i:j + len(NOTES_END)]
    if notes is None:
        notes = NOTES_BEGIN + "\n\n(Hand-written notes go here.)\n\n" + NOTES_END
    cmd = "python3 bench/run.py --repeat %d --stat %s" % (args.repeat, args.stat)
    if args.beamline != os.path.join(ROOT, "build", "native-release", "beamline"):
        cmd += " --beamline " + os.path.relpath(beamline, ROOT)
    if args.no_wasm:
        cmd += " --no-wasm"
    elif args.wasm:
        cmd += " --wasm " + os.path.relpath(wasm, ROOT)
    if args.only:
        cmd += " --only " + " ".join(args.only)
    cmd += " --write-doc"
    facts = machine_facts(args, beamline, wasm)
    stat_text = {"median": "the median of N runs", "best": "the best of N runs"}[args.stat]
    wasm_method = []
    if wasm:
        wasm_method = [
            "- beamline wasm: the same VM built with Emscripten (`wasm-release` preset), run as "
            "`node --no-experimental-fetch beamline.mjs run -pa EBIN M`; its runs alternate "
            "with erl's and native beamline's. Its table compares in-program times with the "
            f"native build (goal of the WebAssembly issue: wasm ≤ {WASM_TARGET}× native). Its "
            "wall and CPU figures include Node's compilation of the `.wasm` module and the "
            "start of the pthread workers; the startup subtraction removes most of it.",
        ]
    parts = [
        "# Benchmarks: beamline vs erl" + (" (native and WebAssembly)" if wasm else ""),
        "",
        f"Generated by `{cmd}` (`bench/run.py`; not part of ctest). "
        "Each program in `bench/programs/` runs a fixed workload and prints checksum lines; "
        "the runner checks that every VM prints the same lines, so a difference is a VM bug.",
        "",
        "## Machine",
        "",
        table(["fact", "value"], facts + [("load", load_line)], numeric=False),
        "",
        "## Method",
        "",
        "- erl: `erl -noshell -pa EBIN -eval 'M:main(), halt().'` with its default scheduler "
        f"count ({os.cpu_count()} on this machine); beamline: `beamline run -pa EBIN M` "
        "with its default scheduler count (one per core, the same).",
        *wasm_method,
        f"- Time: wall time of the OS process, {stat_text}, minus the same statistic of "
        "the wall time of `bm_empty` on the same VM (startup and shutdown; `bm_empty` runs "
        "before every program run, so it is sampled over the whole session). Runs alternate "
        "between the VMs so background load hits all of them. ratio = beamline ms / erl ms.",
        "- *in-program*: the workload's own `erlang:monotonic_time` measurement (printed as "
        "`#time_us`), which excludes startup, loading before `main/0` and halting. "
        "**The in-program ratio is the headline figure** (targets, rankings, means): it "
        "needs no subtraction of a separately measured startup, which on a loaded machine "
        "can be off by more than a short workload's whole run time.",
        f"- *CPU*: user + system CPU time of the OS process ({args.stat}, minus `bm_empty`'s). "
        "It is the figure least disturbed by other jobs on a busy machine, but it is not "
        "like for like: erl's count includes its schedulers' busy-waiting and its helper "
        "threads, and a second erl scheduler adds CPU time while cutting wall time.",
        "- Peak RSS: `ru_maxrss` of the OS process (beam.smp under erl: `erl` execs it).",
        "- Memory per idle process: `bm_idle_procs` reads VmRSS from "
        "`/proc/self/status` before and after spawning 100,000 processes that block "
        "in `receive`, and divides the difference by 100,000. The figure includes the "
        "parent's list of their pids (16 bytes per process on both VMs). It also prints "
        "`erlang:process_info(P, memory)` of one idle process: each VM's own count, "
        "without allocator overhead.",
        "- Scheduler scaling: " + ", ".join(f"`{n}`" for n in SCALING) + " again under "
        "`erl +S 1`, `erl +S 2`, `beamline --schedulers 1` and `--schedulers 2`, compared by "
        "in-program time (startup is the same for both counts).",
        f"- The machine has {os.cpu_count()} cores shared with other work; programs run one at "
        f"a time, and every figure is {stat_text} to damp interference.",
        "",
        "## Programs",
        "",
        program_descriptions(names),
        "",
        report_text,
        "",
        "## Notes",
        "",
        notes,
        "",
    ]
    with open(DOC, "w") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    sys.exit(main())
