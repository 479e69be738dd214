#!/usr/bin/env python3
"""Opcode coverage of the conformance programs.

Compiles every tests/conformance/programs/*.erl with erlc, disassembles the
.beam files with beam_disasm:file/1 (in one `erl -noshell -eval` run),
collects the generic BEAM opcodes each program uses and writes
docs/opcode-coverage.md.

  opcode_coverage.py [--work DIR] [--output FILE] [--verify-otp]

--verify-otp additionally disassembles every .beam shipped with the
installed OTP (all compiled by OTP 25's own compiler) and reports which
opcodes occur there; it is a sanity check of the "emitted by OTP 25"
classification below (slow: ~1 minute).
"""

import argparse
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PROGRAMS_DIR = os.path.join(HERE, "programs")
DEFAULT_OUTPUT = os.path.join(REPO, "docs", "opcode-coverage.md")
MAX_OPCODE = 180  # highest opcode number known to OTP 25 (badrecord)

# Opcodes 1..180 that OTP 25's compiler never emits, with the reason.
# "deprecated": marked with a leading '-' in lib/compiler/src/genop.tab
# (already before OTP 25).  "legacy": still loadable by OTP 25's loader but
# no longer produced by its compiler (OTP 25 builds binaries with
# bs_create_bin, OTP 24 replaced make_fun2/init/allocate_zero/recv_mark,
# OTP 22 replaced the bs_start_match2/bs_save2 matching scheme...).
# Everything else in 1..180 is considered emittable.  Cross-checked by
# `--verify-otp` against all .beam files shipped with OTP 25 plus
# `erlc -S` experiments.
NOT_EMITTED = {
    "allocate_zero": ("legacy", "OTP 24+: allocate + init_yregs"),
    "allocate_heap_zero": ("legacy", "OTP 24+: allocate_heap + init_yregs"),
    "init": ("legacy", "OTP 24+: init_yregs"),
    "m_plus": ("deprecated", "pre-R7 arithmetic"),
    "m_minus": ("deprecated", "pre-R7 arithmetic"),
    "m_times": ("deprecated", "pre-R7 arithmetic"),
    "m_div": ("deprecated", "pre-R7 arithmetic"),
    "int_div": ("deprecated", "pre-R7 arithmetic"),
    "int_rem": ("deprecated", "pre-R7 arithmetic"),
    "int_band": ("deprecated", "pre-R7 arithmetic"),
    "int_bor": ("deprecated", "pre-R7 arithmetic"),
    "int_bxor": ("deprecated", "pre-R7 arithmetic"),
    "int_bsl": ("deprecated", "pre-R7 arithmetic"),
    "int_bsr": ("deprecated", "pre-R7 arithmetic"),
    "int_bnot": ("deprecated", "pre-R7 arithmetic"),
    "is_constant": ("deprecated", ""),
    "put_string": ("deprecated", ""),
    "put_tuple": ("legacy", "OTP 22+: put_tuple2"),
    "put": ("legacy", "OTP 22+: put_tuple2"),
    "make_fun": ("deprecated", ""),
    "bs_start_match": ("deprecated", "R7 binary matching"),
    "bs_get_integer": ("deprecated", "R7 binary matching"),
    "bs_get_float": ("deprecated", "R7 binary matching"),
    "bs_get_binary": ("deprecated", "R7 binary matching"),
    "bs_skip_bits": ("deprecated", "R7 binary matching"),
    "bs_test_tail": ("deprecated", "R7 binary matching"),
    "bs_save": ("deprecated", "R7 binary matching"),
    "bs_restore": ("deprecated", "R7 binary matching"),
    "bs_init": ("deprecated", "R7 binary construction"),
    "bs_final": ("deprecated", "R7 binary construction"),
    "bs_put_integer": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_put_binary": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_put_float": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_put_string": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_need_buf": ("deprecated", ""),
    "fclearerror": ("legacy", "OTP 24+: float errors checked by each op"),
    "fcheckerror": ("legacy", "OTP 24+: float errors checked by each op"),
    "make_fun2": ("legacy", "OTP 24+: make_fun3"),
    "bs_init2": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_bits_to_bytes": ("deprecated", ""),
    "bs_add": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_start_match2": ("legacy", "OTP 22+: bs_start_match3/4"),
    "bs_save2": ("legacy", "OTP 22+: bs_get_position"),
    "bs_restore2": ("legacy", "OTP 22+: bs_set_position"),
    "bs_final2": ("deprecated", ""),
    "bs_bits_to_bytes2": ("deprecated", ""),
    "put_literal": ("deprecated", ""),
    "bs_context_to_binary": ("legacy", "OTP 22+: match contexts are "
                             "converted implicitly"),
    "bs_append": ("legacy", "OTP 25+: bs_create_bin with an append segment"),
    "bs_private_append": ("legacy", "OTP 25+: bs_create_bin with a "
                          "private_append segment"),
    "bs_init_bits": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_utf8_size": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_put_utf8": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_utf16_size": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_put_utf16": ("legacy", "OTP 25+: bs_create_bin"),
    "bs_put_utf32": ("legacy", "OTP 25+: bs_create_bin"),
    "recv_mark": ("legacy", "OTP 24+: recv_marker_reserve/bind"),
    "recv_set": ("legacy", "OTP 24+: recv_marker_use"),
}

# Erlang expression run by `erl -noshell -eval`: for every file given after
# -extra, print "Module op op op ..." using the generic opcode names.  The
# key function undoes beam_disasm's renaming (test ops, bifN, gc_bifN and
# float arithmetic are folded into generic tuples by beam_disasm).
DISASM_EVAL = r"""
Name = fun(I) when is_atom(I) -> I;
          (T) ->
              case T of
                  {test, N, _, _} -> N;
                  {test, N, _, _, _} -> N;
                  {test, N, _, _, _, _} -> N;
                  {bif, _, _, A, _} -> list_to_atom("bif" ++ integer_to_list(length(A)));
                  {gc_bif, _, _, _, A, _} -> list_to_atom("gc_bif" ++ integer_to_list(length(A)));
                  {arithfbif, Op, _, _, _} -> Op;
                  _ -> element(1, T)
              end
       end,
Files = init:get_plain_arguments(),
lists:foreach(
  fun(F) ->
      case beam_disasm:file(F) of
          {beam_file, Mod, _, _, _, Code} ->
              Ops = lists:usort([Name(I) || {function, _, _, _, Is} <- Code, I <- Is]),
              io:format("~s ~s~n", [Mod, lists:join(" ", [atom_to_list(O) || O <- Ops])]);
          Err ->
              io:format(standard_error, "disasm failed: ~s: ~p~n", [F, Err])
      end
  end, Files),
halt(0).
"""

OPNAMES_EVAL = (
    "[io:format(\"~w ~s ~w~n\", [N, element(1, beam_opcodes:opname(N)), "
    "element(2, beam_opcodes:opname(N))]) || N <- lists:seq(1, %d)], "
    "halt(0)." % MAX_OPCODE)


def erl_eval(expr, extra=()):
    argv = ["erl", "-noshell", "-eval", expr]
    if extra:
        argv += ["-extra"] + list(extra)
    res = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    if res.returncode != 0:
        sys.exit("erl failed (%d):\n%s" % (res.returncode, res.stderr))
    if res.stderr.strip():
        sys.stderr.write(res.stderr)
    return res.stdout


def opcode_table():
    table = []
    for line in erl_eval(OPNAMES_EVAL).splitlines():
        num, name, arity = line.split()
        table.append((int(num), name, int(arity)))
    return table


def disassemble(beams):
    """Return {module: set(opcode names)}; beam_disasm never shows
    int_code_end (it terminates every module's code), so add it."""
    result = {}
    chunk = 200
    for i in range(0, len(beams), chunk):
        out = erl_eval(DISASM_EVAL, beams[i:i + chunk])
        for line in out.splitlines():
            parts = line.split()
            if parts:
                result[parts[0]] = set(parts[1:]) | {"int_code_end"}
    return result


def compile_programs(work):
    srcs = sorted(glob.glob(os.path.join(PROGRAMS_DIR, "*.erl")))
    beams = []
    for src in srcs:
        name = os.path.basename(src)[:-4]
        outdir = os.path.join(work, name)
        os.makedirs(outdir, exist_ok=True)
        beam = os.path.join(outdir, name + ".beam")
        if not (os.path.exists(beam) and
                os.path.getmtime(beam) >= os.path.getmtime(src)):
            res = subprocess.run(["erlc", "-o", outdir + "/", src],
                                 stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True)
            if res.returncode != 0:
                sys.exit("erlc failed for %s:\n%s" % (src, res.stdout))
        beams.append(beam)
    return beams


def verify_otp(table, emittable):
    beams = sorted(glob.glob(os.path.join(
        subprocess.run(["erl", "-noshell", "-eval",
                        "io:format(\"~s\", [code:root_dir()]), halt()."],
                       stdout=subprocess.PIPE, text=True).stdout,
        "lib", "*", "ebin", "*.beam")))
    used = collections.Counter()
    for ops in disassemble(beams).values():
        used.update(ops)
    names = {n for _, n, _ in table}
    print("OTP corpus: %d beam files" % len(beams))
    bad = sorted(n for n in used if n not in emittable and n in names)
    unknown = sorted(n for n in used if n not in names)
    missing = sorted(n for n in emittable if n not in used)
    print("  classified not-emitted but found in OTP beams: %s" %
          (", ".join(bad) or "none"))
    print("  unknown names from beam_disasm: %s" % (", ".join(unknown) or
                                                    "none"))
    print("  emittable but absent from the OTP corpus: %s" %
          (", ".join(missing) or "none"))


def declared_targets(names):
    """Programs may declare the opcodes they target in a leading comment
    block starting with `%% Targets`; return {program: [opcode, ...]}."""
    result = {}
    for src in sorted(glob.glob(os.path.join(PROGRAMS_DIR, "*.erl"))):
        prog = os.path.basename(src)[:-4]
        text = []
        active = False
        with open(src, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("%% Targets"):
                    active = True
                if active:
                    if not line.startswith("%%"):
                        break
                    text.append(line[2:])
        words = re.findall(r"[a-z][a-z_0-9]*", " ".join(text))
        targets = []
        for w in words:
            if w in names and w not in targets:
                targets.append(w)
        if targets:
            result[prog] = targets
    return result


def write_report(path, table, per_program, emittable, targets):
    users = collections.defaultdict(list)
    for prog in sorted(per_program):
        for op in per_program[prog]:
            users[op].append(prog)
    covered = [n for _, n, _ in table if n in emittable and users.get(n)]
    uncovered = [n for _, n, _ in table if n in emittable and not users.get(n)]
    seen_not_emitted = [n for _, n, _ in table
                        if n not in emittable and users.get(n)]

    lines = []
    lines.append("# BEAM opcode coverage of the conformance suite")
    lines.append("")
    lines.append("Generated by `tests/conformance/opcode_coverage.py` "
                 "(do not edit by hand). It compiles every program in "
                 "`tests/conformance/programs/` with OTP 25's `erlc`, "
                 "disassembles the `.beam` files with `beam_disasm:file/1` "
                 "and records which generic opcodes (numbers 1-%d of "
                 "`beam_opcodes:opname/1`) each program contains." %
                 MAX_OPCODE)
    lines.append("")
    lines.append("**covered %d / %d emittable opcodes** (%d programs)" %
                 (len(covered), len(emittable), len(per_program)))
    lines.append("")
    lines.append("Emitted / not emitted was determined empirically: "
                 "`opcode_coverage.py --verify-otp` disassembles all `.beam` "
                 "files shipped with OTP 25 (built by OTP 25's own compiler) "
                 "and finds exactly the opcodes classified *emitted* below "
                 "(plus `erlc -S` experiments for the targeted programs).")
    lines.append("")
    lines.append("Status legend:")
    lines.append("")
    lines.append("* **emitted** - produced by OTP 25's compiler; the suite "
                 "should exercise it.")
    lines.append("* **legacy** - still understood by OTP 25's loader but "
                 "no longer produced by its compiler (only `.beam` files "
                 "from older compilers contain it).")
    lines.append("* **deprecated** - marked with a leading `-` in OTP's "
                 "`genop.tab` already before OTP 25; not produced by any "
                 "modern compiler. (Later OTP releases also mark most "
                 "*legacy* opcodes with `-`.)")
    lines.append("")
    lines.append("`int_code_end` terminates every module's code and is "
                 "never shown by `beam_disasm`; it is counted as used by "
                 "every program. `beam_disasm` folds `bif0/1/2`, "
                 "`gc_bif1/2/3`, the float arithmetic ops and all test "
                 "instructions into generic tuples; the script maps them "
                 "back to the opcode names.")
    lines.append("")
    if uncovered:
        lines.append("Uncovered emittable opcodes: " +
                     ", ".join("`%s`" % n for n in uncovered))
    else:
        lines.append("Uncovered emittable opcodes: none.")
    lines.append("")
    if seen_not_emitted:
        lines.append("Opcodes classified as not emitted but found anyway "
                     "(classification needs review): " +
                     ", ".join("`%s`" % n for n in seen_not_emitted))
        lines.append("")
    if targets:
        lines.append("## Targeted programs")
        lines.append("")
        lines.append("Programs whose header comment declares `%% Targets "
                     "<opcodes>`; the script checks that the compiled "
                     "program really contains them.")
        lines.append("")
        lines.append("| program | targeted opcodes | missing |")
        lines.append("|---|---|---|")
        for prog in sorted(targets):
            missing = [t for t in targets[prog]
                       if t not in per_program.get(prog, ())]
            lines.append("| `%s` | %s | %s |" % (
                prog, ", ".join("`%s`" % t for t in targets[prog]),
                ", ".join("`%s`" % t for t in missing) or "-"))
        lines.append("")
    lines.append("## All opcodes")
    lines.append("")
    lines.append("| # | opcode | arity | status | programs | exercised by "
                 "(first 3) |")
    lines.append("|---:|---|---:|---|---:|---|")
    for num, name, arity in table:
        if name in emittable:
            status = "emitted"
        else:
            kind, note = NOT_EMITTED[name]
            status = kind + (" (%s)" % note if note else "")
        progs = users.get(name, [])
        first = ", ".join("`%s`" % p for p in progs[:3])
        if name in emittable and not progs:
            first = "**NOT COVERED**"
        lines.append("| %d | `%s` | %d | %s | %d | %s |" %
                     (num, name, arity, status, len(progs), first or "-"))
    lines.append("")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    return covered, uncovered


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--work", help="scratch directory for .beam files")
    ap.add_argument("--output", default=DEFAULT_OUTPUT)
    ap.add_argument("--verify-otp", action="store_true")
    args = ap.parse_args()

    table = opcode_table()
    names = [n for _, n, _ in table]
    for n in NOT_EMITTED:
        if n not in names:
            sys.exit("classification names unknown opcode %r" % n)
    emittable = {n for n in names if n not in NOT_EMITTED}

    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.abspath(args.work) if args.work else tmp
        beams = compile_programs(work)
        per_program = disassemble(beams)
        if args.verify_otp:
            verify_otp(table, emittable)

    for prog, ops in per_program.items():
        unknown = ops - set(names)
        if unknown:
            sys.exit("%s: unexpected disassembly names %s" %
                     (prog, sorted(unknown)))
    targets = declared_targets(set(names))
    covered, uncovered = write_report(args.output, table, per_program,
                                      emittable, targets)
    for prog in sorted(targets):
        missing = [t for t in targets[prog]
                   if t not in per_program.get(prog, ())]
        if missing:
            print("warning: %s declares targets it does not contain: %s" %
                  (prog, " ".join(missing)))
    print("wrote %s" % args.output)
    print("covered %d / %d emittable opcodes" % (len(covered),
                                                 len(emittable)))
    if uncovered:
        print("uncovered: " + " ".join(uncovered))
    return 0


if __name__ == "__main__":
    sys.exit(main())
