#!/usr/bin/env bash
# Runs stdin_wait.erl with its input arriving after a second, on erl and on
# beamline with 1 and 2 schedulers; every output must be erl's.
# Usage: run_stdin_wait.sh BEAMLINE
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
beamline="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
erlc -o "$work" "$here/stdin_wait.erl"
delayed() { (sleep 1; echo "hello") | "$@"; }
want=$(delayed erl -noshell -pa "$work" -s stdin_wait main -s init stop)
status=0
for s in 1 2; do
  got=$(delayed $beamline run --schedulers "$s" -pa "$work" stdin_wait)
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
