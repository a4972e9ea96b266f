#!/usr/bin/env bash
# bench/realcode_counts.sh [LOOPLINT] [DEST] - count looplint's findings on real code.
#
# Builds the corpora with bench/corpus.sh DEST (a no-op when they are there), lints
# DEST/asyncio/* and DEST/stdlib with LOOPLINT (default: build/looplint in the repository)
# and prints, per rule and per corpus, the number of findings, then per asyncio package.
# Leaves in DEST, per corpus: findings-<corpus>.json (the JSON output), findings-<corpus>.txt
# (concise lines, for reading) and errors-<corpus>.txt (files looplint could not read).
# looplint exits 1 on findings and 2 on an unreadable file: both count as success here.
# Needs node to read the JSON.
set -euo pipefail

warn() { printf 'realcode_counts.sh: warning: %s\n' "$*" >&2; }
die() { printf 'realcode_counts.sh: error: %s\n' "$*" >&2; exit 1; }

if [[ $# -gt 2 || ${1:-} == -h || ${1:-} == --help ]]; then
  sed -n '2,10s/^# \{0,1\}//p' "$0"
  exit $(( $# > 2 ? 2 : 0 ))
fi

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
looplint=${1:-$repo_root/build/looplint}
dest_arg=${2:-${XDG_CACHE_HOME:-$HOME/.cache}/looplint-corpus}

[[ -x $looplint && -f $looplint ]] ||
  die "no looplint binary at $looplint (build it: cmake -S . -B build && cmake --build build)"
looplint=$(realpath -- "$looplint")
command -v node >/dev/null || die "node not found (it reads looplint's JSON output)"

bash "$repo_root/bench/corpus.sh" "$dest_arg"
DEST=$(cd "$dest_arg" && pwd -P)

lint_opts=(--no-respect-gitignore --exclude .git)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# lint CORPUS PATH... (relative to DEST): JSON, concise lines, stderr; fails only on a crash.
lint() {
  local corpus=$1 rc=0 start end
  shift
  start=$(date +%s.%N)
  (cd "$DEST" && "$looplint" "${lint_opts[@]}" --output-format json "$@" \
      >"findings-$corpus.json" 2>"errors-$corpus.txt") || rc=$?
  end=$(date +%s.%N)
  [[ $rc -le 2 ]] || die "looplint crashed (exit $rc) on the $corpus corpus; see $DEST/errors-$corpus.txt"
  rc=0
  (cd "$DEST" && "$looplint" "${lint_opts[@]}" --output-format concise -q "$@" \
      >"findings-$corpus.txt" 2>/dev/null) || rc=$?
  [[ $rc -le 2 ]] || die "looplint crashed (exit $rc) on the $corpus corpus (concise output)"
  (cd "$DEST" && "$looplint" "${lint_opts[@]}" --show-files "$@") | wc -l >"$tmp/files-$corpus"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", e - s }' >"$tmp/time-$corpus"
  corpora+=("$corpus")
}

corpora=()
packages=()
for d in "$DEST"/asyncio/*/; do
  if [[ -d $d ]]; then packages+=("asyncio/$(basename "$d")"); fi
done
if [[ ${#packages[@]} -gt 0 ]]; then
  lint asyncio "${packages[@]}"
else
  warn "the asyncio corpus is empty: skipping it"
fi
if [[ -d $DEST/stdlib ]]; then
  lint stdlib stdlib
else
  warn "no stdlib corpus (python3 missing?): skipping it"
fi
[[ ${#corpora[@]} -gt 0 ]] || die "nothing to lint in $DEST"

"$looplint" --list-rules >"$tmp/rules"
# Per asyncio package: name, version, number of files looplint lints.
: >"$tmp/packages"
for p in "${packages[@]}"; do
  pkg=${p#asyncio/}
  ver=$(awk -v p="$pkg" '$1 == p { print $2 }' "$DEST/asyncio/VERSIONS.txt" 2>/dev/null || true)
  n=$(cd "$DEST" && "$looplint" "${lint_opts[@]}" --show-files "$p" | wc -l)
  printf '%s %s %s\n' "$pkg" "${ver:--}" "$n" >>"$tmp/packages"
done

args=()
for c in "${corpora[@]}"; do
  args+=("$c" "$DEST/findings-$c.json" "$(<"$tmp/files-$c")" "$(wc -l <"$DEST/errors-$c.txt")" \
    "$(<"$tmp/time-$c")")
done

# shellcheck disable=SC2016  # JavaScript, not shell
node -e '
const fs = require("fs");
const [rulesFile, packagesFile, ...rest] = process.argv.slice(1);
const rules = fs.readFileSync(rulesFile, "utf8").split("\n").filter(Boolean)
  .map(l => l.trim().split(/\s+/)).map(([code, name]) => ({ code, name }));
const corpora = [];
for (let i = 0; i < rest.length; i += 5)
  corpora.push({ name: rest[i], diags: JSON.parse(fs.readFileSync(rest[i + 1], "utf8")),
                 files: rest[i + 2], errors: rest[i + 3], secs: rest[i + 4] });
const known = new Set(rules.map(r => r.code));
for (const c of corpora) for (const d of c.diags)
  if (!known.has(d.code)) { known.add(d.code); rules.push({ code: d.code, name: d.name }); }
const count = (diags, code) => diags.filter(d => d.code === code).length;
const pad = (s, n, right) => right ? String(s).padStart(n) : String(s).padEnd(n);
const w = Math.max(8, ...corpora.map(c => c.name.length + 2));
const nameW = Math.max(4, ...rules.map(r => r.name.length)) + 2;
const row = (a, b, cells) => console.log(pad(a, 9) + pad(b, nameW) + cells.map(x => pad(x, w, 1)).join(""));

console.log("Findings per rule and corpus");
row("rule", "name", corpora.map(c => c.name));
for (const r of rules) row(r.code, r.name, corpora.map(c => count(c.diags, r.code)));
row("total", "", corpora.map(c => c.diags.length));
row("", "files with findings", corpora.map(c => new Set(c.diags.map(d => d.filename)).size));
row("", "files linted", corpora.map(c => c.files));
row("", "files unreadable", corpora.map(c => c.errors));
row("", "lint time (s)", corpora.map(c => c.secs));

const asy = corpora.find(c => c.name === "asyncio");
if (asy) {
  const pkgs = fs.readFileSync(packagesFile, "utf8").split("\n").filter(Boolean)
    .map(l => l.split(" ")).map(([name, version, files]) => ({ name, version, files }));
  const byPkg = new Map(pkgs.map(p => [p.name, []]));
  for (const d of asy.diags) {
    const p = d.filename.split("/")[1];
    if (!byPkg.has(p)) byPkg.set(p, []);
    byPkg.get(p).push(d);
  }
  const pw = Math.max(7, ...[...byPkg.keys()].map(p => p.length)) + 2;
  const vw = Math.max(7, ...pkgs.map(p => p.version.length)) + 2;
  const cw = Math.max(...rules.map(r => r.code.length)) + 2;
  const prow = (p, v, f, t, cells) => console.log(pad(p, pw) + pad(v, vw) + pad(f, 6, 1) +
    pad(t, 10, 1) + cells.map(x => pad(x, cw, 1)).join(""));
  console.log("\nasyncio corpus per package");
  prow("package", "version", "files", "findings", rules.map(r => r.code));
  for (const [name, diags] of byPkg) {
    const p = pkgs.find(q => q.name === name) || { version: "-", files: "-" };
    prow(name, p.version, p.files, diags.length, rules.map(r => count(diags, r.code)));
  }
}
' "$tmp/rules" "$tmp/packages" "${args[@]}"

echo
for c in "${corpora[@]}"; do
  echo "$c: findings in $DEST/findings-$c.txt, unreadable files in $DEST/errors-$c.txt"
done
