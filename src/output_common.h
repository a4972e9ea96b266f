/* Helpers shared by the machine-readable output formats (json, json-lines, sarif, github,
 * gitlab): UTF-8 repair of file names, the json item, repository-relative paths and URIs, and
 * the fingerprints that identify a finding across line shifts. */
#ifndef LOOPLINT_OUTPUT_COMMON_H
#define LOOPLINT_OUTPUT_COMMON_H

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>

#include "diag.h"

/* JSON strings and workflow commands must be UTF-8: bytes of a file name that are not (a Linux
 * name is any bytes) become U+FFFD. Returns `text` itself when it is valid, else a malloc'd
 * copy in *owned (free it; NULL when not needed), or "?" when out of memory. */
const char *output_utf8(const char *text, char **owned);

/* cJSON_AddStringToObject after output_utf8. */
bool output_json_add_string(cJSON *object, const char *key, const char *text);

/* The json format's object for one diagnostic (docs/json-output.md), or NULL when out of memory. */
cJSON *output_json_item(const Diagnostic *diagnostic);

/* Prints a JSON document (formatted, or on one line) and a newline, then frees it; `ok` false
 * (a failed build) frees it and prints nothing. Returns whether it was printed. */
bool output_json_print(FILE *stream, cJSON *document, bool ok, bool formatted);

/* `path` (as given: relative to `working_directory` or absolute) resolved lexically against
 * the working directory. Inside it: the relative path with "." and ".." resolved
 * ("pkg/a.py") and *inside = true; outside it: the normalized absolute path. malloc'd, NULL
 * when out of memory. */
char *output_repo_path(const char *path, const char *working_directory, bool *inside);

/* The path percent-encoded for a URI (RFC 3986): every byte but the unreserved characters
 * and '/' becomes %XX (bytes that are not UTF-8 too, so the URI names the very file).
 * malloc'd, NULL when out of memory. */
char *output_uri_path(const char *path);

/* "file://" URI of an absolute path, with a trailing '/' if `directory`. malloc'd or NULL. */
char *output_file_uri(const char *absolute_path, bool directory);

/* A finding's identity across line shifts: `line_hash` is SHA-256 (hex) of the code, the
 * repository-relative path and the first source line with all whitespace removed (no line or
 * column numbers); `occurrence` counts 1, 2, ... among the diagnostics with the same
 * line_hash, in output order; `issue_hash` is SHA-256 (hex) of both, unique per finding. */
typedef struct OutputFingerprint {
  char line_hash[65];
  char issue_hash[65];
  uint32_t occurrence;
} OutputFingerprint;

/* Fills fingerprints[count]. Returns false when out of memory. */
bool output_fingerprints(const Diagnostic *const *diagnostics, uint32_t count, const char *working_directory,
                         OutputFingerprint *fingerprints);

#endif
