#!/usr/bin/env python3
"""List spec functions that no test program in tests/gleam/src calls.

Usage: python3 gleam/tools/check_test_coverage.py [SPEC_MD]

A function counts as called when a test file that imports its module
contains `<alias>.<name>` (the alias being the module's last path segment
or its `as` name), or uses it unqualified after importing it by name.
Exits 1 if any function is uncovered.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from check_api import spec_modules, SPEC  # noqa: E402

tests = {p: open(p, encoding="utf-8").read()
         for p in glob.glob(os.path.join(ROOT, "tests", "gleam", "src", "*.gleam"))}
spec = spec_modules(SPEC)
missing = []
total = 0
for module, decl in sorted(spec.items()):
    for name in decl["fns"]:
        total += 1
        found = False
        for text in tests.values():
            m = re.search(r"^import " + re.escape(module) + r"(\.\{([^}]*)\})?(\s+as\s+(\w+))?\s*$", text, re.M)
            if not m:
                continue
            alias = m.group(4) or module.split("/")[-1]
            unqualified = [x.strip() for x in (m.group(2) or "").split(",")]
            if re.search(r"\b" + re.escape(alias) + r"\." + re.escape(name) + r"\b", text) or (
                name in unqualified and re.search(r"\b" + re.escape(name) + r"\(", text)):
                found = True
                break
        if not found:
            missing.append(f"{module}.{name}")
print(f"{total - len(missing)}/{total} spec functions are called by the tests")
for m in missing:
    print("  not called: " + m)
sys.exit(1 if missing else 0)
