/* libFuzzer target: any bytes, linted as a Python file through the whole pipeline, then written
 * in every output format.
 *
 *   bytes -> lint_bytes() (the validation lint_file does: size, NUL, UTF-8, BOM) -> parse ->
 *   semantic model -> every rule -> resolution, noqa -> sorted -> output_write() x each format
 *
 * The first byte, c, also picks the run's settings (it stays part of the source), so that one
 * input reproduces one run:
 *
 *   target version   py3(8 + c % 7)
 *   prefilter        on when (c / 7) % 2 == 0 (off: --no-prefilter)
 *   path shown       fuzz_paths[(c / 14) % 9]: relative, absolute, outside the working
 *                    directory, standard input, URI-special, not UTF-8, a newline ...
 *   working dir      fuzz_directories[(c / 126) % 2]: a directory with a space, or the root
 *
 * Besides the sanitizers, the results are checked: without the prefilter, an input whose code
 * names none of the trigger words (comments and strings aside) has no diagnostics (the
 * prefilter's promise); every reported span
 * lies in the input;
 * every format's output is valid UTF-8 (the text formats show a path as its bytes, so theirs
 * only when the path is); json, sarif and gitlab parse as JSON (json-lines line by line);
 * github has one annotation line per diagnostic. A failed check aborts, which
 * libFuzzer reports as a crash with the input saved.
 *
 * Harness globals (the frontend, one parser, the rule flags) are set once in
 * LLVMFuzzerInitialize and only read afterwards; src/ has no such state. */
#define _GNU_SOURCE /* open_memstream, memmem */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "diag.h"
#include "frontend.h"
#include "lint.h"
#include "output.h"
#include "registry.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Frontend fuzz_frontend;
static TSParser *fuzz_parser;
static Arena fuzz_arena; /* the rule flags and trigger words, for the whole process */
static LintOptions fuzz_options;

/* Extra LOOP202 constructors, as a configuration's `loop-bound` would give. */
static const char *const fuzz_loop_bound[] = {"mylib.client.Client", "Pool"};

/* Paths come from the file system (any bytes but NUL) or from --stdin-filename. */
static const char *const fuzz_paths[] = {
    "pkg/fuzz input.py",
    "-",
    "/home/user/my project/pkg/a.py",
    "/elsewhere/b.py",
    "../sibling/./x/../c.py",
    "%41 #?&=+;[]{}'\"<>.py",
    "bad\xff\xfe\xc3.py",
    "\xc3\xbc/\xe6\xbc\xa2\xe5\xad\x97 \xf0\x9f\x98\x80.py",
    "new\nline,comma:colon\r%0A.py",
};
static const char *const fuzz_directories[] = {"/home/user/my project", "/"};

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  const char *error = NULL;
  if (!frontend_init(&fuzz_frontend, &error)) {
    fprintf(stderr, "fuzz_lint: %s\n", error);
    abort();
  }
  fuzz_parser = frontend_parser_new(&fuzz_frontend);
  if (!fuzz_parser) abort();
  arena_init(&fuzz_arena);
  bool *enabled = arena_alloc(&fuzz_arena, sizeof *enabled * registry_count());
  for (uint32_t r = 0; r < registry_count(); r++) enabled[r] = true;
  fuzz_options = (LintOptions){
      .enabled = enabled,
      .target_minor = LINT_DEFAULT_TARGET_MINOR,
      .loop_bound = fuzz_loop_bound,
      .loop_bound_count = sizeof fuzz_loop_bound / sizeof *fuzz_loop_bound,
      .prefilter = true,
      .depth = LINT_DEPTH_FULL,
  };
  lint_options_derive_triggers(&fuzz_arena, &fuzz_options);
  return 0;
}

static int fuzz_compare(const void *left, const void *right) {
  return diag_compare(*(const Diagnostic *const *)left, *(const Diagnostic *const *)right);
}

static void fuzz_fail(const char *what, OutputFormat format, const char *text, size_t length) {
  fprintf(stderr, "fuzz_lint: %s output is %s:\n%.*s\n", output_format_name(format), what,
          (int)(length > 4000 ? 4000 : length), text);
  abort();
}

/* Its own UTF-8 check, not source.c's: the oracle must not share the code it checks. Not
 * instrumented for coverage: it runs over every byte of every output, and what it covers says
 * nothing about looplint. */
__attribute__((no_sanitize("coverage"))) static bool fuzz_valid_utf8(const unsigned char *text, size_t length) {
  for (size_t i = 0; i < length;) {
    unsigned char lead = text[i];
    if (lead >= 0x01 && lead < 0x80) {
      i++;
      continue;
    }
    size_t extra = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    if (!extra || length - i <= extra) return false; /* a NUL, a stray byte, a cut sequence */
    uint32_t code = lead & (0x3F >> extra);
    for (size_t k = 1; k <= extra; k++) {
      if ((text[i + k] & 0xC0) != 0x80) return false;
      code = (code << 6) | (text[i + k] & 0x3F);
    }
    static const uint32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (code < smallest[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

/* One JSON document, or with `lines` one per line; an array holding `count` items when
 * `count` is not UINT32_MAX. */
static void fuzz_check_json(OutputFormat format, const char *text, size_t length, bool lines, uint32_t count) {
  if (!lines) {
    cJSON *document = cJSON_ParseWithLength(text, length);
    if (!document) fuzz_fail("not JSON", format, text, length);
    if (count != UINT32_MAX && (!cJSON_IsArray(document) || (uint32_t)cJSON_GetArraySize(document) != count)) {
      fuzz_fail("not an array of every diagnostic", format, text, length);
    }
    cJSON_Delete(document);
    return;
  }
  uint32_t objects = 0;
  for (const char *line = text, *end = text + length; line < end;) {
    const char *newline = memchr(line, '\n', (size_t)(end - line));
    if (!newline) fuzz_fail("not newline-terminated", format, text, length);
    cJSON *object = cJSON_ParseWithLength(line, (size_t)(newline - line));
    if (!cJSON_IsObject(object)) fuzz_fail("not one JSON object per line", format, text, length);
    cJSON_Delete(object);
    objects++;
    line = newline + 1;
  }
  if (objects != count) fuzz_fail("not one line per diagnostic", format, text, length);
}

/* The prefilter skips a file whose code names no trigger (only its comments and strings may)
 * because no rule could report in it: so a run without the prefilter must find nothing in
 * such a file either. The text is the one lint_bytes reads (source_from_bytes: validated,
 * without a BOM); an input it rejects has no diagnostics to check. */
static void fuzz_check_prefilter(const LintOptions *options, const uint8_t *data, size_t size, uint32_t count) {
  if (options->prefilter || count == 0) return;
  Arena arena;
  arena_init(&arena);
  Source source;
  const char *error = NULL;
  bool triggered = source_from_bytes(&arena, "fuzz", (const char *)data, size, &source, &error) != SOURCE_OK ||
                   lint_text_has_trigger(source.text, source.length, options);
  arena_free(&arena);
  if (triggered) return;
  fprintf(stderr, "fuzz_lint: %u diagnostics in an input whose code names no trigger; the prefilter would skip it\n",
          count);
  abort();
}

static bool fuzz_position_before(SourcePosition left, SourcePosition right) {
  return left.line < right.line || (left.line == right.line && left.column <= right.column);
}

/* Every reported span lies in the input and does not end before it starts. */
static void fuzz_check_spans(const Diagnostic *const *diagnostics, uint32_t count, const uint8_t *data, size_t size) {
  uint32_t lines = 1;
  for (size_t i = 0; i < size; i++) lines += data[i] == '\n' || data[i] == '\r';
  for (uint32_t i = 0; i < count; i++) {
    const Diagnostic *diagnostic = diagnostics[i];
    bool ok = diagnostic->start_byte <= diagnostic->end_byte && diagnostic->end_byte <= size &&
              diagnostic->start.line >= 1 && diagnostic->start.column >= 1 && diagnostic->end.line <= lines &&
              fuzz_position_before(diagnostic->start, diagnostic->end);
    for (uint32_t r = 0; ok && r < diagnostic->related_count; r++) {
      const DiagRelated *note = &diagnostic->related[r];
      ok = note->start.line >= 1 && note->start.column >= 1 && note->end.line <= lines &&
           fuzz_position_before(note->start, note->end);
    }
    if (!ok) {
      fprintf(stderr, "fuzz_lint: %s at %u:%u-%u:%u (bytes %u-%u of %zu, %u lines) is outside the input\n",
              diagnostic->code, diagnostic->start.line, diagnostic->start.column, diagnostic->end.line,
              diagnostic->end.column, diagnostic->start_byte, diagnostic->end_byte, size, lines);
      abort();
    }
  }
}

/* GitHub reads one workflow command per line: whatever a path or message holds is escaped. */
static void fuzz_check_github(const char *text, size_t length, uint32_t count) {
  uint32_t lines = 0;
  for (const char *line = text, *end = text + length; line < end; lines++) {
    const char *newline = memchr(line, '\n', (size_t)(end - line));
    if (!newline || (strncmp(line, "::error file=", 13) != 0 && strncmp(line, "::warning file=", 15) != 0)) break;
    line = newline + 1;
  }
  if (lines != count) fuzz_fail("not one annotation line per diagnostic", OUTPUT_GITHUB, text, length);
}

static void fuzz_write(const Diagnostic *const *diagnostics, uint32_t count, OutputFormat format, bool color,
                       const char *working_directory, bool utf8_path) {
  char *text = NULL;
  size_t length = 0;
  FILE *stream = open_memstream(&text, &length);
  if (!stream) abort();
  OutputOptions options = {
      .format = format,
      .color = color,
      .show_summary = true,
      .working_directory = working_directory,
  };
  bool ok = output_write(stream, diagnostics, count, &options);
  if (fclose(stream) != 0 || !ok) abort(); /* only out of memory fails, and ASan would say so */
  bool text_format = format == OUTPUT_FULL || format == OUTPUT_CONCISE;
  if ((utf8_path || !text_format) && !fuzz_valid_utf8((const unsigned char *)text, length)) {
    fuzz_fail("not valid UTF-8 text", format, text, length);
  }
  switch (format) {
    case OUTPUT_JSON: fuzz_check_json(format, text, length, false, count); break;
    case OUTPUT_JSON_LINES: fuzz_check_json(format, text, length, true, count); break;
    case OUTPUT_SARIF:
    case OUTPUT_GITLAB: fuzz_check_json(format, text, length, false, UINT32_MAX); break;
    case OUTPUT_GITHUB: fuzz_check_github(text, length, count); break;
    default: break;
  }
  free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  uint8_t choice = size ? data[0] : 0;
  LintOptions options = fuzz_options;
  options.target_minor = LINT_MIN_TARGET_MINOR + choice % (LINT_MAX_TARGET_MINOR - LINT_MIN_TARGET_MINOR + 1);
  options.prefilter = (choice / 7) % 2 == 0;
  const char *path = fuzz_paths[(choice / 14) % (sizeof fuzz_paths / sizeof *fuzz_paths)];
  uint32_t directory = (uint32_t)(choice / 126) % 2;

  FileReport report;
  file_report_init(&report, path);
  Arena scratch;
  arena_init(&scratch);
  lint_bytes(&fuzz_frontend, fuzz_parser, (const char *)data, size, &options, &report, &scratch);
  /* Freed before output: a report that still points into the file's source or model is a
   * use-after-free that ASan reports (the engine reuses the arena for the next file). */
  arena_free(&scratch);

  /* Every diagnostic, the suppressed ones too (--show-suppressed), in output order. */
  uint32_t count = report.diagnostics.count;
  const Diagnostic **sorted = malloc(sizeof *sorted * (count ? count : 1));
  if (!sorted) abort();
  for (uint32_t i = 0; i < count; i++) sorted[i] = &report.diagnostics.items[i];
  qsort(sorted, count, sizeof *sorted, fuzz_compare);
  fuzz_check_prefilter(&options, data, size, count);
  fuzz_check_spans(sorted, count, data, size);
  /* Output is a function of the diagnostics and the working directory: with no diagnostics it
   * is the same for every input (and SARIF's rule table is most of the time spent on each
   * input), so it is checked once per directory. */
  static bool wrote_empty[2];
  if (count == 0 && wrote_empty[directory]) {
    free(sorted);
    file_report_free(&report);
    return 0;
  }
  wrote_empty[directory] = wrote_empty[directory] || count == 0;
  static const OutputFormat formats[] = {OUTPUT_FULL,  OUTPUT_CONCISE, OUTPUT_JSON,  OUTPUT_JSON_LINES,
                                         OUTPUT_SARIF, OUTPUT_GITHUB,  OUTPUT_GITLAB};
  bool utf8_path = fuzz_valid_utf8((const unsigned char *)path, strlen(path));
  for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
    fuzz_write(sorted, count, formats[f], false, fuzz_directories[directory], utf8_path);
  }
  fuzz_write(sorted, count, OUTPUT_FULL, true, fuzz_directories[directory], utf8_path);
  free(sorted);
  file_report_free(&report);
  return 0;
}
