/* Output formats. Each writes a sorted array of diagnostics to a stream. */
#ifndef LOOPLINT_OUTPUT_H
#define LOOPLINT_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

typedef enum OutputFormat {
  OUTPUT_FULL,       /* header line, source line and caret underline, notes */
  OUTPUT_CONCISE,    /* one line per diagnostic */
  OUTPUT_JSON,       /* a JSON array (docs/json-output.md) */
  OUTPUT_JSON_LINES, /* one JSON object per line, same fields as json */
  OUTPUT_SARIF,      /* SARIF 2.1.0, for GitHub code scanning */
  OUTPUT_GITHUB,     /* GitHub Actions workflow commands (annotations) */
  OUTPUT_GITLAB,     /* GitLab Code Quality report */
} OutputFormat;

typedef struct OutputOptions {
  OutputFormat format;
  bool color;
  bool show_summary;
  /* The absolute working directory: report paths are relative to it (or absolute), and SARIF
   * and GitLab make repository-relative URIs from it. */
  const char *working_directory;
} OutputOptions;

/* Parses a format name (full, concise, json, json-lines, sarif, github, gitlab); returns
 * false for anything else. */
bool output_format_parse(const char *text, OutputFormat *format);
/* A format's name ("json-lines"). */
const char *output_format_name(OutputFormat format);
/* The names, for messages: "full, concise, json, json-lines, sarif, github, gitlab". */
extern const char OUTPUT_FORMAT_NAMES[];

/* Writes the sorted diagnostics in options->format. Returns false if the output could not be
 * built (out of memory). */
bool output_write(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options);

/* One function per format, each in its own file (output_<format>.c). */
void output_text(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options);
bool output_json(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count);
bool output_json_lines(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count);
bool output_sarif(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options);
bool output_github(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count);
bool output_gitlab(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options);

#endif
