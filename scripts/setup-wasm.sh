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
# - For the browser smoke test: Debian's chromium and npm playwright-core
#   (tests/web; skipped with BEAMLINE_NO_BROWSER=1).
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
say() { echo "setup-wasm: $*"; }
# SUDO, elapsed, deb_installed, ensure_deb_src, source_versions,
# fetch_newest_source, run_logged (shared with scripts/setup-tsan.sh)
. "$(dirname "$0")/lib.sh"

# ---- 1. Debian packages -----------------------------------------------------------
PACKAGES=(emscripten dpkg-dev cmake ninja-build make pkg-config
          libfmt-dev libboost-dev libcli11-dev)
missing=()
for p in "${PACKAGES[@]}"; do deb_installed "$p" || missing+=("$p"); done
# Node itself: any node >= 16 runs the output (scripts/setup.sh may have
# installed one already, possibly not Debian's).
command -v node >/dev/null 2>&1 || missing+=(nodejs)

# Source entries for `apt-get source` (bookworm main, updates, security).
ensure_deb_src
need_update=$NEED_APT_UPDATE
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

# sed reads all of the output: `head -1` could close the pipe while emcc still
# writes, and under pipefail its SIGPIPE status would end this script silently.
EMCC_VERSION="$(emcc --version 2>/dev/null | sed -n '1s/.*) \([0-9.]*\).*/\1/p')"
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
  # The newest version first; an older one when the mirror lacks its files.
  fetch_newest_source "$pkg" "$WORK/$pkg" "$versions"
  tree="$FETCHED_TREE" version="$FETCHED_VERSION"
  build="$WORK/$pkg/build-wasm"
  rm -rf "$build"
  say "$pkg $version: building for wasm32 (log: $build.log)"
  run_logged "$build.log" "build_$pkg" "$tree" "$build"
  echo "source=$version emcc=$EMCC_VERSION recipe=$RECIPE" >"$stamp"
  say "$pkg $version: installed into $PREFIX ($(elapsed "$t0"))"
done

# ---- 4. GoogleTest, for the unit tests on wasm (cmake/WasmTests.cmake) ----------
# Built from /usr/src/googletest (Debian's googletest package, a dependency of
# libgtest-dev) into $PREFIX: gtest and gtest_main only (no gmock), with
# exception catching on, so that an exception escaping a test is reported as
# that test's failure, as natively (the tests link with catching on too).
# Stamped like the libraries above; about 10 s on the 2-core machine.
GTEST_RECIPE=1    # bump when this recipe changes
GTEST_SRC=/usr/src/googletest
if [ ! -f "$GTEST_SRC/CMakeLists.txt" ]; then
  say "installing googletest (sources in $GTEST_SRC)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq googletest >/dev/null
fi
gtest_version="$(dpkg-query -W -f='${Version}' googletest)"
gtest_stamp="$PREFIX/stamps/googletest"
gtest_want="source=$gtest_version emcc=$EMCC_VERSION recipe=$GTEST_RECIPE"
if [ $FORCE -eq 0 ] && [ "$(cat "$gtest_stamp" 2>/dev/null)" = "$gtest_want" ] &&
   [ -f "$PREFIX/lib/cmake/GTest/GTestConfig.cmake" ]; then
  say "googletest $gtest_version: already built"
else
  t0=$(date +%s)
  gtest_build="$WORK/googletest/build-wasm"
  rm -rf "$gtest_build"; mkdir -p "$WORK/googletest"
  say "googletest $gtest_version: building for wasm32 (log: $gtest_build.log)"
  build_googletest() {  # $1 = build dir
    local flags="$COMMON_FLAGS -sDISABLE_EXCEPTION_CATCHING=0"
    emcmake cmake -S "$GTEST_SRC" -B "$1" "${CMAKE_COMMON[@]}" \
      -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
      -DBUILD_GMOCK=OFF -DINSTALL_GTEST=ON
    cmake --build "$1" -j"$JOBS"
    cmake --install "$1"
  }
  run_logged "$gtest_build.log" build_googletest "$gtest_build"
  echo "$gtest_want" >"$gtest_stamp"
  say "googletest $gtest_version: installed into $PREFIX ($(elapsed "$t0"))"
fi

# ---- 5. browser smoke test: chromium + playwright-core (tests/web/smoke.mjs) -------
# Debian's chromium (run headless by npm playwright-core, at the version locked
# in tests/web/package-lock.json). BEAMLINE_NO_BROWSER=1 skips this step.
if [ "${BEAMLINE_NO_BROWSER:-0}" != 1 ]; then
  if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed"; then
    say "installing chromium (browser smoke test)"
    if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null 2>&1; then
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    fi
  fi
  web_tests="$(cd "$(dirname "$0")/.." && pwd)/tests/web"
  web_lock_sum="$(sha256sum "$web_tests/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$web_tests/node_modules/.beamline-lock" 2>/dev/null)" != "$web_lock_sum" ]; then
    say "installing playwright-core (npm ci in tests/web)"
    (cd "$web_tests" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$web_lock_sum" >"$web_tests/node_modules/.beamline-lock"
  fi
  say "browser smoke test tools: $(chromium --version 2>/dev/null | sed -n 1p), playwright-core $(
    node -p "require('$web_tests/node_modules/playwright-core/package.json').version")"
fi

say "done: wasm dependencies in $PREFIX"
