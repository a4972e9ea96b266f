#!/usr/bin/env bash
# Writes seed inputs for the config fuzz target into OUTDIR: every ```toml block of the
# Markdown documentation, and every TOML text the end-to-end tests write with
# `put FILE.toml '...'` (printf %b, as tests/case_lib.sh's put does). Generated at build time
# into the build directory, so that the seeds follow the docs and tests without a committed
# corpus.
#   fuzz/config_seeds.sh SOURCE_DIR OUTDIR
set -euo pipefail
source_dir=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
count=0

for doc in "$source_dir"/README.md "$source_dir"/docs/*.md; do
  [[ -f "$doc" ]] || continue
  awk -v out="$out" -v base="$(basename "$doc" .md)" '
    /^```toml[[:space:]]*$/ { inside = 1; n++; file = sprintf("%s/doc-%s-%d.toml", out, base, n); printf "" > file; next }
    /^```/ && inside { inside = 0; close(file); next }
    inside { print >> file }
  ' "$doc"
done

for script in "$source_dir"/tests/*.sh; do
  while IFS= read -r text; do
    count=$((count + 1))
    printf '%b' "$text" >"$out/test-$(basename "$script" .sh)-$count.toml"
  done < <(grep -oE "put \"?[^ \"]*\.toml\"? '[^']*'" "$script" | sed -E "s/^put \"?[^ \"]*\.toml\"? '(.*)'\$/\1/")
done
