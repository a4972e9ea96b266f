#define _GNU_SOURCE /* close_range */
#include "lint.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "name_map.h"
#include "noqa.h"
#include "registry.h"
#include "rule.h"
#include "semantic.h"

struct RuleContext {
  const SemModel *model;
  const Source *source;
  const Rule *rule;
  uint32_t priority;
  const LintOptions *options;
  FileReport *report;
  Arena *work;               /* the file's arena: model and memos */
  void **memos;              /* per rule (by priority) */
  /* The last position computed: reports come in source order per rule, so counting columns
   * from here keeps many reports on one long line linear. */
  uint32_t cached_byte;
  SourcePosition cached_position;
  /* The index's first pass: what export_facts hooks tell other files (else not collected). */
  bool collect_facts;
  SummaryFact *facts;
  uint32_t fact_count, fact_capacity;
};

void file_report_init(FileReport *self, const char *path) {
  memset(self, 0, sizeof *self);
  arena_init(&self->arena);
  self->path = path;
}

void file_report_free(FileReport *self) {
  arena_free(&self->arena);
  free(self->imports);
  memset(self, 0, sizeof *self);
}

const SemModel *rule_model(const RuleContext *context) { return context->model; }

bool lint_parse_target_version(const char *text, int *minor) {
  if (strncmp(text, "py3", 3) != 0 || !text[3] || strlen(text) > 5) return false;
  int value = 0;
  for (const char *digit = text + 3; *digit; digit++) {
    if (*digit < '0' || *digit > '9') return false; /* no sign, no spaces: py39, py314 */
    value = value * 10 + (*digit - '0');
  }
  if (value < LINT_MIN_TARGET_MINOR || value > LINT_MAX_TARGET_MINOR) return false;
  *minor = value;
  return true;
}

int rule_target_minor(const RuleContext *context) { return context->options->target_minor; }

const char *const *rule_loop_bound(const RuleContext *context, uint32_t *count) {
  *count = context->options->loop_bound_count;
  return context->options->loop_bound;
}

static SourcePosition lint_position(RuleContext *context, uint32_t byte) {
  const Source *source = context->source;
  if (byte >= context->cached_byte && context->cached_position.line > 0 &&
      byte < source->line_starts[context->cached_position.line]) {
    uint32_t column = context->cached_position.column;
    for (uint32_t i = context->cached_byte; i < byte; i++) {
      if (((unsigned char)source->text[i] & 0xC0) != 0x80) column++;
    }
    context->cached_position.column = column;
  } else {
    context->cached_position = source_position(source, byte);
  }
  context->cached_byte = byte;
  return context->cached_position;
}

/* Long lines (minified code, generated data) are shown as a window around the report, so a
 * report never costs memory in proportion to its line. */
enum { LINT_WINDOW_BEFORE = 60, LINT_WINDOW_LENGTH = 200 };

static void lint_copy_line(FileReport *report, const Source *source, Diagnostic *diagnostic) {
  uint32_t length;
  const char *line = source_line_text(source, diagnostic->start.line, &length);
  diagnostic->line_first_column = 1;
  if (length <= 4 * LINT_WINDOW_LENGTH) {
    diagnostic->line_text = arena_strndup(&report->arena, line, length);
    return;
  }
  /* Byte offsets of the window's first and last characters. */
  uint32_t first_column = diagnostic->start.column > LINT_WINDOW_BEFORE ? diagnostic->start.column - LINT_WINDOW_BEFORE : 1;
  uint32_t begin = 0, column = 1;
  while (begin < length && column < first_column) {
    begin++;
    while (begin < length && ((unsigned char)line[begin] & 0xC0) == 0x80) begin++;
    column++;
  }
  uint32_t end = begin, characters = 0;
  while (end < length && characters < LINT_WINDOW_LENGTH) {
    end++;
    while (end < length && ((unsigned char)line[end] & 0xC0) == 0x80) end++;
    characters++;
  }
  const char *prefix = begin > 0 ? "..." : "", *suffix = end < length ? "..." : "";
  diagnostic->line_text = arena_sprintf(&report->arena, "%s%.*s%s", prefix, (int)(end - begin), line + begin, suffix);
  diagnostic->line_first_column = first_column - (uint32_t)strlen(prefix);
}

static Diagnostic *lint_add(RuleContext *context, uint32_t start_byte, uint32_t end_byte, const char *message) {
  FileReport *report = context->report;
  Diagnostic *diagnostic =
      &ARENA_PUSH(&report->arena, report->diagnostics.items, report->diagnostics.count, report->diagnostics.capacity);
  memset(diagnostic, 0, sizeof *diagnostic);
  diagnostic->code = context->rule->code;
  diagnostic->name = context->rule->name;
  diagnostic->priority = context->priority;
  diagnostic->severity = context->rule->severity;
  diagnostic->message = message;
  diagnostic->path = report->path;
  diagnostic->start_byte = start_byte;
  diagnostic->end_byte = end_byte;
  diagnostic->start = lint_position(context, start_byte);
  diagnostic->end = lint_position(context, end_byte);
  lint_copy_line(report, context->source, diagnostic);
  return diagnostic;
}

void *rule_file_memo(RuleContext *context, size_t size) {
  void **memo = &context->memos[context->priority];
  if (!*memo) *memo = arena_alloc(context->work, size);
  return *memo;
}

static const char *lint_vformat(Arena *arena, const char *format, va_list args) {
  va_list copy;
  va_copy(copy, args);
  int needed = vsnprintf(NULL, 0, format, copy);
  va_end(copy);
  if (needed < 0) return "";
  char *buffer = arena_alloc(arena, (size_t)needed + 1);
  vsnprintf(buffer, (size_t)needed + 1, format, args);
  return buffer;
}

Diagnostic *rule_report(RuleContext *context, TSNode node, const char *format, ...) {
  va_list args;
  va_start(args, format);
  const char *message = lint_vformat(&context->report->arena, format, args);
  va_end(args);
  return lint_add(context, ts_node_start_byte(node), ts_node_end_byte(node), message);
}

void rule_report_related(RuleContext *context, Diagnostic *diagnostic, TSNode node, const char *format, ...) {
  va_list args;
  va_start(args, format);
  const char *message = lint_vformat(&context->report->arena, format, args);
  va_end(args);
  ARENA_PUSH(&context->report->arena, diagnostic->related, diagnostic->related_count, diagnostic->related_capacity) =
      (DiagRelated){
          .path = context->report->path,
          .start = lint_position(context, ts_node_start_byte(node)),
          .end = lint_position(context, ts_node_end_byte(node)),
          .message = message,
      };
}

void rule_report_related_at(RuleContext *context, Diagnostic *diagnostic, const char *path, SourcePosition start,
                            SourcePosition end, const char *format, ...) {
  va_list args;
  va_start(args, format);
  const char *message = lint_vformat(&context->report->arena, format, args);
  va_end(args);
  ARENA_PUSH(&context->report->arena, diagnostic->related, diagnostic->related_count, diagnostic->related_capacity) =
      (DiagRelated){.path = path, .start = start, .end = end, .message = message};
}

void rule_export_fact(RuleContext *context, SemIndex function, SemIndex klass, const char *key, TSNode where,
                      bool at_any_call_site, const char *format, ...) {
  if (!context->collect_facts) return;
  va_list args;
  va_start(args, format);
  const char *value = lint_vformat(context->work, format, args);
  va_end(args);
  ARENA_PUSH(context->work, context->facts, context->fact_count, context->fact_capacity) = (SummaryFact){
      .function = function,
      .klass = klass,
      .at_any_call_site = at_any_call_site,
      .fact = {.rule = context->rule->code,
               .key = key,
               .value = value,
               .path = context->report->path,
               .start = lint_position(context, ts_node_start_byte(where)),
               .end = lint_position(context, ts_node_end_byte(where))},
  };
}

const char *rule_format(RuleContext *context, const char *format, ...) {
  va_list args;
  va_start(args, format);
  const char *text = lint_vformat(&context->report->arena, format, args);
  va_end(args);
  return text;
}

void rule_report_covers(Diagnostic *diagnostic, TSNode node) {
  diagnostic->cover_start = ts_node_start_byte(node);
  diagnostic->cover_end = ts_node_end_byte(node);
}

const char *rule_snippet(RuleContext *context, TSNode node, uint32_t limit) {
  uint32_t length;
  const char *text = sem_node_text(context->model, node, &length);
  char *result = arena_alloc(&context->report->arena, limit * 4 + 4);
  uint32_t out = 0, characters = 0;
  bool space = false;
  for (uint32_t i = 0; i < length; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') { /* fold line breaks and indentation */
      space = out > 0;
      continue;
    }
    if ((c & 0xC0) != 0x80) {
      if (characters + (space ? 1 : 0) >= limit) {
        memcpy(result + out, "...", 3);
        out += 3;
        break;
      }
      if (space) {
        result[out++] = ' ', characters++;
        space = false;
      }
      characters++;
    }
    result[out++] = (char)c;
  }
  result[out] = '\0';
  return result;
}

bool rule_call_is(const SemCall *call, const char *const *names) {
  const char *name = sem_call_qualified_name(call);
  if (!name) return false;
  for (; *names; names++) {
    if (strcmp(*names, name) == 0) return true;
  }
  return false;
}

/* An opening bracket among the direct children of an ERROR node that nothing closes:
 * Python's own "'(' was never closed", the most common unparsable edit. */
static TSNode lint_unclosed_bracket(TSNode error) {
  TSNode stack[64];
  uint32_t depth = 0;
  TSTreeCursor cursor = ts_tree_cursor_new(error);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      TSNode child = ts_tree_cursor_current_node(&cursor);
      if (ts_node_is_named(child)) continue;
      const char *type = ts_node_type(child);
      if ((strcmp(type, "(") == 0 || strcmp(type, "[") == 0 || strcmp(type, "{") == 0) && depth < 64) {
        stack[depth++] = child;
      } else if ((strcmp(type, ")") == 0 || strcmp(type, "]") == 0 || strcmp(type, "}") == 0) && depth > 0) {
        depth--;
      }
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return depth ? stack[0] : ((TSNode){.id = NULL});
}

static void lint_syntax_error(const Frontend *frontend, TSNode root, RuleContext *context) {
  TSNode error = frontend_first_error(frontend, root);
  if (ts_node_is_null(error)) return;
  if (ts_node_is_missing(error)) {
    rule_report(context, error, "SyntaxError: expected '%s' (findings in this file may be incomplete)",
                ts_node_type(error));
    return;
  }
  TSNode bracket = lint_unclosed_bracket(error);
  if (!ts_node_is_null(bracket)) {
    rule_report(context, bracket, "SyntaxError: '%s' was never closed (findings in this file may be incomplete)",
                ts_node_type(bracket));
    return;
  }
  /* Point at the first token of the unparsable region. */
  TSNode token = error;
  while (ts_node_child_count(token) > 0) token = ts_node_child(token, 0);
  rule_report(context, token, "SyntaxError: invalid syntax at '%s' (findings in this file may be incomplete)",
              rule_snippet(context, token, 20));
}

void lint_options_derive_triggers(Arena *arena, LintOptions *options) {
  const char **triggers = NULL;
  uint32_t count = 0, capacity = 0;
  for (uint32_t r = 0; r < registry_count(); r++) {
    if (!options->enabled[r]) continue;
    for (const char *const *word = registry_rule(r)->triggers; word && *word; word++) {
      bool known = false;
      for (uint32_t i = 0; i < count && !known; i++) known = strcmp(triggers[i], *word) == 0;
      if (!known) ARENA_PUSH(arena, triggers, count, capacity) = *word;
    }
  }
  uint32_t loop202 = registry_index("LOOP202");
  for (uint32_t i = 0; loop202 != UINT32_MAX && options->enabled[loop202] && i < options->loop_bound_count; i++) {
    /* mylib.client.Client is resolved through an import of mylib */
    const char *name = options->loop_bound[i];
    const char *dot = strchr(name, '.');
    ARENA_PUSH(arena, triggers, count, capacity) = dot ? arena_strndup(arena, name, (size_t)(dot - name)) : name;
  }
  options->triggers = triggers;
  options->trigger_count = count;
}

/* Is `text` (a run of identifier bytes, `length` of them) a trigger, or may the parser find one
 * in it? A run that starts with a digit is split by number literals (`1jasyncio`), and the
 * parser's identifiers may end at a non-ASCII character the run includes: then any trigger
 * inside it counts. */
static bool lint_run_holds_trigger(const char *text, uint32_t length, const LintOptions *options) {
  bool split = text[0] >= '0' && text[0] <= '9';
  for (uint32_t i = 0; i < length && !split; i++) split = (unsigned char)text[i] >= 0x80;
  for (uint32_t i = 0; i < options->trigger_count; i++) {
    /* Called for every name of the files that hold a trigger: no strlen unless the run is split. */
    const char *trigger = options->triggers[i];
    if (strncmp(trigger, text, length) == 0 && trigger[length] == '\0') return true;
    if (split && memmem(text, length, trigger, strlen(trigger))) return true;
  }
  return false;
}

/* Do three `quote` characters start at `at`? */
static bool lint_three_quotes(const char *text, uint32_t length, uint32_t at, char quote) {
  return at + 2 < length && text[at] == quote && text[at + 1] == quote && text[at + 2] == quote;
}

/* Does any trigger appear from `at` on, as bytes? */
static bool lint_bytes_hold_trigger(const char *text, uint32_t at, const LintOptions *options) {
  for (uint32_t i = 0; i < options->trigger_count; i++) {
    if (strstr(text + at, options->triggers[i])) return true;
  }
  return false;
}

/* Is a trigger an identifier of the code, where a rule could see it? Every trigger is a name
 * (a module's, a method's), and a name in a comment or a string is no token of the code, even
 * for the parser's error recovery (which may invent an import from `import a b`, but only from
 * the tokens there are). So comments and strings are skipped as tree-sitter's lexer reads
 * them, and wherever that is uncertain the answer is yes: an f-string (its interpolations
 * are code, with nested quotes: every trigger after its start counts), a string a newline or
 * the end of the text leaves open, a backslash and a newline inside a one-line string. */
static bool lint_code_has_trigger(const char *text, uint32_t length, const LintOptions *options) {
  uint32_t at = 0;
  while (at < length) {
    unsigned char c = (unsigned char)text[at];
    if (c == '#') {
      while (at < length && text[at] != '\n' && text[at] != '\r') at++;
      continue;
    }
    if (source_is_identifier_byte(c)) {
      bool format = false;
      uint32_t start = at;
      bool prefix = true; /* the parser takes any run of these letters before a quote as a string's prefix */
      while (at < length && source_is_identifier_byte((unsigned char)text[at])) {
        char letter = (char)(text[at] | 0x20);
        prefix = prefix && (letter == 'r' || letter == 'b' || letter == 'u' || letter == 'f');
        format = format || letter == 'f';
        at++;
      }
      if (!prefix || at >= length || (text[at] != '"' && text[at] != '\'')) {
        if (lint_run_holds_trigger(text + start, at - start, options)) return true;
        continue;
      }
      if (format) return lint_bytes_hold_trigger(text, start, options);
      c = (unsigned char)text[at];
    }
    if (c != '"' && c != '\'') {
      at++;
      continue;
    }
    /* A string: skipped to its closing quote(s); a backslash escapes the next character, in
     * raw strings too as far as the end is concerned (r"\"" goes on). */
    bool triple = lint_three_quotes(text, length, at, (char)c);
    uint32_t string_start = at;
    at += triple ? 3 : 1;
    for (;;) {
      if (at >= length) return lint_bytes_hold_trigger(text, string_start, options);
      char here = text[at];
      if (here == '\\') {
        if (at + 1 < length && !triple && (text[at + 1] == '\n' || text[at + 1] == '\r')) {
          return lint_bytes_hold_trigger(text, string_start, options);
        }
        at += 2;
        continue;
      }
      if (!triple && (here == '\n' || here == '\r')) return lint_bytes_hold_trigger(text, string_start, options);
      if (here == (char)c && (!triple || lint_three_quotes(text, length, at, (char)c))) {
        at += triple ? 3 : 1;
        break;
      }
      at++;
    }
  }
  return false;
}

bool lint_text_has_trigger(const char *text, uint32_t length, const LintOptions *options) {
  /* One strstr pass per word first: the text is NUL-terminated and holds no NUL (source.c
   * rejects those), so strstr is exact here, and glibc's strstr is vectorised where memmem
   * is not (measured on 135 MB: strstr ~0.1 s, memmem 0.19 s, a single-pass Aho-Corasick
   * table 0.26 s). Most files hold none. */
  if (!lint_bytes_hold_trigger(text, 0, options)) return false;
  return lint_code_has_trigger(text, length, options);
}

static bool lint_has_trigger(const Source *source, const LintOptions *options) {
  return lint_text_has_trigger(source->text, source->length, options);
}

static void lint_source_in(const Frontend *frontend, TSParser *parser, Source *source, const LintOptions *options,
                           const LintPass *pass, FileReport *report, Arena *work, ModuleMemo *memo, bool may_fork);

void lint_source(const Frontend *frontend, TSParser *parser, Source *source, const LintOptions *options,
                 FileReport *report) {
  Arena work;
  arena_init(&work);
  lint_source_in(frontend, parser, source, options, NULL, report, &work, NULL, true);
  arena_free(&work);
}

static bool lint_add_import(void *context, const char *name, uint32_t length, ModuleImportKind kind);

typedef struct LintImports {
  const LintPass *pass;
  ModuleMemo *memo;
  FileReport *report;
  uint32_t capacity;
} LintImports;

/* For a file the index may need later: the run's files its text imports, without parsing. */
static void lint_scan_imports(const Source *source, const LintPass *pass, ModuleMemo *memo, FileReport *report) {
  LintImports imports = {.pass = pass, .memo = memo, .report = report};
  module_scan_imports(source->text, source->length, true, lint_add_import, &imports);
}

static bool lint_add_import(void *context, const char *name, uint32_t length, ModuleImportKind kind) {
  LintImports *imports = context;
  const ModuleTable *modules = imports->pass->modules;
  if (kind == MODULE_IMPORT_NAME) {
    /* `from pkg import Optional`: "pkg.Optional" names no module of the run unless some
     * module's name ends with "Optional"; it then resolves as "pkg" did in this statement's
     * first emit, which added what there is to add. Most names imported are classes and
     * functions: no memo lookup, no resolution for them. */
    const char *last = name + length;
    while (last > name && last[-1] != '.') last--;
    if (!module_table_may_end_with(modules, last, (uint32_t)(name + length - last))) return true;
  }
  char dotted[512];
  if (length >= sizeof dotted) return true;
  memcpy(dotted, name, length);
  dotted[length] = '\0';
  const char *rest = "";
  uint32_t file = module_table_resolve_memo(modules, imports->memo, imports->pass->file, dotted, &rest);
  /* `from m import a, b` where m is a plain module (not a package): a and b can only be names
   * in m, not modules; no need to read them. */
  bool names_wanted = !(kind == MODULE_IMPORT_FROM && file != MODULE_NONE && !rest[0] && !modules->files[file].is_package);
  if (file == MODULE_NONE || file == imports->pass->file) return names_wanted;
  FileReport *report = imports->report;
  uint32_t flags = kind == MODULE_IMPORT_WHOLE ? FILE_IMPORT_WHOLE : kind == MODULE_IMPORT_STAR ? FILE_IMPORT_STAR : 0;
  for (uint32_t i = 0; i < report->import_count; i++) {
    /* a file imports few modules: a scan is enough */
    if ((report->imports[i] & ~FILE_IMPORT_FLAGS) == file) {
      report->imports[i] |= flags;
      return names_wanted;
    }
  }
  /* Most reports of a run are for files the prefilter skips: a few bytes of malloc here
   * instead of the report arena's first chunk. */
  if (report->import_count == imports->capacity) {
    uint32_t capacity = imports->capacity ? imports->capacity * 2 : 4;
    uint32_t *grown = realloc(report->imports, sizeof *grown * capacity);
    if (!grown) return names_wanted; /* the index then misses an import: it is a hint, never a report */
    report->imports = grown;
    imports->capacity = capacity;
  }
  report->imports[report->import_count++] = file | flags;
  return names_wanted;
}

/* Is the attribute that ends at `after` called: `x.m(`, `x.m (`, `(x.m)(`, with comments
 * and continued lines between? Only calls reach a method (summary edges). */
static bool lint_attribute_is_called(const char *after) {
  for (;;) {
    if (*after == '#') {
      while (*after && *after != '\n' && *after != '\r') after++;
    } else if (*after && strchr(" \t\f\r\n\\)", *after)) {
      after++;
    } else {
      return *after == '(';
    }
  }
}

/* Is the name at `at` (`length` bytes) an attribute called after a dot: `x.m(`, `x . m (`,
 * `x.\<newline>m(`? */
static bool lint_is_called_method(const char *text, const char *at, size_t length) {
  const char *before = at;
  while (before > text && strchr(" \t\f\r\n\\", before[-1])) before--;
  return before > text && before[-1] == '.' && lint_attribute_is_called(at + length);
}

/* Does `name` appear in the text as a whole identifier (not inside a longer one), and, for a
 * `method`, called after a dot? Strings and comments count: the index only needs to never
 * miss a use. */
static bool lint_has_identifier(const Source *source, const char *name, bool method) {
  size_t length = strlen(name);
  const char *text = source->text;
  if (length == 0) return true;
  for (const char *at = text; (at = strstr(at, name)); at++) {
    if (at > text && source_is_identifier_byte((unsigned char)at[-1])) continue;
    if (source_is_identifier_byte((unsigned char)at[length])) continue;
    if (!method || lint_is_called_method(text, at, length)) return true;
  }
  return false;
}

typedef struct LintImportedName {
  const char *name;
  size_t length;
  bool found;
} LintImportedName;

static bool lint_check_imported_name(void *context, const char *name, uint32_t length, ModuleImportKind kind) {
  LintImportedName *wanted = context;
  if (kind != MODULE_IMPORT_NAME || length <= wanted->length) return true;
  const char *last = name + length - wanted->length;
  if (last[-1] == '.' && memcmp(last, wanted->name, wanted->length) == 0) wanted->found = true;
  return !wanted->found;
}

/* Does a `from m import name` (or `... import name as alias`) statement of the text name it? */
static bool lint_scans_import_of(const Source *source, const char *name) {
  LintImportedName wanted = {.name = name, .length = strlen(name)};
  module_scan_imports(source->text, source->length, true, lint_check_imported_name, &wanted);
  return wanted.found;
}

static bool lint_imports_name(const Source *source, const char *name) {
  /* the scan costs more than a search */
  return lint_has_identifier(source, name, false) && lint_scans_import_of(source, name);
}

/* A word's part longer than this is not looked for: the word counts as there (the index
 * stays sound). */
enum { LINT_PART_LIMIT = 256 };

/* A word's parts (LINT_WORD_AND): a class or function name, then a method name. The part
 * that starts at `at`: its length; *next is the next part, or NULL after the last. */
static size_t lint_word_part(const char *at, const char **next) {
  const char *end = strchr(at, LINT_WORD_AND);
  *next = end ? end + 1 : NULL;
  return end ? (size_t)(end - at) : strlen(at);
}

static bool lint_has_all_parts(const Source *source, const char *word) {
  char part[LINT_PART_LIMIT];
  for (const char *at = word, *next; at; at = next) {
    size_t length = lint_word_part(at, &next);
    if (length >= sizeof part) return true;
    memcpy(part, at, length);
    part[length] = '\0';
    if (!lint_has_identifier(source, part, at != word)) return false;
  }
  return true;
}

/* Up to this many words, a search per word (vectorised strstr) reads the text faster than
 * one pass that looks up every identifier. */
enum { LINT_WORDS_SEARCHED_ONE_BY_ONE = 12 };

/* Where the text has a part of the words: as a name, and as a method called after a dot. */
typedef struct LintPartSeen {
  bool as_name;
  bool as_method;
} LintPartSeen;

/* The parts of pass->words, each once, numbered in `parts`; false if one cannot be looked
 * for (empty, as lint_has_identifier takes it, or too long). */
static bool lint_number_word_parts(const LintPass *pass, NameMap *parts) {
  uint32_t count = 0;
  for (uint32_t i = 0; i < pass->word_count; i++) {
    const char *word = pass->words[i] + (pass->words[i][0] == LINT_WORD_IMPORTED);
    for (const char *at = word, *next; at; at = next) {
      size_t length = lint_word_part(at, &next);
      if (length == 0 || length >= LINT_PART_LIMIT) return false;
      if (name_map_get(parts, at, (uint32_t)length) == NAME_MAP_ABSENT) name_map_put(parts, at, (uint32_t)length, count++);
    }
  }
  return true;
}

/* lint_has_any_word for many words: one pass over the text's identifiers. A file that
 * imports a package is offered the words of every module under it (`import test.support`:
 * hundreds), and a search per word would read a large test module hundreds of times. */
static bool lint_has_any_word_in_one_pass(const Source *source, const LintPass *pass, Arena *work) {
  NameMap parts;
  name_map_init(&parts, work);
  name_map_reserve(&parts, pass->word_count * 2);
  if (!lint_number_word_parts(pass, &parts)) return true;
  LintPartSeen *seen = arena_alloc(work, sizeof *seen * (parts.count + 1));
  const char *text = source->text, *end = text + source->length;
  for (const char *at = text; at < end;) {
    if (!source_is_identifier_byte((unsigned char)*at)) {
      at++;
      continue;
    }
    const char *start = at;
    while (at < end && source_is_identifier_byte((unsigned char)*at)) at++;
    uint32_t part = name_map_get(&parts, start, (uint32_t)(at - start));
    if (part == NAME_MAP_ABSENT) continue;
    seen[part].as_name = true;
    if (!seen[part].as_method) seen[part].as_method = lint_is_called_method(text, start, (size_t)(at - start));
  }
  for (uint32_t i = 0; i < pass->word_count; i++) {
    const char *word = pass->words[i];
    if (word[0] == LINT_WORD_IMPORTED) {
      if (seen[name_map_get(&parts, word + 1, (uint32_t)strlen(word + 1))].as_name &&
          lint_scans_import_of(source, word + 1)) {
        return true;
      }
      continue;
    }
    bool all = true;
    for (const char *at = word, *next; all && at; at = next) {
      size_t length = lint_word_part(at, &next);
      const LintPartSeen *part = &seen[name_map_get(&parts, at, (uint32_t)length)];
      all = at == word ? part->as_name : part->as_method;
    }
    if (all) return true;
  }
  return false;
}

static bool lint_has_any_word(const Source *source, const LintPass *pass, Arena *work) {
  if (!pass->words) return true;
  if (pass->word_count > LINT_WORDS_SEARCHED_ONE_BY_ONE) return lint_has_any_word_in_one_pass(source, pass, work);
  for (uint32_t i = 0; i < pass->word_count; i++) {
    const char *word = pass->words[i];
    if (word[0] == LINT_WORD_IMPORTED ? lint_imports_name(source, word + 1) : lint_has_all_parts(source, word)) {
      return true;
    }
  }
  return false;
}

/* Everything before the parse: false when the file is done with (not analysed this far, or
 * refused, with report->error set when there is something to say); else the check in *check.
 * A file without trigger words cannot produce a rule's report on its own; LOOP001 is reported
 * only for files that need analysis, so --no-prefilter (which parses them anyway) reports the
 * same. The index may still need the file: it says so with pass->force. */
static bool lint_prepare(Source *source, const LintOptions *options, const LintPass *pass, FileReport *report,
                         Arena *work, ModuleMemo *memo, bool *needs_analysis, FrontendCheck *check) {
  if (options->depth == LINT_DEPTH_READ) return false;
  *needs_analysis = !(pass && pass->trigger_free) && lint_has_trigger(source, options);
  bool forced = pass && pass->force && lint_has_any_word(source, pass, work);
  if (options->prefilter && !*needs_analysis && !forced) {
    if (pass && pass->summarize && !pass->force) lint_scan_imports(source, pass, memo, report);
    return false;
  }
  if (options->depth == LINT_DEPTH_SCAN) return false;
  source_index_lines(work, source); /* needed only while the file is linted */
  /* A file the parser cannot take is skipped; one without trigger words only gets here with
   * --no-prefilter (or for the index), and skipping it quietly keeps the output the same. */
  *check = frontend_check(source->text, source->length, &report->arena);
  if (check->refusal) {
    if (*needs_analysis) report->error = check->refusal;
    return false;
  }
  return true;
}

/* Lints a parsed tree, and deletes it: the rules, then (pass->summarize) the file's summary
 * for the index. The same in the worker and in a large file's child process. */
static void lint_tree(const Frontend *frontend, TSTree *tree, const Source *source, const LintOptions *options,
                      const LintPass *pass, bool needs_analysis, FileReport *report, Arena *work) {
  if (options->depth == LINT_DEPTH_PARSE) {
    ts_tree_delete(tree);
    return;
  }
  SemModel *model = sem_build(work, frontend, source, tree);
  report->analysed = true;
  bool summarize = pass && pass->summarize;
  SemQuestions questions = {0};
  sem_attach(model, pass ? pass->view : NULL, summarize ? &questions : NULL);
  RuleContext context = {.model = model, .source = source, .options = options, .report = report, .work = work};
  context.memos = arena_alloc(work, sizeof *context.memos * registry_count());

  uint32_t call_count;
  const SemCall *calls = sem_calls(model, &call_count);
  for (uint32_t r = 0; r < registry_count(); r++) {
    if (!options->enabled[r]) continue;
    context.rule = registry_rule(r);
    context.priority = r;
    if (context.rule->check_call) {
      for (uint32_t i = 0; i < call_count; i++) context.rule->check_call(&context, &calls[i]);
    }
    if (context.rule->check_file) context.rule->check_file(&context);
  }
  uint32_t syntax = registry_index("LOOP001");
  if (syntax != UINT32_MAX && options->enabled[syntax] && needs_analysis) {
    context.rule = registry_rule(syntax);
    context.priority = syntax;
    lint_syntax_error(frontend, ts_tree_root_node(tree), &context);
  }
  if (summarize) {
    context.collect_facts = true;
    for (uint32_t r = 0; r < registry_count(); r++) {
      context.rule = registry_rule(r);
      context.priority = r;
      if (options->enabled[r] && context.rule->export_facts) context.rule->export_facts(&context);
    }
    report->summary = summary_build(&report->arena, work, model, &questions, context.facts, context.fact_count,
                                    pass->modules, pass->file);
  }
  diag_list_resolve(&report->arena, &report->diagnostics);
  noqa_apply(frontend, ts_tree_root_node(tree), source, &report->diagnostics);
  ts_tree_delete(tree);
}

static const char *lint_gave_up(FileReport *report, uint32_t length) {
  return arena_sprintf(&report->arena, "the parser gave up on it after %u seconds (tree-sitter's error recovery is "
                       "slow on some broken input)", (unsigned)frontend_parse_seconds(length));
}

/* ---------------------------------------------------------------------------------------------
 * A large text is linted in a child process, a fork of this one (lint.h says when): tree-sitter
 * 0.20.7 corrupts its heap on some such texts (frontend.h), which there costs a message
 * instead of the process. The child parses, checks that the tree spans the text (a corrupt
 * one does not), lints, frees the tree and the parser (where the corruption would show), then
 * sends its verdict and the report through a pipe. Its exit status says nothing: a tool watching the
 * process (valgrind) may change it, and no word at all means the child died.
 *
 * The wire: one verdict byte; for LINT_CHILD_OK a byte for report->analysed, the diagnostics'
 * count and the diagnostics, each as its struct, then its message and line text, then its
 * related locations (struct and message each); then a byte saying whether the file's summary
 * for the repository index follows, and the summary (summary_write). Being a fork,
 * the child has every pointer the parent made before it (rule codes and names, the path);
 * only the strings it made itself travel. */

typedef enum LintChildVerdict {
  LINT_CHILD_OK = 1,
  LINT_CHILD_CORRUPT, /* a tree that does not span the text */
  LINT_CHILD_TIMEOUT, /* frontend_parse gave up */
} LintChildVerdict;

typedef struct LintWire {
  Arena *arena;
  char *bytes;
  size_t length, capacity;
} LintWire;

static void lint_wire_put(LintWire *wire, const void *data, size_t size) {
  if (wire->length + size > wire->capacity) {
    size_t capacity = wire->capacity ? wire->capacity : 4096;
    while (capacity < wire->length + size) capacity *= 2;
    wire->bytes = arena_grow(wire->arena, wire->bytes, 1, wire->length, capacity);
    wire->capacity = capacity;
  }
  memcpy(wire->bytes + wire->length, data, size);
  wire->length += size;
}

/* Reads from `wire` (bytes ... bytes + length, `length` counting down); false at its end. */
static bool lint_wire_get(LintWire *wire, void *data, size_t size) {
  if (wire->length < size) return false;
  memcpy(data, wire->bytes, size);
  wire->bytes += size, wire->length -= size;
  return true;
}

/* For summary_write and summary_read, and the strings that travel with them. */
static void lint_wire_put_any(void *wire, const void *data, size_t size) { lint_wire_put(wire, data, size); }
static bool lint_wire_get_any(void *wire, void *data, size_t size) { return lint_wire_get(wire, data, size); }

static bool lint_write_all(int fd, const char *bytes, size_t length) {
  while (length > 0) {
    ssize_t written = write(fd, bytes, length);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes += written, length -= (size_t)written;
  }
  return true;
}

static _Noreturn void lint_child(const Frontend *frontend, TSParser *parser, const Source *source,
                                 const LintOptions *options, const LintPass *pass, bool needs_analysis, FileReport *report, Arena *work,
                                 int channel) {
  /* No other thread ran in the parent at the fork (lint.h), so no lock is left held here. The
   * child keeps only its pipe and the standard streams; what the C library prints on a corrupt
   * heap is not for the user. */
  if (channel > 3) close_range(3, (unsigned)channel - 1, 0);
  close_range((unsigned)channel + 1, ~0U, 0);
  int null = open("/dev/null", O_WRONLY);
  if (null >= 0) dup2(null, STDERR_FILENO);
  unsigned char verdict = LINT_CHILD_OK;
  TSTree *tree = frontend_parse(parser, source->text, source->length);
  if (!tree) {
    verdict = LINT_CHILD_TIMEOUT;
  } else if (!frontend_tree_intact(tree, source->length)) {
    verdict = LINT_CHILD_CORRUPT; /* freeing it would crash */
  } else {
    lint_tree(frontend, tree, source, options, pass, needs_analysis, report, work);
    ts_parser_delete(parser); /* frees the subtrees it keeps for reuse, corrupt ones too */
  }
  LintWire wire = {.arena = work};
  lint_wire_put(&wire, &verdict, 1);
  if (verdict != LINT_CHILD_OK) _exit(lint_write_all(channel, wire.bytes, wire.length) ? 0 : 1);
  unsigned char analysed = report->analysed;
  lint_wire_put(&wire, &analysed, 1);
  lint_wire_put(&wire, &report->diagnostics.count, sizeof report->diagnostics.count);
  for (uint32_t i = 0; i < report->diagnostics.count; i++) {
    const Diagnostic *diagnostic = &report->diagnostics.items[i];
    lint_wire_put(&wire, diagnostic, sizeof *diagnostic);
    summary_put_string(lint_wire_put_any, &wire, diagnostic->message);
    summary_put_string(lint_wire_put_any, &wire, diagnostic->line_text);
    for (uint32_t r = 0; r < diagnostic->related_count; r++) {
      lint_wire_put(&wire, &diagnostic->related[r], sizeof diagnostic->related[r]);
      summary_put_string(lint_wire_put_any, &wire, diagnostic->related[r].message);
    }
  }
  unsigned char has_summary = report->summary != NULL;
  lint_wire_put(&wire, &has_summary, 1);
  if (report->summary) summary_write(report->summary, lint_wire_put_any, &wire);
  _exit(lint_write_all(channel, wire.bytes, wire.length) ? 0 : 1);
}

/* Reads the child's report into `report`; false if the child did not finish it. */
static bool lint_receive(int channel, FileReport *report, Arena *work, LintChildVerdict *verdict) {
  LintWire wire = {.arena = work};
  char buffer[65536];
  for (;;) {
    ssize_t got = read(channel, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return false;
    if (got == 0) break;
    lint_wire_put(&wire, buffer, (size_t)got);
  }
  unsigned char byte, analysed;
  if (!lint_wire_get(&wire, &byte, 1)) return false;
  *verdict = (LintChildVerdict)byte;
  if (*verdict != LINT_CHILD_OK) return wire.length == 0;
  uint32_t count;
  if (!lint_wire_get(&wire, &analysed, 1) || !lint_wire_get(&wire, &count, sizeof count)) return false;
  report->analysed = analysed != 0;
  for (uint32_t i = 0; i < count; i++) {
    Diagnostic diagnostic;
    if (!lint_wire_get(&wire, &diagnostic, sizeof diagnostic)) return false;
    if (!summary_get_string(&report->arena, lint_wire_get_any, &wire, &diagnostic.message) ||
        !summary_get_string(&report->arena, lint_wire_get_any, &wire, &diagnostic.line_text) ||
        !diagnostic.message || !diagnostic.line_text) {
      return false;
    }
    DiagRelated *related = diagnostic.related_count ? arena_alloc(&report->arena, sizeof *related * diagnostic.related_count)
                                                    : NULL;
    for (uint32_t r = 0; r < diagnostic.related_count; r++) {
      if (!lint_wire_get(&wire, &related[r], sizeof related[r])) return false;
      if (!summary_get_string(&report->arena, lint_wire_get_any, &wire, &related[r].message) || !related[r].message) {
        return false;
      }
    }
    diagnostic.related = related;
    diagnostic.related_capacity = diagnostic.related_count;
    ARENA_PUSH(&report->arena, report->diagnostics.items, report->diagnostics.count, report->diagnostics.capacity) =
        diagnostic;
  }
  unsigned char has_summary;
  if (!lint_wire_get(&wire, &has_summary, 1)) return false;
  if (has_summary && !(report->summary = summary_read(&report->arena, lint_wire_get_any, &wire))) return false;
  return wire.length == 0;
}

/* Forks the child that lints `source` (its half never returns); false if it cannot. */
static bool lint_fork(const Frontend *frontend, TSParser *parser, const Source *source, const LintOptions *options,
                      const LintPass *pass, bool needs_analysis, FileReport *report, Arena *work, LintChild *child) {
  int channel[2];
  if (pipe(channel) != 0) return false;
  pid_t pid = fork();
  if (pid == 0) {
    close(channel[0]);
    lint_child(frontend, parser, source, options, pass, needs_analysis, report, work, channel[1]);
  }
  close(channel[1]);
  if (pid < 0) {
    close(channel[0]);
    return false;
  }
  *child = (LintChild){.pid = pid, .channel = channel[0], .length = source->length, .needs_analysis = needs_analysis};
  return true;
}

static const char LINT_NO_CHILD[] = "is too large to parse outside a child process, and one cannot be started";

void lint_large_finish(LintChild *child, FileReport *report, Arena *scratch) {
  LintChildVerdict verdict = LINT_CHILD_CORRUPT;
  bool received = lint_receive(child->channel, report, scratch, &verdict);
  close(child->channel);
  while (waitpid(child->pid, NULL, 0) < 0 && errno == EINTR) {
  }
  arena_reset(scratch);
  if (received && verdict == LINT_CHILD_OK) return;
  report->diagnostics.count = 0;
  report->summary = NULL, report->analysed = false;
  if (!child->needs_analysis) return;
  report->error = received && verdict == LINT_CHILD_TIMEOUT
                      ? lint_gave_up(report, child->length)
                      : "cannot be parsed safely: the parser (tree-sitter 0.20.7) crashes or builds a corrupt tree on it";
}

/* `work` holds the model (and whatever else the file needs) until the caller frees or resets it.
 * A large file is linted in a child process at once if `may_fork` (no other thread runs), or
 * else left to lint_large_start (report->large). */
static void lint_source_in(const Frontend *frontend, TSParser *parser, Source *source, const LintOptions *options,
                           const LintPass *pass, FileReport *report, Arena *work, ModuleMemo *memo, bool may_fork) {
  bool needs_analysis;
  FrontendCheck check;
  if (!lint_prepare(source, options, pass, report, work, memo, &needs_analysis, &check)) return;
  if (check.large && !may_fork) {
    report->large = true;
  } else if (check.large) {
    LintChild child;
    if (lint_fork(frontend, parser, source, options, pass, needs_analysis, report, work, &child)) {
      lint_large_finish(&child, report, work);
    } else if (needs_analysis) {
      report->error = LINT_NO_CHILD;
    }
  } else {
    TSTree *tree = frontend_parse(parser, source->text, source->length);
    if (tree) {
      lint_tree(frontend, tree, source, options, pass, needs_analysis, report, work);
    } else if (needs_analysis) {
      report->error = lint_gave_up(report, source->length);
    }
  }
}

bool lint_large_start(const Frontend *frontend, TSParser *parser, const char *fs_path, const LintOptions *options,
                      const LintPass *pass, FileReport *report, Arena *scratch, LintChild *child) {
  report->large = false;
  Source source;
  const char *error = NULL;
  bool needs_analysis;
  FrontendCheck check;
  bool started = false;
  if (source_read_file(scratch, fs_path, report->path, &source, &error) != SOURCE_OK) {
    report->error = arena_strdup(&report->arena, error); /* changed since it was read */
  } else if (lint_prepare(&source, options, pass, report, scratch, NULL, &needs_analysis, &check)) {
    started = lint_fork(frontend, parser, &source, options, pass, needs_analysis, report, scratch, child);
    if (!started && needs_analysis) report->error = LINT_NO_CHILD;
  }
  arena_reset(scratch); /* the child has its own copy of the source */
  return started;
}

/* What lint_file and lint_bytes do once the bytes are read and validated (or rejected). */
static void lint_read(const Frontend *frontend, TSParser *parser, SourceStatus status, Source *source,
                      const char *error, const LintOptions *options, const LintPass *pass, FileReport *report,
                      Arena *scratch, ModuleMemo *memo, bool may_fork) {
  if (status != SOURCE_OK) {
    report->error = arena_strdup(&report->arena, error);
  } else {
    report->size = source->length;
    lint_source_in(frontend, parser, source, options, pass, report, scratch, memo, may_fork);
  }
  arena_reset(scratch);
}

void lint_worker_init(LintWorker *self) {
  arena_init(&self->scratch);
  module_memo_init(&self->imports);
}

void lint_worker_free(LintWorker *self) {
  arena_free(&self->scratch);
  module_memo_free(&self->imports);
}

void lint_file(const Frontend *frontend, TSParser *parser, const char *fs_path, const LintOptions *options,
               const LintPass *pass, FileReport *report, LintWorker *worker) {
  Source source;
  const char *error = NULL;
  SourceStatus status = source_read_file(&worker->scratch, fs_path, report->path, &source, &error);
  lint_read(frontend, parser, status, &source, error, options, pass, report, &worker->scratch, &worker->imports, false);
}

void lint_bytes(const Frontend *frontend, TSParser *parser, const char *bytes, size_t length,
                const LintOptions *options, FileReport *report, Arena *scratch) {
  Source source;
  const char *error = NULL;
  SourceStatus status = source_from_bytes(scratch, report->path, bytes, length, &source, &error);
  lint_read(frontend, parser, status, &source, error, options, NULL, report, scratch, NULL, true);
}
