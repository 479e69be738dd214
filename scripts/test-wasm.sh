#!/usr/bin/env bash
# The WebAssembly build end to end: installs the toolchain and the wasm
# dependencies (scripts/setup-wasm.sh), builds the wasm-release preset and
# runs the differential conformance suite on the wasm CLI under Node.
#
#   bash scripts/test-wasm.sh [CONFORMANCE FILTER...]
#
# Run by scripts/test.sh (and so by CI). Timings on the 2-core development
# machine: see web/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
JOBS="${JOBS:-2}"

t0=$(date +%s)
bash scripts/setup.sh        # host tools: erlc, python3, node, header -dev packages
bash scripts/setup-wasm.sh   # emscripten + Abseil/zlib/PCRE2 for wasm32
t1=$(date +%s)

if [ ! -f build/wasm-release/build.ninja ]; then
  cmake --preset wasm-release >/dev/null
fi
echo "test-wasm: building the wasm-release preset (-j$JOBS)"
cmake --build --preset wasm-release -- -j"$JOBS"
t2=$(date +%s)

echo "test-wasm: hello world on the wasm CLI"
hello_dir="$(mktemp -d)"
trap 'rm -rf "$hello_dir"' EXIT
cat >"$hello_dir/wasm_hello.erl" <<'EOF'
-module(wasm_hello).
-export([main/0]).
main() -> io:format("Hello from ~s!~n", [wasm]).
EOF
erlc -o "$hello_dir" "$hello_dir/wasm_hello.erl"
out="$(node --no-experimental-fetch build/wasm-release/beamline.mjs run -pa "$hello_dir" wasm_hello)"
if [ "$out" != "Hello from wasm!" ]; then
  echo "test-wasm: unexpected hello world output: $out" >&2
  exit 1
fi

export LANG=C.UTF-8 LC_ALL=C.UTF-8
# Expected failures: the native list plus the wasm-only one.
known="$(mktemp)"
trap 'rm -rf "$hello_dir" "$known"' EXIT
cat tests/conformance/known_failures.txt web/known_failures_wasm.txt >"$known"
status=0
python3 tests/conformance/run_conformance.py \
  --beamline "node --no-experimental-fetch build/wasm-release/beamline.mjs" \
  --work build/wasm-release/conformance --known-failures "$known" \
  -j "${CONFORMANCE_JOBS:-1}" "$@" || status=$?
t3=$(date +%s)

echo "test-wasm: setup $((t1 - t0))s, build $((t2 - t1))s, conformance $((t3 - t2))s"
exit $status
