#!/usr/bin/env bash
# ThreadSanitizer: the parallel engine over the Python standard library, in a build configured
# with -DLOOPLINT_TSAN=ON (`make test-tsan`; tests/CMakeLists.txt registers this script only
# there). Any report of ThreadSanitizer fails the case (halt_on_error, its own exit status),
# and the output must not depend on the number of threads.
#
#   bash tests/tsan_test.sh --list | CASE
# Environment: LOOPLINT (a ThreadSanitizer build), LOOPLINT_SOURCE_DIR. Needs python3 (for the
# standard library's location, and as the corpus).
set -uo pipefail

SUITE=tsan
# shellcheck source=tests/case_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/case_lib.sh"

CASE=""
WORK=""
CAP=""
RC=0
STDLIB=""
TSAN_EXIT=66

fail() {
  {
    echo "tsan/$CASE: FAIL: $*"
    [[ -f "$CAP/err" ]] && { echo "--- stderr:"; head -n 60 "$CAP/err"; }
  } >&2
  exit 1
}

setup() {
  : "${LOOPLINT:?set LOOPLINT to a ThreadSanitizer build of looplint}"
  command -v python3 >/dev/null 2>&1 || { echo "tsan/$CASE: FAIL: python3 is needed (the corpus is its standard library)" >&2; exit 1; }
  STDLIB="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
  [[ -d "$STDLIB" ]] || { echo "tsan/$CASE: FAIL: no standard library at '$STDLIB'" >&2; exit 1; }
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/looplint-tsan.XXXXXX")" || exit 1
  trap remove_work EXIT
  CAP="$WORK"
  export TSAN_OPTIONS="halt_on_error=1 exitcode=$TSAN_EXIT second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
}

# run NAME ARGS...: looplint ARGS with JSON output into $CAP/NAME.json; any ThreadSanitizer
# report or crash fails the case. Files of the standard library that cannot be read (its tests
# hold some on purpose) make the exit status 2; findings make it 1.
run() {
  local name="$1"
  shift
  timeout 900 "$LOOPLINT" --output-format json --no-respect-gitignore "$@" >"$CAP/$name.json" 2>"$CAP/err"
  RC=$?
  [[ $RC -ne 124 ]] || fail "looplint $* did not finish within 15 minutes"
  grep -q 'ThreadSanitizer' "$CAP/err" && fail "ThreadSanitizer reported a problem in looplint $*"
  [[ $RC -ne $TSAN_EXIT ]] || fail "ThreadSanitizer's exit status $RC for looplint $*"
  [[ $RC -le 2 ]] || fail "exit status $RC for looplint $* (a crash?)"
  cp "$CAP/err" "$CAP/$name.err"
}

same() {
  cmp -s "$CAP/$1.json" "$CAP/$2.json" || fail "the reports of $1 and $2 differ"
  cmp -s "$CAP/$1.err" "$CAP/$2.err" || fail "the messages of $1 and $2 differ"
}

case_stdlib_jobs() {
  # The whole standard library; the prefilter decides which files are parsed.
  run jobs8 --jobs 8 "$STDLIB"
  [[ $RC -ge 1 ]] || fail "expected findings in the standard library"
  run jobs4 --jobs 4 "$STDLIB"
  same jobs4 jobs8
  run jobs1 --jobs 1 "$STDLIB"
  same jobs1 jobs4
}

case_parse_everything() {
  # Every file parsed (--no-prefilter) by 4 threads, including large ones that are first
  # parsed in a child process (a fork of a threaded process).
  local dirs=()
  for dir in asyncio concurrent email json test/test_asyncio; do
    [[ -d "$STDLIB/$dir" ]] && dirs+=("$STDLIB/$dir")
  done
  [[ ${#dirs[@]} -gt 0 ]] || fail "none of the expected directories in $STDLIB"
  run all4 --jobs 4 --no-prefilter "${dirs[@]}"
  run all1 --jobs 1 --no-prefilter "${dirs[@]}"
  same all1 all4
}

run_cases "$@"
