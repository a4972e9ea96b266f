#include "engine.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct EngineShared {
  const Frontend *frontend;
  const char *const *files;
  uint32_t count;
  const LintOptions *const *options;
  FileReport *reports;
  atomic_uint next;
} EngineShared;

static void *engine_worker(void *argument) {
  EngineShared *shared = argument;
  TSParser *parser = frontend_parser_new(shared->frontend);
  if (!parser) {
    return NULL;
  }
  Arena scratch; /* one per worker, reused for every file */
  arena_init(&scratch);
  for (;;) {
    unsigned index = atomic_fetch_add(&shared->next, 1);
    if (index >= shared->count) break;
    lint_file(shared->frontend, parser, shared->files[index], shared->options[index], &shared->reports[index],
              &scratch);
  }
  arena_free(&scratch);
  ts_parser_delete(parser);
  return NULL;
}

/* The large files the workers left (lint.h): linted in child processes forked here, where no
 * other thread runs any more, up to `jobs` at a time, each collected in the order started. */
static void engine_lint_large(const EngineShared *shared, unsigned jobs) {
  uint32_t first = 0;
  while (first < shared->count && !shared->reports[first].large) first++;
  if (first == shared->count) return;
  TSParser *parser = frontend_parser_new(shared->frontend);
  LintChild *running = calloc(jobs, sizeof *running);
  uint32_t *indices = calloc(jobs, sizeof *indices);
  Arena scratch;
  arena_init(&scratch);
  if (parser && running && indices) {
    unsigned active = 0, oldest = 0;
    for (uint32_t i = first; i <= shared->count; i++) {
      bool done = i == shared->count;
      if (!done && !shared->reports[i].large) continue;
      /* The oldest child is collected when every slot is taken, and all of them at the end. */
      while (active > 0 && (done || active == jobs)) {
        lint_large_finish(&running[oldest], &shared->reports[indices[oldest]], &scratch);
        oldest = (oldest + 1) % jobs, active--;
      }
      if (done) break;
      unsigned slot = (oldest + active) % jobs;
      if (lint_large_start(shared->frontend, parser, shared->files[i], shared->options[i], &shared->reports[i],
                           &scratch, &running[slot])) {
        indices[slot] = i, active++;
      }
    }
  }
  for (uint32_t i = first; i < shared->count; i++) {
    if (!shared->reports[i].large) continue; /* left only when there was no parser or memory */
    shared->reports[i].large = false;
    shared->reports[i].error = "cannot be linted: out of memory";
  }
  free(running);
  free(indices);
  if (parser) ts_parser_delete(parser);
  arena_free(&scratch);
}

unsigned engine_default_jobs(void) {
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  return cpus > 0 ? (unsigned)cpus : 1;
}

bool engine_lint_files(const Frontend *frontend, const char *const *files, uint32_t count,
                       const LintOptions *const *options, unsigned jobs, FileReport *reports) {
  EngineShared shared = {.frontend = frontend, .files = files, .count = count, .options = options, .reports = reports};
  atomic_init(&shared.next, 0);
  if (jobs == 0) jobs = engine_default_jobs();
  if (jobs > count) jobs = count ? count : 1;
  pthread_t *threads = calloc(jobs, sizeof *threads);
  unsigned started = 0;
  if (threads && jobs > 1) {
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, 8u << 20);
    for (unsigned i = 0; i < jobs - 1; i++) {
      if (pthread_create(&threads[started], &attributes, engine_worker, &shared) != 0) break;
      started++;
    }
    pthread_attr_destroy(&attributes);
  }
  engine_worker(&shared); /* the calling thread works too */
  for (unsigned i = 0; i < started; i++) pthread_join(threads[i], NULL);
  free(threads);
  engine_lint_large(&shared, jobs);
  /* Files no worker reached (only when no parser could be created) are an internal error. */
  return atomic_load(&shared.next) >= count;
}
