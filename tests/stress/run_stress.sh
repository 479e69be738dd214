#!/usr/bin/env bash
# Scheduler stress tests: each program in this folder runs on beamline with
# --schedulers 1 and with --schedulers 2, and its output must equal
# NAME.expected (produced by erl +P 2000000, OTP 25 — erl's default process
# limit is below one million). Usage: run_stress.sh BEAMLINE-COMMAND [NAME...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
beamline="$1"; shift || true
work="${STRESS_WORK:-$(mktemp -d)}"
mkdir -p "$work"
erlc -o "$work" "$here"/*.erl
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/*.erl; do names+=("$(basename "$f" .erl)"); done
fi
failed=0
for name in "${names[@]}"; do
  for s in 1 2; do
    start=$(date +%s%N)
    if out=$($beamline run --schedulers "$s" -pa "$work" "$name:main" 2>"$work/$name.$s.stderr"); then
      status=0
    else
      status=$?
    fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    secs="$((ms / 1000)).$(( (ms % 1000) / 100 ))"
    if [ "$status" -eq 0 ] && [ "$out" == "$(cat "$here/$name.expected")" ]; then
      echo "PASS $name --schedulers $s (${secs}s)"
    else
      echo "FAIL $name --schedulers $s (exit $status, ${secs}s)"
      diff <(echo "$out") "$here/$name.expected" | head -20 || true
      head -20 "$work/$name.$s.stderr"
      failed=$((failed + 1))
    fi
  done
done
echo "$failed failed"
[ "$failed" -eq 0 ]
