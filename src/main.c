/* looplint: argv -> Options -> discovery -> engine -> output -> exit code.
 * The only place that prints top-level errors and exits. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "discover.h"
#include "run.h"
#include "frontend.h"
#include "lint.h"
#include "output.h"
#include "registry.h"
#include "version.h"

typedef enum ExitCode {
  EXIT_CLEAN = 0,
  EXIT_FINDINGS = 1,
  EXIT_ERROR = 2,
} ExitCode;

static int main_compare_diagnostics(const void *left, const void *right) {
  return diag_compare(*(const Diagnostic *const *)left, *(const Diagnostic *const *)right);
}

static int main_compare_rules(const void *left, const void *right) {
  return strcmp((*(const Rule *const *)left)->code, (*(const Rule *const *)right)->code);
}

static void main_list_rules(void) {
  uint32_t count = registry_count();
  const Rule **rules = malloc(sizeof *rules * count);
  if (!rules) return;
  for (uint32_t i = 0; i < count; i++) rules[i] = registry_rule(i);
  qsort(rules, count, sizeof *rules, main_compare_rules);
  for (uint32_t i = 0; i < count; i++) {
    printf("%-8s %-38s %-8s %s\n", rules[i]->code, rules[i]->name, severity_name(rules[i]->severity),
           rules[i]->summary);
  }
  free(rules);
}

static ExitCode main_explain(const char *code) {
  const Rule *rule = registry_find(code);
  if (!rule) {
    fprintf(stderr, "looplint: unknown rule code '%s' (see looplint --list-rules)\n", code);
    return EXIT_ERROR;
  }
  printf("# %s (%s)\n\n%s\n\nDefault severity: %s.\n\n%s", rule->name, rule->code, rule->summary,
         severity_name(rule->severity), rule->docs);
  return EXIT_CLEAN;
}

static bool main_use_color(ColorMode mode) {
  if (mode == COLOR_ALWAYS) return true;
  if (mode == COLOR_NEVER) return false;
  const char *no_color = getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(STDOUT_FILENO);
}

/* --statistics: how many diagnostics each rule reported, most first. */
static int main_compare_counts(const void *left, const void *right) {
  const uint32_t *a = left, *b = right; /* {count, registry index} */
  if (a[0] != b[0]) return a[0] > b[0] ? -1 : 1;
  return strcmp(registry_rule(a[1])->code, registry_rule(b[1])->code);
}

static void main_print_statistics(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count) {
  uint32_t rules = registry_count();
  uint32_t (*counts)[2] = calloc(rules, sizeof *counts);
  if (!counts) return;
  for (uint32_t r = 0; r < rules; r++) counts[r][1] = r;
  for (uint32_t i = 0; i < count; i++) counts[registry_index(diagnostics[i]->code)][0]++;
  qsort(counts, rules, sizeof *counts, main_compare_counts);
  for (uint32_t r = 0; r < rules && counts[r][0]; r++) {
    const Rule *rule = registry_rule(counts[r][1]);
    fprintf(stream, "%u\t%s\t%s\n", counts[r][0], rule->code, rule->name);
  }
  free(counts);
}

static ExitCode main_lint(Options *options, const Frontend *frontend, Arena *arena) {
  /* Configuration: the working directory's for run-wide settings (excludes, output format),
   * each file's nearest for its rules and target version. Every file is read first. */
  ConfigResolver *configs = config_resolver_new(arena, options);
  const char *error = NULL;
  const Config *run_config = config_for_path(configs, ".", false, &error);
  if (!run_config) {
    fprintf(stderr, "looplint: %s\n", error);
    return EXIT_ERROR;
  }
  config_apply_run_settings(configs, run_config, options);
  if (options->action == CLI_ACTION_SHOW_SETTINGS) {
    const char *path = options->paths.items[0];
    if (strcmp(path, "-") == 0) path = options->stdin_filename ? options->stdin_filename : ".";
    const Config *config = config_for_path(configs, path, false, &error);
    if (!config) {
      fprintf(stderr, "looplint: %s\n", error);
      return EXIT_ERROR;
    }
    config_print_settings(configs, config, path, stdout);
    return EXIT_CLEAN;
  }

  /* Paths to walk, and standard input if asked for. */
  const char **walk_paths = arena_alloc(arena, sizeof *walk_paths * options->paths.count);
  uint32_t walk_count = 0;
  bool read_stdin = false;
  for (uint32_t i = 0; i < options->paths.count; i++) {
    if (strcmp(options->paths.items[i], "-") == 0) read_stdin = true;
    else walk_paths[walk_count++] = options->paths.items[i];
  }
  DiscoverOptions discover_options = {
      .exclude = options->exclude_given ? options->exclude.items : NULL,
      .exclude_count = options->exclude.count,
      .extend_exclude = options->extend_exclude.items,
      .extend_exclude_count = options->extend_exclude.count,
      .respect_gitignore = options->respect_gitignore,
      .force_exclude = options->force_exclude,
  };
  DiscoverResult found;
  discover_files(walk_paths, walk_count, &discover_options, arena, &found);
  if (options->action == CLI_ACTION_SHOW_FILES) {
    for (uint32_t i = 0; i < found.file_count; i++) printf("%s\n", found.files[i]);
    if (read_stdin) printf("%s\n", options->stdin_filename ? options->stdin_filename : "-");
    for (uint32_t i = 0; i < found.error_count; i++) fprintf(stderr, "looplint: %s\n", found.errors[i]);
    return found.error_count ? EXIT_ERROR : EXIT_CLEAN;
  }

  uint32_t report_count = found.file_count + (read_stdin ? 1 : 0);
  FileReport *reports = calloc(report_count ? report_count : 1, sizeof *reports);
  if (!reports) {
    fputs("looplint: out of memory\n", stderr);
    return EXIT_ERROR;
  }
  /* The floor that --stop-after measures is reading, scanning and parsing what the prefilter
   * passes: the index's work (module table, import scans, rounds) is part of the lint. */
  RunSettings settings = {.index = !options->no_index && options->stop_after == LINT_DEPTH_FULL,
                          .jobs = options->jobs};
  RunModules *modules = run_modules_start(found.files, found.file_count, &settings); /* while configurations are read */
  const LintOptions **file_options = arena_alloc(arena, sizeof *file_options * report_count + 1);
  for (uint32_t i = 0; i < report_count; i++) {
    const char *path = i < found.file_count ? found.files[i] : options->stdin_filename ? options->stdin_filename : ".";
    const Config *config = config_for_path(configs, path, i < found.file_count && found.walked[i], &error);
    if (!config) {
      fprintf(stderr, "looplint: %s\n", error);
      free(reports);
      run_modules_free(modules);
      return EXIT_ERROR; /* nothing is linted with a half-read configuration */
    }
    file_options[i] = config_lint_options(configs, config, path);
  }
  for (uint32_t i = 0; i < found.file_count; i++) file_report_init(&reports[i], found.files[i]);
  bool internal_error = !run_lint(frontend, found.files, found.file_count, file_options, &settings, modules, reports);
  if (read_stdin) {
    FileReport *report = &reports[found.file_count];
    file_report_init(report, options->stdin_filename ? options->stdin_filename : "-");
    Source source;
    TSParser *parser = frontend_parser_new(frontend);
    if (!parser) {
      report->error = "cannot create a parser";
    } else if (source_read_fd(&report->arena, STDIN_FILENO, report->path, &source, &error) != SOURCE_OK) {
      report->error = error;
    } else {
      lint_source(frontend, parser, &source, file_options[found.file_count], report);
    }
    if (parser) ts_parser_delete(parser);
  }

  uint32_t total = 0;
  for (uint32_t i = 0; i < report_count; i++) total += reports[i].diagnostics.count;
  const Diagnostic **all = malloc(sizeof *all * (total ? total : 1));
  if (!all) {
    fputs("looplint: out of memory\n", stderr);
    return EXIT_ERROR;
  }
  uint32_t at = 0, findings = 0;
  for (uint32_t i = 0; i < report_count; i++) {
    for (uint32_t d = 0; d < reports[i].diagnostics.count; d++) {
      const Diagnostic *diagnostic = &reports[i].diagnostics.items[d];
      if (diagnostic->suppressed && !options->show_suppressed) continue;
      all[at++] = diagnostic;
      findings += !diagnostic->suppressed;
    }
  }
  total = at;
  qsort(all, total, sizeof *all, main_compare_diagnostics);

  FILE *stream = stdout;
  if (options->output_file && !(stream = fopen(options->output_file, "w"))) {
    fprintf(stderr, "looplint: cannot write %s: %s\n", options->output_file, strerror(errno));
    stream = NULL;
  }
  bool ok = stream != NULL;
  if (stream) {
    char working_directory[PATH_MAX];
    OutputOptions output_options = {
        .format = options->format,
        .color = stream == stdout && main_use_color(options->color),
        .show_summary = !options->quiet,
        .working_directory = getcwd(working_directory, sizeof working_directory) ? working_directory : ".",
    };
    if (options->statistics) main_print_statistics(stream, all, total);
    else ok = output_write(stream, all, total, &output_options);
    if (!ok) fputs("looplint: cannot write the report (out of memory)\n", stderr);
    if (fflush(stream) != 0 || (stream != stdout && fclose(stream) != 0)) {
      fprintf(stderr, "looplint: cannot write %s: %s\n", options->output_file ? options->output_file : "the report",
              strerror(errno));
      ok = false;
    }
  }

  /* Problems with files go to stderr, after the findings, in path order. */
  bool file_errors = found.error_count > 0;
  for (uint32_t i = 0; i < found.error_count; i++) fprintf(stderr, "looplint: %s\n", found.errors[i]);
  for (uint32_t i = 0; i < report_count; i++) {
    if (!reports[i].error) continue;
    fprintf(stderr, "looplint: %s: %s; skipped\n", reports[i].path, reports[i].error);
    file_errors = true;
  }
  if (internal_error) fputs("looplint: internal error: some files were not linted\n", stderr);

  free(all);
  for (uint32_t i = 0; i < report_count; i++) file_report_free(&reports[i]);
  free(reports);

  if (file_errors || internal_error || !ok) return EXIT_ERROR;
  if (findings > 0 && !options->exit_zero) return EXIT_FINDINGS;
  return EXIT_CLEAN;
}

int main(int argc, char **argv) {
  Arena arena;
  arena_init(&arena);
  Options options;
  const char *error = NULL;
  ExitCode code;
  Frontend frontend;
  if (!cli_parse(argc, argv, &arena, &options, &error)) {
    fprintf(stderr, "looplint: %s\n", error);
    code = EXIT_ERROR;
  } else if (options.action == CLI_ACTION_HELP) {
    cli_print_help(stdout);
    code = EXIT_CLEAN;
  } else if (options.action == CLI_ACTION_VERSION) {
    printf("looplint %s (tree-sitter-python %s)\n", LOOPLINT_VERSION, LOOPLINT_GRAMMAR_VERSION);
    code = EXIT_CLEAN;
  } else if (options.action == CLI_ACTION_LIST_RULES) {
    main_list_rules();
    code = EXIT_CLEAN;
  } else if (options.action == CLI_ACTION_EXPLAIN) {
    code = main_explain(options.explain_code);
  } else if (!frontend_init(&frontend, &error)) {
    fprintf(stderr, "looplint: internal error: %s\n", error);
    code = EXIT_ERROR;
  } else {
    code = main_lint(&options, &frontend, &arena);
  }
  arena_free(&arena);
  return (int)code;
}
