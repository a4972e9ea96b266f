/* File discovery: walk the paths, apply default excludes, --exclude globs and .gitignore,
 * return a sorted, de-duplicated list of files to lint. */
#ifndef LOOPLINT_DISCOVER_H
#define LOOPLINT_DISCOVER_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

typedef struct DiscoverOptions {
  const char *const *exclude;        /* NULL: the default excludes */
  uint32_t exclude_count;
  const char *const *extend_exclude;
  uint32_t extend_exclude_count;
  bool respect_gitignore;
  bool force_exclude;                /* paths named explicitly are excluded too */
} DiscoverOptions;

typedef struct DiscoverResult {
  const char **files;                /* paths as shown, sorted; also usable to open the file */
  bool *walked;                      /* per file: found by walking a directory, hence a
                                      * regular file and no symbolic link (else named) */
  uint32_t file_count;
  const char **errors;               /* "path: reason" for paths that could not be walked */
  uint32_t error_count;
  uint32_t error_capacity;
} DiscoverResult;

/* The default excludes (ruff's list plus __pycache__), NULL-terminated. */
extern const char *const DISCOVER_DEFAULT_EXCLUDES[];

void discover_files(const char *const *paths, uint32_t path_count, const DiscoverOptions *options, Arena *arena,
                    DiscoverResult *result);

/* Does an exclude glob match this path? A glob without '/' is matched against the last
 * component; one with '/' against the shown path and the absolute path. */
bool discover_glob_matches(const char *glob, const char *shown_path, const char *absolute_path);

#endif
