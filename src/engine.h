/* The parallel engine: a worker pool over files, one tree-sitter parser per worker, no
 * shared mutable state but the next-file counter. Reports come back in input order, so
 * the output is the same for any number of workers. */
#ifndef LOOPLINT_ENGINE_H
#define LOOPLINT_ENGINE_H

#include "frontend.h"
#include "lint.h"

/* One file to lint: where to read it, with what options and index pass, into which report
 * (initialised by the caller). */
typedef struct EngineJob {
  const char *path;
  const LintOptions *options;
  const LintPass *pass;      /* may be NULL */
  FileReport *report;
} EngineJob;

/* Runs the jobs with `thread_count` threads (0: one per CPU). Returns false if jobs were left
 * undone (no parser could be created). */
bool engine_run(const Frontend *frontend, const EngineJob *jobs, uint32_t count, unsigned thread_count);

unsigned engine_default_jobs(void);

/* Work items by decreasing size (ties by item): the longest first, so that the last to finish
 * is a short one. `item` is the caller's (a job's index, a file's). */
typedef struct EngineBySize {
  uint32_t item;
  uint32_t size;             /* the file's bytes (FileReport.size) */
} EngineBySize;
void engine_sort_largest_first(EngineBySize *items, uint32_t count);

#endif
