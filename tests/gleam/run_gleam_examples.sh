#!/usr/bin/env bash
# Runs the Gleam examples (examples/gleam/*.gleam) on erl and on beamline.
#
#   tests/gleam/run_gleam_examples.sh [--beamline CMD] [--lib LIB_DIR] [--work DIR] [NAME ...]
#
# Each example is compiled with our Gleam libraries (gleam_compile.mjs +
# erlc) and run on `erl`; its standard output must equal
# tests/gleam/examples_expected/<name>.txt. With --beamline CMD it is also run
# as `CMD run examples/gleam/<name>.gleam` (beamline compiles it itself,
# with XDG_CACHE_HOME under the work directory), which must exit with status
# 0 and print exactly what erl printed; hello is then run a second time,
# which must come from the cache (no "Compiling" message).
# LIB_DIR is a beamline library directory holding the Gleam bundle
# (<LIB_DIR>/gleam, built by the CMake target beamline_gleam_lib); without it
# the libraries are built with gleam/build.sh into the work directory.
# Set UPDATE_EXPECTED=1 to (re)write the expected files from erl's output.
# The last line is "N passed, M failed"; the exit status is 1 on failure.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
EXAMPLES="$ROOT/examples/gleam"
EXPECTED="$HERE/examples_expected"
BEAMLINE=""
LIB=""
WORK="$HERE/_build/examples"
ONLY=()

while [ $# -gt 0 ]; do
  case "$1" in
    --beamline) BEAMLINE="${2:?--beamline needs a command}"; shift 2 ;;
    --lib) LIB="${2:?--lib needs a directory}"; shift 2 ;;
    --work) WORK="${2:?--work needs a directory}"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) ONLY+=("$(basename "${1%.gleam}")"); shift ;;
  esac
done
TIMEOUT_SECS="${GLEAM_TEST_TIMEOUT:-120}"

fail_all() {
  echo "$1"
  echo "0 passed, 1 failed"
  exit 1
}

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
if [ -n "$LIB" ]; then
  GLEAM_LIBS="$LIB/gleam"
  TOOLS="$LIB/gleam/tools"
  [ -f "$TOOLS/gleam_compile.mjs" ] || fail_all "no Gleam bundle in $LIB/gleam (build the beamline_gleam_lib target)"
else
  echo "==> Building the Gleam libraries into $WORK/libs"
  bash "$ROOT/gleam/build.sh" "$WORK/libs" >/dev/null || fail_all "library build failed"
  GLEAM_LIBS="$WORK/libs"
  TOOLS="$ROOT/gleam/tools"
fi
SRC_OF() { if [ -n "$LIB" ]; then echo "$GLEAM_LIBS/$1/src"; else echo "$ROOT/gleam/$1/src"; fi; }

echo "==> Compiling the examples for erl"
rm -rf "$WORK/erl" "$WORK/ebin" "$WORK/run"
mkdir -p "$WORK/erl" "$WORK/ebin" "$WORK/run"
if ! node "$TOOLS/gleam_compile.mjs" --out "$WORK/erl" --package examples "$EXAMPLES" \
       --dep "$(SRC_OF gleam_stdlib)" --dep "$(SRC_OF gleam_erlang)" --dep "$(SRC_OF gleam_otp)" >/dev/null \
   || ! erlc -W0 -o "$WORK/ebin" "$WORK/erl"/*.erl; then
  fail_all "example compilation failed"
fi
PA=()
for d in "$GLEAM_LIBS"/gleam_stdlib/ebin "$GLEAM_LIBS"/gleam_erlang/ebin "$GLEAM_LIBS"/gleam_otp/ebin "$WORK/ebin"; do
  PA+=(-pa "$d")
done

if [ ${#ONLY[@]} -gt 0 ]; then
  NAMES=("${ONLY[@]}")
else
  NAMES=()
  for f in "$EXAMPLES"/*.gleam; do NAMES+=("$(basename "$f" .gleam)"); done
fi

# main/0 runs in a fresh process; erl exits 0 only when it returns.
eval_for() {
  printf '%s' "{Pid, Ref} = erlang:spawn_monitor(fun() -> $1:main() end), \
receive {'DOWN', Ref, process, Pid, normal} -> erlang:halt(0); \
{'DOWN', Ref, process, Pid, Reason} -> io:format(standard_error, \"main/0 crashed: ~p~n\", [Reason]), erlang:halt(1) end."
}

# Logger reports (crash reports of other processes) are written
# asynchronously; both VMs send them to stderr, which is not compared.
ERL_LOGGER_TO_STDERR='[{handler,default,logger_std_h,#{config => #{type => standard_error}}}]'

export XDG_CACHE_HOME="$WORK/cache"
passed=0
failed=0
failed_names=()
for t in "${NAMES[@]}"; do
  out="$WORK/run/$t.erl.stdout"
  err="$WORK/run/$t.erl.stderr"
  ok=1
  reasons=()
  (cd "$WORK/run" && timeout "$TIMEOUT_SECS" erl -noshell -kernel logger "$ERL_LOGGER_TO_STDERR" "${PA[@]}" -eval "$(eval_for "$t")") \
    </dev/null >"$out" 2>"$err"
  status=$?
  [ $status -eq 0 ] || { ok=0; reasons+=("erl exited with status $status"); }
  if [ "${UPDATE_EXPECTED:-0}" = "1" ] && [ $status -eq 0 ]; then
    mkdir -p "$EXPECTED"
    cp "$out" "$EXPECTED/$t.txt"
  fi
  if [ ! -f "$EXPECTED/$t.txt" ]; then
    ok=0; reasons+=("missing examples_expected/$t.txt")
  elif ! cmp -s "$out" "$EXPECTED/$t.txt"; then
    ok=0; reasons+=("erl stdout differs from examples_expected/$t.txt")
    diff -u "$EXPECTED/$t.txt" "$out" | head -30 | sed 's/^/    /'
  fi

  if [ -n "$BEAMLINE" ]; then
    bout="$WORK/run/$t.beamline.stdout"
    berr="$WORK/run/$t.beamline.stderr"
    # shellcheck disable=SC2086
    timeout "$TIMEOUT_SECS" $BEAMLINE run --log-to-stderr "$EXAMPLES/$t.gleam" </dev/null >"$bout" 2>"$berr"
    bstatus=$?
    [ $bstatus -eq 0 ] || { ok=0; reasons+=("beamline exited with status $bstatus"); }
    if ! cmp -s "$out" "$bout"; then
      ok=0; reasons+=("beamline stdout differs from erl")
      diff -u "$out" "$bout" | head -30 | sed 's/^/    /'
    fi
    if [ $ok -eq 1 ] && [ "$t" = hello ]; then
      # shellcheck disable=SC2086
      timeout "$TIMEOUT_SECS" $BEAMLINE run --log-to-stderr "$EXAMPLES/$t.gleam" </dev/null >"$bout.2" 2>"$berr.2"
      if grep -q Compiling "$berr.2"; then
        ok=0; reasons+=("the second run compiled again instead of using the cache")
      fi
      cmp -s "$out" "$bout.2" || { ok=0; reasons+=("second beamline run printed something else"); }
    fi
  fi

  if [ $ok -eq 1 ]; then
    passed=$((passed + 1)); echo "PASS $t"
  else
    failed=$((failed + 1)); failed_names+=("$t")
    echo "FAIL $t: ${reasons[*]}"
    for e in "$err" ${BEAMLINE:+"$WORK/run/$t.beamline.stderr"}; do
      [ -s "$e" ] && head -20 "$e" | sed "s|^|    $(basename "$e"): |"
    done
  fi
done

[ $failed -gt 0 ] && echo "failed: ${failed_names[*]}"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
