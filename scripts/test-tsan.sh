#!/usr/bin/env bash
# ThreadSanitizer run: builds the TSan-instrumented dependencies
# (scripts/setup-tsan.sh), the native-tsan preset's test targets, and runs
# them with TSan stopping at the first report.
#
#   bash scripts/test-tsan.sh [GTEST_FILTER]
#
# Targets: $TSAN_TESTS (default: concurrency_test, the shared runtime
# structures hammered from several threads, and the unit tests that run
# threads of their own: ets_test, atomics_test, re_test). JOBS (default 2)
# is the build parallelism. The test binaries' output goes to
# build/native-tsan/tests/<test>.tsan.log (shown in full on failure).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${JOBS:-2}"
TESTS=(${TSAN_TESTS:-concurrency_test ets_test atomics_test re_test})
FILTER="${1:-*}"
say() { echo "test-tsan: $*"; }

t0=$(date +%s)
bash scripts/setup.sh        # host tools, Debian's -dev packages
bash scripts/setup-tsan.sh   # Abseil and GoogleTest built with -fsanitize=thread
t1=$(date +%s)

if [ ! -f build/native-tsan/build.ninja ]; then
  cmake --preset native-tsan >/dev/null
fi
say "building ${TESTS[*]} (native-tsan, -j$JOBS)"
cmake --build --preset native-tsan --target "${TESTS[@]}" -- -j"$JOBS"
t2=$(date +%s)

export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
status=0
for t in "${TESTS[@]}"; do
  say "running $t under TSan"
  exe="build/native-tsan/tests/$t"
  log="build/native-tsan/tests/$t.tsan.log"
  rc=0
  "$exe" --gtest_filter="$FILTER" >"$log" 2>&1 || rc=$?
  # TSan's shadow memory needs a fixed address layout: on kernels with more
  # mmap randomisation than this TSan supports, rerun without ASLR.
  if [ $rc -ne 0 ] && grep -q "unexpected memory mapping" "$log" && command -v setarch >/dev/null; then
    say "$t: rerunning with address space randomisation off"
    rc=0
    setarch "$(uname -m)" -R "$exe" --gtest_filter="$FILTER" >"$log" 2>&1 || rc=$?
  fi
  if [ $rc -ne 0 ] || grep -q "WARNING: ThreadSanitizer" "$log"; then
    cat "$log"
    say "$t: FAILED (exit status $rc; log: $log)"
    status=1
  else
    say "$t: $(grep -E '^\[  PASSED  \]' "$log" || echo passed)"
  fi
done
t3=$(date +%s)

# The scheduler itself: multi-process programs on the instrumented VM with
# two scheduler threads (signals, links, monitors, process_info of running
# processes, a 10k-process ring). Output must still be right.
if [ -z "${TSAN_SKIP_PROGRAMS:-}" ]; then
  say "building beamline (native-tsan, -j$JOBS)"
  cmake --build --preset native-tsan --target beamline -- -j"$JOBS"
  work="build/native-tsan/tsan-programs"
  mkdir -p "$work"
  erlc -o "$work" tests/conformance/programs/proc_signals_parallel.erl \
    tests/conformance/programs/proc_ring.erl \
    tests/conformance/programs/proc_links_trap_exit.erl tests/stress/stress_ring.erl
  for prog in proc_signals_parallel proc_ring proc_links_trap_exit stress_ring; do
    log="$work/$prog.tsan.log"
    rc=0
    setarch "$(uname -m)" -R build/native-tsan/beamline run --schedulers 2 \
      -pa "$work" "$prog:main" >"$work/$prog.out" 2>"$log" || rc=$?
    expected="$work/$prog.expected"
    if [ -f "tests/stress/$prog.expected" ]; then
      cp "tests/stress/$prog.expected" "$expected"
    else
      erl -noshell -pa "$work" -eval "$prog:main(), halt()." >"$expected"
    fi
    if [ $rc -ne 0 ] || grep -q "WARNING: ThreadSanitizer" "$log" ||
       ! cmp -s "$work/$prog.out" "$expected"; then
      cat "$log"; diff "$work/$prog.out" "$expected" | head -20 || true
      say "$prog: FAILED under TSan (exit status $rc; log: $log)"
      status=1
    else
      say "$prog: output right, no TSan report"
    fi
  done
fi
t4=$(date +%s)
say "setup $((t1 - t0))s, build $((t2 - t1))s, unit tests $((t3 - t2))s, programs $((t4 - t3))s"
exit $status
