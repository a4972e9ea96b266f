#include "engine.h"

#include <errno.h>
#include <poll.h>
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

static int engine_compare_larger(const void *left, const void *right) {
  const EngineBySize *a = left, *b = right;
  if (a->size != b->size) return a->size > b->size ? -1 : 1;
  return a->item < b->item ? -1 : a->item > b->item;
}

void engine_sort_largest_first(EngineBySize *items, uint32_t count) {
  if (count > 1) qsort(items, count, sizeof *items, engine_compare_larger);
}

/* The large files the workers left (lint.h): linted in child processes forked here, where no
 * other thread runs any more, up to `slots` at a time. The largest start first and each
 * child is collected as soon as it is done, so that no slot waits behind a longer file (such
 * files are few and take long: 8 of stdlib + site-packages took a quarter of the run). */
static void engine_lint_large(const EngineShared *shared, unsigned slots) {
  const EngineJob *jobs = shared->jobs;
  uint32_t large_count = 0;
  for (uint32_t i = 0; i < shared->count; i++) large_count += jobs[i].report->large;
  if (large_count == 0) return;
  EngineBySize *order = calloc(large_count, sizeof *order);
  TSParser *parser = frontend_parser_new(shared->frontend);
  LintChild *running = calloc(slots, sizeof *running);
  uint32_t *indices = calloc(slots, sizeof *indices);
  struct pollfd *waits = calloc(slots, sizeof *waits);
  Arena scratch;
  arena_init(&scratch);
  if (order && parser && running && indices && waits) {
    uint32_t count = 0;
    for (uint32_t i = 0; i < shared->count; i++) {
      if (jobs[i].report->large) order[count++] = (EngineBySize){i, jobs[i].report->size};
    }
    engine_sort_largest_first(order, count);
    unsigned active = 0;
    for (uint32_t next = 0; next < count || active > 0;) {
      while (active < slots && next < count) {
        uint32_t i = order[next++].item;
        if (lint_large_start(shared->frontend, parser, jobs[i].path, jobs[i].options, jobs[i].pass, jobs[i].report,
                             &scratch, &running[active])) {
          indices[active++] = i;
        }
      }
      if (active == 0) break;
      /* A child writes its whole report when it is done: the first channel with something
       * to read (or closed) is a finished child. */
      for (unsigned k = 0; k < active; k++) waits[k] = (struct pollfd){.fd = running[k].channel, .events = POLLIN};
      int ready = poll(waits, active, -1);
      if (ready < 0 && errno == EINTR) continue;
      unsigned done = 0; /* if poll fails, the first child, waited for */
      for (unsigned k = 0; ready > 0 && k < active; k++) {
        if (waits[k].revents) {
          done = k;
          break;
        }
      }
      lint_large_finish(&running[done], jobs[indices[done]].report, &scratch);
      running[done] = running[active - 1], indices[done] = indices[active - 1];
      active--;
    }
  }
  for (uint32_t i = 0; i < shared->count; i++) {
    if (!jobs[i].report->large) continue; /* left only when there was no parser or memory */
    jobs[i].report->large = false;
    jobs[i].report->error = "cannot be linted: out of memory";
  }
  free(order);
  free(running);
  free(indices);
  free(waits);
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
