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
  /* Files no worker reached (only when no parser could be created) are an internal error. */
  return atomic_load(&shared.next) >= count;
}
