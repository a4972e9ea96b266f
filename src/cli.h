/* Command-line options -> Options. Parsing never prints or exits; main.c does. */
#ifndef LOOPLINT_CLI_H
#define LOOPLINT_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "lint.h"
#include "output.h"

typedef enum CliAction {
  CLI_ACTION_LINT,
  CLI_ACTION_HELP,
  CLI_ACTION_VERSION,
  CLI_ACTION_LIST_RULES,
  CLI_ACTION_EXPLAIN,
  CLI_ACTION_SHOW_FILES,
  CLI_ACTION_SHOW_SETTINGS,
} CliAction;

typedef enum ColorMode {
  COLOR_AUTO,
  COLOR_ALWAYS,
  COLOR_NEVER,
} ColorMode;

typedef struct StringList {
  const char **items;
  uint32_t count, capacity;
} StringList;

typedef struct Options {
  CliAction action;
  const char *explain_code;
  StringList paths;          /* "-" means standard input */
  StringList select, ignore;
  StringList exclude;        /* replaces the default excludes when given */
  bool exclude_given;
  StringList extend_exclude;
  bool respect_gitignore;
  OutputFormat format;
  bool format_given;
  const char *config_path;   /* --config: this file for every path */
  bool isolated;             /* --isolated: no configuration files */
  bool statistics;           /* counts per rule instead of the diagnostics */
  bool show_suppressed;      /* also show what noqa comments suppress */
  bool no_prefilter;         /* parse every file, even those no rule can fire in */
  bool no_index;             /* analyse each file on its own (no repository index) */
  LintDepth stop_after;      /* benchmarks: stop each file after reading, scanning or parsing */
  bool target_given;
  bool respect_gitignore_given;
  const char *output_file;   /* write the report here instead of standard output */
  bool force_exclude;        /* apply the excludes to paths named on the command line too */
  ColorMode color;
  bool exit_zero;
  bool quiet;                /* no summary line */
  const char *stdin_filename;
  int target_minor;
  unsigned jobs;             /* 0: one per CPU */
} Options;

/* Returns false with *error set (in `arena`) on a usage error. */
bool cli_parse(int argc, char **argv, Arena *arena, Options *options, const char **error);
void cli_print_help(FILE *stream);

#endif
