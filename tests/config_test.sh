#!/usr/bin/env bash
# End-to-end tests of looplint's configuration files and suppression comments, run through
# ctest (tests/CMakeLists.txt).
#
#   bash tests/config_test.sh --list     one case name per line
#   bash tests/config_test.sh NAME       run one case: exit 0 on pass, 1 on failure (reason on stderr)
#
# Environment: LOOPLINT (the binary), LOOPLINT_SOURCE_DIR (the repository root). Each case works
# in its own temporary directory, removed on exit; nothing is written to the source tree and
# nothing needs the network. Tools used: bash, coreutils, git. Configuration discovery walks up
# from every file, so the temporary directory must not lie below a looplint configuration
# (set TMPDIR elsewhere if it does; setup checks).
set -uo pipefail

SUITE=config
# shellcheck source=tests/case_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/case_lib.sh"

# ---------------------------------------------------------------------------------------------
# Sources used throughout.

LOCK_SRC='import asyncio\nLOCK = asyncio.Lock()\n'               # LOOP201 at 2:8
LOOP_SRC='import asyncio\nloop = asyncio.get_event_loop()\n'    # LOOP101 at 2:8
CLEAN_SRC='import threading\nL = threading.Lock()\n'            # clean
# LOOP101 2:8, LOOP201 3:8
MIX_SRC='import asyncio\nloop = asyncio.get_event_loop()\nLOCK = asyncio.Lock()\n'
# LOOP101 3:8, LOOP202 4:5, LOOP201 5:6 and 6:8, LOOP203 7:5
STATS_SRC='import asyncio\nimport aiohttp\nloop = asyncio.get_event_loop()\nS = aiohttp.ClientSession()\nEV = asyncio.Event()\nLOCK = asyncio.Lock()\nT = asyncio.ensure_future(None)\n'

# LOOP101 for `loop = asyncio.get_event_loop()` at module level: the default wording (py39) and
# the Python 3.14 one, where it is an error.
MSG_LOOP='asyncio.get_event_loop() at import time: every importer, thread and instance shares this one loop, and the first asyncio.run() creates a new loop and leaves it orphaned (and it raises RuntimeError on Python 3.14). Get the loop inside a coroutine with asyncio.get_running_loop()'
MSG_LOOP_314='asyncio.get_event_loop() at import time raises "RuntimeError: There is no current event loop" on Python 3.14. Get the loop inside a coroutine with asyncio.get_running_loop()'

KNOWN_KEYS='select, ignore, extend-select, per-file-ignores, exclude, extend-exclude, force-exclude, respect-gitignore, target-version, loop-bound, output-format'

# ---------------------------------------------------------------------------------------------
# Harness (the same as tests/cli_test.sh's).

CASE=""
WORK=""   # the case's temporary directory
SRC=""    # $WORK/src: the tree being linted, and the current directory while a case runs
CAP=""    # $WORK/cap: captured output, outside the linted tree
RC=0      # exit status of the last run
STDIN_DATA=""            # printf %b text fed to the next run's standard input, if STDIN_SET=1
STDIN_SET=0

# A configuration above the temporary directory would apply to every case.
check_no_outer_config() {
  local directory="$WORK" name
  while :; do
    directory="$(dirname "$directory")"
    for name in .looplint.toml looplint.toml; do
      [[ ! -e "$directory/$name" ]] ||
        fail "$directory/$name lies above the temporary directory and would configure every case; set TMPDIR elsewhere"
    done
    if [[ -f "$directory/pyproject.toml" ]] && grep -q 'tool\.looplint' "$directory/pyproject.toml"; then
      fail "$directory/pyproject.toml (with [tool.looplint]) lies above the temporary directory; set TMPDIR elsewhere"
    fi
    [[ "$directory" != / ]] || break
  done
}

setup() {
  : "${LOOPLINT:?set LOOPLINT to the looplint binary}"
  : "${LOOPLINT_SOURCE_DIR:?set LOOPLINT_SOURCE_DIR to the repository root}"
  setup_work
  export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t
  export GIT_COMMITTER_EMAIL=t@example.invalid
  check_no_outer_config
  cd "$SRC" || exit 1
}

fail() {
  {
    echo "config/$CASE: FAIL: $*"
    if [[ -f "$CAP/cmd" ]]; then
      echo "--- last command (in $(cat "$CAP/cwd")): $(cat "$CAP/cmd")"
      echo "--- its exit status: $RC"
      echo "--- its stdout:"; cat -v "$CAP/out" 2>/dev/null | head -n 60
      echo "--- its stderr:"; cat -v "$CAP/err" 2>/dev/null | head -n 30
    fi
  } >&2
  exit 1
}


# put PATH TEXT: writes printf-%b TEXT (so \n, \t work) to PATH, creating directories.

# run ARGS...: runs looplint in the current directory; stdout -> $CAP/out, stderr -> $CAP/err.
run() {
  printf '%q ' looplint "$@" >"$CAP/cmd"
  pwd >"$CAP/cwd"
  local input=/dev/null
  if [[ "$STDIN_SET" == 1 ]]; then
    printf '%b' "$STDIN_DATA" >"$CAP/stdin"
    input="$CAP/stdin"
    echo "< (stdin: $(printf '%q' "$STDIN_DATA"))" >>"$CAP/cmd"
  fi
  timeout 30 "$LOOPLINT" "$@" <"$input" >"$CAP/out" 2>"$CAP/err"
  RC=$?
  STDIN_SET=0
  [[ $RC -ne 124 ]] || fail "looplint did not finish within 30 seconds"
  # Every run: no crash, no sanitizer report.
  [[ $RC -le 2 ]] || fail "exit status $RC (expected 0, 1 or 2: a crash?)"
}

# with_stdin TEXT: the next run reads printf-%b TEXT on its standard input.
with_stdin() { STDIN_DATA="$1"; STDIN_SET=1; }

# within DIR COMMAND...: runs a harness command with DIR as the current directory.
within() {
  local directory="$1"
  shift
  pushd "$directory" >/dev/null || fail "cannot enter $directory"
  "$@"
  popd >/dev/null || exit 1
}


# _compare WHAT FILE LINE...: FILE must hold exactly the given lines.


# expect_locs LINE...: stdout of a text run with each message cut off after "[severity]" (and
# after the " [suppressed by noqa]" mark, when there is one).
expect_locs() {
  sed -E 's/^([^ ]+: LOOP[0-9]+ \[[a-z]+\]( \[suppressed by noqa\])?) .*$/\1/' "$CAP/out" >"$CAP/locs"
  _compare "stdout (messages cut after [severity])" "$CAP/locs" "$@"
}

# lint ARGS...: a concise, quiet run that must succeed with findings or none; the findings are
# then checked with expect_locs.
lint() {
  run --output-format concise -q "$@"
  [[ $RC -le 1 ]] || fail "expected exit status 0 or 1, got $RC"
  expect_stderr_empty
}

# expect_findings LINE...: after `lint`, exactly these findings (cut after [severity]) and the
# exit status that goes with them.
expect_findings() {
  expect_locs "$@"
  if [[ $# -eq 0 ]]; then expect_rc 0; else expect_rc 1; fi
}

# expect_usage_error TEXT: exit 2, nothing on stdout, one "looplint: " line on stderr containing TEXT.
expect_usage_error() {
  expect_rc 2
  [[ ! -s "$CAP/out" ]] || fail "expected nothing on stdout for a usage error"
  [[ "$(wc -l <"$CAP/err")" -eq 1 ]] || fail "expected exactly one line on stderr"
  grep -q '^looplint: ' "$CAP/err" || fail "expected the stderr line to start with 'looplint: '"
  grep -qF -- "$1" "$CAP/err" || fail "expected stderr to mention '$1'"
}

# expect_config_error LINE: exit 2, nothing on stdout, and stderr exactly "looplint: LINE".
expect_config_error() {
  expect_rc 2
  [[ ! -s "$CAP/out" ]] || fail "expected nothing on stdout for a configuration error"
  expect_stderr "looplint: $1"
}

# expect_stdout_line LINE...: each LINE is a whole line of stdout.
expect_stdout_line() {
  local line
  for line in "$@"; do
    grep -qxF -- "$line" "$CAP/out" || fail "expected stdout to have the line '$line'"
  done
}

git_init() { git -c init.defaultBranch=main init -q . || fail "git init failed"; }

# ---------------------------------------------------------------------------------------------
# Discovery.

case_discovery_nearest_wins() {
  put pyproject.toml '[tool.looplint]\nignore = ["LOOP101"]\n'
  put sub/looplint.toml 'select = ["LOOP1"]\n'
  put a.py "$MIX_SRC"
  put sub/b.py "$MIX_SRC"
  put sub/deeper/c.py "$MIX_SRC"
  put other/d.py "$MIX_SRC"
  # Each file follows its nearest configuration; the nearer one replaces the outer one (no merging:
  # the root's ignore does not reach sub/).
  local expected=("a.py:3:8: LOOP201 [error]" "other/d.py:3:8: LOOP201 [error]"
    "sub/b.py:2:8: LOOP101 [warning]" "sub/deeper/c.py:2:8: LOOP101 [warning]")
  lint
  expect_findings "${expected[@]}"
  lint a.py sub/b.py sub/deeper/c.py other/d.py
  expect_findings "${expected[@]}"
  # The same from inside the subdirectory: discovery starts at each file, not at the working
  # directory.
  within sub lint ../a.py b.py deeper
  expect_findings "../a.py:3:8: LOOP201 [error]" "b.py:2:8: LOOP101 [warning]" \
    "deeper/c.py:2:8: LOOP101 [warning]"
}

# Configuration is looked up from a file's real location: a linked file takes its target's,
# a file below a linked directory the real directory's (files of one directory share one lookup).
case_discovery_through_links() {
  put real/pyproject.toml '[tool.looplint]\nignore = ["LOOP101"]\n'
  put real/a.py "$MIX_SRC"
  put real/b.py "$MIX_SRC"
  put plain/c.py "$MIX_SRC"
  ln -s ../real/a.py plain/alias.py
  ln -s real linked
  lint plain
  expect_findings "plain/c.py:2:8: LOOP101 [warning]" "plain/c.py:3:8: LOOP201 [error]"
  lint plain/c.py plain/alias.py
  expect_findings "plain/alias.py:3:8: LOOP201 [error]" "plain/c.py:2:8: LOOP101 [warning]" \
    "plain/c.py:3:8: LOOP201 [error]"
  lint linked/a.py linked/b.py plain/c.py
  expect_findings "linked/a.py:3:8: LOOP201 [error]" "linked/b.py:3:8: LOOP201 [error]" \
    "plain/c.py:2:8: LOOP101 [warning]" "plain/c.py:3:8: LOOP201 [error]"
}

case_discovery_file_precedence() {
  put .looplint.toml 'select = ["LOOP1"]\n'
  put looplint.toml 'select = ["LOOP2"]\n'
  put pyproject.toml '[tool.looplint]\nselect = ["LOOP0"]\n'
  put a.py "$MIX_SRC"
  lint a.py
  expect_findings "a.py:2:8: LOOP101 [warning]"
  rm .looplint.toml
  lint a.py
  expect_findings "a.py:3:8: LOOP201 [error]"
  rm looplint.toml
  lint a.py
  expect_findings
}

case_discovery_pyproject_without_table() {
  put looplint.toml 'select = ["LOOP2"]\n'
  # Not a looplint configuration: the walk goes on to the parent directory.
  put sub/pyproject.toml '[project]\nname = "sub"\n\n[tool.black]\nline-length = 100\n'
  put sub/a.py "$MIX_SRC"
  lint sub/a.py
  expect_findings "sub/a.py:3:8: LOOP201 [error]"
  run --show-settings sub/a.py
  expect_rc 0
  expect_stdout_line "configuration file   $SRC/looplint.toml"
  # A [tool] table without looplint in it is skipped too.
  put sub/pyproject.toml '[tool.other]\nselect = ["LOOP1"]\n'
  lint sub/a.py
  expect_findings "sub/a.py:3:8: LOOP201 [error]"
}

case_discovery_looplint_toml_top_level() {
  put a.py "$MIX_SRC"
  put looplint.toml 'select = ["LOOP1"]\n'
  lint a.py
  expect_findings "a.py:2:8: LOOP101 [warning]"
  # In looplint.toml and .looplint.toml the keys are at the top level: [tool.looplint] there is
  # an unknown key, not a way to configure.
  put looplint.toml '[tool.looplint]\nselect = ["LOOP1"]\n'
  run a.py
  expect_config_error "$SRC/looplint.toml:1:2: unknown key 'tool' (expected one of: $KNOWN_KEYS)"
  rm looplint.toml
  put .looplint.toml '\nignore = ["LOOP2"]\n'
  lint a.py
  expect_findings "a.py:2:8: LOOP101 [warning]"
  # In pyproject.toml, top-level keys are not looplint's.
  rm .looplint.toml
  put pyproject.toml 'select = ["LOOP1"]\n\n[tool.looplint]\n'
  lint a.py
  expect_findings "a.py:2:8: LOOP101 [warning]" "a.py:3:8: LOOP201 [error]"
}

# ---------------------------------------------------------------------------------------------
# The command line wins.

case_cli_select_replaces() {
  put pyproject.toml '[tool.looplint]\nselect = ["LOOP1"]\n'
  put a.py "$MIX_SRC"
  lint a.py
  expect_findings "a.py:2:8: LOOP101 [warning]"
  lint --select LOOP2 a.py
  expect_findings "a.py:3:8: LOOP201 [error]"
  lint --select LOOP201,LOOP101 a.py
  expect_findings "a.py:2:8: LOOP101 [warning]" "a.py:3:8: LOOP201 [error]"
}

case_cli_ignore_adds() {
  put pyproject.toml '[tool.looplint]\nignore = ["LOOP101"]\n'
  put a.py "$MIX_SRC"
  put b.py "$STATS_SRC"
  lint a.py
  expect_findings "a.py:3:8: LOOP201 [error]"
  # --ignore adds to the configuration's ignore; it does not replace it.
  lint --ignore LOOP202 a.py b.py
  expect_findings "a.py:3:8: LOOP201 [error]" "b.py:5:6: LOOP201 [error]" "b.py:6:8: LOOP201 [error]" \
    "b.py:7:5: LOOP203 [warning]"
  lint --ignore LOOP201 a.py
  expect_findings
}

case_cli_target_version_overrides() {
  put pyproject.toml '[tool.looplint]\ntarget-version = "py314"\n'
  put loop.py "$LOOP_SRC"
  run --output-format concise loop.py
  expect_rc 1
  expect_stdout "loop.py:2:8: LOOP101 [error] $MSG_LOOP_314" "Found 1 diagnostic (1 error, 0 warnings)."
  run --output-format concise --target-version py39 loop.py
  expect_rc 1
  expect_stdout "loop.py:2:8: LOOP101 [warning] $MSG_LOOP" "Found 1 diagnostic (0 errors, 1 warning)."
  run --target-version py310 --show-settings loop.py
  expect_stdout_line "target-version       py310 (--target-version)"
}

case_cli_output_format_overrides() {
  put pyproject.toml '[tool.looplint]\noutput-format = "concise"\n'
  put loop.py "$LOOP_SRC"
  run loop.py
  expect_rc 1
  expect_stderr_empty
  expect_stdout "loop.py:2:8: LOOP101 [warning] $MSG_LOOP" "Found 1 diagnostic (0 errors, 1 warning)."
  run --output-format full loop.py
  expect_rc 1
  grep -qxF "2 | loop = asyncio.get_event_loop()" "$CAP/out" || fail "expected the full format's source line"
  run --output-format json loop.py
  expect_rc 1
  [[ "$(head -c 1 "$CAP/out")" == "{" || "$(head -c 1 "$CAP/out")" == "[" ]] || fail "expected JSON output"
}

case_cli_config_flag() {
  put pyproject.toml '[tool.looplint]\nselect = ["LOOP1"]\n'
  put sub/looplint.toml 'ignore = ["LOOP2"]\n'
  put a.py "$MIX_SRC"
  put sub/b.py "$MIX_SRC"
  put "$WORK/conf/only2.toml" 'select = ["LOOP2"]\n'
  # One file, whatever its name, for every path; the discovered ones are not read.
  lint --config ../conf/only2.toml
  expect_findings "a.py:3:8: LOOP201 [error]" "sub/b.py:3:8: LOOP201 [error]"
  within sub lint --config ../../conf/only2.toml .. b.py
  expect_findings "../a.py:3:8: LOOP201 [error]" "../sub/b.py:3:8: LOOP201 [error]" "b.py:3:8: LOOP201 [error]"
  run --config ../conf/only2.toml --show-settings sub/b.py
  expect_rc 0
  expect_stdout_line "configuration file   $WORK/conf/only2.toml" \
    'enabled rules        ["LOOP201", "LOOP202", "LOOP203"]'
  # A pyproject.toml given with --config is read as one ([tool.looplint]).
  put "$WORK/conf/pyproject.toml" '[tool.looplint]\nselect = ["LOOP1"]\n'
  lint --config "$WORK/conf/pyproject.toml" sub
  expect_findings "sub/b.py:2:8: LOOP101 [warning]"
  # --config wins even over a broken discovered configuration, which is then not read.
  put sub/looplint.toml 'select = [\n'
  lint --config ../conf/only2.toml sub
  expect_findings "sub/b.py:3:8: LOOP201 [error]"
  # A missing file is an error, and so is an invalid one.
  run --config ../conf/nope.toml a.py
  expect_usage_error "../conf/nope.toml"
  put "$WORK/conf/bad.toml" 'select = ["LOOP2"]\nselct = ["LOOP1"]\n'
  run --config ../conf/bad.toml a.py
  expect_config_error "$WORK/conf/bad.toml:2:1: unknown key 'selct' (expected one of: $KNOWN_KEYS)"
}

# Standard input is configured as if it were the file --stdin-filename names (the nearest
# configuration of its directory, and its per-file-ignores), whether or not that file exists yet.
case_stdin_filename_config() {
  put pyproject.toml '[tool.looplint.per-file-ignores]\n"tests/*.py" = ["LOOP2"]\n'
  put sub/looplint.toml 'select = ["LOOP1"]\n'
  put sub/exists.py "$MIX_SRC"
  put tests/exists.py "$MIX_SRC"
  local name
  for name in exists new; do
    with_stdin "$MIX_SRC"
    lint --stdin-filename "sub/$name.py" -
    expect_findings "sub/$name.py:2:8: LOOP101 [warning]"
    with_stdin "$MIX_SRC"
    lint --stdin-filename "tests/$name.py" -
    expect_findings "tests/$name.py:2:8: LOOP101 [warning]"
  done
}

case_cli_isolated() {
  put pyproject.toml '[tool.looplint]\nselect = ["LOOP1"]\ntarget-version = "py314"\n'
  put sub/looplint.toml 'select = ["LOOP2"]\n'
  put a.py "$MIX_SRC"
  put sub/b.py "$MIX_SRC"
  lint --isolated
  expect_findings "a.py:2:8: LOOP101 [warning]" "a.py:3:8: LOOP201 [error]" "sub/b.py:2:8: LOOP101 [warning]" \
    "sub/b.py:3:8: LOOP201 [error]"
  run --isolated --show-settings a.py
  expect_rc 0
  expect_stdout_line "configuration file   none (--isolated)" "target-version       py39 (default)"
  # Not even read.
  put sub/looplint.toml 'nonsense = 1\n'
  lint --isolated sub
  expect_findings "sub/b.py:2:8: LOOP101 [warning]" "sub/b.py:3:8: LOOP201 [error]"
}

case_cli_config_and_isolated() {
  put looplint.toml 'select = ["LOOP1"]\n'
  put a.py "$MIX_SRC"
  run --config looplint.toml --isolated a.py
  expect_usage_error "--config and --isolated cannot be used together"
  run --isolated --config looplint.toml a.py
  expect_usage_error "--config and --isolated cannot be used together"
}

# ---------------------------------------------------------------------------------------------
# target-version.

case_target_requires_python() {
  put pyproject.toml '[project]\nname = "p"\nrequires-python = ">=3.14"\n\n[tool.looplint]\n'
  put loop.py "$LOOP_SRC"
  run --output-format concise loop.py
  expect_rc 1
  expect_stderr_empty
  expect_stdout "loop.py:2:8: LOOP101 [error] $MSG_LOOP_314" "Found 1 diagnostic (1 error, 0 warnings)."
  run --show-settings loop.py
  expect_stdout_line 'target-version       py314 (requires-python ">=3.14")'
}

case_target_requires_python_range() {
  put pyproject.toml '[project]\nrequires-python = ">=3.8,<4"\n[tool.looplint]\n'
  put loop.py "$LOOP_SRC"
  run --show-settings loop.py
  expect_rc 0
  expect_stdout_line 'target-version       py38 (requires-python ">=3.8,<4")'
  put pyproject.toml '[project]\nrequires-python = ">=3.12"\n[tool.looplint]\n'
  run --show-settings loop.py
  expect_stdout_line 'target-version       py312 (requires-python ">=3.12")'
  lint loop.py
  expect_findings "loop.py:2:8: LOOP101 [warning]"
}

case_target_requires_python_beside_looplint_toml() {
  put pyproject.toml '[project]\nname = "p"\nrequires-python = ">=3.14"\n'
  put looplint.toml 'select = ["LOOP1"]\n'
  put loop.py "$LOOP_SRC"
  run --output-format concise loop.py
  expect_rc 1
  expect_stdout "loop.py:2:8: LOOP101 [error] $MSG_LOOP_314" "Found 1 diagnostic (1 error, 0 warnings)."
  run --show-settings loop.py
  expect_stdout_line "configuration file   $SRC/looplint.toml" \
    'target-version       py314 (requires-python ">=3.14")'
}

case_target_explicit_wins() {
  put pyproject.toml '[project]\nrequires-python = ">=3.14"\n\n[tool.looplint]\ntarget-version = "py39"\n'
  put loop.py "$LOOP_SRC"
  run --output-format concise loop.py
  expect_rc 1
  expect_stdout "loop.py:2:8: LOOP101 [warning] $MSG_LOOP" "Found 1 diagnostic (0 errors, 1 warning)."
  run --show-settings loop.py
  expect_stdout_line "target-version       py39 (target-version in $SRC/pyproject.toml)"
  # The same with a looplint.toml beside the pyproject.toml.
  put pyproject.toml '[project]\nrequires-python = ">=3.14"\n'
  put looplint.toml 'target-version = "py39"\n'
  lint loop.py
  expect_findings "loop.py:2:8: LOOP101 [warning]"
}

# ---------------------------------------------------------------------------------------------
# per-file-ignores.

case_per_file_ignores_anchored() {
  put pyproject.toml '[tool.looplint.per-file-ignores]\n"tests/*.py" = ["LOOP2"]\n'
  put tests/t.py "$MIX_SRC"
  put sub/tests/t.py "$MIX_SRC"
  put t.py "$MIX_SRC"
  local expected=("sub/tests/t.py:2:8: LOOP101 [warning]" "sub/tests/t.py:3:8: LOOP201 [error]"
    "t.py:2:8: LOOP101 [warning]" "t.py:3:8: LOOP201 [error]" "tests/t.py:2:8: LOOP101 [warning]")
  lint
  expect_findings "${expected[@]}"
  # Anchored at the configuration's directory, not at the working directory.
  within tests lint t.py
  expect_findings "t.py:2:8: LOOP101 [warning]"
  within sub lint tests/t.py
  expect_findings "tests/t.py:2:8: LOOP101 [warning]" "tests/t.py:3:8: LOOP201 [error]"
  lint --config pyproject.toml
  expect_findings "${expected[@]}"
}

case_per_file_ignores_file_name() {
  put looplint.toml '[per-file-ignores]\n"conftest.py" = ["LOOP201"]\n"gen_*.py" = ["LOOP1", "LOOP2"]\n'
  put conftest.py "$MIX_SRC"
  put sub/conftest.py "$MIX_SRC"
  put sub/deep/gen_x.py "$MIX_SRC"
  put other.py "$MIX_SRC"
  lint
  expect_findings "conftest.py:2:8: LOOP101 [warning]" "other.py:2:8: LOOP101 [warning]" \
    "other.py:3:8: LOOP201 [error]" "sub/conftest.py:2:8: LOOP101 [warning]"
}

case_per_file_ignores_negated() {
  put pyproject.toml '[tool.looplint.per-file-ignores]\n"!src/*.py" = ["LOOP201"]\n'
  put src/a.py "$MIX_SRC"
  put other/b.py "$MIX_SRC"
  put c.py "$MIX_SRC"
  lint
  expect_findings "c.py:2:8: LOOP101 [warning]" "other/b.py:2:8: LOOP101 [warning]" \
    "src/a.py:2:8: LOOP101 [warning]" "src/a.py:3:8: LOOP201 [error]"
}

case_per_file_ignores_beat_select() {
  put pyproject.toml '[tool.looplint]\nselect = ["LOOP201"]\n\n[tool.looplint.per-file-ignores]\n"a.py" = ["LOOP201"]\n'
  put a.py "$MIX_SRC"
  put b.py "$MIX_SRC"
  lint
  expect_findings "b.py:3:8: LOOP201 [error]"
  lint --select LOOP201 a.py b.py
  expect_findings "b.py:3:8: LOOP201 [error]"
  lint --select LOOP201,LOOP101 a.py
  expect_findings "a.py:2:8: LOOP101 [warning]"
}

# ---------------------------------------------------------------------------------------------
# File selection from the configuration.

case_exclude_from_config() {
  # exclude replaces the default excludes.
  put pyproject.toml '[tool.looplint]\nexclude = ["gen", "sub/skip"]\n'
  put a.py "$LOCK_SRC"
  put gen/g.py "$LOCK_SRC"
  put deep/gen/g.py "$LOCK_SRC"
  put venv/v.py "$LOCK_SRC"
  put sub/skip/s.py "$LOCK_SRC"
  put other/sub/skip/s.py "$LOCK_SRC"
  local expected=("a.py:2:8: LOOP201 [error]" "other/sub/skip/s.py:2:8: LOOP201 [error]"
    "venv/v.py:2:8: LOOP201 [error]")
  lint
  expect_findings "${expected[@]}"
  # Patterns with '/' are anchored at the configuration's directory, also from a subdirectory.
  within sub lint
  expect_findings
  within other lint
  expect_findings "sub/skip/s.py:2:8: LOOP201 [error]"
  # The command line's --exclude wins.
  lint --exclude venv
  expect_findings "a.py:2:8: LOOP201 [error]" "deep/gen/g.py:2:8: LOOP201 [error]" "gen/g.py:2:8: LOOP201 [error]" \
    "other/sub/skip/s.py:2:8: LOOP201 [error]" "sub/skip/s.py:2:8: LOOP201 [error]"
}

case_extend_exclude_from_config() {
  put pyproject.toml '[tool.looplint]\nextend-exclude = ["gen_*.py", "sub/gen"]\n'
  put a.py "$LOCK_SRC"
  put gen_a.py "$LOCK_SRC"
  put venv/v.py "$LOCK_SRC"           # still excluded by default
  put sub/gen/g.py "$LOCK_SRC"
  put sub/gen_b.py "$LOCK_SRC"
  put other/sub/gen/g.py "$LOCK_SRC"
  lint
  expect_findings "a.py:2:8: LOOP201 [error]" "other/sub/gen/g.py:2:8: LOOP201 [error]"
  within sub lint
  expect_findings
  # The command line's --extend-exclude adds to the configuration's.
  lint --extend-exclude other
  expect_findings "a.py:2:8: LOOP201 [error]"
}

case_respect_gitignore_from_config() {
  git_init
  put .gitignore 'skip_*.py\n'
  put keep.py "$LOCK_SRC"
  put skip_me.py "$LOCK_SRC"
  lint
  expect_findings "keep.py:2:8: LOOP201 [error]"
  put looplint.toml 'respect-gitignore = false\n'
  lint
  expect_findings "keep.py:2:8: LOOP201 [error]" "skip_me.py:2:8: LOOP201 [error]"
  lint --respect-gitignore
  expect_findings "keep.py:2:8: LOOP201 [error]"
  run --show-settings
  expect_stdout_line "respect-gitignore    false"
}

case_force_exclude_from_config() {
  put looplint.toml 'extend-exclude = ["gen"]\n'
  put gen/g.py "$LOCK_SRC"
  put build/b.py "$LOCK_SRC"
  put a.py "$LOCK_SRC"
  # Without force-exclude, a file named on the command line is linted even when excluded.
  lint gen/g.py build/b.py a.py
  expect_findings "a.py:2:8: LOOP201 [error]" "build/b.py:2:8: LOOP201 [error]" "gen/g.py:2:8: LOOP201 [error]"
  put looplint.toml 'extend-exclude = ["gen"]\nforce-exclude = true\n'
  lint gen/g.py build/b.py a.py
  expect_findings "a.py:2:8: LOOP201 [error]"
  run --output-format concise gen/g.py
  expect_rc 0
  expect_stdout "All checks passed!"
  expect_stderr_empty
  put looplint.toml 'extend-exclude = ["gen"]\nforce-exclude = false\n'
  lint gen/g.py
  expect_findings "gen/g.py:2:8: LOOP201 [error]"
  lint --force-exclude gen/g.py
  expect_findings
}

# ---------------------------------------------------------------------------------------------
# loop-bound.

case_loop_bound() {
  put c.py 'import mylib\nC = mylib.Client()\n\nasync def main():\n    async with mylib.Client() as c:\n        pass\n'
  lint c.py
  expect_findings
  put pyproject.toml '[tool.looplint]\nloop-bound = ["mylib.Client"]\n'
  lint c.py
  expect_findings "c.py:2:5: LOOP202 [error]"
  run --show-settings c.py
  expect_stdout_line 'loop-bound           ["mylib.Client"]'
  lint --isolated c.py
  expect_findings
}

case_loop_bound_invalid() {
  put c.py 'import mylib\nC = mylib.Client()\n'
  local name column
  for name in "a..b" "1x" ".a" "a." "a-b" ""; do
    put looplint.toml "loop-bound = [\"ok.Name\", \"$name\"]\n"
    run c.py
    column=26
    expect_config_error "$SRC/looplint.toml:1:$column: invalid qualified name '$name' in 'loop-bound'"
  done
}

# ---------------------------------------------------------------------------------------------
# Errors: exit 2, nothing on stdout, one line on stderr naming the file, line and column.

case_error_invalid_toml() {
  put a.py "$LOCK_SRC"
  put looplint.toml 'select = ["LOOP1"\n'
  run a.py
  expect_rc 2
  [[ ! -s "$CAP/out" ]] || fail "expected nothing on stdout"
  [[ "$(wc -l <"$CAP/err")" -eq 1 ]] || fail "expected exactly one line on stderr"
  grep -qE "^looplint: $SRC/looplint\.toml:[12]:[0-9]+: invalid TOML: .+" "$CAP/err" ||
    fail "expected 'looplint: $SRC/looplint.toml:LINE:COLUMN: invalid TOML: ...'"
  rm looplint.toml
  put pyproject.toml '[tool.looplint]\nselect = ["LOOP1"]\n[tool.looplint]\n'
  run a.py
  expect_rc 2
  grep -qE "^looplint: $SRC/pyproject\.toml:[0-9]+:[0-9]+: invalid TOML: .+" "$CAP/err" ||
    fail "expected 'looplint: $SRC/pyproject.toml:LINE:COLUMN: invalid TOML: ...'"
}

case_error_unknown_key() {
  put a.py "$LOCK_SRC"
  put pyproject.toml '[tool.looplint]\nselect = ["LOOP1"]\nselct = ["LOOP2"]\n'
  run a.py
  expect_config_error "$SRC/pyproject.toml:3:1: unknown key 'selct' (expected one of: $KNOWN_KEYS)"
}

case_error_wrong_type() {
  put a.py "$LOCK_SRC"
  put looplint.toml 'force-exclude = "yes"\n'
  run a.py
  expect_config_error "$SRC/looplint.toml:1:17: 'force-exclude' must be true or false, not a string"
  put looplint.toml 'select = "LOOP1"\n'
  run a.py
  expect_config_error "$SRC/looplint.toml:1:10: 'select' must be an array of strings, not a string"
  put looplint.toml 'ignore = ["LOOP1", 2]\n'
  run a.py
  expect_config_error "$SRC/looplint.toml:1:20: 'ignore' must hold strings, not an integer"
  put looplint.toml 'target-version = 39\n'
  run a.py
  expect_config_error "$SRC/looplint.toml:1:18: 'target-version' must be a string, not an integer"
}

case_error_unknown_rule_code() {
  put a.py "$LOCK_SRC"
  put looplint.toml 'select = ["LOOP1", "LOOP9"]\n'
  run a.py
  expect_config_error "$SRC/looplint.toml:1:20: unknown rule selector 'LOOP9' in 'select'"
  put pyproject.toml '[tool.looplint.per-file-ignores]\n"tests/*.py" = ["LOOP2", "NOPE"]\n'
  rm looplint.toml
  run a.py
  expect_rc 2
  [[ ! -s "$CAP/out" ]] || fail "expected nothing on stdout"
  [[ "$(wc -l <"$CAP/err")" -eq 1 ]] || fail "expected exactly one line on stderr"
  grep -qF "looplint: $SRC/pyproject.toml:2:26: unknown rule selector 'NOPE' in " "$CAP/err" ||
    fail "expected 'looplint: $SRC/pyproject.toml:2:26: unknown rule selector 'NOPE' in ...'"
}

case_error_invalid_target_version() {
  put a.py "$LOCK_SRC"
  local version
  for version in py27 py315 py3 3.12; do
    put looplint.toml "target-version = \"$version\"\n"
    run a.py
    expect_config_error "$SRC/looplint.toml:1:18: invalid target-version '$version' (expected py38 ... py314)"
  done
}

case_error_invalid_output_format() {
  put a.py "$LOCK_SRC"
  put looplint.toml 'output-format = "xml"\n'
  run a.py
  expect_config_error "$SRC/looplint.toml:1:17: invalid output-format 'xml' (expected one of: full, concise, json, json-lines, sarif, github, gitlab)"
}

case_error_broken_config_in_subdirectory() {
  put pyproject.toml '[tool.looplint]\nselect = ["LOOP2"]\n'
  put a.py "$LOCK_SRC"
  put z.py "$LOCK_SRC"
  put sub/looplint.toml 'select = ["LOOP2"]\nbogus = true\n'
  put sub/b.py "$CLEAN_SRC"
  local message="$SRC/sub/looplint.toml:2:1: unknown key 'bogus' (expected one of: $KNOWN_KEYS)"
  # Nothing is linted with a half-read configuration: not even the files it does not cover.
  run
  expect_config_error "$message"
  run --output-format concise a.py sub/b.py z.py
  expect_config_error "$message"
  run --output-format json .
  expect_config_error "$message"
  # A run that does not reach the broken file is fine.
  lint a.py
  expect_findings "a.py:2:8: LOOP201 [error]"
  # From inside the broken directory, even --show-settings fails.
  within sub run --show-settings b.py
  expect_config_error "$message"
}

# ---------------------------------------------------------------------------------------------
# --show-settings.

case_show_settings() {
  put pyproject.toml '[project]\nrequires-python = ">=3.12"\n\n[tool.looplint]\nselect = ["LOOP2"]\nloop-bound = ["mylib.Client", "db.Pool"]\n\n[tool.looplint.per-file-ignores]\n"!src/*.py" = ["LOOP202", "LOOP203"]\n"tests/*.py" = ["LOOP201"]\n'
  put src/a.py "$LOCK_SRC"
  run --show-settings src/a.py
  expect_rc 0
  expect_stderr_empty
  expect_stdout_line "settings for         src/a.py" \
    "configuration file   $SRC/pyproject.toml" \
    'enabled rules        ["LOOP201", "LOOP202", "LOOP203"]' \
    'target-version       py312 (requires-python ">=3.12")' \
    "per-file-ignores     [\"!$SRC/src/*.py\" = [\"LOOP202\", \"LOOP203\"], \"$SRC/tests/*.py\" = [\"LOOP201\"]]" \
    'loop-bound           ["mylib.Client", "db.Pool"]' \
    "output-format        full"
  # The enabled rules are those of that file, after its per-file-ignores.
  put tests/t.py "$LOCK_SRC"
  run --show-settings tests/t.py
  expect_stdout_line 'enabled rules        []'
  run --show-settings --ignore LOOP202 --output-format json src/a.py
  expect_stdout_line 'enabled rules        ["LOOP201", "LOOP203"]' "output-format        json"
  # Without a configuration.
  run --isolated --show-settings src/a.py
  expect_stdout_line 'per-file-ignores     []' 'loop-bound           []' 'target-version       py39 (default)'
}

# ---------------------------------------------------------------------------------------------
# noqa on a line.

case_noqa_codes() {
  put a.py 'import asyncio\nLOCK = asyncio.Lock()  # noqa: LOOP201\nEV = asyncio.Event()  # noqa: LOOP2\nloop = asyncio.get_event_loop(); L2 = asyncio.Lock()  # noqa: LOOP101, LOOP201\nL3 = asyncio.Lock()  # noqa:LOOP201\nL4 = asyncio.Lock()  # noqa: LOOP101,LOOP201 -- why\nL5 = asyncio.Lock()  # noqa: LOOP20\n'
  lint a.py
  expect_findings
  run --output-format concise -q --show-suppressed a.py
  expect_rc 0
  expect_locs "a.py:2:8: LOOP201 [error] [suppressed by noqa]" "a.py:3:6: LOOP201 [error] [suppressed by noqa]" \
    "a.py:4:8: LOOP101 [warning] [suppressed by noqa]" "a.py:4:39: LOOP201 [error] [suppressed by noqa]" \
    "a.py:5:6: LOOP201 [error] [suppressed by noqa]" "a.py:6:6: LOOP201 [error] [suppressed by noqa]" \
    "a.py:7:6: LOOP201 [error] [suppressed by noqa]"
}

case_noqa_bare() {
  put a.py 'import asyncio\nLOCK = asyncio.Lock()  # noqa\nEV = asyncio.Event()  # NOQA\nloop = asyncio.get_event_loop(); L2 = asyncio.Lock()  # noqa\nL3 = asyncio.Lock()  # noqa LOOP999\nL4 = asyncio.Lock()  #noqa\nL5 = asyncio.Lock()  # noqa: \n'
  lint a.py
  expect_findings
}

case_noqa_other_code() {
  put a.py 'import asyncio\nLOCK = asyncio.Lock()  # noqa: LOOP101\nEV = asyncio.Event()  # noqa: LOOP999\nloop = asyncio.get_event_loop(); L2 = asyncio.Lock()  # noqa: LOOP101\nL3 = asyncio.Lock()  # noqa: LOOP2011\n'
  lint a.py
  expect_findings "a.py:2:8: LOOP201 [error]" "a.py:3:6: LOOP201 [error]" "a.py:4:39: LOOP201 [error]" \
    "a.py:5:6: LOOP201 [error]"
}

case_noqa_in_string() {
  put a.py 'import asyncio\nLOCK = asyncio.Lock(); S = "# noqa"\nEV = asyncio.Event(); T = "x  # noqa: LOOP201"\nL2 = asyncio.Lock()  # see issue 12, not a noqa\nL3 = asyncio.Lock(); U = "#"  # noqa\n'
  lint a.py
  expect_findings "a.py:2:8: LOOP201 [error]" "a.py:3:6: LOOP201 [error]" "a.py:4:6: LOOP201 [error]"
}

case_noqa_multiline() {
  put a.py 'import asyncio\nLOCK = asyncio.Lock(\n)  # noqa\n'
  lint a.py
  expect_findings "a.py:2:8: LOOP201 [error]"
  put a.py 'import asyncio\nLOCK = asyncio.Lock(  # noqa\n)\n'
  lint a.py
  expect_findings
  put a.py 'import asyncio\nLOCK = asyncio.Lock(  # noqa: LOOP201\n)\nEV = asyncio.Event(\n    # noqa\n)\n'
  lint a.py
  expect_findings "a.py:4:6: LOOP201 [error]"
}

case_noqa_line_endings() {
  # CRLF line endings, and a last line without a newline.
  put a.py 'import asyncio\r\nLOCK = asyncio.Lock()  # noqa: LOOP201\r\nloop = asyncio.get_event_loop()  # noqa: LOOP201\r\nEV = asyncio.Event()  # noqa'
  lint a.py
  expect_findings "a.py:3:8: LOOP101 [warning]"
  put b.py '# looplint: noqa: LOOP2\r\nimport asyncio\r\nLOCK = asyncio.Lock()\r\nloop = asyncio.get_event_loop()\r\n'
  lint b.py
  expect_findings "b.py:4:8: LOOP101 [warning]"
  put c.py 'import asyncio\nLOCK = asyncio.Lock()\n# looplint: noqa'
  lint c.py
  expect_findings
}

# ---------------------------------------------------------------------------------------------
# File-level noqa.

case_file_noqa() {
  put a.py '# looplint: noqa\nimport asyncio\nloop = asyncio.get_event_loop()\nLOCK = asyncio.Lock()\n'
  run --output-format concise a.py
  expect_rc 0
  expect_stdout "All checks passed!"
  expect_stderr_empty
  # Anywhere in the file, indented or not.
  put b.py 'import asyncio\nloop = asyncio.get_event_loop()\nLOCK = asyncio.Lock()\n\ndef f():\n    #looplint:noqa\n    pass\n'
  lint b.py
  expect_findings
  run --output-format concise -q --show-suppressed a.py b.py
  expect_rc 0
  expect_locs "a.py:3:8: LOOP101 [warning] [suppressed by noqa]" "a.py:4:8: LOOP201 [error] [suppressed by noqa]" \
    "b.py:2:8: LOOP101 [warning] [suppressed by noqa]" "b.py:3:8: LOOP201 [error] [suppressed by noqa]"
}

case_file_noqa_codes() {
  put a.py 'import asyncio\n# looplint: noqa: LOOP1\nloop = asyncio.get_event_loop()\nLOCK = asyncio.Lock()\n'
  lint a.py
  expect_findings "a.py:4:8: LOOP201 [error]"
  put a.py '# looplint: noqa: LOOP201, LOOP101\nimport asyncio\nloop = asyncio.get_event_loop()\nLOCK = asyncio.Lock()\nimport aiohttp\nS = aiohttp.ClientSession()\n'
  lint a.py
  expect_findings "a.py:6:5: LOOP202 [error]"
}

case_file_noqa_not_own_line() {
  put a.py 'import asyncio\nx = 1  # looplint: noqa\nLOCK = asyncio.Lock()\n'
  lint a.py
  expect_findings "a.py:3:8: LOOP201 [error]"
  put a.py 'import asyncio\nLOCK = asyncio.Lock()\nEV = asyncio.Event()  # looplint: noqa\n'
  lint a.py
  expect_findings "a.py:2:8: LOOP201 [error]" "a.py:3:6: LOOP201 [error]"
  put a.py 'import asyncio\n# see looplint: noqa\nLOCK = asyncio.Lock()\n'
  lint a.py
  expect_findings "a.py:3:8: LOOP201 [error]"
}

case_file_noqa_in_docstring() {
  put a.py '"""\n# looplint: noqa\n"""\nimport asyncio\nLOCK = asyncio.Lock()\n'
  lint a.py
  expect_findings "a.py:5:8: LOOP201 [error]"
  put a.py 'import asyncio\nS = """\n    # looplint: noqa\n"""\nLOCK = asyncio.Lock()\n'
  lint a.py
  expect_findings "a.py:5:8: LOOP201 [error]"
}

# ---------------------------------------------------------------------------------------------
# --show-suppressed and --statistics.

case_show_suppressed() {
  put only.py 'import asyncio\nLOCK = asyncio.Lock()  # noqa: LOOP201\n'
  run --output-format concise only.py
  expect_rc 0
  expect_stdout "All checks passed!"
  run --output-format concise -q --show-suppressed only.py
  expect_rc 0
  expect_stderr_empty
  expect_locs "only.py:2:8: LOOP201 [error] [suppressed by noqa]"
  run --show-suppressed only.py
  expect_rc 0
  grep -q '^only.py:2:8: LOOP201 \[error\] \[suppressed by noqa\] ' "$CAP/out" ||
    fail "expected the full format to mark the suppressed diagnostic"
  # With findings left, the exit status is theirs; the suppressed ones are listed among them.
  put mix.py 'import asyncio\nloop = asyncio.get_event_loop()  # noqa\nLOCK = asyncio.Lock()\n'
  run --output-format concise -q --show-suppressed mix.py only.py
  expect_rc 1
  expect_locs "mix.py:2:8: LOOP101 [warning] [suppressed by noqa]" "mix.py:3:8: LOOP201 [error]" \
    "only.py:2:8: LOOP201 [error] [suppressed by noqa]"
  run --output-format concise -q mix.py only.py
  expect_rc 1
  expect_locs "mix.py:3:8: LOOP201 [error]"
  run --output-format concise -q --show-suppressed --exit-zero mix.py
  expect_rc 0
}

case_statistics() {
  put a.py "$STATS_SRC"
  put b.py "$MIX_SRC"
  run --statistics a.py b.py
  expect_rc 1
  expect_stderr_empty
  # By count, most first, then by code.
  expect_stdout "3	LOOP201	module-level-asyncio-primitive" "2	LOOP101	module-level-event-loop" \
    "1	LOOP202	loop-bound-client-outside-coroutine" "1	LOOP203	task-scheduled-outside-loop"
  run --statistics --select LOOP2 --output-file "$CAP/stats" a.py
  expect_rc 1
  expect_stdout
  cp "$CAP/stats" "$CAP/out"
  expect_stdout "2	LOOP201	module-level-asyncio-primitive" "1	LOOP202	loop-bound-client-outside-coroutine" \
    "1	LOOP203	task-scheduled-outside-loop"
  # Suppressed diagnostics are not counted (unless shown), and a clean run prints nothing.
  put c.py 'import asyncio\nLOCK = asyncio.Lock()  # noqa\nloop = asyncio.get_event_loop()\n'
  run --statistics c.py
  expect_rc 1
  expect_stdout "1	LOOP101	module-level-event-loop"
  put d.py 'import asyncio\nLOCK = asyncio.Lock()  # noqa\n'
  run --statistics d.py
  expect_rc 0
  expect_stdout
  expect_stderr_empty
}

# ---------------------------------------------------------------------------------------------


run_cases "$@"
