/* The parallel engine: a worker pool over files, one tree-sitter parser per worker, no
 * shared mutable state but the next-file counter. Reports come back in input order, so
 * the output is the same for any number of workers. */
#ifndef LOOPLINT_ENGINE_H
#define LOOPLINT_ENGINE_H

#include "frontend.h"
#include "lint.h"

/* Lints files[0..count) with options[i] and `jobs` threads (0: one per CPU) into reports[i], which the
 * caller has initialised. Returns false if files were left unlinted (no parser could be
 * created). */
bool engine_lint_files(const Frontend *frontend, const char *const *files, uint32_t count,
                       const LintOptions *const *options, unsigned jobs, FileReport *reports);

unsigned engine_default_jobs(void);

#endif
