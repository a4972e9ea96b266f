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
  Arena scratch; /* one per worker, reused for every file */
  arena_init(&scratch);
  for (;;) {
    unsigned index = atomic_fetch_add(&shared->next, 1);
    if (index >= shared->count) break;
    const EngineJob *job = &shared->jobs[index];
    lint_file(shared->frontend, parser, job->path, job->options, job->pass, job->report, &scratch);
  }
  arena_free(&scratch);
  ts_parser_delete(parser);
  return NULL;
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
  /* Jobs no worker reached (only when no parser could be created) are an internal error. */
  return atomic_load(&shared.next) >= count;
}
