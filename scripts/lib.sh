# Shared helpers of the setup scripts that build dependencies from Debian's
# source packages (scripts/setup-wasm.sh, scripts/setup-tsan.sh). Source it:
#
#   . "$(dirname "$0")/lib.sh"
#
# The caller defines say() (its progress messages) and, for fetch_source's
# default directory, WORK.

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

elapsed() { echo "$(( $(date +%s) - $1 ))s"; }

# True when Debian package $1 is installed.
deb_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Makes sure `apt-get source` can work: adds deb-src entries (bookworm main,
# updates, security) unless present. Sets NEED_APT_UPDATE=1 when the apt
# lists lack source indexes (the caller runs apt-get update).
NEED_APT_UPDATE=0
ensure_deb_src() {
  local list=/etc/apt/sources.list.d/beamline-deb-src.sources
  if [ ! -f "$list" ]; then
    say "adding deb-src entries ($list)"
    $SUDO tee "$list" >/dev/null <<'EOF'
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
    NEED_APT_UPDATE=1
  fi
  if ! ls /var/lib/apt/lists/*_source_Sources* >/dev/null 2>&1; then
    NEED_APT_UPDATE=1
  fi
}

# Versions of a source package the apt lists offer, highest first.
source_versions() {
  apt-cache showsrc --only-source "$1" 2>/dev/null | awk '/^Version:/ {print $2}' |
    sort -u | sort -r -V
}

# Fetches and unpacks (with Debian's patches applied) source package $1 at
# version $2 into directory $3 (default $WORK/$1, emptied first); prints the
# unpacked tree. The log is $3/apt-get-source.log.
fetch_source() {
  local pkg="$1" version="$2" dir="${3:-$WORK/$1}"
  rm -rf "$dir"; mkdir -p "$dir"
  chown _apt "$dir" 2>/dev/null || true  # lets apt download without a warning
  (cd "$dir" && apt-get source -qq "$pkg=$version" >"$dir/apt-get-source.log" 2>&1) || return 1
  find "$dir" -mindepth 1 -maxdepth 1 -type d | sed -n 1p
}

# fetch_newest_source PKG DIR VERSIONS: the newest of VERSIONS (newline
# separated, highest first) that the mirror serves, or an older one when it
# lacks the files (security updates' sources are sometimes missing from the
# pool). Sets FETCHED_TREE and FETCHED_VERSION; fails if none can be fetched.
fetch_newest_source() {
  local pkg="$1" dir="$2" versions="$3" version tree
  FETCHED_TREE="" FETCHED_VERSION=""
  for version in $versions; do
    say "$pkg $version: fetching the Debian source package"
    if tree="$(fetch_source "$pkg" "$version" "$dir")" && [ -n "$tree" ]; then
      FETCHED_TREE="$tree" FETCHED_VERSION="$version"
      return 0
    fi
    say "$pkg $version: not available ($(grep -m1 '^E:' "$dir/apt-get-source.log" || true))"
  done
  say "$pkg: no source version could be fetched"
  return 1
}

# run_logged LOG CMD ARGS...: runs CMD in a subshell with errexit in force
# (an `if` around a function would disable it), output to LOG; on failure
# shows the log's tail and fails.
run_logged() {
  local log="$1" rc
  shift
  set +e
  ( set -e; "$@" ) >"$log" 2>&1
  rc=$?
  set -e
  if [ $rc -ne 0 ]; then
    tail -40 "$log" >&2
    say "failed: $* (full log: $log)"
  fi
  return $rc
}
