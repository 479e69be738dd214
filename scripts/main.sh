#!/usr/bin/env bash
# Installs, builds and runs the bundled example (or the program you name).
#   scripts/main.sh                   runs examples/gleam/hello.gleam
#   scripts/main.sh path/to/x.gleam   runs a Gleam file's main (or a Gleam project dir)
#   scripts/main.sh path/to/mod.erl   runs mod:main/0 from that file
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh native-release
src="${1:-examples/gleam/hello.gleam}"
if [ "${src%.erl}" = "$src" ]; then
  exec build/native-release/beamline run "$src"
fi
out="build/native-release/examples"
mkdir -p "$out"
erlc -o "$out" "$src"
mod="$(basename "$src" .erl)"
exec build/native-release/beamline run -pa "$out" "$mod"
