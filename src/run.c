#include "run.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "index.h"

struct RunModules {
  Arena arena;
  ModuleTable table;
  const char *const *files;
  uint32_t count;
  pthread_t thread;
  bool threaded;             /* else built when run_lint asks for it */
  bool built;
};

static void *run_modules_build(void *argument) {
  RunModules *self = argument;
  module_table_build(&self->table, &self->arena, self->files, self->count);
  return NULL;
}

RunModules *run_modules_start(const char *const *files, uint32_t count, const RunSettings *settings) {
  if (!settings->index) return NULL;
  RunModules *self = calloc(1, sizeof *self);
  if (!self) abort(); /* as in arena_alloc: running out of memory is not recoverable */
  arena_init(&self->arena);
  self->files = files;
  self->count = count;
  self->threaded = pthread_create(&self->thread, NULL, run_modules_build, self) == 0;
  return self;
}

/* The table, once built (here, when no thread could be started). */
static const ModuleTable *run_modules_wait(RunModules *self) {
  if (!self->built) {
    if (self->threaded) pthread_join(self->thread, NULL);
    else run_modules_build(self);
    self->built = true;
  }
  return &self->table;
}

void run_modules_free(RunModules *self) {
  if (!self) return;
  run_modules_wait(self);
  arena_free(&self->arena);
  free(self);
}

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
  /* The wants follow from the analysed files alone: after a round that analysed none, the
   * index would ask for nothing new. */
  for (bool analysed_more = true; analysed_more && (count = index_wanted(index, &wants)) > 0;) {
    analysed_more = false;
    EngineJob *jobs = calloc(count, sizeof *jobs);
    LintPass *passes = calloc(count, sizeof *passes);
    FileReport *fresh = calloc(count, sizeof *fresh);
    /* A round lints a few files and ends with its slowest: the largest go first. */
    EngineBySize *order = calloc(count, sizeof *order);
    if (!jobs || !passes || !fresh || !order) {
      free(jobs), free(passes), free(fresh), free(order);
      return false;
    }
    for (uint32_t i = 0; i < count; i++) order[i] = (EngineBySize){i, reports[wants[i].file].size};
    engine_sort_largest_first(order, count);
    for (uint32_t i = 0; i < count; i++) {
      const IndexWant *want = &wants[order[i].item];
      uint32_t file = want->file;
      passes[i] = (LintPass){.modules = modules, .file = file, .summarize = true, .force = true,
                             .words = want->words, .word_count = want->word_count, .trigger_free = true};
      file_report_init(&fresh[i], files[file]);
      jobs[i] = (EngineJob){.path = files[file], .options = options[file], .pass = &passes[i], .report = &fresh[i]};
    }
    ok = run_jobs(frontend, settings, jobs, count) && ok;
    for (uint32_t i = 0; i < count; i++) {
      FileReport *report = &reports[wants[order[i].item].file];
      if (fresh[i].analysed) {
        file_report_free(report);
        *report = fresh[i];
        analysed_more = true;
      } else {
        file_report_free(&fresh[i]); /* not worth parsing after all (or unreadable now) */
      }
    }
    free(jobs), free(passes), free(fresh), free(order);
  }
  return ok;
}

/* The second pass: files whose rules see something new through the index are linted again
 * with its view. The old reports stay alive until all are done (the views read them). */
static bool run_second_pass(const Frontend *frontend, const char *const *files, uint32_t count,
                            const LintOptions *const *options, const RunSettings *settings,
                            const ModuleTable *modules, RepoIndex *index, FileReport *reports) {
  EngineBySize *targets = NULL; /* by decreasing size, as in the rounds */
  uint32_t job_count = 0, capacity = 0;
  for (uint32_t file = 0; file < count; file++) {
    if (!index_view(index, file)) continue;
    if (job_count == capacity) {
      capacity = capacity ? capacity * 2 : 64;
      EngineBySize *grown = realloc(targets, sizeof *targets * capacity);
      if (!grown) {
        free(targets);
        return false;
      }
      targets = grown;
    }
    targets[job_count++] = (EngineBySize){file, reports[file].size};
  }
  engine_sort_largest_first(targets, job_count);
  EngineJob *jobs = calloc(job_count + 1, sizeof *jobs);
  LintPass *passes = calloc(job_count + 1, sizeof *passes);
  FileReport *fresh = calloc(job_count + 1, sizeof *fresh);
  bool ok = jobs && passes && fresh;
  for (uint32_t i = 0; ok && i < job_count; i++) {
    uint32_t file = targets[i].item;
    passes[i] = (LintPass){.modules = modules, .file = file, .force = true, .view = index_view(index, file)};
    file_report_init(&fresh[i], files[file]);
    jobs[i] = (EngineJob){.path = files[file], .options = options[file], .pass = &passes[i], .report = &fresh[i]};
  }
  ok = ok && run_jobs(frontend, settings, jobs, job_count);
  for (uint32_t i = 0; ok && i < job_count; i++) {
    file_report_free(&reports[targets[i].item]);
    reports[targets[i].item] = fresh[i];
  }
  free(jobs), free(passes), free(fresh), free(targets);
  return ok;
}

bool run_lint(const Frontend *frontend, const char *const *files, uint32_t count, const LintOptions *const *options,
              const RunSettings *settings, RunModules *run_modules, FileReport *reports) {
  Arena arena;
  arena_init(&arena);
  bool index_on = run_modules != NULL;
  const ModuleTable *modules = index_on ? run_modules_wait(run_modules) : NULL;
  LintPass *passes = index_on ? arena_alloc(&arena, sizeof *passes * (count + 1)) : NULL;
  EngineJob *jobs = arena_alloc(&arena, sizeof *jobs * (count + 1));
  for (uint32_t i = 0; i < count; i++) {
    if (passes) passes[i] = (LintPass){.modules = modules, .file = i, .summarize = true};
    jobs[i] = (EngineJob){.path = files[i], .options = options[i], .pass = passes ? &passes[i] : NULL,
                          .report = &reports[i]};
  }
  bool ok = run_jobs(frontend, settings, jobs, count);
  if (ok && index_on) {
    RepoIndex *index = index_new(modules, reports);
    if (!index) {
      ok = false;
    } else {
      ok = run_index_rounds(frontend, files, options, settings, modules, index, reports);
      index_finish(index);
      ok = run_second_pass(frontend, files, count, options, settings, modules, index, reports) && ok;
      index_delete(index);
    }
  }
  arena_free(&arena);
  run_modules_free(run_modules);
  return ok;
}
