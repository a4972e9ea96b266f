#!/usr/bin/env bash
# Can this machine build and run the fuzz targets? Exits 0 if clang and clang++ link and run a
# -fsanitize=fuzzer,address,undefined program; otherwise prints why, in one line, and exits 1.
# `make test` fuzzes only when this passes (and says it skipped when not); `make fuzz` fails.
set -uo pipefail
for compiler in clang clang++; do
  if ! command -v "$compiler" >/dev/null 2>&1; then
    echo "$compiler not found (Debian: apt-get install clang libclang-rt-dev)"
    exit 1
  fi
done
dir=$(mktemp -d "${TMPDIR:-/tmp}/looplint-fuzz-probe.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT
cat >"$dir/probe.c" <<'SOURCE'
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return (int)(data && size) * 0; }
SOURCE
# The targets are linked by clang++ (toml++ is C++), so the probe is too.
if ! clang++ -x c "$dir/probe.c" -x none -fsanitize=fuzzer,address,undefined -o "$dir/probe" >"$dir/log" 2>&1; then
  echo "clang cannot link -fsanitize=fuzzer,address,undefined (Debian: apt-get install libclang-rt-dev): $(head -c 300 "$dir/log" | tr '\n' ' ')"
  exit 1
fi
if ! "$dir/probe" -runs=1 >"$dir/log" 2>&1; then
  echo "a libFuzzer program does not run here: $(grep -m1 -E 'ERROR|error' "$dir/log" | head -c 300)"
  exit 1
fi
exit 0
