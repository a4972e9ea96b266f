#!/usr/bin/env bash
# bench/bench.sh [LOOPLINT] [CORPUS] - looplint against ruff, and against the floor of its own
# work, measured in one run on the same files. Prints a table; see docs/performance.md.
#
#   LOOPLINT   the binary (default: build/looplint of this repository)
#   CORPUS     where bench/corpus.sh keeps the corpora (default: its own default)
#   REPEAT     runs per measurement, alternating looplint and ruff (default 5); medians shown
#
# Corpora: (a) the python3 standard library and site-packages, (b) asyncio-heavy Debian packages
# (bench/corpus.sh builds both, outside the repository). Baseline: ruff 0.17.3's WebAssembly
# build from npm (@astral-sh/ruff-wasm-nodejs), run by node with ASYNC and RUF006 selected over
# the very files looplint lints (its --show-files list), single-threaded as that build is.
# Floor: `looplint --stop-after parse`: reading and validating every file, scanning it for the
# trigger words, and parsing the files that pass -- the work no checker of this design avoids
# (--stop-after leaves the repository index out: its import scans and rounds are lint work).
# Also: --jobs 1 and the default, --no-prefilter, --no-index (the repository index's cost), and
# the asyncio corpus copied 1x, 2x, 4x.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
looplint="${1:-$root/build/looplint}"
corpus="${2:-${XDG_CACHE_HOME:-$HOME/.cache}/looplint-corpus}"
repeat="${REPEAT:-5}"
ruff_version="0.17.3"
tools="${XDG_CACHE_HOME:-$HOME/.cache}/looplint-bench"

[[ -x "$looplint" ]] || { echo "bench: no looplint binary at $looplint (run make first)" >&2; exit 2; }
command -v node >/dev/null || { echo "bench: node is needed for the ruff baseline" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: GNU time is needed for peak RSS: apt-get install time" >&2; exit 2; }

bash "$root/bench/corpus.sh" "$corpus" >&2
if [[ ! -d "$tools/node_modules/@astral-sh/ruff-wasm-nodejs" ]]; then
  echo "bench: installing @astral-sh/ruff-wasm-nodejs@$ruff_version into $tools" >&2
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund --silent "@astral-sh/ruff-wasm-nodejs@$ruff_version"
fi
ruff_package="$tools/node_modules/@astral-sh/ruff-wasm-nodejs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
common=(--no-respect-gitignore --exclude .git -q --output-format concise)

# seconds COMMAND...: wall time of one run (output discarded; exit 1 = findings is fine).
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || [[ $? -le 2 ]]
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

# peak_kb COMMAND...: peak resident memory of one run, in KiB.
peak_kb() {
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/rss"
}

median() { sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }

# measure NAME PATH...: one table row per configuration, ruff and looplint runs alternating.
measure() {
  local name="$1"
  shift
  "$looplint" --show-files "${common[@]}" "$@" >"$work/files" 2>/dev/null || true
  local files bytes mb
  files=$(wc -l <"$work/files")
  bytes=$(tr '\n' '\0' <"$work/files" | xargs -0 cat 2>/dev/null | wc -c)
  mb=$(echo "$bytes / 1048576" | bc -l)
  : >"$work/ruff" >"$work/j1" >"$work/jn" >"$work/floor1" >"$work/floorn" >"$work/np1" >"$work/npn"
  : >"$work/npfloor1" >"$work/npfloorn" >"$work/ni" >"$work/nipn1"
  for _ in $(seq "$repeat"); do
    seconds node "$root/bench/ruff_check.mjs" "$work/files" "$ruff_package" >>"$work/ruff"
    seconds "$looplint" "${common[@]}" -j 1 "$@" >>"$work/j1"
    seconds "$looplint" "${common[@]}" "$@" >>"$work/jn"
    seconds "$looplint" "${common[@]}" -j 1 --stop-after parse "$@" >>"$work/floor1"
    seconds "$looplint" "${common[@]}" --stop-after parse "$@" >>"$work/floorn"
    seconds "$looplint" "${common[@]}" -j 1 --no-prefilter "$@" >>"$work/np1"
    seconds "$looplint" "${common[@]}" --no-prefilter "$@" >>"$work/npn"
    seconds "$looplint" "${common[@]}" -j 1 --no-prefilter --stop-after parse "$@" >>"$work/npfloor1"
    seconds "$looplint" "${common[@]}" --no-prefilter --stop-after parse "$@" >>"$work/npfloorn"
    seconds "$looplint" "${common[@]}" --no-index "$@" >>"$work/ni"
    seconds "$looplint" "${common[@]}" -j 1 --no-index --no-prefilter "$@" >>"$work/nipn1"
  done
  local ruff j1 jn floor1 floorn np1 npn
  ruff=$(median <"$work/ruff")
  j1=$(median <"$work/j1") jn=$(median <"$work/jn")
  floor1=$(median <"$work/floor1") floorn=$(median <"$work/floorn")
  np1=$(median <"$work/np1") npn=$(median <"$work/npn")
  local npfloor1 npfloorn ni nipn1
  npfloor1=$(median <"$work/npfloor1") npfloorn=$(median <"$work/npfloorn")
  ni=$(median <"$work/ni") nipn1=$(median <"$work/nipn1")
  local rss1 rssn rssnp rssni
  rssni=$(peak_kb "$looplint" "${common[@]}" --no-index "$@")
  rss1=$(peak_kb "$looplint" "${common[@]}" -j 1 "$@")
  rssn=$(peak_kb "$looplint" "${common[@]}" "$@")
  rssnp=$(peak_kb "$looplint" "${common[@]}" --no-prefilter "$@")
  printf '\n%s: %d files, %.1f MB; ruff %s (wasm, ASYNC+RUF006): %ss\n' "$name" "$files" "$mb" "$ruff_version" "$ruff"
  printf '  %-22s %8s %9s %8s %8s %10s %9s\n' mode looplint ruff/lint MB/s floor lint/floor "peak RSS"
  row() { printf '  %-22s %7.3fs %8.1fx %8.1f %7.3fs %9.2fx %6d MB\n' "$1" "$2" "$(echo "$ruff / $2" | bc -l)" \
    "$(echo "$mb / $2" | bc -l)" "$3" "$(echo "$2 / $3" | bc -l)" "$(( $4 / 1024 ))"; }
  row "--jobs 1" "$j1" "$floor1" "$rss1"
  row "default jobs ($(nproc))" "$jn" "$floorn" "$rssn"
  # Without the prefilter the floor parses every file: lint/floor is then the cost of the
  # semantic model and the rules relative to parsing.
  row "--no-prefilter, -j 1" "$np1" "$npfloor1" "$rss1"
  row "--no-prefilter" "$npn" "$npfloorn" "$rssnp"
  # The repository index's cost: the same runs analysing each file on its own. Without the
  # prefilter and the index, lint/floor is the per-file model and rules alone.
  row "--no-index" "$ni" "$floorn" "$rssni"
  row "--no-index --no-pref., -j 1" "$nipn1" "$npfloor1" "$rss1"
}

echo "looplint $("$looplint" --version | awk '{print $2}'), $(nproc) CPUs, $repeat runs each, medians"
measure "stdlib + site-packages" "$corpus/stdlib" "$corpus/site-packages"
measure "asyncio Debian packages" "$corpus/asyncio"

# Linear growth: the asyncio corpus copied 1x, 2x, 4x.
echo
echo "scaling (asyncio corpus, default jobs):"
for copies in 1 2 4; do
  scaled="$work/scaled-$copies"
  mkdir -p "$scaled"
  for i in $(seq "$copies"); do cp -r "$corpus/asyncio" "$scaled/copy-$i"; done
  : >"$work/scale"
  for _ in $(seq "$repeat"); do seconds "$looplint" "${common[@]}" "$scaled" >>"$work/scale"; done
  t=$(median <"$work/scale")
  printf '  %dx: %ss (%.3fs per copy)\n' "$copies" "$t" "$(echo "$t / $copies" | bc -l)"
done
