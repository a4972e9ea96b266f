/* Fixture runner, in the style of clang-tidy's check_clang_tidy: a fixture states its
 * expected diagnostics inline, and they must equal the linter's output exactly.
 *
 *   x = asyncio.Lock()   # expect: LOOP201
 *   y = f(a(), b())      # expect: LOOP201:7, LOOP101:11
 *
 * `expect:` is read only from real comment nodes (not from strings). Several codes per line
 * are allowed, separated by commas or spaces, each optionally with `:COLUMN` (1-based, in
 * characters). Missing and unexpected diagnostics both fail, naming the line.
 *
 * A fixture may set options in a comment on any line: `# fixture: target-version=py314`.
 *
 * A project fixture is a directory of modules linted together, with the repository index
 * (RULES.md "Analysed code"): each module states its own expectations. It is linted twice,
 * with and without the prefilter, and both must meet them (the index's rounds must find
 * every file that --no-prefilter would analyse).
 *
 * Usage: fixture_runner FILE...            check fixtures
 *        fixture_runner --project DIR      check a project fixture
 *        fixture_runner --docs TESTDATA    check every rule's docs: sections present, the
 *                                          Example triggers the rule, the Use-instead is
 *                                          clean, and TESTDATA/<CODE>.py exists
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "discover.h"
#include "frontend.h"
#include "lint.h"
#include "registry.h"
#include "run.h"
#include "source.h"

typedef struct Expectation {
  uint32_t line;
  char code[16];
  uint32_t column;  /* 0: any */
  bool matched;
} Expectation;

typedef struct Expectations {
  Expectation *items;
  uint32_t count, capacity;
  int target_minor;
} Expectations;

static bool fixture_is_code(const char *text, size_t length) {
  if (length < 5 || length > 10 || strncmp(text, "LOOP", 4) != 0) return false;
  for (size_t i = 4; i < length; i++) {
    if (!isdigit((unsigned char)text[i])) return false;
  }
  return true;
}

/* Parses the codes after "expect:" in a comment. Returns false on a malformed list. */
static bool fixture_parse_expect(Arena *arena, Expectations *out, const char *text, size_t length, uint32_t line) {
  size_t i = 0;
  bool any = false;
  while (i < length) {
    while (i < length && (text[i] == ' ' || text[i] == ',' || text[i] == '\t')) i++;
    size_t start = i;
    while (i < length && isalnum((unsigned char)text[i])) i++;
    if (!fixture_is_code(text + start, i - start)) break; /* the rest is free text */
    Expectation *expectation = &ARENA_PUSH(arena, out->items, out->count, out->capacity);
    memset(expectation, 0, sizeof *expectation);
    expectation->line = line;
    memcpy(expectation->code, text + start, i - start);
    if (i < length && text[i] == ':') {
      i++;
      size_t digits = i;
      while (i < length && isdigit((unsigned char)text[i])) expectation->column = expectation->column * 10 + (uint32_t)(text[i++] - '0');
      if (digits == i) return false;
    }
    any = true;
  }
  return any;
}

static bool fixture_collect(const Frontend *frontend, TSTree *tree, const Source *source, Arena *arena,
                            Expectations *out) {
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  bool ok = true;
  for (;;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    if (ts_node_symbol(node) == frontend->kind.comment) {
      uint32_t start = ts_node_start_byte(node), end = ts_node_end_byte(node);
      const char *text = source->text + start;
      size_t length = end - start;
      uint32_t line = source_position(source, start).line;
      for (size_t i = 0; i + 7 <= length; i++) {
        if (strncmp(text + i, "expect:", 7) == 0) {
          if (!fixture_parse_expect(arena, out, text + i + 7, length - i - 7, line)) {
            fprintf(stderr, "%s:%u: malformed expectation: %.*s\n", source->path, line, (int)length, text);
            ok = false;
          }
          break;
        }
        if (strncmp(text + i, "fixture:", 8) == 0) {
          const char *option = strstr(text + i, "target-version=py3");
          if (option && option < text + length) out->target_minor = atoi(option + strlen("target-version=py3"));
          break;
        }
      }
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return ok;
      }
    }
  }
}

static bool *fixture_all_rules(void) {
  bool *enabled = malloc(registry_count() * sizeof *enabled);
  for (uint32_t i = 0; i < registry_count(); i++) enabled[i] = true;
  return enabled;
}

/* Reads a fixture's inline expectations into `expected` (which lives in `arena`). */
static bool fixture_read_expectations(const Frontend *frontend, TSParser *parser, const char *path, Arena *arena,
                                      Source *source, Expectations *expected) {
  const char *error = NULL;
  if (source_read_file(arena, path, path, source, &error) != SOURCE_OK) {
    fprintf(stderr, "%s: cannot read fixture: %s\n", path, error);
    return false;
  }
  source_index_lines(arena, source);
  TSTree *tree = frontend_parse(parser, source->text, source->length);
  bool ok = fixture_collect(frontend, tree, source, arena, expected);
  ts_tree_delete(tree);
  return ok;
}

/* Do a file's diagnostics equal its expectations? Prints what differs. */
static bool fixture_compare(const char *path, Expectations *expected, const FileReport *report, const char *mode) {
  bool ok = true;
  if (report->error) {
    fprintf(stderr, "%s: could not lint: %s\n", path, report->error);
    ok = false;
  }
  for (uint32_t e = 0; e < expected->count; e++) expected->items[e].matched = false;
  /* Pass 1: expectations with a column; pass 2: any column. */
  bool *used = calloc(report->diagnostics.count + 1, sizeof *used);
  for (int pass = 0; pass < 2; pass++) {
    for (uint32_t e = 0; e < expected->count; e++) {
      Expectation *expectation = &expected->items[e];
      if (expectation->matched || (pass == 0) != (expectation->column != 0)) continue;
      for (uint32_t d = 0; d < report->diagnostics.count; d++) {
        const Diagnostic *diagnostic = &report->diagnostics.items[d];
        if (used[d] || diagnostic->start.line != expectation->line || strcmp(diagnostic->code, expectation->code) != 0) {
          continue;
        }
        if (expectation->column && diagnostic->start.column != expectation->column) continue;
        used[d] = true;
        expectation->matched = true;
        break;
      }
    }
  }
  for (uint32_t e = 0; e < expected->count; e++) {
    const Expectation *expectation = &expected->items[e];
    if (expectation->matched) continue;
    if (expectation->column) {
      fprintf(stderr, "%s:%u: missing %s at column %u%s\n", path, expectation->line, expectation->code,
              expectation->column, mode);
    } else {
      fprintf(stderr, "%s:%u: missing %s%s\n", path, expectation->line, expectation->code, mode);
    }
    ok = false;
  }
  for (uint32_t d = 0; d < report->diagnostics.count; d++) {
    if (used[d]) continue;
    const Diagnostic *diagnostic = &report->diagnostics.items[d];
    fprintf(stderr, "%s:%u:%u: unexpected %s%s: %s\n", path, diagnostic->start.line, diagnostic->start.column,
            diagnostic->code, mode, diagnostic->message);
    ok = false;
  }
  printf("%s: %u expected, %u reported%s: %s\n", path, expected->count, report->diagnostics.count, mode,
         ok ? "ok" : "FAILED");
  free(used);
  return ok;
}

static bool fixture_check_file(const Frontend *frontend, TSParser *parser, const char *path) {
  Arena arena;
  arena_init(&arena);
  Source source;
  Expectations expected = {.target_minor = LINT_DEFAULT_TARGET_MINOR};
  if (!fixture_read_expectations(frontend, parser, path, &arena, &source, &expected)) {
    arena_free(&arena);
    return false;
  }
  bool *enabled = fixture_all_rules();
  LintOptions options = {.enabled = enabled, .target_minor = expected.target_minor, .prefilter = true};
  lint_options_derive_triggers(&arena, &options);
  FileReport report;
  file_report_init(&report, path);
  lint_source(frontend, parser, &source, &options, &report);
  bool ok = fixture_compare(path, &expected, &report, "");
  free(enabled);
  file_report_free(&report);
  arena_free(&arena);
  return ok;
}

static bool fixture_check_project(const Frontend *frontend, TSParser *parser, const char *directory) {
  Arena arena;
  arena_init(&arena);
  DiscoverOptions discover = {0};
  DiscoverResult found;
  discover_files(&directory, 1, &discover, &arena, &found);
  bool ok = found.error_count == 0 && found.file_count > 0;
  if (!ok) fprintf(stderr, "%s: not a project fixture (no Python files, or unreadable)\n", directory);
  Expectations *expected = arena_alloc(&arena, sizeof *expected * (found.file_count + 1));
  int target_minor = LINT_DEFAULT_TARGET_MINOR;
  for (uint32_t i = 0; i < found.file_count; i++) {
    Source source;
    expected[i].target_minor = LINT_DEFAULT_TARGET_MINOR;
    ok = fixture_read_expectations(frontend, parser, found.files[i], &arena, &source, &expected[i]) && ok;
    if (expected[i].target_minor != LINT_DEFAULT_TARGET_MINOR) target_minor = expected[i].target_minor;
  }
  bool *enabled = fixture_all_rules();
  /* Both runs must also agree on every message and note, whatever the thread count. */
  char *rendered[2] = {NULL, NULL};
  size_t rendered_size[2] = {0, 0};
  for (int prefilter = 1; prefilter >= 0 && ok; prefilter--) {
    LintOptions options = {.enabled = enabled, .target_minor = target_minor, .prefilter = prefilter};
    lint_options_derive_triggers(&arena, &options);
    const LintOptions **per_file = arena_alloc(&arena, sizeof *per_file * (found.file_count + 1));
    FileReport *reports = calloc(found.file_count + 1, sizeof *reports);
    for (uint32_t i = 0; i < found.file_count; i++) {
      per_file[i] = &options;
      file_report_init(&reports[i], found.files[i]);
    }
    RunSettings settings = {.index = true, .jobs = prefilter ? 1 : 4};
    RunModules *modules = run_modules_start(found.files, found.file_count, &settings);
    ok = run_lint(frontend, found.files, found.file_count, per_file, &settings, modules, reports) && ok;
    FILE *out = open_memstream(&rendered[prefilter], &rendered_size[prefilter]);
    for (uint32_t i = 0; i < found.file_count; i++) {
      ok = fixture_compare(found.files[i], &expected[i], &reports[i], prefilter ? "" : " (--no-prefilter)") && ok;
      for (uint32_t d = 0; out && d < reports[i].diagnostics.count; d++) {
        const Diagnostic *diagnostic = &reports[i].diagnostics.items[d];
        fprintf(out, "%s:%u:%u: %s %s\n", diagnostic->path, diagnostic->start.line, diagnostic->start.column,
                diagnostic->code, diagnostic->message);
        for (uint32_t r = 0; r < diagnostic->related_count; r++) {
          const DiagRelated *related = &diagnostic->related[r];
          fprintf(out, "  %s:%u:%u: %s\n", related->path, related->start.line, related->start.column, related->message);
        }
      }
      file_report_free(&reports[i]);
    }
    if (out) fclose(out);
    free(reports);
  }
  if (ok && (!rendered[0] || !rendered[1] || strcmp(rendered[0], rendered[1]) != 0)) {
    fprintf(stderr, "%s: the runs with and without the prefilter differ:\n--- prefilter, -j 1:\n%s--- --no-prefilter, -j 4:\n%s",
            directory, rendered[1] ? rendered[1] : "", rendered[0] ? rendered[0] : "");
    ok = false;
  }
  free(rendered[0]);
  free(rendered[1]);
  free(enabled);
  arena_free(&arena);
  return ok;
}

/* The body of the first ```python block after `heading` in a rule's docs. */
static char *fixture_docs_block(const char *docs, const char *heading) {
  const char *section = strstr(docs, heading);
  if (!section) return NULL;
  const char *start = strstr(section, "```python\n");
  if (!start) return NULL;
  start += strlen("```python\n");
  const char *end = strstr(start, "```");
  if (!end) return NULL;
  size_t length = (size_t)(end - start);
  char *block = malloc(length + 1);
  memcpy(block, start, length);
  block[length] = '\0';
  return block;
}

static uint32_t fixture_lint_snippet(const Frontend *frontend, TSParser *parser, const char *name, const char *text,
                                     const char *code, uint32_t *total) {
  Arena arena;
  arena_init(&arena);
  Source source;
  const char *error = NULL;
  source_from_bytes(&arena, name, text, strlen(text), &source, &error);
  bool *enabled = fixture_all_rules();
  LintOptions options = {.enabled = enabled, .target_minor = LINT_DEFAULT_TARGET_MINOR, .prefilter = true};
  lint_options_derive_triggers(&arena, &options);
  FileReport report;
  file_report_init(&report, name);
  lint_source(frontend, parser, &source, &options, &report);
  uint32_t matching = 0;
  for (uint32_t i = 0; i < report.diagnostics.count; i++) {
    matching += strcmp(report.diagnostics.items[i].code, code) == 0;
  }
  *total = report.diagnostics.count;
  for (uint32_t i = 0; i < report.diagnostics.count; i++) {
    fprintf(stderr, "  %s:%u:%u: %s %s\n", name, report.diagnostics.items[i].start.line,
            report.diagnostics.items[i].start.column, report.diagnostics.items[i].code, report.diagnostics.items[i].message);
  }
  free(enabled);
  file_report_free(&report);
  arena_free(&arena);
  return matching;
}

static bool fixture_check_docs(const Frontend *frontend, TSParser *parser, const char *testdata) {
  static const char *const sections[] = {"## What it does\n", "## Why is this bad?\n", "## Example\n",
                                         "## Use instead\n"};
  bool all_ok = true;
  for (uint32_t r = 0; r < registry_count(); r++) {
    const Rule *rule = registry_rule(r);
    bool ok = rule->code && rule->name && rule->summary && rule->docs;
    for (size_t s = 0; ok && s < sizeof sections / sizeof *sections; s++) {
      if (!strstr(rule->docs, sections[s])) {
        fprintf(stderr, "%s: docs lack the section %s", rule->code, sections[s]);
        ok = false;
      }
    }
    char *example = ok ? fixture_docs_block(rule->docs, "## Example\n") : NULL;
    char *instead = ok ? fixture_docs_block(rule->docs, "## Use instead\n") : NULL;
    if (ok && (!example || !instead)) {
      fprintf(stderr, "%s: Example and Use instead each need a ```python block\n", rule->code);
      ok = false;
    }
    uint32_t total;
    if (ok && fixture_lint_snippet(frontend, parser, "example.py", example, rule->code, &total) == 0) {
      fprintf(stderr, "%s: the docs' Example does not trigger the rule\n", rule->code);
      ok = false;
    }
    if (ok) {
      fixture_lint_snippet(frontend, parser, "use_instead.py", instead, rule->code, &total);
      if (total != 0) {
        fprintf(stderr, "%s: the docs' Use instead is not clean (%u diagnostics)\n", rule->code, total);
        ok = false;
      }
    }
    char path[4096];
    struct stat info;
    snprintf(path, sizeof path, "%s/%s.py", testdata, rule->code);
    if (stat(path, &info) != 0) {
      fprintf(stderr, "%s: no fixture %s\n", rule->code, path);
      ok = false;
    }
    printf("%s docs: %s\n", rule->code, ok ? "ok" : "FAILED");
    free(example);
    free(instead);
    all_ok = all_ok && ok;
  }
  return all_ok;
}

int main(int argc, char **argv) {
  Frontend frontend;
  const char *error;
  if (!frontend_init(&frontend, &error)) {
    fprintf(stderr, "fixture_runner: %s\n", error);
    return 2;
  }
  TSParser *parser = frontend_parser_new(&frontend);
  if (argc < 2) {
    fprintf(stderr, "usage: fixture_runner FILE... | --project DIR | --docs TESTDATA\n");
    return 2;
  }
  bool ok = true;
  if (strcmp(argv[1], "--docs") == 0) {
    ok = argc == 3 && fixture_check_docs(&frontend, parser, argv[2]);
  } else if (strcmp(argv[1], "--project") == 0) {
    ok = argc == 3 && fixture_check_project(&frontend, parser, argv[2]);
  } else {
    for (int i = 1; i < argc; i++) ok = fixture_check_file(&frontend, parser, argv[i]) && ok;
  }
  ts_parser_delete(parser);
  return ok ? 0 : 1;
}
