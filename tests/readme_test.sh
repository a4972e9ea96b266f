#!/usr/bin/env bash
# The README's usage snippets, run as written: its command lines, its pyproject.toml block,
# its pre-commit configuration and its CI job commands. A README edit that breaks a snippet
# fails here.
#
#   bash tests/readme_test.sh --list     one case name per line
#   bash tests/readme_test.sh NAME       run one case
#
# Environment: LOOPLINT (the binary), LOOPLINT_SOURCE_DIR (the repository root), LOOPLINT_AJV
# and LOOPLINT_SARIF_SCHEMA (for the SARIF job).
set -uo pipefail

SUITE=readme
# shellcheck source=tests/case_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/case_lib.sh"

CASE=""
WORK=""

fail() {
  echo "readme/$CASE: FAIL: $*" >&2
  [[ -f "$WORK/out" ]] && { echo "--- output:"; head -n 40 "$WORK/out"; } >&2
  exit 1
}


setup() {
  : "${LOOPLINT:?}" "${LOOPLINT_SOURCE_DIR:?}"
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/looplint-readme.XXXXXX")" || exit 1
  trap remove_work EXIT
  mkdir -p "$WORK/bin" "$WORK/project" "$WORK/home"
  ln -s "$LOOPLINT" "$WORK/bin/looplint"
  export PATH="$WORK/bin:$PATH" HOME="$WORK/home" PRE_COMMIT_HOME="$WORK/home/pre-commit"
  export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid
  export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
  unset NO_COLOR
  # A small project with findings, in a git repository (as CI checks out).
  cd "$WORK/project" || exit 1
  mkdir -p src tests
  printf 'import asyncio\nLOCK = asyncio.Lock()\n' >src/app.py
  printf 'import asyncio\n\n\nasync def main():\n    await asyncio.sleep(0)\n' >src/clean.py
  printf 'import asyncio\nQUEUE = asyncio.Queue()\n' >tests/test_app.py
  git init -q . && git add -A && git commit -qm init
}

# The body of every fenced block of a language in the README's "## Usage" section.
usage_blocks() {
  awk -v language="$1" '
    /^## Usage/ { usage = 1; next }
    /^## / && usage { exit }
    usage && /^```/ { if (inside) { inside = 0; print "\x1e"; next } if ($0 == "```" language) { inside = 1; next } }
    usage && inside { print }
  ' "$LOOPLINT_SOURCE_DIR/README.md"
}

# Runs one README command line: findings (1) are the point of a lint, errors (2) are not.
run_snippet() {
  local line="$1"
  bash -c "$line" >"$WORK/out" 2>&1 </dev/null
  local status=$?
  [[ $status -le 1 ]] || fail "'$line' exited $status"
  return 0
}

case_cli_snippets() {
  local commands=0 line
  while IFS= read -r line; do
    line="${line%%#*}"                       # drop the trailing comment
    [[ "$line" == looplint* || "$line" == cat* ]] || continue
    line="${line//tests\/test_app.py/tests/test_app.py}"
    [[ "$line" == cat\ app.py* ]] && line="${line/cat app.py/cat src/app.py}"
    run_snippet "$line"
    commands=$((commands + 1))
  done < <(usage_blocks sh)
  [[ $commands -ge 5 ]] || fail "expected the README's command-line snippets, found $commands"
  looplint --select LOOP2 --ignore LOOP203 . >"$WORK/out" 2>&1
  grep -q 'src/app.py:2:8: LOOP201' "$WORK/out" || fail "the README's --select example did not report LOOP201"
}

case_config_snippet() {
  local block
  block="$(usage_blocks toml | awk 'BEGIN{RS="\x1e"} NR==1')"
  [[ "$block" == *"[tool.looplint]"* ]] || fail "no [tool.looplint] block in the README's usage section"
  printf '%s\n' "$block" >pyproject.toml
  looplint --output-format concise -q . >"$WORK/out" 2>&1
  local status=$?
  [[ $status -eq 1 ]] || fail "expected findings with the README's configuration, exit $status"
  grep -q '^src/app.py:2:8: LOOP201' "$WORK/out" || fail "expected LOOP201 in src/app.py"
  ! grep -q '^tests/test_app.py' "$WORK/out" || fail "per-file-ignores from the README did not apply to tests/"
  printf 'import asyncio\nLOCK = asyncio.Lock()  # noqa: LOOP201\n' >src/app.py
  looplint --output-format concise -q src/app.py >"$WORK/out" 2>&1 || fail "the README's noqa comment did not suppress"
}

case_precommit_snippet() {
  command -v pre-commit >/dev/null || fail "pre-commit is not installed (make test installs Debian's pre-commit)"
  # The hook repository: a committed copy of this working tree.
  local hooks="$WORK/hooks"
  mkdir -p "$hooks"
  (cd "$LOOPLINT_SOURCE_DIR" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$hooks" 2>/dev/null)
  (cd "$hooks" && git init -q . && git add -A && git commit -qm hooks) || fail "cannot make the hook repository"
  local rev
  rev="$(git -C "$hooks" rev-parse HEAD)"
  local block
  block="$(usage_blocks yaml | awk 'BEGIN{RS="\x1e"} /repos:/ {print; exit}')"
  [[ -n "$block" ]] || fail "no pre-commit configuration in the README's usage section"
  block="${block//<URL of your looplint clone>/$hooks}"
  block="${block//<tag or commit>/$rev}"
  printf '%s\n' "$block" >.pre-commit-config.yaml
  git add .pre-commit-config.yaml
  GIT_ALLOW_PROTOCOL=file pre-commit run --all-files --color never >"$WORK/out" 2>&1
  local status=$?
  [[ $status -ne 0 ]] || fail "the README's pre-commit hook passed a project with findings"
  grep -q 'LOOP201' "$WORK/out" || fail "the hook output does not show LOOP201"
}

case_ci_snippets() {
  local line ran=0
  while IFS= read -r line; do
    [[ "$line" =~ (run:|-)\ +(looplint\ .*)$ ]] || continue
    run_snippet "${BASH_REMATCH[2]}"
    ran=$((ran + 1))
  done < <(usage_blocks yaml)
  [[ $ran -ge 2 ]] || fail "expected the README's CI commands, found $ran"
  [[ -s looplint.sarif ]] || fail "the GitHub snippet wrote no looplint.sarif"
  [[ -s gl-code-quality-report.json ]] || fail "the GitLab snippet wrote no gl-code-quality-report.json"
  if [[ -n "${LOOPLINT_AJV:-}" && -n "${LOOPLINT_SARIF_SCHEMA:-}" ]]; then
    cp looplint.sarif "$WORK/log.json"
    "$LOOPLINT_AJV" validate --spec=draft2020 --strict=false -c ajv-formats -s "$LOOPLINT_SARIF_SCHEMA" \
      -d "$WORK/log.json" >"$WORK/out" 2>&1 || fail "the README's SARIF is not valid SARIF 2.1.0"
  fi
  grep -qE '"check_name":[[:space:]]*"LOOP201"' gl-code-quality-report.json || fail "the GitLab report lacks LOOP201"
}


run_cases "$@"
