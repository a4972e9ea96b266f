/* Linting the files of a run: the engine's passes, with the repository index between them
 * (index.h), or one pass per file without it (--no-index). */
#ifndef LOOPLINT_RUN_H
#define LOOPLINT_RUN_H

#include "engine.h"

typedef struct RunSettings {
  bool index;                /* analyse the run as a whole (RULES.md "Analysed code") */
  unsigned jobs;             /* threads; 0: one per CPU */
} RunSettings;

/* The module table of a run with the index (modules.h), built on a thread of its own from
 * the file list while the caller reads the files' configurations. NULL without the index. */
typedef struct RunModules RunModules;
RunModules *run_modules_start(const char *const *files, uint32_t count, const RunSettings *settings);
/* For a run abandoned before run_lint. */
void run_modules_free(RunModules *self);

/* Lints files[0..count) with options[i] into reports[i] (initialised by the caller; a report
 * may be replaced by the index's second pass), with the module table run_modules_start gave
 * for these files and settings (run_lint frees it). Returns false on an
 * internal error (files left unlinted). */
bool run_lint(const Frontend *frontend, const char *const *files, uint32_t count, const LintOptions *const *options,
              const RunSettings *settings, RunModules *modules, FileReport *reports);

#endif
