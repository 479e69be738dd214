#!/usr/bin/env bash
# Build beamline's Gleam libraries, compile the Gleam test programs in
# tests/gleam/src and run each one's main/0.
#
#   tests/gleam/run_gleam_tests.sh [--beamline CMD] [--keep-going] [TEST ...]
#
# Every test module (src/*_test.gleam) is run on `erl`; its standard output
# must equal expected/<test>.txt byte for byte, and, when
# expected/<test>.stderr.txt exists, its standard error must equal that too.
# With --beamline CMD each test is also run as `CMD run -pa DIR... MODULE`
# and that standard output must equal erl's byte for byte.
# Naming some TESTs (e.g. list_test) runs only those.
# Set UPDATE_EXPECTED=1 to (re)write the expected files from erl's output.
# The last line is "N passed, M failed"; the exit status is 1 on failure.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="${GLEAM_TEST_BUILD_DIR:-$HERE/_build}"
BEAMLINE=""
ONLY=()

while [ $# -gt 0 ]; do
  case "$1" in
    --beamline) BEAMLINE="${2:?--beamline needs a command}"; shift 2 ;;
    --beamline=*) BEAMLINE="${1#--beamline=}"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) ONLY+=("${1%.gleam}"); shift ;;
  esac
done

TIMEOUT_SECS="${GLEAM_TEST_TIMEOUT:-60}"

echo "==> Building the Gleam libraries into $BUILD"
if ! bash "$ROOT/gleam/build.sh" "$BUILD"; then
  echo "library build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "==> Compiling the test programs"
TEST_OUT="$BUILD/tests"
rm -rf "$TEST_OUT"
mkdir -p "$TEST_OUT/erl" "$TEST_OUT/ebin"
if ! node "$ROOT/gleam/tools/gleam_compile.mjs" --out "$TEST_OUT/erl" --package gleam_tests "$HERE/src" \
     --dep "$ROOT/gleam/gleam_stdlib/src" --dep "$ROOT/gleam/gleam_erlang/src" --dep "$ROOT/gleam/gleam_otp/src" \
  || ! erlc -W0 -o "$TEST_OUT/ebin" "$TEST_OUT/erl"/*.erl; then
  echo "test compilation failed"
  echo "0 passed, 1 failed"
  exit 1
fi

EBINS=("$BUILD/gleam_stdlib/ebin" "$BUILD/gleam_erlang/ebin" "$BUILD/gleam_otp/ebin" "$TEST_OUT/ebin")
PA=()
for d in "${EBINS[@]}"; do PA+=(-pa "$d"); done

# Gleam module a/b/c is Erlang module a@b@c; test modules live at the top level.
if [ ${#ONLY[@]} -gt 0 ]; then
  TESTS=("${ONLY[@]}")
else
  TESTS=()
  for f in "$HERE"/src/*_test.gleam; do
    TESTS+=("$(basename "$f" .gleam)")
  done
fi

# The erl command line runs main/0 in a fresh process (the -eval process
# itself traps exits, which a program's main normally does not) and exits
# with status 0 only when main/0 returns.
eval_for() {
  local mod="$1"
  printf '%s' "io:setopts(standard_io, [binary, {encoding, utf8}]), \
io:setopts(standard_error, [{encoding, utf8}]), \
{Pid, Ref} = erlang:spawn_monitor(fun() -> $mod:main() end), \
receive {'DOWN', Ref, process, Pid, normal} -> erlang:halt(0); \
{'DOWN', Ref, process, Pid, Reason} -> io:format(standard_error, \"main/0 crashed: ~p~n\", [Reason]), erlang:halt(1) end."
}

# Logger reports (crash reports of other processes) are written
# asynchronously; both VMs send them to stderr, which is not compared.
ERL_LOGGER_TO_STDERR='[{handler,default,logger_std_h,#{config => #{type => standard_error}}}]'

RUN_DIR="$BUILD/run"
mkdir -p "$RUN_DIR"
passed=0
failed=0
xfailed=0
failed_names=()

# Tests known to fail on beamline (not on erl), one name per line with the
# reason after '#'. A listed test that passes is reported (XPASS) as a
# failure so that the list stays honest.
KNOWN_FAILURES="$HERE/known_failures_beamline.txt"
is_known_failure() {
  [ -n "$BEAMLINE" ] && [ -f "$KNOWN_FAILURES" ] &&
    grep -qE "^$1([[:space:]]|#|$)" "$KNOWN_FAILURES"
}

for t in "${TESTS[@]}"; do
  out="$RUN_DIR/$t.stdout"
  err="$RUN_DIR/$t.stderr"
  timeout "$TIMEOUT_SECS" erl -noshell -kernel logger "$ERL_LOGGER_TO_STDERR" "${PA[@]}" \
    -eval "$(eval_for "$t")" \
    </dev/null >"$out" 2>"$err"
  status=$?
  ok=1
  reasons=()
  if [ $status -ne 0 ]; then
    ok=0; reasons+=("erl exited with status $status")
  fi
  expected="$HERE/expected/$t.txt"
  expected_err="$HERE/expected/$t.stderr.txt"
  if [ "${UPDATE_EXPECTED:-0}" = "1" ] && [ $status -eq 0 ]; then
    cp "$out" "$expected"
    if [ -s "$err" ]; then cp "$err" "$expected_err"; else rm -f "$expected_err"; fi
  fi
  if [ ! -f "$expected" ]; then
    ok=0; reasons+=("missing expected/$t.txt")
  elif ! cmp -s "$out" "$expected"; then
    ok=0; reasons+=("stdout differs from expected/$t.txt")
    diff -u "$expected" "$out" | head -40 | sed 's/^/    /'
  fi
  if [ -f "$expected_err" ] && ! cmp -s "$err" "$expected_err"; then
    ok=0; reasons+=("stderr differs from expected/$t.stderr.txt")
    diff -u "$expected_err" "$err" | head -20 | sed 's/^/    /'
  fi
  erl_ok=$ok
  if [ -n "$BEAMLINE" ]; then
    bout="$RUN_DIR/$t.beamline.stdout"
    # shellcheck disable=SC2086
    timeout "$TIMEOUT_SECS" $BEAMLINE run --log-to-stderr --io-encoding unicode "${PA[@]}" "$t" </dev/null >"$bout" 2>"$RUN_DIR/$t.beamline.stderr"
    bstatus=$?
    if [ $bstatus -ne 0 ]; then
      ok=0; reasons+=("beamline exited with status $bstatus")
    fi
    if ! cmp -s "$out" "$bout"; then
      ok=0; reasons+=("beamline stdout differs from erl")
      diff -u "$out" "$bout" | head -40 | sed 's/^/    /'
    fi
  fi
  if is_known_failure "$t"; then
    if [ $erl_ok -eq 1 ] && [ $ok -eq 0 ]; then
      xfailed=$((xfailed + 1))
      echo "XFAIL $t (known beamline gap: $(grep -E "^$t([[:space:]]|#|$)" "$KNOWN_FAILURES" | sed 's/^[^#]*#[[:space:]]*//'))"
      continue
    fi
    if [ $ok -eq 1 ]; then
      ok=0; reasons+=("XPASS: listed in known_failures_beamline.txt but passes; remove it")
    fi
  fi
  if [ $ok -eq 1 ]; then
    passed=$((passed + 1))
    echo "PASS $t"
  else
    failed=$((failed + 1))
    failed_names+=("$t")
    echo "FAIL $t: ${reasons[*]}"
    if [ -s "$err" ] && [ ! -f "$expected_err" ]; then
      head -20 "$err" | sed 's/^/    stderr: /'
    fi
  fi
done

if [ $failed -gt 0 ]; then
  echo "failed: ${failed_names[*]}"
fi
echo "$passed passed, $failed failed, $xfailed skipped"
[ $failed -eq 0 ]
