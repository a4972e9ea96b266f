#include "engine.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct EngineShared {
  const Frontend *frontend;
  const EngineJob *jobs;
  uint32_t count;
  atomic_uint next;
} EngineShared;

static void *engine_worker(void *argument) {
  EngineShared *shared = argument;
  TSParser *parser = frontend_parser_new(shared->frontend);
  if (!parser) {
    return NULL;
  }
  LintWorker worker;
  lint_worker_init(&worker);
  for (;;) {
    unsigned index = atomic_fetch_add(&shared->next, 1);
    if (index >= shared->count) break;
    const EngineJob *job = &shared->jobs[index];
    lint_file(shared->frontend, parser, job->path, job->options, job->pass, job->report, &worker);
  }
  lint_worker_free(&worker);
  ts_parser_delete(parser);
  return NULL;
}

/* The large files the workers left (lint.h): linted in child processes forked here, where no
 * other thread runs any more, up to `slots` at a time, each collected in the order started. */
static void engine_lint_large(const EngineShared *shared, unsigned slots) {
  const EngineJob *jobs = shared->jobs;
  uint32_t first = 0;
  while (first < shared->count && !jobs[first].report->large) first++;
  if (first == shared->count) return;
  TSParser *parser = frontend_parser_new(shared->frontend);
  LintChild *running = calloc(slots, sizeof *running);
  uint32_t *indices = calloc(slots, sizeof *indices);
  Arena scratch;
  arena_init(&scratch);
  if (parser && running && indices) {
    unsigned active = 0, oldest = 0;
    for (uint32_t i = first; i <= shared->count; i++) {
      bool done = i == shared->count;
      if (!done && !jobs[i].report->large) continue;
      /* The oldest child is collected when every slot is taken, and all of them at the end. */
      while (active > 0 && (done || active == slots)) {
        lint_large_finish(&running[oldest], jobs[indices[oldest]].report, &scratch);
        oldest = (oldest + 1) % slots, active--;
      }
      if (done) break;
      unsigned slot = (oldest + active) % slots;
      if (lint_large_start(shared->frontend, parser, jobs[i].path, jobs[i].options, jobs[i].pass, jobs[i].report,
                           &scratch, &running[slot])) {
        indices[slot] = i, active++;
      }
    }
  }
  for (uint32_t i = first; i < shared->count; i++) {
    if (!jobs[i].report->large) continue; /* left only when there was no parser or memory */
    jobs[i].report->large = false;
    jobs[i].report->error = "cannot be linted: out of memory";
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

bool engine_run(const Frontend *frontend, const EngineJob *jobs, uint32_t count, unsigned thread_count) {
  EngineShared shared = {.frontend = frontend, .jobs = jobs, .count = count};
  atomic_init(&shared.next, 0);
  if (thread_count == 0) thread_count = engine_default_jobs();
  if (thread_count > count) thread_count = count ? count : 1;
  pthread_t *threads = calloc(thread_count, sizeof *threads);
  unsigned started = 0;
  if (threads && thread_count > 1) {
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, 8u << 20);
    for (unsigned i = 0; i < thread_count - 1; i++) {
      if (pthread_create(&threads[started], &attributes, engine_worker, &shared) != 0) break;
      started++;
    }
    pthread_attr_destroy(&attributes);
  }
  engine_worker(&shared); /* the calling thread works too */
  for (unsigned i = 0; i < started; i++) pthread_join(threads[i], NULL);
  free(threads);
  engine_lint_large(&shared, thread_count);
  /* Jobs no worker reached (only when no parser could be created) are an internal error. */
  return atomic_load(&shared.next) >= count;
}
