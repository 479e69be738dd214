#!/usr/bin/env bash
# Installs, builds and runs every test: unit tests (ctest) and the
# differential conformance suite against erl.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh native-release
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd build/native-release
ctest --output-on-failure -j"$(nproc)"
