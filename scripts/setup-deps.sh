#!/usr/bin/env bash
# Installs what looplint needs to build and test on Debian 12 (bookworm), if missing.
# Used by `make run` and `make test`; safe to run again (installs nothing when all is there).
#   scripts/setup-deps.sh             build and test dependencies
#   scripts/setup-deps.sh --build     build dependencies only
#   scripts/setup-deps.sh --valgrind  build and test dependencies, and valgrind (make test-valgrind)
set -euo pipefail

# Libraries are checked as Debian packages; tools as commands, since they may come from
# elsewhere (a node/npm installed outside apt must not be replaced by Debian's).
build_packages=(libtree-sitter-dev libcjson-dev libgit2-dev libtomlplusplus-dev)
build_tools=(cmake:cmake make:make gcc:gcc g++:g++ pkg-config:pkg-config npm:npm)
test_packages=(libcmocka-dev)
test_tools=(git:git pre-commit:pre-commit)
# The fuzz step of `make test` (fuzz/README.md): clang, and the libFuzzer runtime, which clang
# only recommends. Optional: without them `make test` skips fuzzing and says so.
optional_packages=(libclang-rt-dev)
optional_tools=(clang:clang)

packages=("${build_packages[@]}")
tools=("${build_tools[@]}")
if [[ "${1:-}" != "--build" ]]; then
  packages+=("${test_packages[@]}" "${optional_packages[@]}")
  tools+=("${test_tools[@]}" "${optional_tools[@]}")
fi
if [[ "${1:-}" == "--valgrind" ]]; then
  tools+=(valgrind:valgrind)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian: check what we can and say what is missing.
  missing=()
  for module in tree-sitter libcjson libgit2 tomlplusplus; do
    pkg-config --exists "$module" 2>/dev/null || missing+=("$module")
  done
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if ((${#missing[@]})); then
    echo "looplint setup: missing ${missing[*]}; install them with your package manager" >&2
    exit 1
  fi
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
for tool in "${tools[@]}"; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
((${#missing[@]})) || exit 0

command=(apt-get install -y --no-install-recommends "${missing[@]}")
echo "looplint setup: installing ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  "${command[@]}"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo env DEBIAN_FRONTEND=noninteractive "${command[@]}"
else
  required=()
  for package in "${missing[@]}"; do
    [[ " ${optional_packages[*]} ${optional_tools[*]#*:} " == *" $package "* ]] || required+=("$package")
  done
  if ((${#required[@]} == 0)); then
    echo "looplint setup: optional ${missing[*]} missing (fuzzing is skipped); to install: sudo ${command[*]}" >&2
    exit 0
  fi
  echo "looplint setup: these packages are missing and this user cannot install them:" >&2
  echo "  sudo apt-get update && sudo ${command[*]}" >&2
  exit 1
fi
