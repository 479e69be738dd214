#!/usr/bin/env bash
# Runs stdin_wait.erl on erl and on beamline with 1 and 2 schedulers, sending
# its input line a second after the program prints "waiting" (so a slow
# start, e.g. under a sanitizer, changes nothing); every output must be
# erl's. Usage: run_stdin_wait.sh BEAMLINE
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
beamline="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$here/stdin_wait.erl"

# run_delayed OUT CMD...: runs CMD with stdin from a fifo; writes the line
# one second after OUT shows "waiting" (at most 120 s later).
run_delayed() {
  local out="$1"; shift
  local fifo="$work/in"
  rm -f "$fifo"; mkfifo "$fifo"
  "$@" <"$fifo" >"$out" &
  local pid=$!
  exec 3>"$fifo"
  for _ in $(seq 1200); do
    grep -q waiting "$out" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  sleep 1
  echo hello >&3
  exec 3>&-
  wait "$pid"
}

run_delayed "$work/erl.out" erl -noshell -pa "$work" -s stdin_wait main -s init stop
want=$(cat "$work/erl.out")
status=0
for s in 1 2; do
  # shellcheck disable=SC2086
  run_delayed "$work/beamline.$s.out" $beamline run --schedulers "$s" -pa "$work" stdin_wait || true
  got=$(cat "$work/beamline.$s.out")
  if [ "$got" == "$want" ]; then
    echo "PASS stdin_wait --schedulers $s"
  else
    echo "FAIL stdin_wait --schedulers $s"
    echo "  erl:      $want"
    echo "  beamline: $got"
    status=1
  fi
done
exit $status
