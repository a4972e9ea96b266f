# shellcheck shell=bash
# What the bash case scripts share (cli_test.sh, config_test.sh, output_formats_test.sh,
# pre_commit_test.sh, readme_test.sh, prefilter_test.sh). A script sets SUITE (its ctest prefix),
# sources this file, defines `setup` (optional), `fail` and its `case_*` functions, and ends with
# `run_cases "$@"`:
#   bash SCRIPT --list     one case name per line
#   bash SCRIPT CASE       run one case: exit 0 on pass, non-zero with the reason on stderr
# Cases work in $WORK (removed on exit by remove_work) and capture output in $CAP.

note() { echo "$SUITE/$CASE: NOTE: $*" >&2; }

# put PATH TEXT: writes printf-%b TEXT (so \n, \t, \xHH, \0 work) to PATH, creating directories.
put() {
  mkdir -p "$(dirname "$1")"
  printf '%b' "$2" >"$1"
}

# Removes the case's temporary directory, even where a case took away permissions.
remove_work() {
  cd / || true
  if [[ -n "${WORK:-}" && -d "$WORK" ]]; then
    chmod -R u+rwX "$WORK" 2>/dev/null
    rm -rf "$WORK"
  fi
}

expect_rc() {
  [[ "$RC" == "$1" ]] || fail "expected exit status $1, got $RC"
}

# _compare WHAT FILE LINE...: FILE must hold exactly the given lines.
_compare() {
  local what="$1" file="$2"
  shift 2
  if [[ $# -eq 0 ]]; then : >"$CAP/expected"; else printf '%s\n' "$@" >"$CAP/expected"; fi
  if ! cmp -s "$CAP/expected" "$file"; then
    {
      echo "--- expected $what (-) vs actual (+):"
      diff -u "$CAP/expected" "$file" | tail -n +3 | cat -v
    } >"$CAP/diff"
    fail "$what differs from what was expected
$(cat "$CAP/diff")"
  fi
}

expect_stdout() { _compare stdout "$CAP/out" "$@"; }
expect_stderr() { _compare stderr "$CAP/err" "$@"; }
expect_stderr_empty() { _compare stderr "$CAP/err"; }

# The work directory every case starts from: LOOPLINT made absolute, WORK (removed on exit)
# with SRC (where looplint runs) and CAP (captured output), HOME inside it, and nothing from
# the caller's environment (colour, git, home) that could change the results.
setup_work() {
  [[ -x "$LOOPLINT" ]] || { echo "$SUITE/$CASE: LOOPLINT='$LOOPLINT' is not an executable" >&2; exit 1; }
  LOOPLINT="$(cd "$(dirname "$LOOPLINT")" && pwd -P)/$(basename "$LOOPLINT")"
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/looplint-$SUITE.XXXXXX")" || exit 1
  trap remove_work EXIT
  WORK="$(cd "$WORK" && pwd -P)"
  SRC="$WORK/src"
  CAP="$WORK/cap"
  mkdir -p "$SRC" "$CAP" "$WORK/home"
  unset NO_COLOR CLICOLOR CLICOLOR_FORCE FORCE_COLOR GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
  export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" GIT_CONFIG_NOSYSTEM=1
}

list_cases() { declare -F | sed -n 's/^declare -f case_//p'; }

run_cases() {
  if [[ $# -ne 1 ]]; then
    echo "usage: $0 --list | CASE" >&2
    exit 2
  fi
  if [[ "$1" == "--list" ]]; then
    list_cases
    exit 0
  fi
  CASE="$1"
  if ! declare -F "case_$CASE" >/dev/null || [[ ! "$CASE" =~ ^[a-z0-9_]+$ ]]; then
    echo "$(basename "$0"): unknown case '$CASE' (see --list)" >&2
    exit 2
  fi
  if declare -F setup >/dev/null; then setup; fi
  "case_$CASE"
  exit 0
}
