#include <string.h>

#include "output.h"

static const struct {
  const char *name;
  OutputFormat format;
} output_formats[] = {
    {"full", OUTPUT_FULL},   {"concise", OUTPUT_CONCISE}, {"json", OUTPUT_JSON},     {"json-lines", OUTPUT_JSON_LINES},
    {"sarif", OUTPUT_SARIF}, {"github", OUTPUT_GITHUB},   {"gitlab", OUTPUT_GITLAB},
};

const char OUTPUT_FORMAT_NAMES[] = "full, concise, json, json-lines, sarif, github, gitlab";

const char *output_format_name(OutputFormat format) {
  for (size_t i = 0; i < sizeof output_formats / sizeof *output_formats; i++) {
    if (output_formats[i].format == format) return output_formats[i].name;
  }
  return "?";
}

bool output_format_parse(const char *text, OutputFormat *format) {
  for (size_t i = 0; i < sizeof output_formats / sizeof *output_formats; i++) {
    if (strcmp(text, output_formats[i].name) == 0) {
      *format = output_formats[i].format;
      return true;
    }
  }
  return false;
}

bool output_write(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options) {
  switch (options->format) {
    case OUTPUT_FULL:
    case OUTPUT_CONCISE: output_text(stream, diagnostics, count, options); return true;
    case OUTPUT_JSON: return output_json(stream, diagnostics, count);
    case OUTPUT_JSON_LINES: return output_json_lines(stream, diagnostics, count);
    case OUTPUT_SARIF: return output_sarif(stream, diagnostics, count, options);
    case OUTPUT_GITHUB: return output_github(stream, diagnostics, count);
    case OUTPUT_GITLAB: return output_gitlab(stream, diagnostics, count, options);
  }
  return false;
}
