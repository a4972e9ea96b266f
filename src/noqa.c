#include "noqa.h"

#include <ctype.h>
#include <string.h>

/* Is there a comment node at this byte? */
static bool noqa_in_comment(const Frontend *frontend, TSNode root, uint32_t byte) {
  TSNode node = ts_node_descendant_for_byte_range(root, byte, byte + 1);
  return !ts_node_is_null(node) && ts_node_symbol(node) == frontend->kind.comment;
}

static bool noqa_word_at(const char *text, const char *end, const char *word) {
  size_t length = strlen(word);
  if ((size_t)(end - text) < length) return false;
  for (size_t i = 0; i < length; i++) {
    if (tolower((unsigned char)text[i]) != word[i]) return false;
  }
  return true;
}

/* A parsed directive: every code, or a list of codes/prefixes. */
typedef struct NoqaDirective {
  bool present;
  bool all;
  const char *codes;         /* the text after the colon, up to the end of the comment */
  const char *codes_end;
} NoqaDirective;

/* Parses "noqa" at `at` (just past the word) up to `end`. */
static NoqaDirective noqa_parse_after(const char *at, const char *end) {
  NoqaDirective directive = {.present = true, .all = true};
  const char *p = at;
  while (p < end && (*p == ' ' || *p == '\t')) p++;
  if (p < end && *p == ':') {
    p++;
    const char *codes = p;
    while (p < end && (*p == ' ' || *p == '\t' || *p == ',')) p++;
    if (p < end && isalnum((unsigned char)*p)) {
      directive.all = false;
      directive.codes = codes;
      directive.codes_end = end;
    }
  }
  return directive;
}

static bool noqa_covers(const NoqaDirective *directive, const char *code) {
  if (!directive->present) return false;
  if (directive->all) return true;
  const char *p = directive->codes;
  while (p < directive->codes_end) {
    while (p < directive->codes_end && (*p == ' ' || *p == '\t' || *p == ',')) p++;
    const char *start = p;
    while (p < directive->codes_end && isalnum((unsigned char)*p)) p++;
    size_t length = (size_t)(p - start);
    if (length == 0) break; /* the code list ends at the first thing that is not a code */
    if (strncmp(code, start, length) == 0) return true; /* an exact code or a prefix */
  }
  return false;
}

/* The noqa directive of the comment on a line, if any. */
static NoqaDirective noqa_for_line(const Frontend *frontend, TSNode root, const Source *source, uint32_t line) {
  NoqaDirective none = {0};
  uint32_t length;
  const char *text = source_line_text(source, line, &length);
  const char *end = text + length;
  for (const char *hash = memchr(text, '#', length); hash; hash = memchr(hash + 1, '#', (size_t)(end - hash - 1))) {
    if (!noqa_in_comment(frontend, root, (uint32_t)(hash - source->text))) continue;
    /* The comment runs to the end of the line: find "noqa" after a '#'. */
    for (const char *p = hash; p < end; p++) {
      if (*p != '#') continue;
      const char *word = p + 1;
      while (word < end && (*word == ' ' || *word == '\t')) word++;
      if (noqa_word_at(word, end, "noqa")) return noqa_parse_after(word + 4, end);
    }
    return none;
  }
  return none;
}

void noqa_apply(const Frontend *frontend, TSNode root, const Source *source, DiagList *diagnostics) {
  if (diagnostics->count == 0) return;
  /* File-wide: "# looplint: noqa" on a line of its own. */
  NoqaDirective file_directives[8];
  uint32_t file_count = 0;
  for (const char *at = strstr(source->text, "looplint:"); at && file_count < 8; at = strstr(at + 1, "looplint:")) {
    uint32_t byte = (uint32_t)(at - source->text);
    SourcePosition position = source_position(source, byte);
    uint32_t length;
    const char *line = source_line_text(source, position.line, &length);
    const char *end = line + length;
    const char *first = line;
    while (first < end && (*first == ' ' || *first == '\t')) first++;
    if (first >= end || *first != '#' || !noqa_in_comment(frontend, root, (uint32_t)(first - source->text))) continue;
    const char *between = first + 1;
    while (between < at && (*between == ' ' || *between == '\t')) between++;
    if (between != at) continue; /* "# looplint: noqa" must start the comment */
    const char *word = at + strlen("looplint:");
    while (word < end && (*word == ' ' || *word == '\t')) word++;
    if (noqa_word_at(word, end, "noqa")) file_directives[file_count++] = noqa_parse_after(word + 4, end);
  }
  uint32_t cached_line = 0;
  NoqaDirective line_directive = {0};
  for (uint32_t i = 0; i < diagnostics->count; i++) {
    Diagnostic *diagnostic = &diagnostics->items[i];
    for (uint32_t f = 0; f < file_count && !diagnostic->suppressed; f++) {
      diagnostic->suppressed = noqa_covers(&file_directives[f], diagnostic->code);
    }
    if (diagnostic->suppressed) continue;
    if (diagnostic->start.line != cached_line) { /* diagnostics are sorted by line */
      cached_line = diagnostic->start.line;
      line_directive = noqa_for_line(frontend, root, source, cached_line);
    }
    diagnostic->suppressed = noqa_covers(&line_directive, diagnostic->code);
  }
}
