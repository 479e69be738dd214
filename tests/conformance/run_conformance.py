#!/usr/bin/env python3
"""Differential conformance suite: run every program on erl and on beamline
and compare stdout bytes and exit status.

Usage:
  run_conformance.py --beamline 'build/native/beamline' --work /tmp/conf
  run_conformance.py --beamline 'node build/wasm-release/beamline.mjs' ...
  run_conformance.py --erl-only [--check-determinism]
  run_conformance.py --list [FILTER...]

Program filters are shell globs (fnmatch) or plain substrings of the
program name.  The final line is always `N passed, M failed, K skipped`
(skipped = known failures that still fail, i.e. XFAIL), and the exit
status is 0 iff M == 0.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")
RUNNER_SRC = os.path.join(HERE, "conformance_runner.erl")
DEFAULT_TIMEOUT = 20.0
MAX_DIFF_LINES = 40
PERTURB_EVAL = ("[list_to_atom(\"conformance_perturb_\" ++ integer_to_list(N))"
                " || N <- lists:seq(1, 3000)], _ = lists:seq(1, 100000).")


class Result:
    def __init__(self, name, status, detail=""):
        self.name = name
        self.status = status  # PASS FAIL XFAIL XPASS
        self.detail = detail


def stdin_file(name):
    """programs/NAME.stdin, if it exists, is the program's standard input."""
    path = os.path.join(PROGRAMS_DIR, name + ".stdin")
    return path if os.path.exists(path) else None


def discover_programs(programs_dir):
    names = []
    for entry in sorted(os.listdir(programs_dir)):
        if entry.endswith(".erl"):
            names.append(entry[:-4])
    return names


def matches(name, filters):
    if not filters:
        return True
    for pat in filters:
        if any(ch in pat for ch in "*?["):
            if fnmatch.fnmatchcase(name, pat):
                return True
        elif pat == name or pat in name:
            return True
    return False


def read_known_failures(path):
    known = set()
    if not path:
        return known
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                known.add(line)
    return known


def run_cmd(argv, timeout, cwd=None, stdin_path=None):
    """Run argv; return (returncode or None on timeout, stdout, stderr).
    Standard input is the file stdin_path, or empty."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    proc = subprocess.Popen(argv, stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=cwd, start_new_session=True)
    if stdin_path:
        stdin.close()  # the child has its own descriptor
    try:
        out, err = proc.communicate(timeout=timeout)
        return proc.returncode, out, err
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        out, err = proc.communicate()
        return None, out, err


def expected_status(name):
    return 1 if name.startswith("crash_") else 0


def tail(data, n=15):
    text = data.decode("utf-8", errors="replace")
    lines = text.splitlines()
    if len(lines) > n:
        lines = ["..."] + lines[-n:]
    return "\n".join("    " + l for l in lines)


def show_diff(expected, actual, labels=("erl", "beamline")):
    exp = _lines(expected)
    act = _lines(actual)
    out = []
    first = None
    for i, (a, b) in enumerate(zip(exp, act)):
        if a != b:
            first = i
            break
    if first is None:
        first = min(len(exp), len(act))
    out.append("    first difference at stdout line %d" % (first + 1))
    diff = difflib.unified_diff(exp, act, labels[0], labels[1], n=2)
    for i, line in enumerate(diff):
        if i >= MAX_DIFF_LINES:
            out.append("    ... (diff truncated)")
            break
        line = line[:-1] if line.endswith("\n") else line + "<no newline>"
        if _needs_repr(line):
            line = repr(line)[1:-1]
        out.append("    " + line)
    if exp and act and exp[-1].endswith("\n") != act[-1].endswith("\n"):
        out.append("    (trailing newline differs)")
    return "\n".join(out)


def _lines(data):
    parts = data.split(b"\n")
    lines = [p + b"\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return [l.decode("latin-1") for l in lines]


def _needs_repr(line):
    return any((ord(c) < 32 and c != "\t") or 0x7f <= ord(c) < 0xa0
               for c in line)


def describe_status(rc):
    if rc is not None and rc < 0:
        try:
            return "%d (killed by %s)" % (rc, signal.Signals(-rc).name)
        except ValueError:
            return "%d (killed by signal %d)" % (rc, -rc)
    return str(rc)


class Suite:
    def __init__(self, args):
        self.args = args
        self.work = os.path.abspath(args.work)
        self.runner_dir = os.path.join(self.work, "_runner")
        self.timeout = args.timeout
        self.erl = shutil.which("erl")
        self.erlc = shutil.which("erlc")
        self.print_lock = threading.Lock()
        self.beamline = shlex.split(args.beamline) if args.beamline else None

    def log(self, msg):
        with self.print_lock:
            print(msg, flush=True)

    # -- compilation --------------------------------------------------------
    def compile_runner(self):
        os.makedirs(self.runner_dir, exist_ok=True)
        rc, out, err = run_cmd([self.erlc, "-o", self.runner_dir + "/",
                                RUNNER_SRC], 120)
        if rc != 0:
            sys.exit("error: failed to compile %s:\n%s%s" %
                     (RUNNER_SRC, out.decode(errors="replace"),
                      err.decode(errors="replace")))

    def compile_program(self, name):
        src = os.path.join(PROGRAMS_DIR, name + ".erl")
        outdir = os.path.join(self.work, name)
        beam = os.path.join(outdir, name + ".beam")
        os.makedirs(outdir, exist_ok=True)
        if os.path.exists(beam) and \
                os.path.getmtime(beam) >= os.path.getmtime(src):
            return None
        rc, out, err = run_cmd([self.erlc, "-o", outdir + "/", src], 120)
        if rc != 0:
            if os.path.exists(beam):
                os.remove(beam)
            return "erlc failed (status %s):\n%s" % (
                rc, tail(out + err, 30))
        return None

    # -- running --------------------------------------------------------------
    def run_erl(self, name, perturb=False):
        argv = [self.erl, "-noshell", "-pa", os.path.join(self.work, name),
                "-pa", self.runner_dir]
        if perturb:
            # Shift atom-table indices and heap state before the program
            # runs: output that depends on them (e.g. iteration order of
            # large atom-keyed maps) cannot be reproduced by another VM.
            argv += ["-eval", PERTURB_EVAL]
        argv += ["-s", "conformance_runner", "run", name]
        return run_cmd(argv, self.timeout, stdin_path=stdin_file(name))

    def run_beamline(self, name):
        argv = self.beamline + ["run", "--log-to-stderr", "-pa", os.path.join(self.work, name),
                                name]
        return run_cmd(argv, self.timeout, stdin_path=stdin_file(name))

    def check(self, name, known):
        err = self.compile_program(name)
        if err:
            return Result(name, "FAIL", err)
        t0 = time.time()
        erc, eout, eerr = self.run_erl(name)
        if erc is None:
            return Result(name, "FAIL", "erl timed out after %gs" %
                          self.timeout)
        want = expected_status(name)
        if erc != want:
            return Result(name, "FAIL",
                          "erl exited with status %s, expected %s "
                          "(programs expected to crash must be named "
                          "crash_*)\n  erl stderr:\n%s" %
                          (erc, want, tail(eerr)))
        if self.args.erl_only:
            detail = "%.2fs" % (time.time() - t0)
            if not eout:
                return Result(name, "FAIL", "erl produced no stdout")
            if self.args.check_determinism:
                erc2, eout2, _ = self.run_erl(name, perturb=True)
                if erc2 != erc or eout2 != eout:
                    return Result(name, "FAIL",
                                  "erl output is not deterministic (second "
                                  "run with a perturbed atom table):\n" +
                                  show_diff(eout, eout2,
                                            ("run 1", "run 2")))
            return Result(name, "PASS", detail)
        brc, bout, berr = self.run_beamline(name)
        problems = []
        if brc is None:
            problems.append("beamline timed out after %gs" % self.timeout)
        else:
            if bout != eout:
                problems.append("stdout differs (erl %d bytes, beamline %d "
                                "bytes):\n%s" % (len(eout), len(bout),
                                                 show_diff(eout, bout)))
            if brc != erc:
                problems.append("exit status differs: erl %s, beamline %s"
                                % (erc, describe_status(brc)))
        if problems:
            if berr:
                problems.append("beamline stderr:\n" + tail(berr))
            status = "XFAIL" if name in known else "FAIL"
            return Result(name, status, "\n  ".join(problems))
        if name in known:
            return Result(name, "XPASS",
                          "passes but is listed in known failures; remove "
                          "it from the list")
        return Result(name, "PASS")


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("filters", nargs="*",
                    help="program names, globs or substrings")
    ap.add_argument("--beamline", help="beamline command line (shlex-split)")
    ap.add_argument("--work", default=os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "beamline-conformance"),
        help="scratch directory")
    ap.add_argument("--known-failures", help="file listing expected failures")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--list", action="store_true",
                    help="list the selected programs and exit")
    ap.add_argument("--erl-only", action="store_true",
                    help="only compile and run the programs on erl")
    ap.add_argument("--check-determinism", action="store_true",
                    help="with --erl-only: run erl a second time with a "
                    "perturbed atom table and compare")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help="per-run timeout in seconds (default 20)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="also print PASS lines")
    args = ap.parse_args()

    names = [n for n in discover_programs(PROGRAMS_DIR)
             if matches(n, args.filters)]
    if args.list:
        for n in names:
            print(n)
        return 0
    if not names:
        print("no programs match %s" % " ".join(args.filters))
        print("0 passed, 0 failed, 0 skipped")
        return 1

    suite = Suite(args)
    if not suite.erl or not suite.erlc:
        sys.exit("error: erl/erlc not found on PATH")
    if not args.erl_only:
        if not suite.beamline:
            sys.exit("error: --beamline is required (or use --erl-only)")
        exe = suite.beamline[0]
        if not (shutil.which(exe) or (os.path.isfile(exe) and
                                      os.access(exe, os.X_OK))):
            sys.exit("error: beamline command not found or not executable: "
                     "%r (from --beamline %r)" % (exe, args.beamline))
        for a in suite.beamline[1:]:
            if a.endswith((".mjs", ".js")) and not os.path.exists(a):
                sys.exit("error: beamline script not found: %r" % a)

    known = read_known_failures(args.known_failures)
    all_names = set(discover_programs(PROGRAMS_DIR))
    for k in sorted(known - all_names):
        print("warning: known failure %r is not a program" % k)

    os.makedirs(suite.work, exist_ok=True)
    suite.compile_runner()

    results = []
    with concurrent.futures.ThreadPoolExecutor(
            max_workers=max(1, args.jobs)) as pool:
        futs = {pool.submit(suite.check, n, known): n for n in names}
        for fut in concurrent.futures.as_completed(futs):
            try:
                r = fut.result()
            except Exception as e:  # harness bug: report, don't hide
                r = Result(futs[fut], "FAIL", "harness error: %r" % e)
            results.append(r)
            if r.status == "PASS" and not args.verbose:
                continue
            msg = "%-5s %s" % (r.status, r.name)
            if r.detail:
                msg += ("\n  " if "\n" in r.detail or r.status != "PASS"
                        else "  ") + r.detail
            suite.log(msg)

    results.sort(key=lambda r: r.name)
    passed = sum(r.status == "PASS" for r in results)
    xfail = sum(r.status == "XFAIL" for r in results)
    failed = [r for r in results if r.status in ("FAIL", "XPASS")]
    if failed:
        print("\nfailed programs: " + " ".join(r.name for r in failed))
    print("%d passed, %d failed, %d skipped" % (passed, len(failed), xfail))
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
