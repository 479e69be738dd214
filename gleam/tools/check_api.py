#!/usr/bin/env python3
"""Compare our Gleam libraries' public API with the spec.

Usage: python3 gleam/tools/check_api.py [SPEC_MD]

Reads the public function signatures and public types listed per module in
the spec (default /work/shared/spec/gleam-stdlib-api.md) and checks that each
module under gleam/<package>/src declares the same `pub fn` signatures
(labels, parameter names and types, return types; whitespace-insensitive)
and the same public type names. Prints a per-module summary and exits 1 on
any difference.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPEC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/spec/gleam-stdlib-api.md"
PACKAGES = ["gleam_stdlib", "gleam_erlang", "gleam_otp"]


def norm(sig):
    sig = re.sub(r"//.*", "", sig)
    sig = re.sub(r"\s+", "", sig)
    sig = sig.replace(",)", ")")
    return sig


def spec_modules(path):
    mods = {}
    current = None
    in_code = False
    pending = None
    for line in open(path, encoding="utf-8"):
        if pending is not None:
            pending += " " + line.strip()
            if line.strip() == "}":
                m = re.match(r"pub (?:opaque )?type ([A-Z][A-Za-z0-9]*)", pending)
                mods[current]["types"].add(m.group(1))
                mods[current].setdefault("type_text", {})[m.group(1)] = norm(pending)
                pending = None
            continue
        m = re.match(r"^## `?(gleam/[a-z_/]+)`?\s*$", line)
        if m:
            current = m.group(1)
            mods[current] = {"fns": {}, "types": set()}
            continue
        if line.startswith("```"):
            in_code = not in_code
            continue
        if not in_code or current is None:
            continue
        s = line.strip()
        if s.startswith("pub fn "):
            name = re.match(r"pub fn ([a-z0-9_]+)", s).group(1)
            mods[current]["fns"][name] = norm(s)
        m = re.match(r"pub (?:opaque )?type ([A-Z][A-Za-z0-9]*)", s)
        if m and s.endswith("{"):
            pending = s
            continue
        if m:
            if "// JavaScript target" in s:
                continue
            mods[current]["types"].add(m.group(1))
            mods[current].setdefault("type_text", {})[m.group(1)] = norm(s)
    return mods


def our_module(module):
    for pkg in PACKAGES:
        path = os.path.join(ROOT, pkg, "src", module + ".gleam")
        if os.path.exists(path):
            return path
    return None


def our_decls(path):
    text = open(path, encoding="utf-8").read()
    fns = {}
    types = set()
    global type_text
    type_text = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("pub fn "):
            sig = line
            depth = sig.count("(") - sig.count(")")
            # Join continuation lines until the parameter list (and return
            # type) is complete: stop at the body's '{' or at a blank line.
            while True:
                stripped = re.sub(r"//.*", "", sig).rstrip()
                if depth <= 0 and (stripped.endswith("{") or i + 1 >= len(lines)
                                   or lines[i + 1].strip() == "" or lines[i + 1].startswith("@")
                                   or lines[i + 1].startswith("pub ") or lines[i + 1].startswith("fn ")):
                    break
                i += 1
                sig += " " + lines[i].strip()
                depth = sig.count("(") - sig.count(")")
            sig = re.sub(r"//.*", "", sig).strip()
            if sig.endswith("{"):
                sig = sig[:-1]
            name = re.match(r"pub fn ([a-z0-9_]+)", sig).group(1)
            fns[name] = norm(sig)
        m = re.match(r"pub (?:opaque )?type ([A-Z][A-Za-z0-9]*)", line)
        if m:
            types.add(m.group(1))
            decl = line
            if line.rstrip().endswith("{") or line.rstrip().endswith("="):
                j = i + 1
                while j < len(lines):
                    decl += " " + lines[j].strip()
                    if lines[j].startswith("}") or (line.rstrip().endswith("=") and lines[j].strip() and not lines[j].strip().endswith(",")):
                        break
                    j += 1
            type_text[m.group(1)] = norm(decl)
        i += 1
    return fns, types


def main():
    spec = spec_modules(SPEC)
    total_fns = ok_fns = total_types = ok_types = 0
    problems = []
    for module in sorted(spec):
        want = spec[module]
        path = our_module(module)
        total_fns += len(want["fns"])
        total_types += len(want["types"])
        if path is None:
            problems.append(f"{module}: module missing")
            print(f"{module:32} MISSING")
            continue
        fns, types = our_decls(path)
        mod_ok = 0
        for name, sig in want["fns"].items():
            if name not in fns:
                problems.append(f"{module}.{name}: missing")
            elif fns[name] != sig:
                problems.append(f"{module}.{name}: signature differs\n    spec: {sig}\n    ours: {fns[name]}")
            else:
                mod_ok += 1
        for name in fns:
            if name not in want["fns"]:
                problems.append(f"{module}.{name}: extra public function")
        t_ok = 0
        for t in want["types"] & types:
            spec_text = want.get("type_text", {}).get(t)
            mine = type_text.get(t, "")
            if "opaque" in (spec_text or ""):
                spec_text = spec_text.split("{")[0]
                mine = mine.split("{")[0]
            if spec_text is not None and spec_text != mine:
                problems.append(f"{module}: type {t} differs\n    spec: {spec_text}\n    ours: {mine}")
            else:
                t_ok += 1
        for t in want["types"] - types:
            problems.append(f"{module}: type {t} missing")
        for t in types - want["types"]:
            problems.append(f"{module}: extra public type {t}")
        ok_fns += mod_ok
        ok_types += t_ok
        print(f"{module:32} functions {mod_ok:3}/{len(want['fns']):3}  types {t_ok:2}/{len(want['types']):2}")
    print(f"TOTAL: {len(spec)} modules, functions {ok_fns}/{total_fns}, types {ok_types}/{total_types}")
    for p in problems:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
