#!/usr/bin/env bash
# Installs, builds and runs every test: unit tests, the differential
# conformance suite against erl and the Gleam tests (ctest, native build),
# then the conformance suite again on the WebAssembly build under Node.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/build.sh native-release
export LANG=C.UTF-8 LC_ALL=C.UTF-8
(cd build/native-release && ctest --output-on-failure -j"$(nproc)")
bash scripts/test-wasm.sh
