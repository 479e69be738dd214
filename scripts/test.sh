#!/usr/bin/env bash
# Installs, builds and runs every test:
#   1. native release build: unit tests, the differential conformance suite
#      against erl, the Gleam tests (ctest);
#   2. scheduler stress tests (1M processes, 10M messages, a 10k ring) with
#      --schedulers 1 and 2;
#   3. ThreadSanitizer: the concurrency unit tests and multi-process programs
#      on an instrumented build (scripts/test-tsan.sh);
#   4. AddressSanitizer + UBSan: the whole native ctest suite on an
#      instrumented build (scripts/test-asan.sh);
#   5. the WebAssembly build: conformance suite and unit tests under Node,
#      browser smoke test (scripts/test-wasm.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
step() { echo; echo "=== test.sh: $* ($(date +%T))"; }
step "setup"
bash scripts/setup.sh
step "native build"
bash scripts/build.sh native-release
export LANG=C.UTF-8 LC_ALL=C.UTF-8
step "native tests (ctest)"
(cd build/native-release && ctest --output-on-failure -j"$(nproc)")
step "scheduler stress tests"
bash tests/stress/run_stress.sh build/native-release/beamline
step "ThreadSanitizer"
bash scripts/test-tsan.sh
step "AddressSanitizer + UBSan"
bash scripts/test-asan.sh
step "WebAssembly"
bash scripts/test-wasm.sh
step "all tests passed"
