#!/usr/bin/env bash
# End-to-end tests of the pre-commit hooks (.pre-commit-hooks.yaml, scripts/pre-commit-build.sh),
# run through ctest (tests/CMakeLists.txt).
#
#   bash tests/pre_commit_test.sh --list     one case name per line
#   bash tests/pre_commit_test.sh NAME       run one case: exit 0 on pass, 1 on failure
#
# Environment: LOOPLINT (the built binary), LOOPLINT_SOURCE_DIR (the repository root).
# Needs Debian's pre-commit (installed by `make test`'s set-up), git, coreutils, flock.
#
# Each case copies the working tree of LOOPLINT_SOURCE_DIR (tracked and untracked files, not the
# ignored ones: uncommitted work is tested too) into a temporary git repository, commits it, and
# points a consumer repository's .pre-commit-config.yaml at that path and commit. pre-commit's
# cache (PRE_COMMIT_HOME) and HOME are inside the case's temporary directory, removed on exit.
# Nothing needs the network: the hooks are `system`/`script` hooks, the hook repository is a local
# path, the build hook gets the grammar tarball already in the build tree, and `npm` on PATH is a
# stub that fails the case if anything calls it.
set -uo pipefail

SUITE=precommit
# shellcheck source=tests/case_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/case_lib.sh"

BAD_SRC='import asyncio\nLOCK = asyncio.Lock()\n'        # LOOP201 at 2:8
GOOD_SRC='import threading\nL = threading.Lock()\n'      # clean
GOOD_ASYNC_SRC='import asyncio\n\n\nasync def main():\n    lock = asyncio.Lock()\n    async with lock:\n        pass\n\n\nasyncio.run(main())\n'
HOOK_TIMEOUT=120     # seconds for a pre-commit run that does not build
BUILD_TIMEOUT=600    # seconds for a pre-commit run that builds looplint

# ---------------------------------------------------------------------------------------------
# Harness.

CASE=""
WORK=""       # the case's temporary directory
CAP=""        # captured output
HOOKS=""      # the hook repository (a committed copy of the working tree)
HOOK_REV=""   # its commit
RC=0
ORIGINAL_PATH="$PATH"

cleanup() {
  # Background pre-commit runs of a failed case must not outlive it.
  local job
  for job in $(jobs -p); do kill -- "$job" 2>/dev/null; done
  wait 2>/dev/null
  remove_work
}

setup() {
  : "${LOOPLINT:?set LOOPLINT to the looplint binary}"
  : "${LOOPLINT_SOURCE_DIR:?set LOOPLINT_SOURCE_DIR to the repository root}"
  [[ -x "$LOOPLINT" ]] || { echo "precommit/$CASE: LOOPLINT='$LOOPLINT' is not an executable" >&2; exit 1; }
  LOOPLINT="$(cd "$(dirname "$LOOPLINT")" && pwd -P)/$(basename "$LOOPLINT")"
  LOOPLINT_SOURCE_DIR="$(cd "$LOOPLINT_SOURCE_DIR" && pwd -P)"
  local tool
  for tool in pre-commit git flock timeout; do
    command -v "$tool" >/dev/null 2>&1 || {
      echo "precommit/$CASE: FAIL: '$tool' is not installed (make test installs it: apt-get install pre-commit)" >&2
      exit 1
    }
  done
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/looplint-precommit.XXXXXX")" || exit 1
  trap cleanup EXIT
  WORK="$(cd "$WORK" && pwd -P)"
  CAP="$WORK/cap"
  mkdir -p "$CAP" "$WORK/home" "$WORK/guard" "$WORK/bin"
  # Nothing from the caller's environment may change the results, and nothing is written to
  # the real home directory.
  unset NO_COLOR FORCE_COLOR GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY SKIP \
    PRE_COMMIT PRE_COMMIT_ALLOW_NO_CONFIG PRE_COMMIT_COLOR LOOPLINT_GRAMMAR_TARBALL CMAKE_GENERATOR
  export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_CACHE_HOME="$WORK/home/.cache"
  export PRE_COMMIT_HOME="$WORK/pre-commit-home" GIT_CONFIG_NOSYSTEM=1
  export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t
  export GIT_COMMITTER_EMAIL=t@example.invalid
  # Offline: git may only use local repositories, proxies point at a closed port, and npm is a
  # stub that records the call and fails.
  export GIT_ALLOW_PROTOCOL=file
  export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9
  export HTTPS_PROXY=http://127.0.0.1:9 ALL_PROXY=http://127.0.0.1:9 no_proxy='' NO_PROXY=''
  printf '#!/bin/sh\necho "npm $*" >>"%s"\necho "npm must not be called by these tests" >&2\nexit 1\n' \
    "$CAP/npm-calls" >"$WORK/guard/npm"
  chmod +x "$WORK/guard/npm"
  # $WORK/bin holds `looplint` only for the cases that put it on PATH (looplint_on_path).
  export PATH="$WORK/guard:$WORK/bin:$ORIGINAL_PATH"
  git config --global init.defaultBranch main
  git config --global advice.detachedHead false
  make_hook_repo
}

fail() {
  {
    echo "precommit/$CASE: FAIL: $*"
    if [[ -f "$CAP/cmd" ]]; then
      echo "--- last command: $(cat "$CAP/cmd")"
      echo "--- its exit status: $RC"
      echo "--- its output:"; cat -v "$CAP/out" 2>/dev/null | head -n 80
    fi
  } >&2
  exit 1
}


# put PATH TEXT: writes printf-%b TEXT to PATH, creating directories.

# make_hook_repo: $WORK/hooks, a git repository holding the working tree of LOOPLINT_SOURCE_DIR.
make_hook_repo() {
  HOOKS="$WORK/hooks"
  mkdir -p "$HOOKS"
  if git -C "$LOOPLINT_SOURCE_DIR" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$LOOPLINT_SOURCE_DIR" &&
      git ls-files -z --cached --others --exclude-standard |
      while IFS= read -r -d '' file; do [[ -f "$file" ]] && printf '%s\0' "$file"; done |
      xargs -0 -r cp -p --parents -t "$HOOKS") || fail "cannot copy the working tree into $HOOKS"
  else
    tar -C "$LOOPLINT_SOURCE_DIR" --exclude=./.git --exclude=./build --exclude='./build-*' -cf - . |
      tar -C "$HOOKS" -xf - || fail "cannot copy the source tree into $HOOKS"
  fi
  [[ -f "$HOOKS/.pre-commit-hooks.yaml" ]] || fail "the working tree has no .pre-commit-hooks.yaml"
  [[ -x "$HOOKS/scripts/pre-commit-build.sh" ]] || fail "scripts/pre-commit-build.sh is missing or not executable"
  (cd "$HOOKS" && git init -q && git add -A && git commit -q -m "looplint working tree") ||
    fail "cannot commit the copy of the working tree"
  HOOK_REV="$(git -C "$HOOKS" rev-parse HEAD)"
}

looplint_on_path() { ln -sf "$LOOPLINT" "$WORK/bin/looplint"; }

# consumer DIR HOOK_ID [ARGS_YAML]: a new git repository DIR whose .pre-commit-config.yaml uses
# the hook HOOK_ID (a space-separated list of ids is allowed) from $HOOKS at $HOOK_REV.
consumer() {
  local dir="$1" ids="$2" args="${3:-}" id
  mkdir -p "$dir"
  git -C "$dir" init -q || fail "git init $dir failed"
  {
    echo "repos:"
    echo "  - repo: $HOOKS"
    echo "    rev: $HOOK_REV"
    echo "    hooks:"
    for id in $ids; do
      echo "      - id: $id"
      [[ -z "$args" ]] || echo "        args: $args"
    done
  } >"$dir/.pre-commit-config.yaml"
  git -C "$dir" add .pre-commit-config.yaml
}

# stage DIR PATH TEXT: writes the file and stages it (git add -f: also when .gitignore'd).
stage() {
  put "$1/$2" "$3"
  git -C "$1" add -f -- "$2" || fail "git add $2 failed"
}

commit() { git -C "$1" commit -q --no-verify -m "${2:-commit}" || fail "git commit in $1 failed"; }

# pc DIR ARGS...: runs pre-commit in DIR; output (stdout and stderr) -> $CAP/out.
pc() {
  local dir="$1"
  shift
  printf '(cd %q && pre-commit %s)' "$dir" "$(printf '%q ' "$@")" >"$CAP/cmd"
  (cd "$dir" && timeout "$HOOK_TIMEOUT" pre-commit "$@") >"$CAP/out" 2>&1
  RC=$?
  [[ $RC -ne 124 ]] || fail "pre-commit did not finish within $HOOK_TIMEOUT seconds"
}

expect_out_has() { grep -qF -- "$1" "$CAP/out" || fail "expected the output to contain '$1'"; }
expect_out_lacks() { ! grep -qF -- "$1" "$CAP/out" || fail "expected the output not to contain '$1'"; }

expect_no_npm() {
  [[ ! -e "$CAP/npm-calls" ]] || fail "npm was called (the hooks must work offline): $(cat "$CAP/npm-calls")"
}

# ---------------------------------------------------------------------------------------------
# The `looplint` hook (language: system, the binary on PATH).

case_system_hook_finds() {
  looplint_on_path
  local repo="$WORK/consumer"
  consumer "$repo" looplint
  stage "$repo" bad.py "$BAD_SRC"
  stage "$repo" good.py "$GOOD_SRC"
  stage "$repo" stubs/bad.pyi "$BAD_SRC"
  put "$repo/bin/tool" "#!/usr/bin/env python3\n$BAD_SRC"       # python by its shebang
  chmod +x "$repo/bin/tool"                                      # (pre-commit reads it only then)
  git -C "$repo" add bin/tool
  stage "$repo" notes.txt "$BAD_SRC"                             # not Python: never passed
  pc "$repo" run --all-files --color never
  expect_rc 1
  expect_out_has "looplint"
  expect_out_has "Failed"
  expect_out_has "bad.py:2:8: LOOP201 [error]"
  expect_out_has "stubs/bad.pyi:2:8: LOOP201 [error]"
  expect_out_has "bin/tool:3:8: LOOP201 [error]"
  expect_out_lacks "good.py"
  expect_out_lacks "notes.txt"
  expect_out_has "Found 3 diagnostics"
  expect_no_npm
}

case_system_hook_passes() {
  looplint_on_path
  local repo="$WORK/consumer"
  consumer "$repo" looplint
  stage "$repo" good.py "$GOOD_SRC"
  stage "$repo" app/main.py "$GOOD_ASYNC_SRC"
  stage "$repo" notes.txt "$BAD_SRC"
  pc "$repo" run --all-files --color never
  expect_rc 0
  expect_out_has "Passed"
  expect_out_lacks "LOOP201"
  # No Python file at all: the hook is skipped, and that passes too.
  local empty="$WORK/empty"
  consumer "$empty" looplint
  stage "$empty" notes.txt "$BAD_SRC"
  pc "$empty" run --all-files --color never
  expect_rc 0
  expect_out_has "(no files to check)Skipped"
}

case_system_hook_force_exclude() {
  looplint_on_path
  local repo="$WORK/consumer"
  consumer "$repo" looplint
  stage "$repo" good.py "$GOOD_SRC"
  stage "$repo" .gitignore 'gen/\n'
  stage "$repo" pyproject.toml '[tool.looplint]\nextend-exclude = ["legacy"]\n'
  commit "$repo" initial
  # Staged in paths that looplint excludes: build/ (a default exclude), .venv/, a .gitignore'd
  # directory (force-added) and one the project's configuration excludes. Named one by one, as
  # pre-commit does, they are still skipped.
  stage "$repo" build/x.py "$BAD_SRC"
  stage "$repo" .venv/lib/y.py "$BAD_SRC"
  stage "$repo" gen/z.py "$BAD_SRC"
  stage "$repo" legacy/old.py "$BAD_SRC"
  (cd "$repo" && "$LOOPLINT" --output-format concise build/x.py >/dev/null 2>&1)
  [[ $? -eq 1 ]] || fail "without --force-exclude, looplint build/x.py should report LOOP201 (the case proves nothing otherwise)"
  pc "$repo" run --color never                 # the staged files, as at commit time
  expect_rc 0
  expect_out_has "Passed"
  expect_out_lacks "LOOP201"
  pc "$repo" run --all-files --color never
  expect_rc 0
  expect_out_lacks "LOOP201"
  # A staged file outside the excludes is still linted at commit time.
  stage "$repo" src/new.py "$BAD_SRC"
  pc "$repo" run --color never
  expect_rc 1
  expect_out_has "src/new.py:2:8: LOOP201 [error]"
  expect_out_lacks "build/x.py"
  expect_out_lacks "gen/z.py"
  expect_out_lacks ".venv"
  expect_out_lacks "legacy/old.py"
}

case_system_hook_args_override() {
  # A hook's `args:` come after the entry: a later --output-format wins, and --force-exclude
  # (in the entry) stays and applies the excludes given in args too.
  looplint_on_path
  local repo="$WORK/consumer"
  consumer "$repo" looplint "[--output-format, full, --select, LOOP2, --extend-exclude, migrations]"
  stage "$repo" bad.py "$BAD_SRC"
  stage "$repo" build/x.py "$BAD_SRC"
  stage "$repo" app/migrations/m1.py "$BAD_SRC"   # excluded by the hook's own args
  pc "$repo" run --all-files --color never
  expect_rc 1
  expect_out_has "bad.py:2:8: LOOP201 [error]"
  expect_out_has "2 | LOCK = asyncio.Lock()"
  expect_out_has "^^^^^^^^^^^^^^ LOOP201"
  expect_out_lacks "build/x.py"
  expect_out_lacks "migrations"
}

case_try_repo() {
  looplint_on_path
  local repo="$WORK/consumer"
  mkdir -p "$repo"
  git -C "$repo" init -q || fail "git init failed"
  stage "$repo" bad.py "$BAD_SRC"
  stage "$repo" good.py "$GOOD_SRC"
  pc "$repo" try-repo "$HOOKS" looplint --all-files --color never
  expect_rc 1
  expect_out_has "bad.py:2:8: LOOP201 [error]"
  expect_out_lacks "good.py:"
  git -C "$repo" rm -q --cached bad.py && rm "$repo/bad.py"
  pc "$repo" try-repo "$HOOKS" looplint --all-files --color never
  expect_rc 0
  expect_out_has "Passed"
  expect_no_npm
}

case_whole_repo_hook() {
  # The file-by-file hook sees only the changed files; looplint-all lints the whole repository.
  looplint_on_path
  local repo="$WORK/consumer"
  consumer "$repo" "looplint looplint-all"
  stage "$repo" pkg/bad.py "$BAD_SRC"
  stage "$repo" pkg/good.py "$GOOD_SRC"
  stage "$repo" build/x.py "$BAD_SRC"
  commit "$repo" initial
  stage "$repo" pkg/good.py "$GOOD_SRC# changed\n"
  pc "$repo" run looplint --color never
  expect_rc 0
  expect_out_lacks "LOOP201"
  pc "$repo" run looplint-all --color never
  expect_rc 1
  expect_out_has "pkg/bad.py:2:8: LOOP201 [error]"
  expect_out_lacks "build/x.py"      # the walk applies the default excludes
  expect_out_has "Found 1 diagnostic"
  # A change that touches no Python file does not run it.
  git -C "$repo" commit -q --no-verify -m change
  stage "$repo" README.md 'hello\n'
  pc "$repo" run looplint-all --color never
  expect_rc 0
  expect_out_has "(no files to check)Skipped"
}

# ---------------------------------------------------------------------------------------------
# The `looplint-build` hook (language: script): builds looplint from the hook repository.

# The grammar tarball the configure step of LOOPLINT's build tree downloaded.
grammar_tarball() {
  local build_dir tarball
  build_dir="$(dirname "$LOOPLINT")"
  tarball="$build_dir/_deps/tree-sitter-python/tree-sitter-python-0.23.6.tgz"
  [[ -f "$tarball" ]] || fail "no grammar tarball at $tarball (the build tree of LOOPLINT has none?)"
  echo "$tarball"
}

case_build_hook() {
  # The hook must build its own looplint. Two pre-commit processes start at once on
  # a fresh cache; both must get the right answer from a single build.
  LOOPLINT_GRAMMAR_TARBALL="$(grammar_tarball)" || exit 1
  export LOOPLINT_GRAMMAR_TARBALL
  # A looplint on PATH must not be used: shadow any with a stub that fails the case.
  printf '#!/bin/sh\necho "looplint on PATH was called" >&2\nexit 3\n' >"$WORK/guard/looplint"
  chmod +x "$WORK/guard/looplint"
  local a="$WORK/consumer-a" b="$WORK/consumer-b" started
  consumer "$a" "looplint-build looplint-build-all"
  consumer "$b" "looplint-build looplint-build-all"
  stage "$a" bad.py "$BAD_SRC"
  stage "$a" good.py "$GOOD_SRC"
  stage "$a" build/x.py "$BAD_SRC"
  stage "$b" good.py "$GOOD_SRC"
  started=$SECONDS
  local side
  for side in a b; do
    local dir="$WORK/consumer-$side"
    (cd "$dir" && timeout "$BUILD_TIMEOUT" pre-commit run looplint-build --all-files --verbose --color never \
      >"$CAP/$side.out" 2>&1; echo $? >"$CAP/$side.rc") &
  done
  wait
  local rc_a rc_b
  rc_a="$(cat "$CAP/a.rc" 2>/dev/null)" rc_b="$(cat "$CAP/b.rc" 2>/dev/null)"
  echo "(cd $a && pre-commit run looplint-build --all-files --verbose) in parallel with the same in $b" >"$CAP/cmd"
  cp "$CAP/a.out" "$CAP/out"
  RC="$rc_a"
  [[ "$rc_a" != 124 ]] || fail "the first pre-commit run did not finish within $BUILD_TIMEOUT seconds"
  [[ "$rc_a" == 1 ]] || fail "consumer-a (a bad file): expected exit status 1, got $rc_a"
  expect_out_has "bad.py:2:8: LOOP201 [error]"
  expect_out_lacks "build/x.py"
  expect_out_lacks "good.py:"
  cp "$CAP/b.out" "$CAP/out"
  RC="$rc_b"
  [[ "$rc_b" != 124 ]] || fail "the second pre-commit run did not finish within $BUILD_TIMEOUT seconds"
  [[ "$rc_b" == 0 ]] || fail "consumer-b (only a good file): expected exit status 0, got $rc_b"
  expect_out_has "Passed"
  expect_no_npm
  note "two concurrent pre-commit runs with a build took $((SECONDS - started)) s"

  # Exactly one build, in pre-commit's cache (the clone of the hook repository), none in progress.
  local logs
  mapfile -t logs < <(find "$PRE_COMMIT_HOME" -path '*/build/pre-commit/builds.log')
  [[ ${#logs[@]} -eq 1 ]] || fail "expected one build/pre-commit/builds.log under PRE_COMMIT_HOME, found ${#logs[@]}"
  local state
  state="$(dirname "${logs[0]}")"
  [[ "$(wc -l <"${logs[0]}")" -eq 1 ]] || fail "expected one build, $(wc -l <"${logs[0]}") recorded in ${logs[0]}:
$(cat "${logs[0]}")"
  [[ "$(cat "$CAP/a.out" "$CAP/b.out" | grep -c 'looplint-build: building looplint')" -eq 1 ]] ||
    fail "expected exactly one 'building looplint' message across the two runs"
  if ! grep -qh 'looplint-build: waiting for another process' "$CAP/a.out" "$CAP/b.out"; then
    note "the two runs did not contend for the lock this time (pre-commit serialised them)"
  fi
  [[ -x "$state/bin/looplint" ]] || fail "no $state/bin/looplint"
  ! compgen -G "$state/tmp.*" >/dev/null || fail "a temporary build directory was left behind: $(echo "$state"/tmp.*)"
  [[ ! -e "$HOOKS/build/pre-commit" ]] || fail "the build went into the hook repository, not pre-commit's clone of it"

  # A finished build is reused: no second build, and quickly.
  started=$SECONDS
  pc "$a" run looplint-build --all-files --verbose --color never
  expect_rc 1
  expect_out_has "bad.py:2:8: LOOP201 [error]"
  expect_out_lacks "building looplint"
  [[ "$(wc -l <"${logs[0]}")" -eq 1 ]] || fail "a finished build was not reused"
  ((SECONDS - started < 30)) || fail "a run with a finished build took $((SECONDS - started)) s"

  # The whole-repository variant, with the same build.
  pc "$a" run looplint-build-all --all-files --color never
  expect_rc 1
  expect_out_has "bad.py:2:8: LOOP201 [error]"
  expect_out_lacks "build/x.py"
  [[ "$(wc -l <"${logs[0]}")" -eq 1 ]] || fail "looplint-build-all built looplint again"
  expect_no_npm
}

case_build_hook_missing_deps() {
  # Without cmake and the libraries, the hook names the apt-get command and fails; it installs
  # nothing and builds nothing. PATH mirrors the real one minus cmake, npm and looplint.
  local limited="$WORK/limited" dir
  mkdir -p "$limited" "$WORK/no-pkgconfig"
  local IFS=:
  for dir in $ORIGINAL_PATH; do
    [[ -d "$dir" ]] || continue
    find "$dir" -maxdepth 1 -mindepth 1 \( -type f -o -type l \) -executable \
      ! -name cmake ! -name npm ! -name looplint -print0 2>/dev/null |
      xargs -0 -r ln -s -t "$limited" 2>/dev/null
  done
  unset IFS
  [[ -e "$limited/git" && -e "$limited/bash" ]] || fail "could not build a PATH without cmake"
  export PATH="$limited" PKG_CONFIG_LIBDIR="$WORK/no-pkgconfig" PKG_CONFIG_PATH=''
  local repo="$WORK/consumer"
  consumer "$repo" looplint-build
  stage "$repo" good.py "$GOOD_SRC"
  pc "$repo" run --all-files --color never
  [[ "$RC" -ne 0 ]] || fail "expected the hook to fail without its build dependencies"
  expect_out_has "looplint-build: cannot build looplint: missing cmake"
  grep -qE 'apt-get install -y --no-install-recommends cmake( [a-z0-9.+-]+)* libtree-sitter-dev libcjson-dev libgit2-dev libtomlplusplus-dev npm$' "$CAP/out" ||
    fail "expected the exact apt-get command naming cmake, the four libraries and npm"
  expect_out_has "'looplint' hook"
  [[ -z "$(find "$PRE_COMMIT_HOME" -path '*/build/pre-commit/bin' 2>/dev/null)" ]] ||
    fail "a binary was built without the build dependencies?"
}

# ---------------------------------------------------------------------------------------------


run_cases "$@"
