#!/usr/bin/env bash
# The prefilter is exact: linting with it and with --no-prefilter gives byte-identical output
# (standard output, standard error and exit status), on the fixtures and examples and on the
# real-code corpora of bench/corpus.sh (Debian's asyncio packages, the python3 standard
# library and site-packages), which it builds in its cache outside the tree on first use.
#
#   bash tests/prefilter_test.sh --list | CASE
# Environment: LOOPLINT, LOOPLINT_SOURCE_DIR.
set -uo pipefail

SUITE=prefilter
# shellcheck source=tests/case_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/case_lib.sh"

CASE=""
WORK=""
fail() { echo "prefilter/$CASE: FAIL: $*" >&2; exit 1; }

# same_output PATH...: JSON output, stderr and exit status match with and without the prefilter.
same_output() {
  local status_on status_off
  "$LOOPLINT" --output-format json --no-respect-gitignore --exclude .git "$@" >"$WORK/on.json" 2>"$WORK/on.err"
  status_on=$?
  "$LOOPLINT" --no-prefilter --output-format json --no-respect-gitignore --exclude .git "$@" >"$WORK/off.json" 2>"$WORK/off.err"
  status_off=$?
  [[ $status_on -le 2 && $status_off -le 2 ]] || fail "a crash: exit $status_on / $status_off"
  [[ $status_on -eq $status_off ]] || fail "exit status $status_on with the prefilter, $status_off without"
  cmp -s "$WORK/on.json" "$WORK/off.json" || fail "the reports differ:
$(diff "$WORK/on.json" "$WORK/off.json" | head -20)"
  cmp -s "$WORK/on.err" "$WORK/off.err" || fail "standard error differs:
$(diff "$WORK/on.err" "$WORK/off.err" | head -20)"
  local files reports
  files=$("$LOOPLINT" --show-files --no-respect-gitignore --exclude .git "$@" 2>/dev/null | wc -l)
  reports=$(grep -c '"code"' "$WORK/on.json")
  # Identical empty outputs would prove nothing: every corpus here has files and findings.
  [[ $files -gt 0 && $reports -gt 0 ]] || fail "expected files and reports to compare, got $files files, $reports reports"
  echo "prefilter/$CASE: $files files, $reports reports, identical" >&2
}

case_fixtures_and_examples() {
  same_output "$LOOPLINT_SOURCE_DIR/testdata" "$LOOPLINT_SOURCE_DIR/examples"
}

corpus() {
  local dest="${LOOPLINT_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/looplint-corpus}"
  bash "$LOOPLINT_SOURCE_DIR/bench/corpus.sh" "$dest" >"$WORK/corpus.log" 2>&1 ||
    fail "bench/corpus.sh failed:
$(tail -20 "$WORK/corpus.log")"
  [[ -d "$dest/$1" ]] || fail "no corpus $dest/$1"
  echo "$dest/$1"
}

case_debian_asyncio_corpus() { same_output "$(corpus asyncio)"; }

case_python_stdlib_corpus() {
  command -v python3 >/dev/null || { echo "prefilter/$CASE: NOTE: no python3 on this machine: no stdlib corpus" >&2; return 0; }
  same_output "$(corpus stdlib)" "$(corpus site-packages)"
}

setup() {
  : "${LOOPLINT:?}" "${LOOPLINT_SOURCE_DIR:?}"
  WORK="$(mktemp -d)" && trap remove_work EXIT
}

run_cases "$@"
