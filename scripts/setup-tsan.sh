#!/usr/bin/env bash
# Builds the ThreadSanitizer-instrumented dependencies of the native-tsan
# preset (idempotent; Debian 12).
#
#   bash scripts/setup-tsan.sh [--force]
#
# Debian's libabsl is not built with -fsanitize=thread, so TSan cannot see
# absl::Mutex's synchronisation and reports false races on everything it
# guards. This builds, with -fsanitize=thread, into $BEAMLINE_TSAN_DEPS
# (default /opt/beamline-deps/tsan), which the native-tsan preset puts first
# on CMAKE_PREFIX_PATH:
# - Abseil from Debian's *source* package (apt-get source), C++20, static;
# - GoogleTest from /usr/src/googletest (Debian's googletest package).
# zlib, PCRE2 and libstdc++ stay Debian's (no synchronisation TSan needs to
# see crosses them).
#
# Each library is skipped when $BEAMLINE_TSAN_DEPS/stamps/<pkg> records the
# same source version, compiler and recipe version; --force rebuilds.
set -euo pipefail

PREFIX="${BEAMLINE_TSAN_DEPS:-/opt/beamline-deps/tsan}"
WORK="${BEAMLINE_TSAN_DEPS_SRC:-$(dirname "$PREFIX")/src/tsan}"
JOBS="${JOBS:-2}"
ABSEIL_RECIPE=2   # bump when a build recipe below changes
GTEST_RECIPE=1
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

say() { echo "setup-tsan: $*"; }
. "$(dirname "$0")/lib.sh"
t_start=$(date +%s)

# ---- 1. Debian packages -----------------------------------------------------------
PACKAGES=(build-essential cmake ninja-build dpkg-dev googletest)
missing=()
for p in "${PACKAGES[@]}"; do deb_installed "$p" || missing+=("$p"); done
ensure_deb_src
if [ ${#missing[@]} -gt 0 ] || [ $NEED_APT_UPDATE -eq 1 ]; then
  say "apt-get update"
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

CXX_ID="$(c++ --version | sed -n 1p | tr ' ' '_')"  # sed, not head: no SIGPIPE
$SUDO mkdir -p "$PREFIX/stamps" "$WORK"
if [ ! -w "$PREFIX" ] || [ ! -w "$WORK" ]; then  # not root: build as this user
  $SUDO chown -R "$(id -u):$(id -g)" "$PREFIX" "$WORK"
fi

TSAN_FLAGS="-fsanitize=thread -fno-omit-frame-pointer"
CMAKE_COMMON=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_INSTALL_LIBDIR=lib
  -DCMAKE_C_FLAGS="$TSAN_FLAGS" -DCMAKE_CXX_FLAGS="$TSAN_FLAGS"
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread
  -DCMAKE_POSITION_INDEPENDENT_CODE=ON
  -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF)

build_abseil() {  # $1 = source tree, $2 = build dir
  # A TSan false positive in this Abseil's Mutex, fixed upstream after
  # 20220623 (abseil-cpp commit bb7be494): waking a waiting thread posts to
  # that thread's semaphore, inside its ThreadIdentity, whose hand-over
  # between threads happens in Mutex code TSan is told to ignore, so TSan
  # reports the post as racing with the identity's allocation. As upstream
  # does, ignore the memory accesses of that one call.
  local mutex="$1/absl/synchronization/mutex.cc"
  local post='  PerThreadSem::Post(w->thread_identity());'
  [ "$(grep -cxF "$post" "$mutex")" = 1 ] || { echo "unexpected $mutex"; return 1; }
  sed -i "s|^$post\$|  ABSL_ANNOTATE_IGNORE_READS_AND_WRITES_BEGIN();\n$post\n  ABSL_ANNOTATE_IGNORE_READS_AND_WRITES_END();|" "$mutex"
  grep -A2 -F 'ABSL_ANNOTATE_IGNORE_READS_AND_WRITES_BEGIN();' "$mutex" | grep -qF "$post"
  cmake -S "$1" -B "$2" "${CMAKE_COMMON[@]}" \
    -DCMAKE_CXX_STANDARD=20 -DABSL_PROPAGATE_CXX_STD=ON -DABSL_ENABLE_INSTALL=ON
  cmake --build "$2" -j"$JOBS"
  cmake --install "$2"
}

build_googletest() {
  cmake -S "$1" -B "$2" "${CMAKE_COMMON[@]}" -DBUILD_GMOCK=OFF -DINSTALL_GTEST=ON
  cmake --build "$2" -j"$JOBS"
  cmake --install "$2"
}

# up_to_date PKG VERSIONS RECIPE: the stamp names one of VERSIONS, this
# compiler and RECIPE.
up_to_date() {
  local stamp="$PREFIX/stamps/$1" built b_src b_cxx b_recipe
  [ $FORCE -eq 0 ] && [ -f "$stamp" ] || return 1
  built="$(sed -n 's/^source=\([^ ]*\) cxx=\([^ ]*\) recipe=\([^ ]*\)$/\1 \2 \3/p' "$stamp")"
  read -r b_src b_cxx b_recipe <<<"${built:-x x x}"
  [ "$b_cxx" = "$CXX_ID" ] && [ "$b_recipe" = "$3" ] && grep -qxF "$b_src" <<<"$2" &&
    say "$1 $b_src: already built"
}

# ---- 2. Abseil from Debian's source package --------------------------------------
versions="$(source_versions abseil)"
if [ -z "$versions" ]; then
  say "no source package 'abseil' in the apt lists (is the deb-src entry active?)"
  exit 1
fi
if ! up_to_date abseil "$versions" $ABSEIL_RECIPE; then
  t0=$(date +%s)
  fetch_newest_source abseil "$WORK/abseil" "$versions"
  build="$WORK/abseil/build-tsan"
  say "abseil $FETCHED_VERSION: building with -fsanitize=thread (-j$JOBS; log: $build.log)"
  run_logged "$build.log" build_abseil "$FETCHED_TREE" "$build"
  echo "source=$FETCHED_VERSION cxx=$CXX_ID recipe=$ABSEIL_RECIPE" >"$PREFIX/stamps/abseil"
  say "abseil $FETCHED_VERSION: installed into $PREFIX ($(elapsed "$t0"))"
fi

# ---- 3. GoogleTest from /usr/src/googletest --------------------------------------
GTEST_SRC=/usr/src/googletest
gtest_version="$(dpkg-query -W -f='${Version}' googletest)"
if ! up_to_date googletest "$gtest_version" $GTEST_RECIPE; then
  t0=$(date +%s)
  build="$WORK/googletest/build-tsan"
  rm -rf "$build"; mkdir -p "$WORK/googletest"
  say "googletest $gtest_version: building with -fsanitize=thread (log: $build.log)"
  run_logged "$build.log" build_googletest "$GTEST_SRC" "$build"
  echo "source=$gtest_version cxx=$CXX_ID recipe=$GTEST_RECIPE" >"$PREFIX/stamps/googletest"
  say "googletest $gtest_version: installed into $PREFIX ($(elapsed "$t0"))"
fi

say "done: TSan dependencies in $PREFIX ($(elapsed "$t_start"))"
