#!/usr/bin/env bash
# AddressSanitizer + UndefinedBehaviorSanitizer run of the whole native suite:
# builds the native-asan preset (Debug, -fsanitize=address,undefined, UB
# fatal) and runs its ctest (unit tests with leak detection, the conformance
# programs and the Gleam tests on the instrumented VM).
#
#   bash scripts/test-asan.sh [CTEST-ARGS...]
#
# JOBS (default 2) is the build and test parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${JOBS:-2}"
say() { echo "test-asan: $*"; }

t0=$(date +%s)
bash scripts/setup.sh
if [ ! -f build/native-asan/build.ninja ]; then
  cmake --preset native-asan >/dev/null
fi
say "building (native-asan, -j$JOBS)"
cmake --build --preset native-asan -- -j"$JOBS"
t1=$(date +%s)

# halt_on_error: the first report fails the program, so its test fails.
export ASAN_OPTIONS="detect_leaks=1 halt_on_error=1 abort_on_error=0 ${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1 halt_on_error=1 ${UBSAN_OPTIONS:-}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
say "running ctest"
(cd build/native-asan && ctest --output-on-failure -j"$JOBS" "$@")
t2=$(date +%s)
say "build $((t1 - t0))s, tests $((t2 - t1))s"
