#!/usr/bin/env bash
# Installs the WebAssembly toolchain and builds beamline's C/C++ dependencies
# for wasm32 (idempotent; Debian 12).
#
#   bash scripts/setup-wasm.sh [--force]
#
# - Debian's emscripten (3.1.6) and the host tools the build needs (apt).
# - Abseil, zlib and PCRE2 from Debian's *source* packages (apt-get source),
#   built with emcmake/emmake (-pthread, release, static) into
#   $BEAMLINE_WASM_DEPS (default /opt/beamline-deps/wasm).
# - Header-only libraries ({fmt}, Boost, CLI11) come from Debian's -dev
#   packages; $BEAMLINE_WASM_DEPS/include gets symlinks to just those header
#   trees (never the whole /usr/include, whose libc headers would shadow
#   Emscripten's).
#
# Each library is skipped when $BEAMLINE_WASM_DEPS/stamps/<pkg> records the
# same source version, emcc version and recipe version; --force rebuilds.
set -euo pipefail

PREFIX="${BEAMLINE_WASM_DEPS:-/opt/beamline-deps/wasm}"
WORK="${BEAMLINE_WASM_DEPS_SRC:-$(dirname "$PREFIX")/src}"
JOBS="${JOBS:-2}"
RECIPE=2          # bump when the build recipe below changes
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

export NODE_PATH=/usr/share/nodejs
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
say() { echo "setup-wasm: $*"; }
elapsed() { echo "$(( $(date +%s) - $1 ))s"; }

# ---- 1. Debian packages -----------------------------------------------------------
PACKAGES=(emscripten dpkg-dev cmake ninja-build make pkg-config
          libfmt-dev libboost-dev libcli11-dev)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node itself: any node >= 16 runs the output (scripts/setup.sh may have
# installed one already, possibly not Debian's).
command -v node >/dev/null 2>&1 || missing+=(nodejs)

# Source entries for `apt-get source` (bookworm main, updates, security).
SRC_LIST=/etc/apt/sources.list.d/beamline-deb-src.sources
need_update=0
if [ ! -f "$SRC_LIST" ]; then
  say "adding deb-src entries ($SRC_LIST)"
  $SUDO tee "$SRC_LIST" >/dev/null <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  need_update=1
fi
if ! ls /var/lib/apt/lists/*_source_Sources* >/dev/null 2>&1; then need_update=1; fi
if [ ${#missing[@]} -gt 0 ] || [ $need_update -eq 1 ]; then
  say "apt-get update"
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  say "Debian packages present (emscripten $(dpkg-query -W -f='${Version}' emscripten))"
fi

EMCC_VERSION="$(emcc --version 2>/dev/null | head -1 | sed 's/.*) \([0-9.]*\).*/\1/')"
[ -n "$EMCC_VERSION" ] || { say "emcc does not run"; exit 1; }

$SUDO mkdir -p "$PREFIX/stamps" "$PREFIX/include" "$WORK"
if [ ! -w "$PREFIX" ] || [ ! -w "$WORK" ]; then  # not root: build as this user
  $SUDO chown -R "$(id -u):$(id -g)" "$PREFIX" "$WORK"
fi

# ---- 2. header-only libraries --------------------------------------------------------
for h in fmt boost CLI; do
  if [ ! -d "/usr/include/$h" ]; then say "/usr/include/$h missing"; exit 1; fi
  ln -sfn "/usr/include/$h" "$PREFIX/include/$h"
done

# ---- 3. libraries built from Debian source -------------------------------------
# Versions of a source package the apt lists offer, highest first.
source_versions() {
  apt-cache showsrc --only-source "$1" 2>/dev/null | awk '/^Version:/ {print $2}' |
    sort -u | sort -r -V
}

# Fetches and unpacks (with Debian's patches applied) source package $1 at
# version $2 into $WORK/$1/; prints the unpacked directory.
fetch_source() {
  local pkg="$1" version="$2" dir="$WORK/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  chown _apt "$dir" 2>/dev/null || true  # lets apt download without a warning
  (cd "$dir" && apt-get source -qq "$pkg=$version" >"$dir/apt-get-source.log" 2>&1) || return 1
  find "$dir" -mindepth 1 -maxdepth 1 -type d | head -1
}

COMMON_FLAGS="-O2 -pthread"
CMAKE_COMMON=(-G Ninja -DCMAKE_BUILD_TYPE=Release
  -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_INSTALL_LIBDIR=lib
  -DCMAKE_C_FLAGS="$COMMON_FLAGS" -DCMAKE_CXX_FLAGS="$COMMON_FLAGS"
  -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF)

build_abseil() {  # $1 = source tree, $2 = build dir
  # Debian's latomic.diff makes every target link "-Wl,--push-state,--as-needed
  # -latomic -Wl,--pop-state", which wasm-ld rejects (and wasm needs no
  # libatomic): drop it again.
  sed -i '/"-Wl,--push-state,--as-needed" "-latomic" "-Wl,--pop-state"/d' \
    "$1/absl/copts/AbseilConfigureCopts.cmake"
  emcmake cmake -S "$1" -B "$2" "${CMAKE_COMMON[@]}" \
    -DCMAKE_CXX_STANDARD=20 -DABSL_PROPAGATE_CXX_STD=ON -DABSL_ENABLE_INSTALL=ON
  cmake --build "$2" -j"$JOBS"
  cmake --install "$2"
  if grep -q latomic "$PREFIX/lib/cmake/absl/abslTargets.cmake"; then
    echo "abseil's exported targets still link -latomic"; return 1
  fi
}

build_zlib() {
  # Debian's zlib source has no win32/ folder, which zlib's CMakeLists needs:
  # use its configure script (in a copy of the tree, it builds in place).
  rm -rf "$2" && cp -a "$1" "$2" && cd "$2"
  CFLAGS="$COMMON_FLAGS" emconfigure ./configure --static --prefix="$PREFIX"
  emmake make -j"$JOBS" libz.a
  install -d "$PREFIX/lib" "$PREFIX/include" "$PREFIX/lib/pkgconfig"
  install -m 644 libz.a "$PREFIX/lib/libz.a"
  install -m 644 zlib.h zconf.h "$PREFIX/include/"
  install -m 644 zlib.pc "$PREFIX/lib/pkgconfig/"
}

build_pcre2() {
  emcmake cmake -S "$1" -B "$2" "${CMAKE_COMMON[@]}" \
    -DPCRE2_BUILD_PCRE2_8=ON -DPCRE2_BUILD_PCRE2_16=OFF -DPCRE2_BUILD_PCRE2_32=OFF \
    -DPCRE2_SUPPORT_JIT=OFF -DPCRE2_SUPPORT_UNICODE=ON \
    -DPCRE2_BUILD_PCRE2GREP=OFF -DPCRE2_BUILD_TESTS=OFF \
    -DPCRE2_SUPPORT_LIBBZ2=OFF -DPCRE2_SUPPORT_LIBZ=OFF \
    -DPCRE2_SUPPORT_LIBEDIT=OFF -DPCRE2_SUPPORT_LIBREADLINE=OFF
  cmake --build "$2" -j"$JOBS"
  cmake --install "$2"
}

for pkg in zlib pcre2 abseil; do
  versions="$(source_versions "$pkg")"
  if [ -z "$versions" ]; then
    say "no source package '$pkg' in the apt lists (is the deb-src entry active?)"
    exit 1
  fi
  stamp="$PREFIX/stamps/$pkg"
  if [ $FORCE -eq 0 ] && [ -f "$stamp" ]; then
    built="$(sed -n 's/^source=\([^ ]*\) emcc=\([^ ]*\) recipe=\([^ ]*\)$/\1 \2 \3/p' "$stamp")"
    read -r b_src b_emcc b_recipe <<<"${built:-x x x}"
    if [ "$b_emcc" = "$EMCC_VERSION" ] && [ "$b_recipe" = "$RECIPE" ] &&
       grep -qxF "$b_src" <<<"$versions"; then
      say "$pkg $b_src: already built"
      continue
    fi
  fi
  t0=$(date +%s)
  # The newest version first; an older one when the mirror lacks its files
  # (security updates' sources are sometimes missing from the pool).
  tree=""
  for version in $versions; do
    say "$pkg $version: fetching the Debian source package"
    if tree="$(fetch_source "$pkg" "$version")" && [ -n "$tree" ]; then break; fi
    say "$pkg $version: not available ($(grep -m1 '^E:' "$WORK/$pkg/apt-get-source.log" || true))"
    tree=""
  done
  [ -n "$tree" ] || { say "$pkg: no source version could be fetched"; exit 1; }
  build="$WORK/$pkg/build-wasm"
  rm -rf "$build"
  say "$pkg $version: building for wasm32 (log: $build.log)"
  # In a subshell with errexit in force (an `if` around it would disable it).
  set +e
  ( set -e; "build_$pkg" "$tree" "$build" ) >"$build.log" 2>&1
  rc=$?
  set -e
  if [ $rc -ne 0 ]; then
    tail -40 "$build.log" >&2
    say "$pkg: build failed (full log: $build.log)"
    exit 1
  fi
  echo "source=$version emcc=$EMCC_VERSION recipe=$RECIPE" >"$stamp"
  say "$pkg $version: installed into $PREFIX ($(elapsed "$t0"))"
done

say "done: wasm dependencies in $PREFIX"
