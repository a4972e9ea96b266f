/* Output formats. Each writes a sorted array of diagnostics to a stream. */
#ifndef LOOPLINT_OUTPUT_H
#define LOOPLINT_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

typedef enum OutputFormat {
  OUTPUT_FULL,      /* header line, source line and caret underline, notes */
  OUTPUT_CONCISE,   /* one line per diagnostic */
  OUTPUT_JSON,      /* a JSON array (docs/json-output.md) */
} OutputFormat;

typedef struct OutputOptions {
  OutputFormat format;
  bool color;
  bool show_summary;
} OutputOptions;

/* Parses "full", "concise", "json"; returns false for anything else. */
bool output_format_parse(const char *text, OutputFormat *format);

void output_text(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options);
/* Returns false if the JSON could not be built (out of memory). */
bool output_json(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count);

#endif
