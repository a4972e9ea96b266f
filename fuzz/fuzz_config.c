/* libFuzzer target: any bytes as a looplint configuration file, read the way the command line
 * reads it (src/main.c main_lint), then used:
 *
 *   config_for_path(directory) -> config_apply_run_settings -> discover_files (its excludes)
 *   -> per file: config_for_path, config_lint_options (its per-file-ignores) -> lint a small
 *   source that calls every `loop-bound` constructor -> --show-settings into memory
 *
 * Configuration is only read from files (found by walking up from a path, or --config), so
 * each input is written into a per-process temporary directory that holds one Python file,
 * sub/a.py; paths are absolute (the working directory stays libFuzzer's, whose corpus and
 * artifact paths may be relative). Every input is tried four ways: as pyproject.toml
 * ([tool.looplint]) found by walking up, and named by --config (where [tool.looplint] is
 * required); as looplint.toml (keys at the top level), found by walking up, alone and with the
 * same bytes as the pyproject.toml beside it (read for its requires-python).
 *
 * Harness globals (the directory, the frontend, one parser) are set once in
 * LLVMFuzzerInitialize; src/ has no such state. The directory is removed at exit (not when
 * libFuzzer kills the process on a timeout: then /tmp/looplint-fuzz-config.* stays). */
#define _GNU_SOURCE /* open_memstream, mkdtemp */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "discover.h"
#include "frontend.h"
#include "lint.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_directory[] = "/tmp/looplint-fuzz-config.XXXXXX";
static char fuzz_pyproject[sizeof fuzz_directory + 32], fuzz_looplint[sizeof fuzz_directory + 32];
static char fuzz_subdirectory[sizeof fuzz_directory + 32], fuzz_file[sizeof fuzz_directory + 32];
static Frontend fuzz_frontend;
static TSParser *fuzz_parser;

static void fuzz_remove_directory(void) {
  unlink(fuzz_pyproject);
  unlink(fuzz_looplint);
  unlink(fuzz_file);
  rmdir(fuzz_subdirectory);
  rmdir(fuzz_directory);
}

static void fuzz_put(const char *path, const uint8_t *data, size_t size) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    perror(path);
    abort();
  }
  for (size_t done = 0; done < size;) {
    ssize_t wrote = write(fd, data + done, size - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) abort();
    done += (size_t)wrote;
  }
  close(fd);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  const char *error = NULL;
  if (!frontend_init(&fuzz_frontend, &error)) {
    fprintf(stderr, "fuzz_config: %s\n", error);
    abort();
  }
  fuzz_parser = frontend_parser_new(&fuzz_frontend);
  if (!fuzz_parser || !mkdtemp(fuzz_directory)) {
    perror("fuzz_config: set-up");
    abort();
  }
  snprintf(fuzz_pyproject, sizeof fuzz_pyproject, "%s/pyproject.toml", fuzz_directory);
  snprintf(fuzz_looplint, sizeof fuzz_looplint, "%s/looplint.toml", fuzz_directory);
  snprintf(fuzz_subdirectory, sizeof fuzz_subdirectory, "%s/sub", fuzz_directory);
  snprintf(fuzz_file, sizeof fuzz_file, "%s/sub/a.py", fuzz_directory);
  atexit(fuzz_remove_directory);
  if (mkdir(fuzz_subdirectory, 0755) != 0) {
    perror(fuzz_subdirectory);
    abort();
  }
  static const char source[] = "import asyncio\nLOCK = asyncio.Lock()\n";
  fuzz_put(fuzz_file, (const uint8_t *)source, sizeof source - 1);
  return 0;
}

/* A module that imports and calls each loop-bound constructor at import time, so that the
 * names from the configuration reach LOOP202 (and the prefilter's trigger words). */
static const char *fuzz_loop_bound_source(Arena *arena, const LintOptions *options) {
  const char *text = "import asyncio\n";
  for (uint32_t i = 0; i < options->loop_bound_count; i++) {
    const char *name = options->loop_bound[i];
    const char *dot = strrchr(name, '.');
    text = dot ? arena_sprintf(arena, "%simport %.*s\nc%u = %s()\n", text, (int)(dot - name), name, i, name)
               : arena_sprintf(arena, "%sc%u = %s()\n", text, i, name);
  }
  return text;
}

static void fuzz_run(char *const *argv, int argc) {
  Arena arena;
  arena_init(&arena);
  Options options;
  const char *error = NULL;
  if (!cli_parse(argc, (char **)argv, &arena, &options, &error)) abort();
  ConfigResolver *configs = config_resolver_new(&arena, &options);
  const Config *run_config = config_for_path(configs, fuzz_directory, false, &error);
  if (!run_config) {
    if (!error || !*error) abort(); /* an invalid configuration always says why */
    arena_free(&arena);
    return;
  }
  config_apply_run_settings(configs, run_config, &options);

  DiscoverOptions discover_options = {
      .exclude = options.exclude_given ? options.exclude.items : NULL,
      .exclude_count = options.exclude.count,
      .extend_exclude = options.extend_exclude.items,
      .extend_exclude_count = options.extend_exclude.count,
      .respect_gitignore = options.respect_gitignore,
      .force_exclude = options.force_exclude,
  };
  const char *paths[] = {fuzz_directory, fuzz_file};
  DiscoverResult found;
  discover_files(paths, 2, &discover_options, &arena, &found);

  char *text = NULL;
  size_t length = 0;
  FILE *stream = open_memstream(&text, &length);
  if (!stream) abort();
  for (uint32_t i = 0; i < found.file_count; i++) {
    const Config *config = config_for_path(configs, found.files[i], found.walked[i], &error);
    if (!config) abort(); /* the same file, read without error above, applies */
    const LintOptions *lint_options = config_lint_options(configs, config, found.files[i]);
    const char *source = fuzz_loop_bound_source(&arena, lint_options);
    FileReport report;
    file_report_init(&report, found.files[i]);
    Arena scratch;
    arena_init(&scratch);
    lint_bytes(&fuzz_frontend, fuzz_parser, source, strlen(source), lint_options, &report, &scratch);
    arena_free(&scratch);
    file_report_free(&report);
    config_print_settings(configs, config, found.files[i], stream);
  }
  fclose(stream);
  free(text);
  arena_free(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_put(fuzz_pyproject, data, size);
  char *walk[] = {"looplint", fuzz_file, NULL};
  fuzz_run(walk, 2);
  char *forced[] = {"looplint", "--config", fuzz_pyproject, fuzz_file, NULL};
  fuzz_run(forced, 4);
  unlink(fuzz_pyproject);

  fuzz_put(fuzz_looplint, data, size);
  fuzz_run(walk, 2);
  fuzz_put(fuzz_pyproject, data, size); /* read for requires-python beside looplint.toml */
  fuzz_run(walk, 2);
  unlink(fuzz_looplint);
  unlink(fuzz_pyproject);
  return 0;
}
