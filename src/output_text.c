#include <string.h>

#include "output.h"

#define ANSI_RESET "\033[0m"
#define ANSI_BOLD "\033[1m"
#define ANSI_RED "\033[1;31m"
#define ANSI_YELLOW "\033[1;33m"
#define ANSI_BLUE "\033[1;34m"
#define ANSI_CYAN "\033[36m"

enum { OUTPUT_TAB_WIDTH = 4 };

bool output_format_parse(const char *text, OutputFormat *format) {
  if (strcmp(text, "full") == 0) *format = OUTPUT_FULL;
  else if (strcmp(text, "concise") == 0) *format = OUTPUT_CONCISE;
  else if (strcmp(text, "json") == 0) *format = OUTPUT_JSON;
  else return false;
  return true;
}

static const char *output_color(const OutputOptions *options, const char *code) {
  return options->color ? code : "";
}

static void output_header(FILE *stream, const Diagnostic *diagnostic, const OutputOptions *options) {
  const char *severity_color = diagnostic->severity == SEVERITY_ERROR ? ANSI_RED : ANSI_YELLOW;
  fprintf(stream, "%s%s%s:%u:%u: %s%s%s [%s%s%s] %s\n", output_color(options, ANSI_BOLD), diagnostic->path,
          output_color(options, ANSI_RESET), diagnostic->start.line, diagnostic->start.column,
          output_color(options, ANSI_RED), diagnostic->code, output_color(options, ANSI_RESET),
          output_color(options, severity_color), severity_name(diagnostic->severity), output_color(options, ANSI_RESET),
          diagnostic->message);
}

/* Number of display columns the first `characters` characters of `line` take, tabs expanded. */
static uint32_t output_display_width(const char *line, uint32_t characters) {
  uint32_t width = 0, seen = 0;
  for (const unsigned char *p = (const unsigned char *)line; *p && seen < characters; p++) {
    if ((*p & 0xC0) == 0x80) continue;
    width += *p == '\t' ? OUTPUT_TAB_WIDTH : 1;
    seen++;
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
  uint32_t first = diagnostic->start.column - 1;
  uint32_t last = diagnostic->end.line == diagnostic->start.line ? diagnostic->end.column - 1 : line_characters;
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
  uint32_t errors = 0;
  for (uint32_t i = 0; i < count; i++) {
    const Diagnostic *diagnostic = diagnostics[i];
    if (diagnostic->severity == SEVERITY_ERROR) errors++;
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
  if (count == 0) {
    fprintf(stream, "All checks passed!\n");
  } else {
    fprintf(stream, "Found %u diagnostic%s (%u error%s, %u warning%s).\n", count, count == 1 ? "" : "s", errors,
            errors == 1 ? "" : "s", count - errors, count - errors == 1 ? "" : "s");
  }
}
