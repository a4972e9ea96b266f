/* lint_file(): read -> parse -> semantic model -> rules -> diagnostics, for one file. */
#ifndef LOOPLINT_LINT_H
#define LOOPLINT_LINT_H

#include <stdbool.h>

#include "arena.h"
#include "diag.h"
#include "frontend.h"
#include "source.h"

#define LINT_DEFAULT_TARGET_MINOR 9   /* py39 (RULES.md) */
#define LINT_MIN_TARGET_MINOR 8
#define LINT_MAX_TARGET_MINOR 14

typedef struct LintOptions {
  const bool *enabled;       /* one flag per registry rule */
  int target_minor;          /* 8 (py38) ... 14 (py314) */
  const char *const *loop_bound; /* extra LOOP202 constructors (configuration `loop-bound`) */
  uint32_t loop_bound_count;
} LintOptions;

/* What linting one file produced. Everything is owned by `arena`. */
typedef struct FileReport {
  const char *path;          /* as shown to the user; not owned, outlives the report */
  DiagList diagnostics;
  const char *error;         /* set when the file could not be linted */
  Arena arena;
} FileReport;

void file_report_init(FileReport *self, const char *path);
void file_report_free(FileReport *self);

/* Lints an already loaded source; `source` may live in any arena. */
void lint_source(const Frontend *frontend, TSParser *parser, const Source *source,
                 const LintOptions *options, FileReport *report);
/* Reads `fs_path` and lints it; read errors go to report->error. */
void lint_file(const Frontend *frontend, TSParser *parser, const char *fs_path,
               const LintOptions *options, FileReport *report);

#endif
