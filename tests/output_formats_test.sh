#!/usr/bin/env bash
# End-to-end tests of the CI output formats (json-lines, sarif, github, gitlab; docs/ci.md),
# run through ctest (tests/CMakeLists.txt).
#
#   bash tests/output_formats_test.sh --list     one case name per line
#   bash tests/output_formats_test.sh NAME       run one case: exit 0 on pass, 1 on failure
#
# Environment: LOOPLINT (the binary), LOOPLINT_SOURCE_DIR (the repository root), LOOPLINT_AJV
# (ajv-cli 5, with ajv-formats installed beside it) and LOOPLINT_SARIF_SCHEMA (the SARIF 2.1.0
# JSON schema); cmake/FetchTestTools.cmake installs both into the build tree. Each case works
# in its own temporary directory, removed on exit; nothing needs the network. Tools used: bash,
# coreutils, iconv, node (which npm, needed by the build, brings) and ajv.
set -uo pipefail

SUITE=formats
# shellcheck source=tests/case_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/case_lib.sh"

# ---------------------------------------------------------------------------------------------
# Sources used throughout.

LOCK_SRC='import asyncio\nLOCK = asyncio.Lock()\n'               # LOOP201 at 2:8
LOOP_SRC='import asyncio\nloop = asyncio.get_event_loop()\n'    # LOOP101 at 2:8 (warning)
CLEAN_SRC='import threading\nL = threading.Lock()\n'            # clean
# LOOP201 7:9 (Cache() built at import time) with a related location at 5:21
RELATED_SRC='import asyncio\n\nclass Cache:\n    def __init__(self):\n        self.lock = asyncio.Lock()\n\nCACHE = Cache()\n'
# Two findings on identical lines (LOOP201 at 2:5 and 3:5): equal fingerprint keys
DUP_SRC='import asyncio\nA = asyncio.Lock()\nA = asyncio.Lock()\n'

# ---------------------------------------------------------------------------------------------
# Harness (the same contract as cli_test.sh).

CASE=""
WORK=""   # the case's temporary directory
SRC=""    # $WORK/src: the tree being linted, and the current directory while a case runs
CAP=""    # $WORK/cap: captured output, outside the linted tree
RC=0      # exit status of the last run

setup() {
  : "${LOOPLINT:?set LOOPLINT to the looplint binary}"
  : "${LOOPLINT_SOURCE_DIR:?set LOOPLINT_SOURCE_DIR to the repository root}"
  setup_work
  command -v node >/dev/null 2>&1 || { echo "formats/$CASE: FAIL: node is not installed (apt-get install nodejs)" >&2; exit 1; }
  cd "$SRC" || exit 1
}

fail() {
  {
    echo "formats/$CASE: FAIL: $*"
    if [[ -f "$CAP/cmd" ]]; then
      echo "--- last command (in $(pwd)): $(cat "$CAP/cmd")"
      echo "--- its exit status: $RC"
      echo "--- its stdout:"; cat -v "$CAP/out" 2>/dev/null | head -n 60
      echo "--- its stderr:"; cat -v "$CAP/err" 2>/dev/null | head -n 30
    fi
  } >&2
  exit 1
}


# put PATH TEXT: writes printf-%b TEXT to PATH, creating directories.

# run ARGS...: runs looplint in the current directory; stdout -> $CAP/out, stderr -> $CAP/err.
run() {
  printf '%q ' looplint "$@" >"$CAP/cmd"
  timeout 30 "$LOOPLINT" "$@" </dev/null >"$CAP/out" 2>"$CAP/err"
  RC=$?
  [[ $RC -ne 124 ]] || fail "looplint did not finish within 30 seconds"
  [[ $RC -le 2 ]] || fail "exit status $RC (expected 0, 1 or 2: a crash?)"
}

# keep NAME: saves the last run's stdout as $CAP/NAME.
keep() { cp "$CAP/out" "$CAP/$1"; }

expect_utf8() { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || fail "$1 is not valid UTF-8"; }

# js CODE ARGS...: runs CODE with node after a small prelude (read, json, check, eq, args);
# a failed check fails the case with its message.
js() {
  local code="$1"
  shift
  cat >"$CAP/check.js" <<'EOF'
'use strict';
const fs = require('fs');
const args = process.argv.slice(2);
const read = (p) => fs.readFileSync(p, 'utf8');
const json = (p) => JSON.parse(read(p));
const lines = (p) => read(p).split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
const fail = (m) => { console.error(m); process.exit(1); };
const check = (c, m) => { if (!c) fail(m); };
const eq = (actual, expected, m) => {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) fail(`${m}:\n  expected ${e}\n  got      ${a}`);
};
// The URI path encoding looplint promises: every byte but unreserved characters and '/'.
const enc = (bytes) => Array.from(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'))
  .map((b) => /[A-Za-z0-9\-._~\/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b)
    : '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
EOF
  printf '%s\n' "$code" >>"$CAP/check.js"
  node "$CAP/check.js" "$@" >"$CAP/js.out" 2>&1 || fail "$(cat "$CAP/js.out")"
}

# validate_sarif FILE: FILE must be valid against the SARIF 2.1.0 schema; returns ajv's status
# with its report in $CAP/ajv when called as `validate_sarif FILE --status`.
validate_sarif() {
  [[ -n "${LOOPLINT_AJV:-}" && -x "$LOOPLINT_AJV" ]] ||
    fail "LOOPLINT_AJV='${LOOPLINT_AJV:-}' is not an executable (ajv-cli is installed by configuring with cmake)"
  [[ -n "${LOOPLINT_SARIF_SCHEMA:-}" && -f "$LOOPLINT_SARIF_SCHEMA" ]] ||
    fail "LOOPLINT_SARIF_SCHEMA='${LOOPLINT_SARIF_SCHEMA:-}' is not a file (cmake/FetchTestTools.cmake fetches it)"
  cp "$1" "$CAP/sarif.json"   # ajv-cli reads data by its extension
  "$LOOPLINT_AJV" validate --spec=draft2020 -c ajv-formats -s "$LOOPLINT_SARIF_SCHEMA" -d "$CAP/sarif.json" \
    >"$CAP/ajv" 2>&1
  local status=$?
  if [[ "${2:-}" == "--status" ]]; then return $status; fi
  [[ $status -eq 0 ]] || fail "$1 does not validate against the SARIF 2.1.0 schema:
$(head -n 60 "$CAP/ajv")"
}

# A small project: several findings in several files, one with a related location, a warning,
# two findings on identical lines, and a clean file.
make_project() {
  put app/cache.py "$RELATED_SRC"
  put app/lock.py "$LOCK_SRC"
  put app/loop.py "$LOOP_SRC"
  put app/clean.py "$CLEAN_SRC"
  put dup.py "$DUP_SRC"
}

# ---------------------------------------------------------------------------------------------
# json-lines

case_json_lines_equals_json() {
  make_project
  run --output-format json .
  expect_rc 1
  keep json
  run --output-format json-lines .
  expect_rc 1
  expect_stderr_empty
  keep jsonl
  expect_utf8 "$CAP/jsonl"
  js '
    const items = json(args[0]);
    const text = read(args[1]);
    check(text.endsWith("\n"), "json-lines output does not end with a newline");
    const got = text.slice(0, -1).split("\n");
    eq(got.length, items.length, "one line per diagnostic of the json format");
    check(items.length === 5, `expected 5 diagnostics in the project, got ${items.length}`);
    got.forEach((line, i) => {
      let value;
      try { value = JSON.parse(line); } catch (e) { fail(`line ${i + 1} is not JSON: ${e.message}\n${line}`); }
      check(value && typeof value === "object" && !Array.isArray(value), `line ${i + 1} is not an object`);
      eq(value, items[i], `line ${i + 1} differs from item ${i} of the json format`);
    });
    check(items.some((d) => d.related.length === 1), "the project should have a related location");
  ' "$CAP/json" "$CAP/jsonl"
  # Every line is a valid item of docs/json-output.schema.json.
  { printf '['; paste -sd, "$CAP/jsonl"; printf ']\n'; } >"$CAP/data.json"
  "$LOOPLINT_AJV" validate --spec=draft7 -s "$LOOPLINT_SOURCE_DIR/docs/json-output.schema.json" \
    -d "$CAP/data.json" >"$CAP/ajv" 2>&1 || fail "json-lines items do not match docs/json-output.schema.json:
$(cat "$CAP/ajv")"
  # No findings: no lines at all.
  run --output-format json-lines app/clean.py
  expect_rc 0
  [[ ! -s "$CAP/out" ]] || fail "expected no output for no findings"
}

# ---------------------------------------------------------------------------------------------
# SARIF

case_sarif_valid_and_complete() {
  make_project
  run --output-format json .
  keep json
  run --output-format sarif .
  expect_rc 1
  expect_stderr_empty
  keep sarif
  validate_sarif "$CAP/sarif"
  "$LOOPLINT" --list-rules >"$CAP/rules"
  "$LOOPLINT" --version >"$CAP/version"
  js '
    const items = json(args[0]), log = json(args[1]);
    const listed = read(args[2]).trim().split("\n").map((l) => l.split(/\s+/));
    const version = read(args[3]).split(" ")[1];
    check(typeof log.$schema === "string" && log.$schema.endsWith("sarif-schema-2.1.0.json"), "$schema");
    eq(log.version, "2.1.0", "version");
    eq(log.runs.length, 1, "one run");
    const run = log.runs[0], driver = run.tool.driver;
    eq(driver.name, "looplint", "driver name");
    eq(driver.version, version, "driver version (looplint --version)");
    eq(run.columnKind, "unicodeCodePoints", "columnKind");
    eq(run.originalUriBaseIds, {"%SRCROOT%": {uri: "file://" + enc(args[4]) + "/"}}, "originalUriBaseIds");
    // Every rule of the registry, with its documentation.
    eq(driver.rules.map((r) => r.id), listed.map((l) => l[0]), "rules[] ids (every rule, by code)");
    driver.rules.forEach((rule, i) => {
      const [code, name, severity] = listed[i];
      eq(rule.name, name, `${code} name`);
      eq(rule.defaultConfiguration, {level: severity}, `${code} defaultConfiguration`);
      check(rule.shortDescription.text.length > 0, `${code} shortDescription`);
      check(rule.fullDescription.text.length > rule.shortDescription.text.length / 2, `${code} fullDescription`);
      check(rule.help.markdown.includes("## What it does"), `${code} help.markdown is the docs`);
      eq(rule.help.text, rule.help.markdown, `${code} help.text`);
    });
    // One result per diagnostic, in the json order.
    eq(run.results.length, items.length, "one result per diagnostic");
    const fingerprints = new Set();
    run.results.forEach((result, i) => {
      const d = items[i], where = `result ${i} (${d.filename}:${d.location.row})`;
      eq(result.ruleId, d.code, `${where} ruleId`);
      eq(driver.rules[result.ruleIndex].id, d.code, `${where} ruleIndex`);
      eq(result.level, d.severity, `${where} level`);
      const region = (l) => ({startLine: l.location.row, startColumn: l.location.column,
                              endLine: l.end_location.row, endColumn: l.end_location.column});
      eq(result.locations, [{physicalLocation: {artifactLocation: {uri: d.filename.replace(/^\.\//, ""),
        uriBaseId: "%SRCROOT%"}, region: region(d)}}], `${where} locations`);
      if (d.related.length === 0) {
        eq(result.message.text, d.message, `${where} message`);
        check(!("relatedLocations" in result), `${where} has relatedLocations`);
      } else {
        const links = d.related.map((r, k) => `[${r.message}](${k + 1})`).join("; ");
        eq(result.message.text, `${d.message} (see ${links})`, `${where} message with links`);
        eq(result.relatedLocations, d.related.map((r, k) => ({
          physicalLocation: {artifactLocation: {uri: r.filename.replace(/^\.\//, ""), uriBaseId: "%SRCROOT%"},
                             region: region(r)},
          id: k + 1, message: {text: r.message}})), `${where} relatedLocations`);
      }
      const fingerprint = result.partialFingerprints.primaryLocationLineHash;
      check(/^[0-9a-f]{16}:[1-9][0-9]*$/.test(fingerprint), `${where} fingerprint ${fingerprint}`);
      check(!fingerprints.has(fingerprint), `${where} fingerprint ${fingerprint} is not unique`);
      fingerprints.add(fingerprint);
    });
    // The two identical lines of dup.py: same hash, occurrences 1 and 2.
    const dup = run.results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === "dup.py")
      .map((r) => r.partialFingerprints.primaryLocationLineHash);
    eq(dup.map((f) => f.split(":")[1]), ["1", "2"], "occurrence counters of identical lines");
    eq(dup[0].split(":")[0], dup[1].split(":")[0], "identical lines hash alike");
  ' "$CAP/json" "$CAP/sarif" "$CAP/rules" "$CAP/version" "$SRC"
  # No findings: still a valid log, with every rule and no results.
  run --output-format sarif app/clean.py
  expect_rc 0
  validate_sarif "$CAP/out"
  js 'const run = json(args[0]).runs[0]; eq(run.results, [], "results"); check(run.tool.driver.rules.length > 10, "rules");' "$CAP/out"
  # With --show-suppressed, what a noqa comment suppresses is a result with an in-source suppression.
  put noqa.py 'import asyncio\nLOCK = asyncio.Lock()  # noqa: LOOP201\nEV = asyncio.Event()\n'
  run --output-format sarif --show-suppressed noqa.py
  validate_sarif "$CAP/out"
  js '
    const results = json(args[0]).runs[0].results;
    eq(results.map((r) => r.suppressions), [[{kind: "inSource"}], undefined], "suppressions");
  ' "$CAP/out"
}

case_sarif_schema_rejects_invalid() {
  # The validation must be able to fail: broken logs are rejected.
  put lock.py "$LOCK_SRC"
  run --output-format sarif lock.py
  validate_sarif "$CAP/out"
  cp "$CAP/out" "$CAP/good"
  local broken
  for broken in \
    'delete log.version' \
    'log.version = "2.0.0"' \
    'log.runs[0].results[0].level = "fatal"' \
    'log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0' \
    'log.runs[0].tool.driver.rules[0].defaultConfiguration.level = "critical"' \
    'log.runs[0].results[0].message = "not an object"' \
    'log.runs[0].results[0].bogus = 1' \
    'delete log.runs[0].tool'; do
    js "const log = json(args[0]); $broken; fs.writeFileSync(args[1], JSON.stringify(log));" "$CAP/good" "$CAP/broken"
    if validate_sarif "$CAP/broken" --status; then
      fail "ajv accepted a broken SARIF log ($broken)"
    fi
    grep -q 'invalid' "$CAP/ajv" || fail "ajv rejected the broken log ($broken) without saying it is invalid:
$(cat "$CAP/ajv")"
  done
}

case_sarif_uris() {
  put 'a,b:c%d.py' "$LOCK_SRC"
  put 'sp ace#1?.py' "$LOCK_SRC"
  put 'ünï/x.py' "$LOCK_SRC"
  put "$(printf 'bad\xff.py')" "$LOCK_SRC"
  put pkg/a.py "$RELATED_SRC"
  put pkg/b.py "$LOCK_SRC"
  put "$WORK/outside/o.py" "$LOOP_SRC"
  run --output-format sarif 'a,b:c%d.py' 'sp ace#1?.py' ./ünï//x.py "$(printf 'bad\xff.py')" \
    ./pkg/../pkg/a.py "$SRC/pkg/b.py" "$WORK/outside/o.py"
  expect_rc 1
  expect_utf8 "$CAP/out"
  validate_sarif "$CAP/out"
  js '
    const run = json(args[0]).runs[0];
    const where = (l) => l.physicalLocation.artifactLocation;
    const got = run.results.map((r) => where(r.locations[0]));
    const rel = (uri) => ({uri, uriBaseId: "%SRCROOT%"});
    const expected = [
      {uri: "file://" + enc(args[1]) + "/outside/o.py"},   // outside the working directory
      rel("pkg/b.py"),                                       // given absolute, inside
      rel("a%2Cb%3Ac%25d.py"),
      rel("bad%FF.py"),                                      // not UTF-8: the very bytes
      rel("pkg/a.py"),                                       // ./pkg/../pkg/a.py
      rel("sp%20ace%231%3F.py"),
      rel("%C3%BCn%C3%AF/x.py"),                             // ./ünï//x.py
    ];
    const sorted = (a) => a.map((x) => JSON.stringify(x)).sort();
    eq(sorted(got), sorted(expected), "artifact locations");
    const related = run.results.filter((r) => r.relatedLocations).map((r) => where(r.relatedLocations[0]));
    eq(related, [rel("pkg/a.py")], "related locations");
    eq(run.originalUriBaseIds["%SRCROOT%"].uri, "file://" + enc(args[2]) + "/", "%SRCROOT%");
  ' "$CAP/out" "$WORK" "$SRC"
  # From a subdirectory: URIs are relative to the working directory, "../" leaves it.
  cd pkg || fail "cd pkg"
  run --output-format sarif ../pkg/a.py ../ünï/x.py
  expect_rc 1
  validate_sarif "$CAP/out"
  js '
    const run = json(args[0]).runs[0];
    eq(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation),
       [{uri: "a.py", uriBaseId: "%SRCROOT%"}, {uri: "file://" + enc(args[1]) + "/%C3%BCn%C3%AF/x.py"}],
       "artifact locations from pkg/");
    eq(run.originalUriBaseIds["%SRCROOT%"].uri, "file://" + enc(args[1]) + "/pkg/", "%SRCROOT% in pkg/");
  ' "$CAP/out" "$SRC"
}

# ---------------------------------------------------------------------------------------------
# Fingerprints (SARIF partialFingerprints and GitLab fingerprint)

case_fingerprints_survive_line_shifts() {
  make_project
  run --output-format gitlab .
  keep gitlab1
  run --output-format sarif .
  keep sarif1
  # Blank lines and a comment above every finding, and an unrelated edit below them.
  local file
  for file in app/cache.py app/lock.py app/loop.py dup.py; do
    { printf '\n\n# moved down\n\n'; cat "$file"; printf '\nX = 1\n'; } >"$CAP/shifted" && cp "$CAP/shifted" "$file"
  done
  run --output-format gitlab .
  keep gitlab2
  run --output-format sarif .
  keep sarif2
  # The same files named differently: ./app, absolute paths.
  run --output-format gitlab ./app "$SRC/dup.py"
  keep gitlab3
  js '
    const [g1, g2, g3, s1, s2] = args.map(json);
    eq(g2.length, g1.length, "same number of issues after the shift");
    check(g1.length === 5, `expected 5 issues, got ${g1.length}`);
    g1.forEach((issue, i) => {
      eq(g2[i].location.lines.begin, issue.location.lines.begin + 4, `issue ${i} moved 4 lines down`);
      eq(g2[i].fingerprint, issue.fingerprint, `issue ${i} (${issue.location.path}) fingerprint after the shift`);
    });
    const pairs = (report) => report.map((i) => i.location.path + " " + i.fingerprint).sort();
    eq(pairs(g3), pairs(g2), "paths and fingerprints when the files are named ./app and by absolute path");
    check(new Set(g1.map((i) => i.fingerprint)).size === g1.length, "GitLab fingerprints are not unique");
    const fp = (log) => log.runs[0].results.map((r) => r.partialFingerprints);
    eq(fp(s2), fp(s1), "SARIF partialFingerprints after the shift");
    eq(s2.runs[0].results.map((r) => r.locations[0].physicalLocation.region.startLine),
       s1.runs[0].results.map((r) => r.locations[0].physicalLocation.region.startLine + 4), "SARIF lines moved");
  ' "$CAP/gitlab1" "$CAP/gitlab2" "$CAP/gitlab3" "$CAP/sarif1" "$CAP/sarif2"
  # A changed line is a different finding: its fingerprint changes, the others do not.
  sed -i 's/^LOCK = asyncio.Lock()$/LOCK2 = asyncio.Lock()/' app/lock.py
  run --output-format gitlab .
  keep gitlab4
  js '
    const [before, after] = args.map(json);
    const changed = after.filter((issue, i) => issue.fingerprint !== before[i].fingerprint);
    eq(changed.map((i) => i.location.path), ["app/lock.py"], "only the edited finding changes fingerprint");
  ' "$CAP/gitlab2" "$CAP/gitlab4"
}

# ---------------------------------------------------------------------------------------------
# GitLab Code Quality

case_gitlab_report() {
  make_project
  run --output-format json .
  keep json
  run --output-format gitlab .
  expect_rc 1
  expect_stderr_empty
  keep gitlab
  js '
    const items = json(args[0]), report = json(args[1]);
    check(Array.isArray(report), "the report is not an array");
    eq(report.length, items.length, "one issue per diagnostic");
    report.forEach((issue, i) => {
      const d = items[i];
      eq(Object.keys(issue).sort(), ["check_name", "description", "fingerprint", "location", "severity"],
         `issue ${i} fields`);
      eq(issue.description, d.message, `issue ${i} description`);
      eq(issue.check_name, d.code, `issue ${i} check_name`);
      eq(issue.severity, d.severity === "error" ? "critical" : "major", `issue ${i} severity`);
      eq(issue.location, {path: d.filename.replace(/^\.\//, ""),
                          lines: {begin: d.location.row, end: d.end_location.row}}, `issue ${i} location`);
      check(/^[0-9a-f]{64}$/.test(issue.fingerprint), `issue ${i} fingerprint ${issue.fingerprint}`);
    });
    check(new Set(report.map((i) => i.fingerprint)).size === report.length, "fingerprints are not unique");
    check(report.some((i) => i.severity === "major") && report.some((i) => i.severity === "critical"),
          "the project should have both severities");
  ' "$CAP/json" "$CAP/gitlab"
  # No findings: an empty array.
  run --output-format gitlab app/clean.py
  expect_rc 0
  js 'eq(json(args[0]), [], "report without findings");' "$CAP/out"
  # Same line in two files, same file twice on one line: all distinct.
  put twice.py 'import asyncio\nA, B = asyncio.Lock(), asyncio.Lock()\n'
  put copy/dup.py "$DUP_SRC"
  run --output-format gitlab twice.py dup.py copy/dup.py
  js '
    const report = json(args[0]);
    eq(report.length, 6, "issues");
    check(new Set(report.map((i) => i.fingerprint)).size === 6, "fingerprints are not unique");
  ' "$CAP/out"
}

# ---------------------------------------------------------------------------------------------
# GitHub workflow commands

# The runner side of the protocol (actions/runner ActionCommand.TryParseV2 and its unescaping)
# and the @actions/core escaping, to check our lines both ways.
GITHUB_JS='
  const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const unescapeData = (s) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  const unescapeProperty = (s) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":")
    .replace(/%2C/g, ",").replace(/%25/g, "%");
  const parse = (line) => {
    check(line.startsWith("::"), `not a workflow command: ${line}`);
    const end = line.indexOf("::", 2);
    check(end > 0, `no "::" after the command: ${line}`);
    const header = line.slice(2, end), space = header.indexOf(" ");
    const command = { name: space < 0 ? header : header.slice(0, space), properties: {},
                      message: unescapeData(line.slice(end + 2)) };
    if (space >= 0) {
      for (const pair of header.slice(space + 1).split(",")) {
        const eqAt = pair.indexOf("=");
        check(eqAt > 0, `property without "=": ${pair}`);
        command.properties[pair.slice(0, eqAt)] = unescapeProperty(pair.slice(eqAt + 1));
      }
    }
    return command;
  };
  // What looplint must print for a json item.
  const expected = (d) => {
    const message = d.message + d.related.map((r) =>
      `\n${r.filename}:${r.location.row}:${r.location.column}: ${r.message}`).join("");
    return `::${d.severity} file=${escapeProperty(d.filename)},line=${d.location.row},` +
      `col=${d.location.column},endLine=${d.end_location.row},endColumn=${d.end_location.column},` +
      `title=${escapeProperty(d.code + " " + d.name)}::${escapeData(message)}`;
  };
  const compare = (jsonPath, githubPath) => {
    const items = json(jsonPath), got = lines(githubPath);
    eq(got.length, items.length, "one command per diagnostic, and nothing else");
    items.forEach((d, i) => {
      eq(got[i], expected(d), `line ${i + 1}`);
      const command = parse(got[i]);
      eq(command.name, d.severity, `line ${i + 1} command`);
      eq(command.properties, {file: d.filename, line: String(d.location.row), col: String(d.location.column),
        endLine: String(d.end_location.row), endColumn: String(d.end_location.column),
        title: `${d.code} ${d.name}`}, `line ${i + 1} properties, as the runner reads them`);
      check(command.message.startsWith(d.message), `line ${i + 1} message, as the runner reads it`);
    });
  };
'

case_github_commands() {
  make_project
  run --output-format json .
  keep json
  run --output-format github .
  expect_rc 1
  expect_stderr_empty
  keep github
  js "$GITHUB_JS"' compare(args[0], args[1]);' "$CAP/json" "$CAP/github"
  # One line exactly, by hand (a warning; the message is the json one).
  js '
    const d = json(args[0]).find((x) => x.filename === "app/loop.py");
    const line = lines(args[1]).find((l) => l.includes("app/loop.py"));
    eq(line, "::warning file=app/loop.py,line=2,col=8,endLine=2,endColumn=32," +
             "title=LOOP101 module-level-event-loop::" + d.message, "the LOOP101 line");
  ' "$CAP/json" "$CAP/github"
  # Nothing at all without findings (no summary line).
  run --output-format github app/clean.py
  expect_rc 0
  [[ ! -s "$CAP/out" ]] || fail "expected nothing on stdout without findings"
}

case_github_hostile_names() {
  put 'a,b:c%d.py' "$LOCK_SRC"
  put 'pct%0A%25.py' "$LOCK_SRC"
  put 'colon::x.py' "$RELATED_SRC"
  put "$(printf 'cr\rname.py')" "$LOCK_SRC"
  local newline_name
  newline_name="$(printf 'new\nline.py')"
  if ! printf '%b' "$RELATED_SRC" >"$newline_name" 2>/dev/null; then
    note "this filesystem refuses a newline in a file name: that part is skipped"
    newline_name=""
  fi
  run --output-format json .
  keep json
  run --output-format github .
  expect_rc 1
  expect_stderr_empty
  keep github
  js "$GITHUB_JS"' compare(args[0], args[1]);' "$CAP/json" "$CAP/github"
  # The escaping, spelled out.
  grep -qF '::error file=a%2Cb%3Ac%25d.py,line=2,col=8,endLine=2,endColumn=22,title=LOOP201 module-level-asyncio-primitive::' \
    "$CAP/github" || fail "no line for a,b:c%d.py with file=a%2Cb%3Ac%25d.py"
  grep -qF '::error file=pct%250A%2525.py,line=2,col=8,' "$CAP/github" || fail "a literal %0A in a name must be file=pct%250A%2525.py"
  grep -qF '::error file=cr%0Dname.py,line=2,col=8,' "$CAP/github" || fail "a CR in a name must be %0D"
  grep -qF '::error file=colon%3A%3Ax.py,line=7,col=9,' "$CAP/github" || fail "colons in a name must be %3A"
  grep -qE '%0Acolon::x\.py:5:21: asyncio\.Lock\(\) created here$' "$CAP/github" ||
    fail "the related location of colon::x.py must follow the message (colons are not escaped in the message)"
  if [[ -n "$newline_name" ]]; then
    grep -qF '::error file=new%0Aline.py,line=7,col=9,' "$CAP/github" || fail "a newline in a name must be %0A"
    grep -qE '%0Anew%0Aline\.py:5:21: asyncio\.Lock\(\) created here$' "$CAP/github" ||
      fail "the related location of new<LF>line.py must be escaped in the message"
  fi
  # Every command is one physical line: as many lines as diagnostics.
  js 'eq(lines(args[1]).length, json(args[0]).length, "lines");' "$CAP/json" "$CAP/github"
}

# ---------------------------------------------------------------------------------------------
# All formats

case_non_utf8_filename_all_formats() {
  local name
  name="$(printf 'bad\xff.py')"
  put "$name" "$RELATED_SRC"
  run --output-format json-lines .
  expect_rc 1
  expect_utf8 "$CAP/out"
  js 'const d = JSON.parse(lines(args[0])[0]); eq(d.filename, "bad\ufffd.py", "filename"); eq(d.related[0].filename, "bad\ufffd.py", "related filename");' "$CAP/out"
  run --output-format sarif .
  expect_rc 1
  expect_utf8 "$CAP/out"
  validate_sarif "$CAP/out"
  js 'const r = json(args[0]).runs[0].results[0]; eq(r.locations[0].physicalLocation.artifactLocation.uri, "bad%FF.py", "uri"); eq(r.relatedLocations[0].physicalLocation.artifactLocation.uri, "bad%FF.py", "related uri");' "$CAP/out"
  run --output-format github .
  expect_rc 1
  expect_utf8 "$CAP/out"
  grep -qF "::error file=bad$(printf '\xef\xbf\xbd').py,line=7,col=9," "$CAP/out" || fail "expected file=bad<U+FFFD>.py"
  grep -qF "%0Abad$(printf '\xef\xbf\xbd').py:5:21: " "$CAP/out" || fail "expected the related path with U+FFFD"
  run --output-format gitlab .
  expect_rc 1
  expect_utf8 "$CAP/out"
  js 'const i = json(args[0])[0]; eq(i.location.path, "bad\ufffd.py", "path");' "$CAP/out"
}

case_output_file() {
  make_project
  local format
  for format in json json-lines sarif github gitlab; do
    run --output-format "$format" .
    expect_rc 1
    keep "stdout.$format"
    run --output-format "$format" --output-file "$CAP/report.$format" .
    expect_rc 1
    expect_stderr_empty
    [[ ! -s "$CAP/out" ]] || fail "--output-file with $format: expected nothing on stdout"
    [[ -f "$CAP/report.$format" ]] || fail "--output-file with $format: no file written"
    cmp -s "$CAP/stdout.$format" "$CAP/report.$format" || fail "--output-file with $format: the file differs from stdout"
  done
  validate_sarif "$CAP/report.sarif"
}

# ---------------------------------------------------------------------------------------------


run_cases "$@"
