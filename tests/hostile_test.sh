#!/usr/bin/env bash
# Hostile inputs: files and paths that must neither crash nor hang looplint (docs/reliability.md).
# Each case lints one hostile input in a temporary directory beside lock.py, a normal file with a
# known finding, and checks: no crash (exit 0, 1 or 2, never a signal), no hang (every run is
# bounded by `timeout`), a message on stderr naming the input when it is skipped, lock.py's
# finding still reported, and the documented exit status. Inputs already covered by
# tests/cli_test.sh (NUL bytes, invalid UTF-8, unreadable files and directories, empty files,
# BOM, CRLF and lone CR line endings) are not repeated here.
#
#   bash tests/hostile_test.sh --list     one case name per line
#   bash tests/hostile_test.sh NAME       run one case: exit 0 on pass, 1 on failure
#
# Environment: LOOPLINT (the binary, or a wrapper that runs it, e.g. under valgrind),
# LOOPLINT_SOURCE_DIR, LOOPLINT_AJV and LOOPLINT_SARIF_SCHEMA (for the SARIF check);
# LOOPLINT_TIMEOUT (seconds per run, default 60); LOOPLINT_HOSTILE_QUICK=1 makes the largest
# and deepest inputs ten times smaller, for runs under valgrind (which would otherwise exceed
# the parser's time budget). Generated inputs are written with python3 (which pre-commit, a
# test dependency, brings) and never committed.
set -uo pipefail

SUITE=hostile
# shellcheck source=tests/case_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/case_lib.sh"

LOCK_SRC='import asyncio\nLOCK = asyncio.Lock()\n'   # LOOP201 at 2:8
LOCK_FINDING="lock.py:2:8:LOOP201"

CASE=""
WORK=""
SRC=""
CAP=""
RC=0
TIME_LIMIT="${LOOPLINT_TIMEOUT:-60}"
SCALE=1
UNPRIV=()

setup() {
  : "${LOOPLINT:?set LOOPLINT to the looplint binary}"
  : "${LOOPLINT_SOURCE_DIR:?set LOOPLINT_SOURCE_DIR to the repository root}"
  setup_work
  command -v python3 >/dev/null 2>&1 || { echo "hostile/$CASE: FAIL: python3 is needed to write the inputs" >&2; exit 1; }
  [[ "${LOOPLINT_HOSTILE_QUICK:-0}" == 1 ]] && SCALE=10
  cd "$SRC" || exit 1
  put lock.py "$LOCK_SRC"
}

fail() {
  {
    echo "hostile/$CASE: FAIL: $*"
    if [[ -f "$CAP/cmd" ]]; then
      echo "--- last command (in $(pwd)): $(head -c 300 "$CAP/cmd")"
      echo "--- its exit status: $RC"
      echo "--- its stdout:"; head -c 3000 "$CAP/out" 2>/dev/null | cat -v | head -n 40
      echo "--- its stderr:"; head -c 3000 "$CAP/err" 2>/dev/null | cat -v | head -n 20
    fi
  } >&2
  exit 1
}

# run ARGS...: runs looplint in $SRC, bounded by $TIME_LIMIT seconds; stdout -> $CAP/out,
# stderr -> $CAP/err. A hang or a crash fails the case at once.
run() {
  printf '%q ' looplint "$@" >"$CAP/cmd"
  timeout "$TIME_LIMIT" ${UNPRIV[@]+"${UNPRIV[@]}"} "$LOOPLINT" "$@" </dev/null >"$CAP/out" 2>"$CAP/err"
  RC=$?
  [[ $RC -ne 124 ]] || fail "looplint did not finish within $TIME_LIMIT seconds (a hang?)"
  [[ $RC -le 2 ]] || fail "exit status $RC: looplint crashed (signal $((RC > 128 ? RC - 128 : 0))) or a checker found an error"
}

# json_findings FILE: the diagnostics of a JSON report, one "filename:row:column:code" per line
# (sorted as looplint sorts them); fails the case if FILE is not valid JSON.
json_findings() {
  python3 - "$1" >"$CAP/findings" 2>"$CAP/python.err" <<'EOF' || fail "the JSON report is not valid: $(cat "$CAP/python.err")"
import json, sys
with open(sys.argv[1], encoding="utf-8") as stream:   # strict: invalid UTF-8 fails
    report = json.load(stream)
for d in report:
    print("%s:%d:%d:%s" % (d["filename"], d["location"]["row"], d["location"]["column"], d["code"]))
EOF
}

# expect_findings LINE...: the JSON report on stdout holds exactly these diagnostics.
expect_findings() {
  json_findings "$CAP/out"
  _compare "diagnostics (filename:row:column:code)" "$CAP/findings" "$@"
}

# expect_skipped NAME: stderr is exactly one line, "looplint: NAME: <reason>", and exit status 2.
expect_skipped() {
  expect_rc 2
  [[ "$(wc -l <"$CAP/err")" -eq 1 ]] || fail "expected exactly one line on stderr, about $1"
  grep -qF -- "looplint: $1: " "$CAP/err" || fail "expected stderr to be 'looplint: $1: <reason>'"
  [[ "$(wc -c <"$CAP/err")" -gt $((${#1} + 14)) ]] || fail "expected a reason after 'looplint: $1: '"
}

expect_stderr_has() { grep -qF -- "$1" "$CAP/err" || fail "expected stderr to mention '$1'"; }

# lint_named_then_walked NAME: lints NAME and lock.py by name, then by walking the directory,
# with JSON output: the same exit status both ways; leaves the second run's results, and the
# first's in $CAP/named.json.
lint_named_then_walked() {
  run --output-format json "$1" lock.py
  cp "$CAP/out" "$CAP/named.json"
  local named_rc=$RC
  run --output-format json .
  [[ $RC -eq $named_rc ]] || fail "exit status $named_rc when named, $RC when walked"
}

# python_write PATH CODE: runs CODE with `out` bound to PATH opened for binary writing.
python_write() {
  python3 -c "import sys, random
out = open(sys.argv[1], 'wb')
$2
out.close()" "$1" || fail "could not write $1"
}

# ---------------------------------------------------------------------------------------------
# Bytes

case_random_bytes() {
  # 64 KiB from a fixed seed: a NUL byte is all but certain, so the file is binary.
  python_write noise.py 'r = random.Random(20261122); out.write(bytes(r.getrandbits(8) for _ in range(65536)))'
  run --output-format json noise.py lock.py
  expect_skipped noise.py
  expect_stderr_has "NUL byte"
  expect_findings "$LOCK_FINDING"
  run --output-format json .
  expect_skipped noise.py
  expect_findings "$LOCK_FINDING"
}

case_random_text() {
  # 256 KiB (or 25) of random Python-ish tokens from a fixed seed, which the parser must take
  # apart: a syntax error (LOOP001), nothing worse.
  SIZE=$((256 * 1024 / SCALE)) python_write soup.py '
import os
r = random.Random(7)
words = ["(", ")", "[", "]", "{", "}", ",", ":", ";", "=", "+", "-", "*", "**", ".", "not", "lambda",
         "if", "else", "def", "class", "x", "1", "\"s\"", "\n", "\n\t", "#c\n"]
out.write(b"import asyncio\n")
while out.tell() < int(os.environ["SIZE"]):
    out.write((r.choice(words) + " ").encode())'
  run --output-format json soup.py lock.py
  expect_rc 1
  [[ ! -s "$CAP/err" ]] || fail "expected nothing on stderr"
  json_findings "$CAP/out"
  grep -qx "$LOCK_FINDING" "$CAP/findings" || fail "lock.py's finding is missing"
  grep -qE '^soup\.py:[0-9]+:[0-9]+:LOOP001$' "$CAP/findings" || fail "expected a LOOP001 for soup.py"
}

case_bom_crlf_tabs_wide_characters() {
  # Columns count characters (a tab, a CJK character, an emoji and a combining accent are one
  # each), the BOM is not a character, CRLF ends a line once.
  put wide.py '\xef\xbb\xbfimport asyncio\r\n\r\n\tx = "日本🙂e\xcc\x81"; L = asyncio.Lock()\r\nM = asyncio.Lock()\r\n'
  run --output-format json wide.py lock.py
  expect_rc 1
  expect_stderr_empty
  expect_findings "lock.py:2:8:LOOP201" "wide.py:3:19:LOOP201" "wide.py:4:5:LOOP201"
  python3 - "$CAP/out" <<'EOF' || fail "wrong end columns: $(cat "$CAP/python.err")"
import json, sys
ends = [(d["end_location"]["row"], d["end_location"]["column"]) for d in json.load(open(sys.argv[1])) if d["filename"] == "wide.py"]
assert ends == [(3, 33), (4, 19)], ends
EOF
}

# ---------------------------------------------------------------------------------------------
# Size

case_big_file_50mb() {
  # 50 MiB (5 MiB with LOOPLINT_HOSTILE_QUICK=1): fifty long string constants, then a finding
  # on line 52, at the limits no longer of lines but of the file.
  SIZE=$(((1 << 20) / SCALE)) python_write big.py '
import os
out.write(b"import asyncio\n")
for i in range(50):
    out.write(b"S%d = \"%s\"\n" % (i, b"y" * int(os.environ["SIZE"])))
out.write(b"LATE = asyncio.Lock()\n")'
  lint_named_then_walked big.py
  expect_rc 1
  expect_stderr_empty
  expect_findings "big.py:52:8:LOOP201" "$LOCK_FINDING"
  cmp -s "$CAP/out" "$CAP/named.json" || fail "walking and naming the file report differently"
}

case_million_lines() {
  # 1 000 000 lines (100 000 with LOOPLINT_HOSTILE_QUICK=1): in each eight, a statement, a
  # comment, a docstring line, a line of a multi-line string and blank lines; findings at the
  # start and at the end.
  local lines=$((1000000 / SCALE))
  LINES="$lines" python_write lines.py '
import os
lines = int(os.environ["LINES"])
out.write(b"import asyncio\nFIRST = asyncio.Lock()\n")
block = b"x = 1\n# a comment\n\"\"\"a docstring line\"\"\"\ns = \"\"\"a string\n\n\"\"\"\n\n\n"
assert block.count(b"\n") == 8, block
out.write(block * ((lines - 3) // 8) + b"\n" * ((lines - 3) % 8))
out.write(b"LAST = asyncio.Lock()\n")'
  [[ "$(wc -l <lines.py)" -eq "$lines" ]] || fail "the generator wrote $(wc -l <lines.py) lines, not $lines"
  run --output-format json .
  expect_rc 1
  expect_stderr_empty
  expect_findings "lines.py:2:9:LOOP201" "lines.py:$lines:8:LOOP201" "$LOCK_FINDING"
}

# ---------------------------------------------------------------------------------------------
# Depth: nothing may overflow a stack, and tree-sitter 0.20.7's limits (docs/reliability.md)
# become a clear message.

case_deep_brackets() {
  python_write closed.py 'out.write(b"import asyncio\nx = " + b"[" * 100000 + b"]" * 100000 + b"\n")'
  python_write open.py 'out.write(b"import asyncio\nx = f(" + b"(" * 100000 + b"\n")'
  run --output-format json closed.py open.py lock.py
  expect_rc 2
  expect_findings "$LOCK_FINDING"
  [[ "$(wc -l <"$CAP/err")" -eq 2 ]] || fail "expected one stderr line for each deep file"
  grep -qx 'looplint: closed.py: has brackets nested more than 1000 deep at line 2 (CPython allows 200); skipped' \
    "$CAP/err" || fail "expected closed.py to be skipped for its nesting"
  grep -qx 'looplint: open.py: has brackets nested more than 1000 deep at line 2 (CPython allows 200); skipped' \
    "$CAP/err" || fail "expected open.py to be skipped for its nesting"
  # At the limit (999 brackets and the call's), the file is linted; brackets in strings and
  # comments do not count.
  python_write edge.py 'out.write(b"import asyncio\nx = " + b"(" * 999 + b"asyncio.Lock()" + b")" * 999 + b"\n# " + b"(" * 5000 + b"\ns = \"" + b"[" * 5000 + b"\"\n")'
  run --output-format json edge.py lock.py
  expect_rc 1
  expect_stderr_empty
  expect_findings "edge.py:2:1004:LOOP201" "$LOCK_FINDING"
}

case_deep_expressions() {
  # 100 000 (or 10 000) nested operators, lambdas and calls without brackets: our walks are
  # iterative.
  local depth=$((100000 / SCALE))
  export DEPTH="$depth"
  python_write nots.py 'import os; out.write(b"import asyncio\nL = " + b"not " * int(os.environ["DEPTH"]) + b"asyncio.Lock()\n")'
  python_write lambdas.py 'import os; out.write(b"import asyncio\nF = " + b"lambda: " * int(os.environ["DEPTH"]) + b"asyncio.Lock()\n")'
  python_write chain.py 'import os; out.write(b"import asyncio\nx = " + b"a = " * int(os.environ["DEPTH"]) + b"asyncio.Lock()\n")'
  python_write attrs.py 'import os; out.write(b"import asyncio\nx = asyncio" + b".a" * int(os.environ["DEPTH"]) + b"\nL = asyncio.Lock()\n")'
  run --output-format json nots.py lambdas.py chain.py attrs.py lock.py
  expect_rc 1
  expect_stderr_empty
  # The chain binds all its names to one Lock(): one report, where the call is.
  expect_findings "attrs.py:3:5:LOOP201" "chain.py:2:$((4 * depth + 5)):LOOP201" "$LOCK_FINDING" \
    "nots.py:2:$((4 * depth + 5)):LOOP201"
}

case_deep_blocks() {
  # `if x:` nested 3000 deep (4.5 MB; 100 000 levels would take 5 GB): no stack overflow. The
  # parser's indentation stack (tree-sitter-python's scanner) gives up long before, so a
  # syntax error is reported too; CPython stops at 100 levels.
  python_write blocks.py '
out.write(b"import asyncio\n")
for depth in range(3000):
    out.write(b" " * depth + b"if x:\n")
out.write(b" " * 3000 + b"L = asyncio.Lock()\n")'
  run --output-format json blocks.py lock.py
  expect_rc 1
  expect_stderr_empty
  json_findings "$CAP/out"
  grep -qx "$LOCK_FINDING" "$CAP/findings" || fail "lock.py's finding is missing"
  grep -qx "blocks.py:3002:3005:LOOP201" "$CAP/findings" || fail "the finding at the deepest level is missing"
}

case_comment_run() {
  # 70 000 comment lines in a row: one node with that many children corrupts tree-sitter
  # 0.20.7's heap, so the file is skipped before parsing. 2000 are fine.
  python_write comments.py 'out.write(b"import asyncio\nx = [\n" + b"# c\n" * 70000 + b"]\n")'
  python_write continued.py 'out.write(b"import asyncio\nx = 1\n" + b"\\\n" * 70000 + b"y = 1\n")'
  python_write fine.py 'out.write(b"import asyncio\n" + b"# c\n\n" * 2000 + b"L = asyncio.Lock()\n")'
  run --output-format json comments.py continued.py fine.py lock.py
  expect_rc 2
  expect_findings "fine.py:4002:5:LOOP201" "$LOCK_FINDING"
  [[ "$(wc -l <"$CAP/err")" -eq 2 ]] || fail "expected one stderr line for each long run"
  grep -qx 'looplint: comments.py: has more than 2000 comment lines in a row from line 3, more than the parser (tree-sitter 0.20.7) can take; skipped' \
    "$CAP/err" || fail "expected comments.py to be skipped for its comment lines"
  expect_stderr_has "looplint: continued.py: has more than 2000 comment lines in a row from line 3"
}

case_unfinished_at_end() {
  # Syntax errors that leave 65 535 pieces unfinished: 70 000 operators at the end of a file,
  # 90 000 over three lines, 140 000 `if`s (found by a random search). tree-sitter 0.20.7 wraps
  # such pieces in one ERROR node and corrupts its heap, during the parse or when the tree is
  # freed. A file this large is parsed and linted in a child process, and skipped when that
  # fails.
  python_write nots.py 'out.write(b"import asyncio\nx = " + b"not " * 70000)'
  python_write minus.py 'out.write(b"import asyncio\n" + (b"- " * 30000 + b"\n") * 3)'
  python_write ifs.py 'out.write(b"import asyncio\n" + b"if " * 140000)'
  run --output-format json ifs.py minus.py nots.py lock.py
  expect_rc 2
  expect_findings "$LOCK_FINDING"
  [[ "$(wc -l <"$CAP/err")" -eq 3 ]] || fail "expected one stderr line for each file"
  local name
  for name in ifs.py minus.py nots.py; do
    grep -qx "looplint: $name: cannot be parsed safely: the parser (tree-sitter 0.20.7) crashes or builds a corrupt tree on it; skipped" \
      "$CAP/err" || fail "expected $name to be skipped"
  done
}

case_large_file_in_child() {
  # A file large enough to be linted in a child process (frontend.h, FRONTEND_LARGE_SIZE): its
  # report comes back whole, related locations and suppressed reports included, and equals
  # the report for the same code in a small file.
  local tail='import asyncio\n\nclass Cache:\n    def __init__(self):\n        self.lock = asyncio.Lock()\n\nCACHE = Cache()\nQUIET = asyncio.Event()  # noqa: LOOP201\n'
  put small.py "$tail"
  python_write large.py 'out.write(b"x = not not -1  # filler\n" * 20000)'
  printf '%b' "$tail" >>large.py
  run --output-format json --show-suppressed small.py
  expect_rc 1
  cp "$CAP/out" "$CAP/small.json"
  run --output-format json --show-suppressed large.py small.py
  expect_rc 1
  expect_stderr_empty
  python3 - "$CAP/out" "$CAP/small.json" <<'EOF' 2>"$CAP/python.err" || fail "the large file's report: $(cat "$CAP/python.err")"
import json, sys
both, small = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
large = [d for d in both if d["filename"] == "large.py"]
assert len(large) == 2 and len(small) == 2, (large, small)
for big, little in zip(large, small):
    for d, shift in ((big, 20000), (little, 0)):
        d["location"]["row"] -= shift
        d["end_location"]["row"] -= shift
        for note in d["related"]:
            note["location"]["row"] -= shift
            note["end_location"]["row"] -= shift
            note["filename"] = "*"
        d["filename"] = "*"
    assert big == little, (big, little)
assert large[0]["related"] and large[1].get("suppressed") is True, large
EOF
}

case_large_files_out_of_order() {
  # Several large files, each in its own child process: the largest start first and each child
  # is collected when it is done, whatever the order. Every report comes back, the same for
  # any --jobs.
  local size name
  for size in 20000 60000 30000 45000; do
    name="large_$size.py"
    python_write "$name" "out.write(b\"x = not not -1  # filler\\n\" * $size + b\"import asyncio\\nLOCK = asyncio.Lock()\\n\")"
  done
  run --output-format concise --jobs 1 large_*.py
  expect_rc 1
  cp "$CAP/out" "$CAP/one.txt"
  [ "$(grep -c ': LOOP201 ' "$CAP/one.txt")" = 4 ] || fail "expected one LOOP201 per large file: $(cat "$CAP/one.txt")"
  for name in large_20000 large_30000 large_45000 large_60000; do
    grep -q "^$name.py:" "$CAP/one.txt" || fail "no report for $name.py"
  done
  run --output-format concise --jobs 3 large_*.py
  expect_rc 1
  expect_stderr_empty
  cmp -s "$CAP/out" "$CAP/one.txt" || fail "--jobs 3 differs from --jobs 1: $(diff "$CAP/one.txt" "$CAP/out")"
}

case_slow_parse() {
  # tree-sitter's error recovery takes time quadratic in some broken input: 40 000 alternating
  # operators would take minutes. The parse has a budget (10 s, and 20 s more per MiB).
  python_write slow.py 'out.write(b"import asyncio\n" + b"== + " * 20000)'
  run --output-format json slow.py lock.py
  expect_skipped slow.py
  grep -qx "looplint: slow.py: the parser gave up on it after 11 seconds (tree-sitter's error recovery is slow on some broken input); skipped" \
    "$CAP/err" || fail "expected slow.py to be given up"
  expect_findings "$LOCK_FINDING"
}

# ---------------------------------------------------------------------------------------------
# Files that are not regular files

case_fifo() {
  mkfifo x.py || fail "mkfifo failed"
  # Found by walking: not a regular file, so not a Python file; nothing is opened.
  run --output-format json .
  expect_rc 1
  expect_stderr_empty
  expect_findings "$LOCK_FINDING"
  # Named: an error (exit 2), at once; a pipe is read with `-`.
  run --output-format json x.py lock.py
  expect_skipped x.py
  grep -qx 'looplint: x.py: is a FIFO, not a regular file (read a pipe with -); skipped' "$CAP/err" ||
    fail "expected x.py to be reported as a FIFO"
  expect_findings "$LOCK_FINDING"
}

case_device() {
  # /dev/zero never ends and /dev/null is empty: neither is read.
  run --output-format json /dev/zero lock.py
  expect_skipped /dev/zero
  expect_stderr_has "is a character device, not a regular file"
  expect_findings "$LOCK_FINDING"
  run --output-format json /dev/null
  expect_skipped /dev/null
}

case_directory_named_py() {
  put x.py/inner.py 'import asyncio\nINNER = asyncio.Lock()\n'
  mkdir -p y.py
  lint_named_then_walked x.py
  expect_rc 1
  expect_stderr_empty
  expect_findings "$LOCK_FINDING" "x.py/inner.py:2:9:LOOP201"
  cmp -s "$CAP/out" "$CAP/named.json" || fail "naming x.py reports differently from walking"
  run --output-format json y.py
  expect_rc 0
  expect_stderr_empty
  expect_findings
}

case_symlink_loop() {
  ln -s self.py self.py
  ln -s b.py a.py
  ln -s a.py b.py
  ln -s . dir.py
  # Walking does not follow symbolic links: no loop, no message.
  run --output-format json .
  expect_rc 1
  expect_stderr_empty
  expect_findings "$LOCK_FINDING"
  # Named, they are followed, and the loop is an error.
  run --output-format json self.py a.py lock.py
  expect_rc 2
  expect_findings "$LOCK_FINDING"
  [[ "$(wc -l <"$CAP/err")" -eq 2 ]] || fail "expected one stderr line for each loop"
  expect_stderr_has "looplint: a.py: Too many levels of symbolic links"
  expect_stderr_has "looplint: self.py: Too many levels of symbolic links"
}

case_symlink_outside() {
  put ../outside/far.py 'import asyncio\nFAR = asyncio.Lock()\n'
  ln -s ../outside/far.py near.py
  ln -s ../outside linked
  ln -s /nonexistent/nowhere.py dangling.py
  run --output-format json .
  expect_rc 1
  expect_stderr_empty
  expect_findings "$LOCK_FINDING"
  # A link named on the command line is followed, and reported under its own name.
  run --output-format json near.py linked lock.py
  expect_rc 1
  expect_stderr_empty
  expect_findings "linked/far.py:2:7:LOOP201" "$LOCK_FINDING" "near.py:2:7:LOOP201"
  run --output-format json dangling.py lock.py
  expect_skipped dangling.py
  expect_findings "$LOCK_FINDING"
}

# ---------------------------------------------------------------------------------------------
# File names

case_file_names() {
  # Every machine-readable format stays valid with these names. Bytes that are not UTF-8 become
  # U+FFFD in JSON, json-lines, gitlab and github output, and %XX in SARIF URIs.
  local names=("with space.py" $'new\nline.py' "$(printf 'bad\xff\xfe.py')" $'tab\there.py' 'quote"and\back.py'
    '-dash.py' 'per%cent:colon,comma.py' $'esc\e[31m.py')
  local name
  for name in "${names[@]}"; do
    printf '%b' "$LOCK_SRC" >"$name" 2>/dev/null || { note "this filesystem refuses the name $(printf %q "$name"): skipped"; continue; }
  done
  local count
  count=$(find . -name '*.py' -printf x | wc -c)
  run --output-format json .
  expect_rc 1
  expect_stderr_empty
  python3 - "$CAP/out" "$count" <<'EOF' 2>"$CAP/python.err" || fail "JSON: $(cat "$CAP/python.err")"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(report) == int(sys.argv[2]), (len(report), sys.argv[2])
names = sorted(d["filename"] for d in report)
assert "bad\ufffd\ufffd.py" in names and "new\nline.py" in names and "esc\x1b[31m.py" in names, names
EOF
  run --output-format json-lines .
  expect_rc 1
  python3 - "$CAP/out" "$count" <<'EOF' 2>"$CAP/python.err" || fail "json-lines: $(cat "$CAP/python.err")"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == int(sys.argv[2]), lines
for line in lines:
    json.loads(line)
EOF
  run --output-format gitlab .
  expect_rc 1
  python3 - "$CAP/out" "$count" <<'EOF' 2>"$CAP/python.err" || fail "gitlab: $(cat "$CAP/python.err")"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(report) == int(sys.argv[2])
assert "bad\ufffd\ufffd.py" in [i["location"]["path"] for i in report]
EOF
  run --output-format github .
  expect_rc 1
  python3 - "$CAP/out" "$count" <<'EOF' 2>"$CAP/python.err" || fail "github: $(cat "$CAP/python.err")"
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "" and len(lines) - 1 == int(sys.argv[2]), lines
assert all(line.startswith("::error file=") for line in lines[:-1]), lines
assert any("file=new%0Aline.py," in line for line in lines), lines
EOF
  run --output-format sarif .
  expect_rc 1
  [[ -n "${LOOPLINT_AJV:-}" && -x "$LOOPLINT_AJV" && -f "${LOOPLINT_SARIF_SCHEMA:-}" ]] ||
    fail "LOOPLINT_AJV and LOOPLINT_SARIF_SCHEMA are needed (cmake/FetchTestTools.cmake installs them)"
  cp "$CAP/out" "$CAP/report.sarif.json"
  "$LOOPLINT_AJV" validate --spec=draft2020 -c ajv-formats -s "$LOOPLINT_SARIF_SCHEMA" -d "$CAP/report.sarif.json" \
    >"$CAP/ajv" 2>&1 || fail "the SARIF log does not validate: $(head -n 20 "$CAP/ajv")"
  python3 - "$CAP/out" "$count" <<'EOF' 2>"$CAP/python.err" || fail "sarif: $(cat "$CAP/python.err")"
import json, sys
results = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]["results"]
uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
assert len(uris) == int(sys.argv[2])
assert "bad%FF%FE.py" in uris and "new%0Aline.py" in uris and "esc%1B%5B31m.py" in uris, uris
EOF
}

run_cases "$@"
