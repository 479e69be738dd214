#!/usr/bin/env bash
# Configures and builds one CMake preset (default native-release).
set -euo pipefail
preset="${1:-native-release}"
cd "$(dirname "$0")/.."
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
echo "build: $preset"
cmake --build --preset "$preset" -- -j"$(nproc)"
