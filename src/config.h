/* Configuration: `[tool.looplint]` in pyproject.toml, or a looplint.toml / .looplint.toml,
 * found by walking up from each linted file (nearest wins, as ruff does), merged with the
 * command line (which wins). Every configuration file is read and checked before anything is
 * linted; an error names file:line:column. */
#ifndef LOOPLINT_CONFIG_H
#define LOOPLINT_CONFIG_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "cli.h"
#include "lint.h"

/* A glob and the rule selectors it ignores (per-file-ignores). */
typedef struct ConfigFileIgnore {
  const char *pattern;       /* absolute when it has a '/', else matched against the file name */
  bool negated;              /* "!pattern": files that do NOT match */
  const char **codes;
  uint32_t code_count;
} ConfigFileIgnore;

/* One configuration file, as read. Lists are NULL/0 when the key is absent. */
typedef struct Config {
  const char *path;          /* absolute; NULL for the built-in defaults */
  const char *directory;     /* absolute; patterns with '/' are relative to it */
  StringList select, ignore, extend_select, exclude, extend_exclude, loop_bound;
  bool has_select, has_exclude;
  ConfigFileIgnore *file_ignores;
  uint32_t file_ignore_count, file_ignore_capacity;
  int target_minor;          /* 0 when unset */
  const char *target_source; /* where target_minor came from, for --show-settings */
  int force_exclude, respect_gitignore; /* -1 unset, else 0/1 */
  bool has_output_format;
  OutputFormat output_format;
} Config;

typedef struct ConfigResolver ConfigResolver;

/* Resolution for one run. `options` are the parsed command line (--config, --isolated and the
 * overriding flags). */
ConfigResolver *config_resolver_new(Arena *arena, const Options *options);

/* The configuration that applies to a path (a file, or a directory for the run-wide
 * settings): the nearest configuration file above it, --config, or the defaults. Returns NULL
 * with *error set ("path:line:column: message") when a configuration file is invalid.
 * `regular_file`: the caller knows the path is a regular file and no link (discovery walked
 * it), which saves a system call per file. */
const Config *config_for_path(ConfigResolver *self, const char *path, bool regular_file, const char **error);

/* The lint options for one file: rules selected by config and command line, minus its
 * per-file-ignores; the target version; extra loop-bound constructors. */
LintOptions *config_lint_options(ConfigResolver *self, const Config *config, const char *file);

/* Run-wide settings taken from the configuration of the working directory, unless the command
 * line sets them: excludes, gitignore, force-exclude, output format. */
void config_apply_run_settings(ConfigResolver *self, const Config *config, Options *options);

/* --show-settings: what applies to `path`, one setting per line. */
void config_print_settings(ConfigResolver *self, const Config *config, const char *path, FILE *stream);

#endif
