#!/usr/bin/env bash
# End-to-end tests of the looplint command line, run through ctest (tests/CMakeLists.txt).
#
#   bash tests/cli_test.sh --list     one case name per line
#   bash tests/cli_test.sh NAME       run one case: exit 0 on pass, 1 on failure (reason on stderr)
#
# Environment: LOOPLINT (the binary), LOOPLINT_SOURCE_DIR (the repository root), LOOPLINT_AJV
# (an ajv-cli 5 executable, for the JSON schema checks). Each case works in its own temporary
# directory, removed on exit; nothing is written to the source tree and nothing needs the network.
# Tools used: bash, coreutils, git, ajv; `setpriv`/`unshare` (to drop root for the unreadable-file
# cases) and `script` (for a pseudo-terminal in the colour cases) when present, with a printed note
# when they are not.
set -uo pipefail

SUITE=cli
# shellcheck source=tests/case_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/case_lib.sh"

# ---------------------------------------------------------------------------------------------
# Sources used throughout.

LOCK_SRC='import asyncio\nLOCK = asyncio.Lock()\n'               # LOOP201 at 2:8
LOOP_SRC='import asyncio\nloop = asyncio.get_event_loop()\n'    # LOOP101 at 2:8
CLEAN_SRC='import threading\nL = threading.Lock()\n'            # clean
# LOOP101 2:8, LOOP201 3:8, LOOP201 4:6, LOOP001 5:7
MIX_SRC='import asyncio\nloop = asyncio.get_event_loop()\nLOCK = asyncio.Lock()\nEV = asyncio.Event()\ndef f(:\n'
# LOOP201 7:9 (Cache() built at import time) with a related location at 5:21
RELATED_SRC='import asyncio\n\nclass Cache:\n    def __init__(self):\n        self.lock = asyncio.Lock()\n\nCACHE = Cache()\n'

# The exact messages are asserted in one case only (concise_exact); the others cut each header
# line after "[severity]", so that a change of wording means one edit here.
MSG_LOCK='asyncio.Lock() created at import time binds to the import-time event loop on Python <=3.9, not to the loop asyncio.run() creates: waiting on it there fails with "got Future ... attached to a different loop". Create it inside the coroutine that uses it'
MSG_LOOP='asyncio.get_event_loop() at import time: every importer, thread and instance shares this one loop, and the first asyncio.run() creates a new loop and leaves it orphaned (and it raises RuntimeError on Python 3.14). Get the loop inside a coroutine with asyncio.get_running_loop()'

# ---------------------------------------------------------------------------------------------
# Harness.

CASE=""
WORK=""   # the case's temporary directory
SRC=""    # $WORK/src: the tree being linted, and the current directory while a case runs
CAP=""    # $WORK/cap: captured output, outside the linted tree
RC=0      # exit status of the last run
STDIN_DATA=""            # printf %b text fed to the next run's standard input, if STDIN_SET=1
STDIN_SET=0
UNPRIV=()                # command prefix that drops root, set by need_unprivileged

setup() {
  : "${LOOPLINT:?set LOOPLINT to the looplint binary}"
  : "${LOOPLINT_SOURCE_DIR:?set LOOPLINT_SOURCE_DIR to the repository root}"
  setup_work
  export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t
  export GIT_COMMITTER_EMAIL=t@example.invalid
  cd "$SRC" || exit 1
}

fail() {
  {
    echo "cli/$CASE: FAIL: $*"
    if [[ -f "$CAP/cmd" ]]; then
      echo "--- last command (in $SRC): $(cat "$CAP/cmd")"
      echo "--- its exit status: $RC"
      echo "--- its stdout:"; cat -v "$CAP/out" 2>/dev/null | head -n 60
      echo "--- its stderr:"; cat -v "$CAP/err" 2>/dev/null | head -n 30
    fi
  } >&2
  exit 1
}


# put PATH TEXT: writes printf-%b TEXT (so \n, \t, \xHH, \0 work) to PATH, creating directories.

# run ARGS...: runs looplint in the current directory; stdout -> $CAP/out, stderr -> $CAP/err.
run() {
  printf '%q ' looplint "$@" >"$CAP/cmd"
  local input=/dev/null
  if [[ "$STDIN_SET" == 1 ]]; then
    printf '%b' "$STDIN_DATA" >"$CAP/stdin"
    input="$CAP/stdin"
    echo "< (stdin: $(printf '%q' "$STDIN_DATA"))" >>"$CAP/cmd"
  fi
  timeout 30 ${UNPRIV[@]+"${UNPRIV[@]}"} "$LOOPLINT" "$@" <"$input" >"$CAP/out" 2>"$CAP/err"
  RC=$?
  STDIN_SET=0
  [[ $RC -ne 124 ]] || fail "looplint did not finish within 30 seconds"
  # Every run: no crash, no sanitizer report.
  [[ $RC -le 2 ]] || fail "exit status $RC (expected 0, 1 or 2: a crash?)"
}

# with_stdin TEXT: the next run reads printf-%b TEXT on its standard input.
with_stdin() { STDIN_DATA="$1"; STDIN_SET=1; }


# _compare WHAT FILE LINE...: FILE must hold exactly the given lines.


# expect_locs LINE...: stdout of a text run with each message cut off after "[severity]".
expect_locs() {
  sed -E 's/^([^ ]+: LOOP[0-9]+ \[[a-z]+\]) .*$/\1/' "$CAP/out" >"$CAP/locs"
  _compare "stdout (messages cut after [severity])" "$CAP/locs" "$@"
}

# expect_usage_error TEXT: exit 2, nothing on stdout, one "looplint: " line on stderr containing TEXT.
expect_usage_error() {
  expect_rc 2
  [[ ! -s "$CAP/out" ]] || fail "expected nothing on stdout for a usage error"
  [[ "$(wc -l <"$CAP/err")" -eq 1 ]] || fail "expected exactly one line on stderr"
  grep -q '^looplint: ' "$CAP/err" || fail "expected the stderr line to start with 'looplint: '"
  grep -qF -- "$1" "$CAP/err" || fail "expected stderr to mention '$1'"
}

# expect_file_error PATH: stderr is exactly one line, "looplint: PATH: <reason>".
expect_file_error() {
  [[ "$(wc -l <"$CAP/err")" -eq 1 ]] || fail "expected exactly one line on stderr (about $1)"
  grep -qF -- "looplint: $1: " "$CAP/err" || fail "expected stderr to be 'looplint: $1: <reason>'"
  [[ "$(wc -c <"$CAP/err")" -gt $((${#1} + 13)) ]] || fail "expected a reason after 'looplint: $1: '"
}

expect_stdout_has() { grep -qF -- "$1" "$CAP/out" || fail "expected stdout to contain '$1'"; }

has_escape() { grep -q $'\033' "$1"; }

# validate_json FILE: FILE must be valid against docs/json-output.schema.json.
validate_json() {
  local data="$CAP/data.json"
  cp "$1" "$data"
  [[ -n "${LOOPLINT_AJV:-}" && -x "$LOOPLINT_AJV" ]] ||
    fail "LOOPLINT_AJV='${LOOPLINT_AJV:-}' is not an executable (ajv-cli is installed by configuring with cmake)"
  if ! "$LOOPLINT_AJV" validate --spec=draft7 -s "$LOOPLINT_SOURCE_DIR/docs/json-output.schema.json" \
      -d "$data" >"$CAP/ajv" 2>&1; then
    fail "the JSON output does not validate against docs/json-output.schema.json:
$(cat "$CAP/ajv")"
  fi
}

# json_assert SCHEMA: the JSON on stdout must also satisfy SCHEMA (exact values, via "const").
json_assert() {
  printf '%s\n' "$1" >"$CAP/assert.schema.json"
  cp "$CAP/out" "$CAP/data.json"
  if ! "$LOOPLINT_AJV" validate --spec=draft7 --strict=false -s "$CAP/assert.schema.json" \
      -d "$CAP/data.json" >"$CAP/ajv" 2>&1; then
    fail "the JSON output does not hold the expected values ($1):
$(cat "$CAP/ajv")"
  fi
}

# need_unprivileged PATH: arranges for the next runs to be unable to read PATH (a file or a
# directory the caller made chmod 000), while still able to read the rest of the tree. As root,
# whom chmod 000 does not stop, drops privileges with setpriv or `unshare --user`. Returns 1,
# with a note on stderr, if that is impossible.
need_unprivileged() {
  local target="$1" probe="$WORK/probe.py"
  printf '%b' "$CLEAN_SRC" >"$probe"
  UNPRIV=()
  _cannot_read() {  # PREFIX...: true if PREFIX cannot read $target but can read $probe and run looplint
    if [[ -d "$target" ]]; then "$@" ls "$target" >/dev/null 2>&1 && return 1
    else "$@" head -c 1 "$target" >/dev/null 2>&1 && return 1; fi
    "$@" head -c 1 "$probe" >/dev/null 2>&1 && "$@" "$LOOPLINT" --version >/dev/null 2>&1
  }
  if [[ $EUID -ne 0 ]]; then
    _cannot_read && { rm -f "$probe"; return 0; }
    rm -f "$probe"
    note "$target can still be read after chmod 000 (a filesystem that ignores modes?): skipping the unreadable-path assertions"
    return 1
  fi
  chmod 755 "$WORK" "$CAP"
  local candidate
  for candidate in "setpriv --reuid=65534 --regid=65534 --clear-groups" "unshare --user"; do
    local -a prefix
    read -r -a prefix <<<"$candidate"
    command -v "${prefix[0]}" >/dev/null 2>&1 || continue
    if _cannot_read "${prefix[@]}"; then
      UNPRIV=("${prefix[@]}")
      rm -f "$probe"
      return 0
    fi
  done
  rm -f "$probe"
  note "running as root, and neither 'setpriv' nor 'unshare --user' can drop the privileges that let root read a chmod-000 path: skipping the unreadable-path assertions"
  return 1
}

# in_pty COMMAND...: runs a command with stdout on a pseudo-terminal (needs util-linux `script`);
# output (CR stripped) -> $CAP/out. Returns 1 if no pseudo-terminal can be had.
in_pty() {
  command -v script >/dev/null 2>&1 || return 1
  local command_line
  command_line="$(printf '%q ' "$@")"
  printf '%s\n' "(in a pty) $command_line" >"$CAP/cmd"
  script -qefc "$command_line" /dev/null </dev/null >"$CAP/pty" 2>&1 || true
  tr -d '\r' <"$CAP/pty" >"$CAP/out"
  : >"$CAP/err"
  [[ -s "$CAP/out" ]]
}

# ---------------------------------------------------------------------------------------------
# Exit codes and usage errors.

case_exit_clean() {
  put clean.py "$CLEAN_SRC"
  run clean.py
  expect_rc 0
  expect_stdout "All checks passed!"
  expect_stderr_empty
}

case_exit_findings() {
  put lock.py "$LOCK_SRC"
  put clean.py "$CLEAN_SRC"
  run --output-format concise lock.py clean.py
  expect_rc 1
  expect_locs "lock.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  expect_stderr_empty
}

case_usage_unknown_option() {
  put lock.py "$LOCK_SRC"
  run --bogus lock.py
  expect_usage_error "--bogus"
  run -z lock.py
  expect_usage_error "-z"
  run lock.py --output-format
  expect_usage_error "--output-format"
  for jobs in 0 -1 x 1x 1025; do
    run --jobs "$jobs" lock.py
    expect_usage_error "$jobs"
  done
  with_stdin "$LOCK_SRC"
  run - -
  expect_usage_error "-"
}

case_usage_bad_output_format() {
  put lock.py "$LOCK_SRC"
  for format in xml FULL "" json5; do
    run --output-format "$format" lock.py
    expect_usage_error "--output-format '$format'"
  done
  run --color sometimes lock.py
  expect_usage_error "sometimes"
  for format in full concise json; do
    run --output-format "$format" lock.py
    expect_rc 1
    expect_stderr_empty
  done
  run --output-format=concise --color=never lock.py
  expect_rc 1
}

case_usage_bad_target_version() {
  put lock.py "$LOCK_SRC"
  for version in py27 py37 py315 py3 39 3.9 py39x ""; do
    run --target-version "$version" lock.py
    expect_usage_error "--target-version '$version'"
  done
  for version in py38 py39 py310 py313 py314; do
    run --target-version "$version" --output-format concise lock.py
    expect_rc 1
    expect_stderr_empty
    expect_locs "lock.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  done
}

case_usage_unknown_selector() {
  put lock.py "$LOCK_SRC"
  run --select NOPE lock.py
  expect_usage_error "'NOPE' in --select"
  run --select LOOP9 lock.py
  expect_usage_error "'LOOP9' in --select"
  run --ignore LOOP201,LOOP9999 lock.py
  expect_usage_error "'LOOP9999' in --ignore"
  run --select LOOP201,LOOP1,LOOP,ALL --ignore LOOP0 lock.py
  expect_rc 1
  expect_stderr_empty
}

case_missing_path() {
  put lock.py "$LOCK_SRC"
  put loop.py "$LOOP_SRC"
  run --output-format concise lock.py nope.py loop.py
  expect_rc 2
  expect_locs "lock.py:2:8: LOOP201 [error]" "loop.py:2:8: LOOP101 [warning]" \
    "Found 2 diagnostics (1 error, 1 warning)."
  expect_file_error nope.py
  run --output-format concise no/such/dir
  expect_rc 2
  expect_stdout "All checks passed!"
  expect_file_error no/such/dir
}

case_exit_zero() {
  put lock.py "$LOCK_SRC"
  put bin.py 'x = 1\0\n'
  run --exit-zero --output-format concise lock.py
  expect_rc 0
  expect_locs "lock.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  run --exit-zero --output-format concise lock.py nope.py
  expect_rc 2
  expect_file_error nope.py
  run --exit-zero --output-format concise lock.py bin.py
  expect_rc 2
  expect_locs "lock.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  expect_file_error bin.py
  run --exit-zero --bogus lock.py
  expect_usage_error "--bogus"
}

# ---------------------------------------------------------------------------------------------
# Standard input.

case_stdin_dash() {
  put lock.py "$LOCK_SRC"
  with_stdin "$LOCK_SRC"
  run --output-format concise -
  expect_rc 1
  expect_locs "-:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  expect_stderr_empty
  with_stdin "$CLEAN_SRC"
  run -
  expect_rc 0
  expect_stdout "All checks passed!"
  with_stdin "$LOOP_SRC"
  run --output-format concise lock.py -
  expect_rc 1
  expect_locs "-:2:8: LOOP101 [warning]" "lock.py:2:8: LOOP201 [error]" \
    "Found 2 diagnostics (1 error, 1 warning)."
  with_stdin ""
  run -q -
  expect_rc 0
  expect_stdout
}

case_stdin_filename() {
  put zz.py "$LOOP_SRC"
  with_stdin "$LOCK_SRC"
  run --output-format concise --stdin-filename app/x.py zz.py -
  expect_rc 1
  expect_locs "app/x.py:2:8: LOOP201 [error]" "zz.py:2:8: LOOP101 [warning]" \
    "Found 2 diagnostics (1 error, 1 warning)."
  expect_stderr_empty
  with_stdin "$LOCK_SRC"
  run --output-format json --stdin-filename app/x.py -
  expect_rc 1
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":1,"maxItems":1,"items":{"properties":{"filename":{"const":"app/x.py"},"location":{"const":{"row":2,"column":8}}},"required":["filename","location"]}}'
  with_stdin 'x = 1\0\n'
  run --output-format concise --stdin-filename app/x.py - zz.py
  expect_rc 2
  expect_locs "zz.py:2:8: LOOP101 [warning]" "Found 1 diagnostic (0 errors, 1 warning)."
  expect_file_error app/x.py
}

# ---------------------------------------------------------------------------------------------
# File discovery.

case_discovery_extensions() {
  for file in pkg/a.py pkg/b.pyi pkg/sub/c.py pkg/sub/deeper/d.py pkg/x.txt pkg/script \
      pkg/e.pyc pkg/f.py.bak pkg/g.pyx pkg/h.pyw pkg/py pkg/i.PY; do
    put "$file" "$LOCK_SRC"
  done
  mkdir -p pkg/dir.py.d
  run --output-format concise pkg
  expect_rc 1
  expect_locs "pkg/a.py:2:8: LOOP201 [error]" "pkg/b.pyi:2:8: LOOP201 [error]" \
    "pkg/sub/c.py:2:8: LOOP201 [error]" "pkg/sub/deeper/d.py:2:8: LOOP201 [error]" \
    "Found 4 diagnostics (4 errors, 0 warnings)."
  expect_stderr_empty
}

case_explicit_file_any_name() {
  put pkg/script "$LOCK_SRC"
  put pkg/x.txt "$LOOP_SRC"
  put pkg/a.py "$CLEAN_SRC"
  run --output-format concise pkg/x.txt pkg/script
  expect_rc 1
  expect_locs "pkg/script:2:8: LOOP201 [error]" "pkg/x.txt:2:8: LOOP101 [warning]" \
    "Found 2 diagnostics (1 error, 1 warning)."
  expect_stderr_empty
  # The same file named twice, or named and found by walking, is reported once.
  put pkg/b.py "$LOCK_SRC"
  run --output-format concise pkg/b.py pkg pkg/b.py ./pkg/b.py
  expect_locs "pkg/b.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
}

case_default_excludes() {
  local excluded=(.venv venv node_modules __pycache__ build dist site-packages .tox .git .mypy_cache
    .eggs .nox _build buck-out __pypackages__ .ruff_cache)
  for dir in "${excluded[@]}"; do put "$dir/m.py" "$LOCK_SRC"; done
  put pkg/build/m.py "$LOCK_SRC"           # excluded names are excluded at any depth
  put pkg/.venv/lib/m.py "$LOCK_SRC"
  put pkg/ok.py "$LOCK_SRC"
  put builder/m.py "$LOCK_SRC"             # near misses are not excluded
  put venv2/m.py "$LOCK_SRC"
  put build.py "$LOCK_SRC"
  run --output-format concise
  expect_rc 1
  expect_locs "build.py:2:8: LOOP201 [error]" "builder/m.py:2:8: LOOP201 [error]" \
    "pkg/ok.py:2:8: LOOP201 [error]" "venv2/m.py:2:8: LOOP201 [error]" \
    "Found 4 diagnostics (4 errors, 0 warnings)."
  expect_stderr_empty
  # Paths named on the command line are not excluded.
  run --output-format concise build .venv/m.py pkg/build
  expect_rc 1
  expect_locs ".venv/m.py:2:8: LOOP201 [error]" "build/m.py:2:8: LOOP201 [error]" \
    "pkg/build/m.py:2:8: LOOP201 [error]" "Found 3 diagnostics (3 errors, 0 warnings)."
}

case_exclude_replaces_defaults() {
  put .venv/m.py "$LOCK_SRC"
  put build/m.py "$LOCK_SRC"
  put other/m.py "$LOCK_SRC"
  put pkg/other/m.py "$LOCK_SRC"
  put pkg/t.pyi "$LOCK_SRC"
  put pkg/a.py "$LOCK_SRC"
  run --output-format concise --exclude 'other,*.pyi'
  expect_rc 1
  expect_locs ".venv/m.py:2:8: LOOP201 [error]" "build/m.py:2:8: LOOP201 [error]" \
    "pkg/a.py:2:8: LOOP201 [error]" "Found 3 diagnostics (3 errors, 0 warnings)."
  # Repeated --exclude options add up (and still replace the defaults).
  run --output-format concise -q --exclude other --exclude build .
  expect_locs ".venv/m.py:2:8: LOOP201 [error]" "pkg/a.py:2:8: LOOP201 [error]" \
    "pkg/t.pyi:2:8: LOOP201 [error]"
}

case_extend_exclude() {
  put .venv/m.py "$LOCK_SRC"
  put gen_one.py "$LOCK_SRC"
  put pkg/gen_two.py "$LOCK_SRC"
  put pkg/legacy/old.py "$LOCK_SRC"
  put pkg/legacy/deep/older.py "$LOCK_SRC"
  put legacy/kept.py "$LOCK_SRC"
  put pkg/keep.py "$LOCK_SRC"
  put abs/dropped.py "$LOCK_SRC"
  put keep.py "$LOCK_SRC"
  # A name glob (no '/') matches at any depth; a path glob matches the shown path.
  run --output-format concise -q --extend-exclude 'gen_*.py' --extend-exclude 'pkg/legacy'
  expect_rc 1
  expect_locs "abs/dropped.py:2:8: LOOP201 [error]" "keep.py:2:8: LOOP201 [error]" \
    "legacy/kept.py:2:8: LOOP201 [error]" "pkg/keep.py:2:8: LOOP201 [error]"
  run --output-format concise -q --extend-exclude 'gen_*.py, pkg/legacy/*.py'
  expect_locs "abs/dropped.py:2:8: LOOP201 [error]" "keep.py:2:8: LOOP201 [error]" \
    "legacy/kept.py:2:8: LOOP201 [error]" "pkg/keep.py:2:8: LOOP201 [error]"
  # A glob with '/' also matches the absolute path.
  run --output-format concise -q --extend-exclude "$SRC/abs/*,*legacy*,gen_*" .
  expect_locs "keep.py:2:8: LOOP201 [error]" "pkg/keep.py:2:8: LOOP201 [error]"
}

case_symlinks_not_followed() {
  put pkg/a.py "$LOCK_SRC"
  put other/o.py "$LOOP_SRC"
  ln -s ../other pkg/link
  ln -s .. pkg/up        # a loop, if it were followed
  run --output-format concise pkg
  expect_rc 1
  expect_locs "pkg/a.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  expect_stderr_empty
  run --output-format concise .
  expect_locs "other/o.py:2:8: LOOP101 [warning]" "pkg/a.py:2:8: LOOP201 [error]" \
    "Found 2 diagnostics (1 error, 1 warning)."
  expect_stderr_empty
}

case_relative_paths() {
  put pkg/a.py "$LOCK_SRC"
  put pkg/sub/b.py "$LOOP_SRC"
  local expected=("pkg/a.py:2:8: LOOP201 [error]" "pkg/sub/b.py:2:8: LOOP101 [warning]")
  for args in "." "" "./pkg" "pkg/" "pkg" ".//pkg//" "./pkg/a.py ./pkg/sub/b.py"; do
    # shellcheck disable=SC2086
    run --output-format concise -q $args
    expect_rc 1
    expect_locs "${expected[@]}"
  done
  (cd pkg && run --output-format concise -q ../pkg/sub && expect_locs "../pkg/sub/b.py:2:8: LOOP101 [warning]") || exit 1
}

# ---------------------------------------------------------------------------------------------
# .gitignore, in temporary git repositories.

git_init() { git -c init.defaultBranch=main init -q . || fail "git init failed"; }

case_gitignore_respected() {
  git_init
  put keep.py "$LOCK_SRC"
  put skip_me.py "$LOCK_SRC"
  put generated/g.py "$LOCK_SRC"
  put src/generated/deep.py "$LOCK_SRC"
  put src/ok.py "$LOCK_SRC"
  put excl_local.py "$LOCK_SRC"
  put .gitignore 'skip_*.py\ngenerated/\n'
  put .git/info/exclude 'excl_*.py\n'
  run --output-format concise -q
  expect_rc 1
  expect_locs "keep.py:2:8: LOOP201 [error]" "src/ok.py:2:8: LOOP201 [error]"
  expect_stderr_empty
  # The same when walking a subdirectory, or from inside it.
  run --output-format concise -q src
  expect_locs "src/ok.py:2:8: LOOP201 [error]"
  (cd src && run --output-format concise -q && expect_locs "ok.py:2:8: LOOP201 [error]") || exit 1
  # A file named explicitly is linted even if ignored.
  run --output-format concise -q skip_me.py
  expect_locs "skip_me.py:2:8: LOOP201 [error]"
}

case_gitignore_disabled() {
  git_init
  put keep.py "$LOCK_SRC"
  put skip_me.py "$LOCK_SRC"
  put generated/g.py "$LOCK_SRC"
  put .gitignore 'skip_*.py\ngenerated/\n'
  local all=("generated/g.py:2:8: LOOP201 [error]" "keep.py:2:8: LOOP201 [error]"
    "skip_me.py:2:8: LOOP201 [error]")
  run --output-format concise -q --no-respect-gitignore
  expect_rc 1
  expect_locs "${all[@]}"
  run --output-format concise -q --respect-gitignore --no-respect-gitignore .
  expect_locs "${all[@]}"
  run --output-format concise -q --no-respect-gitignore --respect-gitignore .
  expect_locs "keep.py:2:8: LOOP201 [error]"
}

case_gitignore_nested() {
  git_init
  put .gitignore 'top_*.py\n'
  put src/.gitignore 'local_*.py\ncache/\n'
  put local_root.py "$LOCK_SRC"       # the nested .gitignore does not apply above its directory
  put top_x.py "$LOCK_SRC"
  put src/local_x.py "$LOCK_SRC"
  put src/top_y.py "$LOCK_SRC"
  put src/cache/c.py "$LOCK_SRC"
  put src/deeper/local_z.py "$LOCK_SRC"
  put src/keep.py "$LOCK_SRC"
  put cache/c.py "$LOCK_SRC"
  run --output-format concise -q
  expect_rc 1
  expect_locs "cache/c.py:2:8: LOOP201 [error]" "local_root.py:2:8: LOOP201 [error]" \
    "src/keep.py:2:8: LOOP201 [error]"
  (cd src && run --output-format concise -q . && expect_locs "keep.py:2:8: LOOP201 [error]") || exit 1
}

case_gitignore_outside_repo() {
  if git -C "$SRC" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    fail "the temporary directory $SRC is inside a git work tree, so this case cannot run; set TMPDIR to a directory outside any repository"
  fi
  put .gitignore 'skip_*.py\ngenerated/\n'
  put skip_me.py "$LOCK_SRC"
  put generated/g.py "$LOCK_SRC"
  put keep.py "$LOCK_SRC"
  run --output-format concise -q
  expect_rc 1
  expect_locs "generated/g.py:2:8: LOOP201 [error]" "keep.py:2:8: LOOP201 [error]" \
    "skip_me.py:2:8: LOOP201 [error]"
  expect_stderr_empty
}

# ---------------------------------------------------------------------------------------------
# Text output.

case_concise_exact() {
  put lock.py "$LOCK_SRC"
  put loop.py "$LOOP_SRC"
  run --output-format concise loop.py lock.py
  expect_rc 1
  expect_stdout "lock.py:2:8: LOOP201 [error] $MSG_LOCK" "loop.py:2:8: LOOP101 [warning] $MSG_LOOP" \
    "Found 2 diagnostics (1 error, 1 warning)."
  expect_stderr_empty
}

case_full_format() {
  put lock.py "$LOCK_SRC"
  put ten.py 'import asyncio\n\n\n\n\n\n\n\n\n\n\nEV = asyncio.Event()\n'
  run lock.py ten.py
  expect_rc 1
  expect_locs \
    "lock.py:2:8: LOOP201 [error]" \
    "  |" \
    "2 | LOCK = asyncio.Lock()" \
    "  |        ^^^^^^^^^^^^^^ LOOP201" \
    "  |" \
    "" \
    "ten.py:12:6: LOOP201 [error]" \
    "   |" \
    "12 | EV = asyncio.Event()" \
    "   |      ^^^^^^^^^^^^^^^ LOOP201" \
    "   |" \
    "" \
    "Found 2 diagnostics (2 errors, 0 warnings)."
  expect_stderr_empty
  # --output-format full is the default.
  cp "$CAP/out" "$CAP/default"
  run --output-format full lock.py ten.py
  cmp -s "$CAP/default" "$CAP/out" || fail "--output-format full differs from the default output"
}

case_full_format_columns() {
  put tab.py 'import asyncio\nA = (\tasyncio.Lock())\n'
  put accent.py 'import asyncio\nx = "é"; L = asyncio.Lock()\n'
  run -q accent.py
  expect_rc 1
  expect_locs "accent.py:2:14: LOOP201 [error]" \
    "  |" \
    '2 | x = "é"; L = asyncio.Lock()' \
    "  |              ^^^^^^^^^^^^^^ LOOP201" \
    "  |" \
    ""
  # With a tab before the call, the caret must sit under the call as displayed, whatever the
  # tab is expanded to.
  run -q tab.py
  expect_rc 1
  local source caret
  source="$(sed -n 3p "$CAP/out")"
  caret="$(sed -n 4p "$CAP/out")"
  [[ "$source" == "2 | A = ("*"asyncio.Lock())" ]] || fail "unexpected source line '$source'"
  [[ "$source" != *$'\t'* ]] || fail "the source line still holds a tab, so the caret cannot be aligned: '$source'"
  local before_call="${source%%asyncio.Lock()*}" before_caret="${caret%%^*}" carets="${caret#"${caret%%^*}"}"
  carets="${carets%% *}"
  [[ ${#before_call} -eq ${#before_caret} ]] ||
    fail "caret at display column ${#before_caret}, call at ${#before_call}:
$source
$caret"
  [[ "$carets" == "^^^^^^^^^^^^^^" ]] || fail "expected 14 carets under 'asyncio.Lock()', got '$carets'"
}

case_related_notes() {
  put rel.py "$RELATED_SRC"
  run --output-format concise rel.py
  expect_rc 1
  expect_locs "rel.py:7:9: LOOP201 [error]" "rel.py:5:21: note: asyncio.Lock() created here" \
    "Found 1 diagnostic (1 error, 0 warnings)."
  run rel.py
  expect_rc 1
  sed -n '2,$p' "$CAP/out" >"$CAP/tail"
  _compare "stdout after the header line" "$CAP/tail" \
    "  |" \
    "7 | CACHE = Cache()" \
    "  |         ^^^^^^^ LOOP201" \
    "  |" \
    "  = note: rel.py:5:21: asyncio.Lock() created here" \
    "" \
    "Found 1 diagnostic (1 error, 0 warnings)."
}

case_summary_and_quiet() {
  put clean.py "$CLEAN_SRC"
  put lock.py "$LOCK_SRC"
  put loop.py "$LOOP_SRC"
  put loop2.py "$LOOP_SRC"
  run --output-format concise clean.py
  expect_stdout "All checks passed!"
  run --output-format concise -q clean.py
  expect_rc 0
  expect_stdout
  run --output-format concise --quiet lock.py
  expect_rc 1
  expect_locs "lock.py:2:8: LOOP201 [error]"
  run --output-format concise -q loop.py lock.py
  expect_locs "lock.py:2:8: LOOP201 [error]" "loop.py:2:8: LOOP101 [warning]"
  run --output-format concise loop.py
  expect_locs "loop.py:2:8: LOOP101 [warning]" "Found 1 diagnostic (0 errors, 1 warning)."
  run --output-format concise loop.py loop2.py
  expect_locs "loop.py:2:8: LOOP101 [warning]" "loop2.py:2:8: LOOP101 [warning]" \
    "Found 2 diagnostics (0 errors, 2 warnings)."
  run --output-format concise loop.py loop2.py lock.py
  expect_locs "lock.py:2:8: LOOP201 [error]" "loop.py:2:8: LOOP101 [warning]" \
    "loop2.py:2:8: LOOP101 [warning]" "Found 3 diagnostics (1 error, 2 warnings)."
  # Full format: -q drops only the summary line.
  run lock.py
  head -n -1 "$CAP/out" >"$CAP/without-summary"
  run -q lock.py
  cmp -s "$CAP/without-summary" "$CAP/out" || fail "-q output is not the full output less its summary line"
}

case_sorted_output() {
  local filler='x = 1\n'
  put b.py "import asyncio\n${filler}${filler}${filler}${filler}${filler}${filler}${filler}L9 = asyncio.Lock()\nF = asyncio.get_event_loop().create_future()\nA, B = asyncio.Event(), asyncio.Lock()\n"
  put a.py "$LOCK_SRC"
  put a_b.py "$LOCK_SRC"
  put a/b.py "$LOCK_SRC"
  put B.py "$LOOP_SRC"
  run --output-format concise -q b.py a_b.py a/b.py B.py a.py
  expect_rc 1
  expect_locs \
    "B.py:2:8: LOOP101 [warning]" \
    "a.py:2:8: LOOP201 [error]" \
    "a/b.py:2:8: LOOP201 [error]" \
    "a_b.py:2:8: LOOP201 [error]" \
    "b.py:9:6: LOOP201 [error]" \
    "b.py:10:5: LOOP101 [warning]" \
    "b.py:10:5: LOOP201 [error]" \
    "b.py:11:8: LOOP201 [error]" \
    "b.py:11:25: LOOP201 [error]"
  cp "$CAP/locs" "$CAP/by-files"
  run --output-format concise -q .
  sed -E 's/^([^ ]+: LOOP[0-9]+ \[[a-z]+\]) .*$/\1/' "$CAP/out" >"$CAP/locs"
  cmp -s "$CAP/by-files" "$CAP/locs" || fail "walking '.' gives another order than naming the files:
$(diff "$CAP/by-files" "$CAP/locs")"
}

case_jobs_deterministic() {
  local i j want=0
  for i in $(seq 0 6); do mkdir -p "p$i"; done
  for i in $(seq 1 50); do
    {
      echo "import asyncio"
      for j in $(seq 1 $((i % 6))); do echo "x$j = $j"; done
      echo "L = asyncio.Lock()"
      want=$((want + 1))
      if ((i % 3 == 0)); then echo "loop = asyncio.get_event_loop()"; want=$((want + 1)); fi
      if ((i % 4 == 0)); then echo "A, B = asyncio.Event(), asyncio.Queue()"; want=$((want + 2)); fi
      if ((i % 10 == 0)); then echo "def broken(:"; want=$((want + 1)); fi
    } >"$(printf 'p%d/m%02d.py' $((i % 7)) $((50 - i)))"
  done
  [[ "$(find . -name '*.py' | wc -l)" -eq 50 ]] || fail "expected 50 generated files"
  local format
  for format in full concise json; do
    run --output-format "$format" --jobs 1 .
    expect_rc 1
    cp "$CAP/out" "$CAP/jobs1.$format"
    for jobs in 4 3 16; do
      run --output-format "$format" -j "$jobs" .
      expect_rc 1
      cmp -s "$CAP/jobs1.$format" "$CAP/out" ||
        fail "--output-format $format: --jobs 1 and --jobs $jobs differ:
$(diff "$CAP/jobs1.$format" "$CAP/out" | head -n 20)"
    done
    run --output-format "$format" .
    cmp -s "$CAP/jobs1.$format" "$CAP/out" || fail "--output-format $format: --jobs 1 and the default differ"
  done
  # And the order is path, line, column, code.
  grep -E '^[^ ]+:[0-9]+:[0-9]+: LOOP' "$CAP/jobs1.concise" >"$CAP/headers"
  [[ "$(wc -l <"$CAP/headers")" -eq $want ]] ||
    fail "expected $want diagnostics, got $(wc -l <"$CAP/headers")"
  LC_ALL=C sort -s -t: -k1,1 -k2,2n -k3,3n -k4,4 "$CAP/headers" >"$CAP/sorted"
  cmp -s "$CAP/headers" "$CAP/sorted" || fail "output is not sorted by path, line, column, code:
$(diff "$CAP/sorted" "$CAP/headers" | head -n 20)"
  validate_json "$CAP/jobs1.json"
}

# ---------------------------------------------------------------------------------------------
# JSON output.

case_json_empty() {
  put clean.py "$CLEAN_SRC"
  run --output-format json clean.py
  expect_rc 0
  expect_stderr_empty
  [[ "$(tr -d ' \t\n' <"$CAP/out")" == "[]" ]] || fail "expected '[]' for no findings"
  validate_json "$CAP/out"
  run --output-format json -q --color=always clean.py
  [[ "$(tr -d ' \t\n' <"$CAP/out")" == "[]" ]] || fail "expected '[]' (no summary, no colour) with -q --color=always"
}

case_json_related() {
  put rel.py "$RELATED_SRC"
  put lock.py "$LOCK_SRC"
  run --output-format json --color=always rel.py lock.py
  expect_rc 1
  expect_stderr_empty
  has_escape "$CAP/out" && fail "JSON output must never hold colour escapes"
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":2,"maxItems":2,"items":[
    {"properties":{"code":{"const":"LOOP201"},"name":{"const":"module-level-asyncio-primitive"},
      "severity":{"const":"error"},"filename":{"const":"lock.py"},
      "location":{"const":{"row":2,"column":8}},"end_location":{"const":{"row":2,"column":22}},
      "related":{"const":[]},"url":{"const":null}}},
    {"properties":{"code":{"const":"LOOP201"},"filename":{"const":"rel.py"},
      "message":{"pattern":"^Cache\\(\\) "},
      "location":{"const":{"row":7,"column":9}},"end_location":{"const":{"row":7,"column":16}},
      "related":{"const":[{"message":"asyncio.Lock() created here","filename":"rel.py",
        "location":{"row":5,"column":21},"end_location":{"row":5,"column":35}}]},
      "url":{"const":null}}}]}'
}

case_json_unicode() {
  put 'ünï/café.py' 'import asyncio\n\nclass Cäche:\n    def __init__(self):\n        self.lock = asyncio.Lock()\n\nCACHE = Cäche()  # 日本\n'
  put $'ünï/tab\tname.py' "$LOCK_SRC"
  run --output-format json ünï
  expect_rc 1
  expect_stderr_empty
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":2,"maxItems":2,"items":[
    {"properties":{"filename":{"const":"ünï/café.py"},"message":{"pattern":"^Cäche\\(\\) .*Cäche\\.__init__"},
      "location":{"const":{"row":7,"column":9}},"end_location":{"const":{"row":7,"column":16}},
      "related":{"const":[{"message":"asyncio.Lock() created here","filename":"ünï/café.py",
        "location":{"row":5,"column":21},"end_location":{"row":5,"column":35}}]}}},
    {"properties":{"filename":{"const":"ünï/tab\tname.py"},"location":{"const":{"row":2,"column":8}}}}]}'
}

case_json_suppressed() {
  # --show-suppressed marks what noqa suppressed with "suppressed": true; otherwise it is absent.
  put a.py 'import asyncio\nA = asyncio.Lock()  # noqa: LOOP201\nB = asyncio.Lock()\n'
  run --output-format json a.py
  expect_rc 1
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":1,"maxItems":1,"items":[
    {"properties":{"location":{"const":{"row":3,"column":5}}},"not":{"required":["suppressed"]}}]}'
  run --output-format json --show-suppressed a.py
  expect_rc 1
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":2,"maxItems":2,"items":[
    {"properties":{"location":{"const":{"row":2,"column":5}},"suppressed":{"const":true}},"required":["suppressed"]},
    {"properties":{"location":{"const":{"row":3,"column":5}}},"not":{"required":["suppressed"]}}]}'
}

case_json_columns_characters() {
  put accent.py 'import asyncio\nx = "é"; L = asyncio.Lock()\n'
  put cjk.py 'import asyncio\nx = "日本"; L = asyncio.Lock()\n'
  put tab.py 'import asyncio\nA = (\tasyncio.Lock())\n'
  put emoji.py 'import asyncio\nx = "🙂"; L = asyncio.Lock()\n'
  run --output-format json accent.py cjk.py emoji.py tab.py
  expect_rc 1
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":4,"maxItems":4,"items":[
    {"properties":{"filename":{"const":"accent.py"},"location":{"const":{"row":2,"column":14}},"end_location":{"const":{"row":2,"column":28}}}},
    {"properties":{"filename":{"const":"cjk.py"},"location":{"const":{"row":2,"column":15}},"end_location":{"const":{"row":2,"column":29}}}},
    {"properties":{"filename":{"const":"emoji.py"},"location":{"const":{"row":2,"column":14}},"end_location":{"const":{"row":2,"column":28}}}},
    {"properties":{"filename":{"const":"tab.py"},"location":{"const":{"row":2,"column":7}},"end_location":{"const":{"row":2,"column":21}}}}]}'
  run --output-format concise -q accent.py cjk.py emoji.py tab.py
  expect_locs "accent.py:2:14: LOOP201 [error]" "cjk.py:2:15: LOOP201 [error]" \
    "emoji.py:2:14: LOOP201 [error]" "tab.py:2:7: LOOP201 [error]"
}

# ---------------------------------------------------------------------------------------------
# Colour.

case_color_auto_not_tty() {
  put lock.py "$LOCK_SRC"
  put bin.py 'x\0'
  for args in "" "--color=auto" "--color never" "--output-format concise"; do
    # shellcheck disable=SC2086
    run $args lock.py bin.py
    expect_rc 2
    has_escape "$CAP/out" && fail "colour escapes on stdout, which is not a terminal"
    has_escape "$CAP/err" && fail "colour escapes on stderr"
  done
  if in_pty "$LOOPLINT" --color=never lock.py; then
    has_escape "$CAP/out" && fail "--color=never printed colour escapes on a terminal"
  else
    note "no pseudo-terminal (util-linux 'script' missing?): --color=never on a terminal not checked"
  fi
}

case_color_always() {
  put lock.py "$LOCK_SRC"
  put loop.py "$LOOP_SRC"
  local format
  for format in full concise; do
    run --output-format "$format" --color=never lock.py loop.py
    cp "$CAP/out" "$CAP/plain"
    run --output-format "$format" --color=always lock.py loop.py
    expect_rc 1
    has_escape "$CAP/out" || fail "--color=always printed no colour escapes"
    sed 's/\x1b\[[0-9;]*m//g' "$CAP/out" >"$CAP/stripped"
    cmp -s "$CAP/plain" "$CAP/stripped" ||
      fail "--output-format $format: --color=always output less its escapes differs from --color=never:
$(diff "$CAP/plain" "$CAP/stripped" | cat -v | head -n 20)"
    # An explicit --color=always wins over NO_COLOR.
    NO_COLOR=1 run --output-format "$format" --color=always lock.py loop.py
    has_escape "$CAP/out" || fail "--color=always printed no colour escapes with NO_COLOR=1"
  done
}

case_color_no_color() {
  put lock.py "$LOCK_SRC"
  NO_COLOR=1 run --color=auto lock.py
  expect_rc 1
  has_escape "$CAP/out" && fail "colour escapes with NO_COLOR=1 and stdout not a terminal"
  if ! in_pty "$LOOPLINT" --color=auto lock.py; then
    note "no pseudo-terminal (util-linux 'script' missing?): colour on a terminal and NO_COLOR there not checked"
    return 0
  fi
  has_escape "$CAP/out" || fail "--color=auto printed no colour escapes on a terminal"
  in_pty env NO_COLOR=1 "$LOOPLINT" --color=auto lock.py
  has_escape "$CAP/out" && fail "--color=auto printed colour escapes on a terminal with NO_COLOR=1"
  in_pty env NO_COLOR=1 "$LOOPLINT" lock.py
  has_escape "$CAP/out" && fail "the default --color printed colour escapes on a terminal with NO_COLOR=1"
  in_pty env NO_COLOR= "$LOOPLINT" lock.py
  has_escape "$CAP/out" || fail "an empty NO_COLOR must not disable colour (no-color.org)"
}

# ---------------------------------------------------------------------------------------------
# Files that cannot be linted, and unusual but valid files.

case_binary_file() {
  put x.py 'import asyncio\nLOCK = asyncio.Lock()\n\0\1\2\n'
  put lock.py "$LOCK_SRC"
  put loop.py "$LOOP_SRC"
  run --output-format concise x.py lock.py loop.py
  expect_rc 2
  expect_locs "lock.py:2:8: LOOP201 [error]" "loop.py:2:8: LOOP101 [warning]" \
    "Found 2 diagnostics (1 error, 1 warning)."
  expect_file_error x.py
  run --output-format json .
  expect_rc 2
  expect_file_error x.py
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":2,"maxItems":2}'
}

case_invalid_utf8() {
  put bad1.py 'x = "\xff"\n'
  put bad2.py 'import asyncio\nx = "\xc3'
  put bad3.py 'x = "\xed\xa0\x80"\n'      # an encoded surrogate
  put bad4.py 'x = "\xc0\xaf"\n'          # an overlong encoding
  put bad5.py 'x = "\xf4\x90\x80\x80"\n'  # past U+10FFFF
  put lock.py "$LOCK_SRC"
  local bad
  for bad in bad1.py bad2.py bad3.py bad4.py bad5.py; do
    run --output-format concise "$bad" lock.py
    expect_rc 2
    expect_locs "lock.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
    expect_file_error "$bad"
  done
  run --output-format concise -q .
  expect_rc 2
  expect_locs "lock.py:2:8: LOOP201 [error]"
  [[ "$(wc -l <"$CAP/err")" -eq 5 ]] || fail "expected one stderr line for each of the 5 invalid files"
  grep -v '^looplint: bad[1-5]\.py: ' "$CAP/err" && fail "unexpected stderr lines"
  for bad in 1 2 3 4 5; do grep -q "^looplint: bad$bad\.py: " "$CAP/err" || fail "bad$bad.py not named on stderr"; done
  LC_ALL=C sort -c "$CAP/err" 2>/dev/null || fail "stderr messages are not in path order"
}

case_unreadable_file() {
  put lock.py "$LOCK_SRC"
  put secret.py "$LOOP_SRC"
  chmod 000 secret.py
  need_unprivileged "$SRC/secret.py" || return 0
  run --output-format concise secret.py lock.py
  expect_rc 2
  expect_locs "lock.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  expect_file_error secret.py
  run --output-format concise --exit-zero .
  expect_rc 2
  expect_locs "lock.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  expect_file_error secret.py
}

case_unreadable_directory() {
  put pkg/a.py "$LOCK_SRC"
  put pkg/closed/m.py "$LOOP_SRC"
  chmod 000 pkg/closed
  need_unprivileged "$SRC/pkg/closed" || return 0
  run --output-format concise pkg
  expect_rc 2
  expect_locs "pkg/a.py:2:8: LOOP201 [error]" "Found 1 diagnostic (1 error, 0 warnings)."
  expect_file_error pkg/closed
}

case_empty_file() {
  put empty.py ''
  put blank.py '\n\n   \n'
  put comment.py '# only a comment'
  run --output-format concise empty.py blank.py comment.py
  expect_rc 0
  expect_stdout "All checks passed!"
  expect_stderr_empty
  run --output-format json empty.py
  expect_rc 0
  [[ "$(tr -d ' \t\n' <"$CAP/out")" == "[]" ]] || fail "expected '[]' for an empty file"
  put nonl.py 'import asyncio\nLOCK = asyncio.Lock()'   # no final newline
  run -q nonl.py
  expect_rc 1
  expect_locs "nonl.py:2:8: LOOP201 [error]" "  |" "2 | LOCK = asyncio.Lock()" \
    "  |        ^^^^^^^^^^^^^^ LOOP201" "  |" ""
}

case_syntax_error() {
  put syn.py 'import asyncio\ndef f(:\n    pass\nLOCK = asyncio.Lock()\n'
  put lock.py "$LOCK_SRC"
  run --output-format concise syn.py lock.py
  # LOOP001 is a finding like any other (the file was read and linted): exit 1, as ruff does.
  expect_rc 1
  expect_locs "lock.py:2:8: LOOP201 [error]" "syn.py:2:7: LOOP001 [error]" "syn.py:4:8: LOOP201 [error]" \
    "Found 3 diagnostics (3 errors, 0 warnings)."
  expect_stderr_empty
  run --output-format json syn.py
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":2,"maxItems":2,"items":[
    {"properties":{"code":{"const":"LOOP001"},"name":{"const":"syntax-error"},"severity":{"const":"error"}}},
    {"properties":{"code":{"const":"LOOP201"}}}]}'
}

case_utf8_bom() {
  put bom.py '\xef\xbb\xbfimport asyncio\nLOCK = asyncio.Lock()\n'
  put bom1.py '\xef\xbb\xbfimport asyncio; LOCK = asyncio.Lock()\n'
  run -q bom.py bom1.py
  expect_rc 1
  expect_stderr_empty
  expect_locs \
    "bom.py:2:8: LOOP201 [error]" "  |" "2 | LOCK = asyncio.Lock()" \
    "  |        ^^^^^^^^^^^^^^ LOOP201" "  |" "" \
    "bom1.py:1:24: LOOP201 [error]" "  |" "1 | import asyncio; LOCK = asyncio.Lock()" \
    "  |                        ^^^^^^^^^^^^^^ LOOP201" "  |" ""
  run --output-format json bom1.py
  json_assert '{"type":"array","minItems":1,"maxItems":1,"items":{"properties":{"location":{"const":{"row":1,"column":24}},"end_location":{"const":{"row":1,"column":38}}}}}'
}

case_crlf_line_endings() {
  put crlf.py 'import asyncio\r\n\r\n# comment\r\nLOCK = asyncio.Lock()\r\nloop = asyncio.get_event_loop()\r\n'
  run -q crlf.py
  expect_rc 1
  expect_stderr_empty
  expect_locs \
    "crlf.py:4:8: LOOP201 [error]" "  |" "4 | LOCK = asyncio.Lock()" \
    "  |        ^^^^^^^^^^^^^^ LOOP201" "  |" "" \
    "crlf.py:5:8: LOOP101 [warning]" "  |" "5 | loop = asyncio.get_event_loop()" \
    "  |        ^^^^^^^^^^^^^^^^^^^^^^^^ LOOP101" "  |" ""
  run --output-format json crlf.py
  json_assert '{"type":"array","minItems":2,"maxItems":2,"items":[
    {"properties":{"location":{"const":{"row":4,"column":8}},"end_location":{"const":{"row":4,"column":22}}}},
    {"properties":{"location":{"const":{"row":5,"column":8}},"end_location":{"const":{"row":5,"column":32}}}}]}'
}

case_lone_cr_line_endings() {
  # Python accepts a lone CR as a line end (old Mac files); no spurious syntax error.
  put cr.py 'import asyncio\rLOCK = asyncio.Lock()\rloop = asyncio.get_event_loop()\r'
  run --output-format concise -q cr.py
  expect_rc 1
  expect_stderr_empty
  expect_locs "cr.py:2:8: LOOP201 [error]" "cr.py:3:8: LOOP101 [warning]"
}

case_full_format_wide_characters() {
  # East Asian wide characters take two cells: the caret must still sit under the call.
  put cjk.py 'import asyncio\nx = "日本"; L = asyncio.Lock()\n'
  run -q cjk.py
  expect_rc 1
  expect_locs "cjk.py:2:15: LOOP201 [error]" \
    "  |" \
    '2 | x = "日本"; L = asyncio.Lock()' \
    "  |                 ^^^^^^^^^^^^^^ LOOP201" \
    "  |" \
    ""
}

case_json_non_utf8_filename() {
  # A Linux file name may be any bytes; JSON strings must be UTF-8 (invalid bytes -> U+FFFD).
  put "$(printf 'bad\xff.py')" "$LOCK_SRC"
  run --output-format json .
  expect_rc 1
  iconv -f UTF-8 -t UTF-8 "$CAP/out" >/dev/null 2>&1 || fail "the JSON output is not valid UTF-8"
  validate_json "$CAP/out"
  json_assert '{"type":"array","minItems":1,"maxItems":1,"items":[
    {"properties":{"filename":{"const":"bad\ufffd.py"},"location":{"const":{"row":2,"column":8}}}}]}'
}

case_examples_every_rule() {
  # `make run` lints examples/: every rule must fire there, and client.py must stay clean.
  cp -r "$LOOPLINT_SOURCE_DIR/examples" "$SRC/examples"
  run --output-format concise -q examples
  expect_rc 1
  local code missing=""
  for code in $("$LOOPLINT" --list-rules | awk '{print $1}'); do
    grep -q " $code \[" "$CAP/out" || missing+=" $code"
  done
  [[ -z "$missing" ]] || fail "rules that do not fire in examples/:$missing"
  ! grep -q '^examples/chat/client.py:' "$CAP/out" || fail "examples/chat/client.py is meant to be clean"
}

# ---------------------------------------------------------------------------------------------
# Rule selection.

case_select_prefix() {
  put mix.py "$MIX_SRC"
  run --output-format concise -q mix.py
  expect_rc 1
  expect_locs "mix.py:2:8: LOOP101 [warning]" "mix.py:3:8: LOOP201 [error]" "mix.py:4:6: LOOP201 [error]" \
    "mix.py:5:7: LOOP001 [error]"
  run --output-format concise -q --select LOOP2 mix.py
  expect_rc 1
  expect_locs "mix.py:3:8: LOOP201 [error]" "mix.py:4:6: LOOP201 [error]"
  run --output-format concise -q --select LOOP101,LOOP001 mix.py
  expect_locs "mix.py:2:8: LOOP101 [warning]" "mix.py:5:7: LOOP001 [error]"
  cp "$CAP/locs" "$CAP/comma"
  run --output-format concise -q --select LOOP101 --select LOOP001 mix.py
  sed -E 's/^([^ ]+: LOOP[0-9]+ \[[a-z]+\]) .*$/\1/' "$CAP/out" >"$CAP/locs"
  cmp -s "$CAP/comma" "$CAP/locs" || fail "--select A --select B differs from --select A,B"
}

case_ignore_code() {
  put mix.py "$MIX_SRC"
  run --output-format concise -q --ignore LOOP201 mix.py
  expect_rc 1
  expect_locs "mix.py:2:8: LOOP101 [warning]" "mix.py:5:7: LOOP001 [error]"
  put lock.py "$LOCK_SRC"
  run --output-format concise --ignore LOOP201 lock.py
  expect_rc 0
  expect_stdout "All checks passed!"
}

case_select_ignore_prefix() {
  put mix.py "$MIX_SRC"
  run --output-format concise -q --select LOOP --ignore LOOP2 mix.py
  expect_rc 1
  expect_locs "mix.py:2:8: LOOP101 [warning]" "mix.py:5:7: LOOP001 [error]"
  run --output-format concise -q --select ALL --ignore LOOP1,LOOP0 mix.py
  expect_locs "mix.py:3:8: LOOP201 [error]" "mix.py:4:6: LOOP201 [error]"
}

case_select_specific_wins() {
  put mix.py "$MIX_SRC"
  # The more specific selector wins, whichever option it is in (like ruff).
  run --output-format concise -q --select LOOP201 --ignore LOOP2 mix.py
  expect_rc 1
  expect_locs "mix.py:3:8: LOOP201 [error]" "mix.py:4:6: LOOP201 [error]"
  run --output-format concise -q --ignore LOOP2 --select LOOP201 mix.py
  expect_locs "mix.py:3:8: LOOP201 [error]" "mix.py:4:6: LOOP201 [error]"
  run --output-format concise -q --select LOOP2 --ignore LOOP201 mix.py
  expect_rc 0
  expect_stdout
  # On a tie --ignore wins.
  run --output-format concise -q --select LOOP201 --ignore LOOP201 mix.py
  expect_rc 0
  expect_stdout
}

# ---------------------------------------------------------------------------------------------
# Information options.

case_list_rules() {
  run --list-rules
  expect_rc 0
  expect_stderr_empty
  awk '{print $1}' "$CAP/out" >"$CAP/codes"
  for code in LOOP001 LOOP101 LOOP201; do
    grep -qx "$code" "$CAP/codes" || fail "--list-rules does not list $code"
  done
  grep -vqE '^LOOP[0-9]{3}$' "$CAP/codes" && fail "--list-rules has a line not starting with a rule code"
  LC_ALL=C sort -c "$CAP/codes" 2>/dev/null || fail "--list-rules is not sorted by code"
  [[ "$(sort -u "$CAP/codes" | wc -l)" -eq "$(wc -l <"$CAP/codes")" ]] || fail "--list-rules lists a code twice"
  grep -qE '^LOOP001 +syntax-error +error +[^ ]' "$CAP/out" || fail "expected 'LOOP001 syntax-error error <summary>'"
  grep -qE '^LOOP101 +module-level-event-loop +warning +[^ ]' "$CAP/out" ||
    fail "expected 'LOOP101 module-level-event-loop warning <summary>'"
  grep -qE '^LOOP201 +module-level-asyncio-primitive +error +[^ ]' "$CAP/out" ||
    fail "expected 'LOOP201 module-level-asyncio-primitive error <summary>'"
  grep -vqE '^LOOP[0-9]{3} +[a-z0-9]+(-[a-z0-9]+)* +(error|warning) +[^ ]' "$CAP/out" &&
    fail "a --list-rules line is not 'CODE name severity summary'"
  return 0
}

case_explain() {
  run --explain LOOP201
  expect_rc 0
  expect_stderr_empty
  [[ "$(head -n 1 "$CAP/out")" == "# module-level-asyncio-primitive (LOOP201)" ]] ||
    fail "expected the first line '# module-level-asyncio-primitive (LOOP201)'"
  grep -qx '## What it does' "$CAP/out" || fail "expected a '## What it does' section"
  # Every listed rule can be explained.
  run --list-rules
  local code
  for code in $(awk '{print $1}' "$CAP/out"); do
    run --explain "$code"
    expect_rc 0
    grep -qF "($code)" "$CAP/out" || fail "--explain $code does not name $code"
    grep -qx '## What it does' "$CAP/out" || fail "--explain $code has no '## What it does' section"
  done
}

case_explain_unknown() {
  run --explain NOPE
  expect_usage_error "NOPE"
  run --explain LOOP999
  expect_usage_error "LOOP999"
  run --explain LOOP2
  expect_usage_error "LOOP2"
}

case_version() {
  local project_version
  project_version="$(sed -nE 's/^project\(looplint VERSION ([0-9.]+).*/\1/p' "$LOOPLINT_SOURCE_DIR/CMakeLists.txt")"
  [[ -n "$project_version" ]] || fail "cannot find the project version in CMakeLists.txt"
  run --version
  expect_rc 0
  expect_stderr_empty
  [[ "$(wc -l <"$CAP/out")" -eq 1 ]] || fail "expected one line from --version"
  grep -qE "^looplint ${project_version//./\\.}( |\$)" "$CAP/out" ||
    fail "expected 'looplint $project_version ...' (the version in CMakeLists.txt)"
  cp "$CAP/out" "$CAP/long"
  run -V
  expect_rc 0
  cmp -s "$CAP/long" "$CAP/out" || fail "-V and --version differ"
}

case_help() {
  local cli="$LOOPLINT_SOURCE_DIR/src/cli.c"
  # Long options, from the option table in src/cli.c.
  sed -n '/struct option long_options\[\]/,/{NULL, 0, NULL, 0}/p' "$cli" |
    grep -oE '\{"[a-z][a-z0-9-]*",' | tr -d '{",' >"$CAP/long-options"
  [[ "$(wc -l <"$CAP/long-options")" -ge 10 ]] ||
    fail "found only $(wc -l <"$CAP/long-options") long options in src/cli.c's table: the parse is out of date"
  # Short options, from the getopt_long option string.
  local shorts
  shorts="$(grep -oE 'getopt_long\([^"]*"[^"]*"' "$cli" | sed -E 's/.*"([^"]*)"$/\1/' | tr -d ':')"
  [[ -n "$shorts" ]] || fail "cannot find the getopt_long option string in src/cli.c"
  run --help
  expect_rc 0
  expect_stderr_empty
  grep -q '^Usage: looplint ' "$CAP/out" || fail "expected a 'Usage: looplint ...' line"
  local option missing=""
  while read -r option; do
    grep -qE -- "(^|[ ,])--$option([ ,=]|\$)" "$CAP/out" || missing+=" --$option"
  done <"$CAP/long-options"
  local i
  for ((i = 0; i < ${#shorts}; i++)); do
    grep -qE -- "(^|[ ,])-${shorts:i:1}([ ,]|\$)" "$CAP/out" || missing+=" -${shorts:i:1}"
  done
  [[ -z "$missing" ]] || fail "--help does not mention:$missing"
  cp "$CAP/out" "$CAP/long"
  run -h
  expect_rc 0
  cmp -s "$CAP/long" "$CAP/out" || fail "-h and --help differ"
}

# ---------------------------------------------------------------------------------------------


run_cases "$@"
