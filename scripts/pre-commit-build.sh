#!/usr/bin/env bash
# Entry point of the `looplint-build` pre-commit hooks (.pre-commit-hooks.yaml, language: script).
#
#   scripts/pre-commit-build.sh [LOOPLINT ARGS...]
#
# Builds looplint from the sources of the checkout this script lives in (for a pre-commit hook:
# the copy of the looplint repository that pre-commit cloned into its cache) the first time it is
# used, then execs the binary with the arguments. The build goes into build/pre-commit/ inside
# that checkout and is reused by every later run:
#
#   build/pre-commit/bin/looplint   the finished binary (the bin/ directory appears atomically)
#   build/pre-commit/lock           flock(1) lock: one build at a time, whatever runs in parallel
#   build/pre-commit/builds.log     one line per finished build
#   build/pre-commit/tmp.XXXXXX/    a build in progress (renamed into bin/ when done)
#
# Delete build/pre-commit/ to force a rebuild. Environment:
#   LOOPLINT_GRAMMAR_TARBALL   path to tree-sitter-python-0.23.6.tgz: build without npm or network
#   LOOPLINT_BUILD_TIMEOUT     seconds to wait for another process's build (default 1800)
# Needs cmake, make (or ninja), a C and a C++ compiler, pkg-config, libtree-sitter-dev,
# libcjson-dev, libgit2-dev, libtomlplusplus-dev, flock (util-linux) and, without
# LOOPLINT_GRAMMAR_TARBALL, npm. When something is
# missing it prints the apt-get command that installs it and exits 2; it never installs anything.
set -euo pipefail

log() { echo "looplint-build: $*" >&2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
state="$root/build/pre-commit"
binary="$state/bin/looplint"

# Fast path: a finished build. bin/ only ever appears complete, so no lock is needed to read it.
if [[ -x "$binary" ]]; then
  exec "$binary" "$@"
fi

# --- Build dependencies ----------------------------------------------------------------------

missing=()
have() { command -v "$1" >/dev/null 2>&1; }
have cmake || missing+=(cmake)
have make || have ninja || missing+=(make)
have "${CC:-cc}" || have gcc || have clang || missing+=(gcc)
have "${CXX:-c++}" || have g++ || have clang++ || missing+=(g++)
have flock || missing+=(util-linux)
have pkg-config || missing+=(pkg-config)
for pair in tree-sitter:libtree-sitter-dev libcjson:libcjson-dev libgit2:libgit2-dev tomlplusplus:libtomlplusplus-dev; do
  module="${pair%%:*}" package="${pair#*:}"
  if have pkg-config; then
    pkg-config --exists "$module" 2>/dev/null || missing+=("$package")
  elif have dpkg-query; then
    [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" == "install ok installed" ]] ||
      missing+=("$package")
  else
    missing+=("$package")
  fi
done

tarball="${LOOPLINT_GRAMMAR_TARBALL:-}"
if [[ -n "$tarball" ]]; then
  if [[ ! -f "$tarball" ]]; then
    log "LOOPLINT_GRAMMAR_TARBALL='$tarball' is not a file"
    exit 2
  fi
  tarball="$(cd "$(dirname "$tarball")" && pwd -P)/$(basename "$tarball")"
else
  have npm || missing+=(npm)
fi

if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo "
  log "cannot build looplint: missing ${missing[*]}"
  log "install them with (Debian/Ubuntu package names):"
  echo "  ${sudo}apt-get install -y --no-install-recommends ${missing[*]}" >&2
  log "or install looplint yourself and use the 'looplint' hook, which runs the looplint on PATH"
  exit 2
fi

# --- Build, once ----------------------------------------------------------------------------

mkdir -p "$state"
exec 9>"$state/lock"
if ! flock -n 9; then
  log "waiting for another process that is building looplint"
  if ! flock -w "${LOOPLINT_BUILD_TIMEOUT:-1800}" 9; then
    log "gave up waiting for the lock on $state/lock"
    exit 2
  fi
fi

if [[ ! -x "$binary" ]]; then  # someone else may have built it while we waited
  rm -rf "$state"/tmp.*      # left over by an interrupted build (we hold the lock)
  work="$(mktemp -d "$state/tmp.XXXXXXXX")"
  log "building looplint from $root (first use; this may take a minute)"
  configure=(cmake -S "$root" -B "$work/tree" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF)
  [[ -n "$tarball" ]] && configure+=("-DLOOPLINT_GRAMMAR_TARBALL=$tarball")
  jobs="$(nproc 2>/dev/null || echo 2)"
  # The build's children must not inherit (and so hold) the lock.
  if ! { "${configure[@]}" && cmake --build "$work/tree" --target looplint -j "$jobs"; } \
      >"$work/build.log" 2>&1 9>&-; then
    mv -f "$work/build.log" "$state/build-failed.log"
    rm -rf "$work"
    log "building looplint failed; the end of the log ($state/build-failed.log):"
    tail -n 40 "$state/build-failed.log" >&2
    exit 2
  fi
  mkdir "$work/bin"
  cp "$work/tree/looplint" "$work/bin/looplint"
  if ! "$work/bin/looplint" --version >/dev/null 2>&1 9>&-; then
    log "the looplint just built in $work/tree does not run"
    exit 2
  fi
  mv -T "$work/bin" "$state/bin"   # atomic: readers see no bin/ or a complete one
  rm -rf "$work" "$state/build-failed.log"
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) pid $$ built $("$binary" --version 2>/dev/null)" >>"$state/builds.log"
fi

exec 9>&-
exec "$binary" "$@"
