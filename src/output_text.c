#include <string.h>

#include "output.h"
#include "source.h"

#define ANSI_RESET "\033[0m"
#define ANSI_BOLD "\033[1m"
#define ANSI_RED "\033[1;31m"
#define ANSI_YELLOW "\033[1;33m"
#define ANSI_BLUE "\033[1;34m"
#define ANSI_CYAN "\033[36m"

enum { OUTPUT_TAB_WIDTH = 4 };


static const char *output_color(const OutputOptions *options, const char *code) {
  return options->color ? code : "";
}

static void output_header(FILE *stream, const Diagnostic *diagnostic, const OutputOptions *options) {
  const char *severity_color = diagnostic->severity == SEVERITY_ERROR ? ANSI_RED : ANSI_YELLOW;
  fprintf(stream, "%s%s%s:%u:%u: %s%s%s [%s%s%s]%s %s\n", output_color(options, ANSI_BOLD), diagnostic->path,
          output_color(options, ANSI_RESET), diagnostic->start.line, diagnostic->start.column,
          output_color(options, ANSI_RED), diagnostic->code, output_color(options, ANSI_RESET),
          output_color(options, severity_color), severity_name(diagnostic->severity), output_color(options, ANSI_RESET),
          diagnostic->suppressed ? " [suppressed by noqa]" : "", diagnostic->message);
}

/* Display cells of a code point: 2 for East Asian wide and fullwidth characters and emoji,
 * 0 for combining marks, 1 otherwise (a compact form of wcwidth, locale-independent). */
static uint32_t output_cell_width(uint32_t code) {
  if ((code >= 0x0300 && code <= 0x036F) || (code >= 0x200B && code <= 0x200F) || (code >= 0xFE00 && code <= 0xFE0F)) {
    return 0;
  }
  if ((code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0x303E) || (code >= 0x3041 && code <= 0x33FF) ||
      (code >= 0x3400 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0xA000 && code <= 0xA4CF) ||
      (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFE30 && code <= 0xFE4F) ||
      (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1F64F) ||
      (code >= 0x1F900 && code <= 0x1F9FF) || (code >= 0x20000 && code <= 0x3FFFD)) {
    return 2;
  }
  return 1;
}

/* Display cells that the first `characters` characters of `line` take, tabs expanded. */
static uint32_t output_display_width(const char *line, uint32_t characters) {
  uint32_t width = 0, seen = 0;
  const unsigned char *p = (const unsigned char *)line;
  size_t remaining = strlen(line);
  while (*p && seen < characters) {
    uint32_t code = *p;
    size_t length = 1;
    if (code >= 0x80) {
      length = source_utf8_sequence_length(p, remaining);
      if (length == 0) length = 1;
      code = length == 2 ? (p[0] & 0x1Fu) : length == 3 ? (p[0] & 0x0Fu) : length == 4 ? (p[0] & 0x07u) : 0xFFFD;
      for (size_t i = 1; i < length; i++) code = (code << 6) | (p[i] & 0x3Fu);
    }
    width += code == '\t' ? OUTPUT_TAB_WIDTH : output_cell_width(code);
    seen++;
    p += length;
    remaining -= length;
  }
  return width;
}

static void output_snippet(FILE *stream, const Diagnostic *diagnostic, const OutputOptions *options) {
  char number[16];
  int gutter = snprintf(number, sizeof number, "%u", diagnostic->start.line);
  const char *blue = output_color(options, ANSI_BLUE), *reset = output_color(options, ANSI_RESET);
  fprintf(stream, "%*s %s|%s\n", gutter, "", blue, reset);
  fprintf(stream, "%s%s |%s ", blue, number, reset);
  for (const char *p = diagnostic->line_text; *p; p++) {
    if (*p == '\t') fprintf(stream, "%*s", OUTPUT_TAB_WIDTH, "");
    else fputc(*p, stream);
  }
  fputc('\n', stream);
  uint32_t line_characters = 0;
  for (const unsigned char *p = (const unsigned char *)diagnostic->line_text; *p; p++) {
    if ((*p & 0xC0) != 0x80) line_characters++;
  }
  uint32_t first = diagnostic->start.column - diagnostic->line_first_column;
  uint32_t last = diagnostic->end.line == diagnostic->start.line ? diagnostic->end.column - diagnostic->line_first_column
                                                                 : line_characters;
  if (last > line_characters) last = line_characters;
  if (last <= first) last = first + 1;
  uint32_t indent = output_display_width(diagnostic->line_text, first);
  uint32_t width = output_display_width(diagnostic->line_text, last) - indent;
  if (width == 0) width = 1;
  const char *caret_color = output_color(options, diagnostic->severity == SEVERITY_ERROR ? ANSI_RED : ANSI_YELLOW);
  fprintf(stream, "%*s %s|%s %*s%s", gutter, "", blue, reset, (int)indent, "", caret_color);
  for (uint32_t i = 0; i < width; i++) fputc('^', stream);
  fprintf(stream, " %s%s\n", diagnostic->code, reset);
  fprintf(stream, "%*s %s|%s\n", gutter, "", blue, reset);
  for (uint32_t i = 0; i < diagnostic->related_count; i++) {
    const DiagRelated *related = &diagnostic->related[i];
    fprintf(stream, "%*s %s=%s %snote%s: %s:%u:%u: %s\n", gutter, "", blue, reset, output_color(options, ANSI_CYAN),
            reset, related->path, related->start.line, related->start.column, related->message);
  }
}

void output_text(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options) {
  uint32_t errors = 0, suppressed = 0;
  for (uint32_t i = 0; i < count; i++) {
    const Diagnostic *diagnostic = diagnostics[i];
    if (diagnostic->suppressed) suppressed++;
    else if (diagnostic->severity == SEVERITY_ERROR) errors++;
    output_header(stream, diagnostic, options);
    if (options->format == OUTPUT_FULL) {
      output_snippet(stream, diagnostic, options);
      fputc('\n', stream);
    } else {
      for (uint32_t r = 0; r < diagnostic->related_count; r++) {
        const DiagRelated *related = &diagnostic->related[r];
        fprintf(stream, "%s:%u:%u: note: %s\n", related->path, related->start.line, related->start.column,
                related->message);
      }
    }
  }
  if (!options->show_summary) return;
  uint32_t findings = count - suppressed, warnings = findings - errors;
  if (findings == 0) {
    fprintf(stream, "All checks passed!");
  } else {
    fprintf(stream, "Found %u diagnostic%s (%u error%s, %u warning%s).", findings, findings == 1 ? "" : "s", errors,
            errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
  }
  if (suppressed) fprintf(stream, " %u suppressed by noqa.", suppressed);
  fputc('\n', stream);
}
