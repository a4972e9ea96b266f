#include "run.h"

#include <stdlib.h>
#include <string.h>

#include "index.h"

/* Runs `count` jobs whose passes and fresh reports the caller filled in. */
static bool run_jobs(const Frontend *frontend, const RunSettings *settings, EngineJob *jobs, uint32_t count) {
  return count == 0 || engine_run(frontend, jobs, count, settings->jobs);
}

/* The index's rounds: the files it still needs, analysed with their words; a report that
 * came out analysed takes the place of the first pass's. */
static bool run_index_rounds(const Frontend *frontend, const char *const *files, const LintOptions *const *options,
                             const RunSettings *settings, const ModuleTable *modules, RepoIndex *index,
                             FileReport *reports) {
  bool ok = true;
  const IndexWant *wants;
  uint32_t count;
  while ((count = index_wanted(index, &wants)) > 0) {
    EngineJob *jobs = calloc(count, sizeof *jobs);
    LintPass *passes = calloc(count, sizeof *passes);
    FileReport *fresh = calloc(count, sizeof *fresh);
    if (!jobs || !passes || !fresh) {
      free(jobs), free(passes), free(fresh);
      return false;
    }
    for (uint32_t i = 0; i < count; i++) {
      uint32_t file = wants[i].file;
      passes[i] = (LintPass){.modules = modules, .file = file, .summarize = true, .force = true,
                             .words = wants[i].words, .word_count = wants[i].word_count};
      file_report_init(&fresh[i], files[file]);
      jobs[i] = (EngineJob){.path = files[file], .options = options[file], .pass = &passes[i], .report = &fresh[i]};
    }
    ok = run_jobs(frontend, settings, jobs, count) && ok;
    for (uint32_t i = 0; i < count; i++) {
      FileReport *report = &reports[wants[i].file];
      if (fresh[i].analysed) {
        file_report_free(report);
        *report = fresh[i];
      } else {
        file_report_free(&fresh[i]); /* not worth parsing after all (or unreadable now) */
      }
    }
    free(jobs), free(passes), free(fresh);
  }
  return ok;
}

/* The second pass: files whose rules see something new through the index are linted again
 * with its view. The old reports stay alive until all are done (the views read them). */
static bool run_second_pass(const Frontend *frontend, const char *const *files, uint32_t count,
                            const LintOptions *const *options, const RunSettings *settings,
                            const ModuleTable *modules, RepoIndex *index, FileReport *reports) {
  uint32_t *targets = NULL, job_count = 0, capacity = 0;
  for (uint32_t file = 0; file < count; file++) {
    if (!index_view(index, file)) continue;
    if (job_count == capacity) {
      capacity = capacity ? capacity * 2 : 64;
      uint32_t *grown = realloc(targets, sizeof *targets * capacity);
      if (!grown) {
        free(targets);
        return false;
      }
      targets = grown;
    }
    targets[job_count++] = file;
  }
  EngineJob *jobs = calloc(job_count + 1, sizeof *jobs);
  LintPass *passes = calloc(job_count + 1, sizeof *passes);
  FileReport *fresh = calloc(job_count + 1, sizeof *fresh);
  bool ok = jobs && passes && fresh;
  for (uint32_t i = 0; ok && i < job_count; i++) {
    uint32_t file = targets[i];
    passes[i] = (LintPass){.modules = modules, .file = file, .force = true, .view = index_view(index, file)};
    file_report_init(&fresh[i], files[file]);
    jobs[i] = (EngineJob){.path = files[file], .options = options[file], .pass = &passes[i], .report = &fresh[i]};
  }
  ok = ok && run_jobs(frontend, settings, jobs, job_count);
  for (uint32_t i = 0; ok && i < job_count; i++) {
    file_report_free(&reports[targets[i]]);
    reports[targets[i]] = fresh[i];
  }
  free(jobs), free(passes), free(fresh), free(targets);
  return ok;
}

bool run_lint(const Frontend *frontend, const char *const *files, uint32_t count, const LintOptions *const *options,
              const RunSettings *settings, FileReport *reports) {
  Arena arena;
  arena_init(&arena);
  ModuleTable modules;
  LintPass *passes = NULL;
  if (settings->index) {
    module_table_build(&modules, &arena, files, count);
    passes = arena_alloc(&arena, sizeof *passes * (count + 1));
  }
  EngineJob *jobs = arena_alloc(&arena, sizeof *jobs * (count + 1));
  for (uint32_t i = 0; i < count; i++) {
    if (passes) passes[i] = (LintPass){.modules = &modules, .file = i, .summarize = true};
    jobs[i] = (EngineJob){.path = files[i], .options = options[i], .pass = passes ? &passes[i] : NULL,
                          .report = &reports[i]};
  }
  bool ok = run_jobs(frontend, settings, jobs, count);
  if (ok && settings->index) {
    RepoIndex *index = index_new(&modules, reports);
    if (!index) {
      ok = false;
    } else {
      ok = run_index_rounds(frontend, files, options, settings, &modules, index, reports);
      index_finish(index);
      ok = run_second_pass(frontend, files, count, options, settings, &modules, index, reports) && ok;
      index_delete(index);
    }
  }
  arena_free(&arena);
  return ok;
}
