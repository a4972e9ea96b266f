#define _DEFAULT_SOURCE /* realpath, d_type */
#include "discover.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <git2.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const DISCOVER_DEFAULT_EXCLUDES[] = {
    ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache",
    ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
    ".vscode", "__pycache__", "__pypackages__", "_build", "buck-out", "build", "dist", "node_modules",
    "site-packages", "venv", NULL,
};

bool discover_glob_matches(const char *glob, const char *shown_path, const char *absolute_path) {
  if (!strchr(glob, '/')) {
    const char *slash = strrchr(shown_path, '/');
    return fnmatch(glob, slash ? slash + 1 : shown_path, FNM_PERIOD) == 0;
  }
  /* Without FNM_PATHNAME, '*' also matches '/', so "**" works as users expect. */
  return fnmatch(glob, shown_path, 0) == 0 || (absolute_path && fnmatch(glob, absolute_path, 0) == 0);
}

/* A file found: walked (a regular file that is no link, seen in its directory), or named. */
typedef struct DiscoverEntry {
  const char *path;
  bool walked;
} DiscoverEntry;

typedef struct DiscoverWalk {
  const DiscoverOptions *options;
  Arena *arena;
  DiscoverResult *result;
  DiscoverEntry *entries;
  uint32_t entry_count, entry_capacity;
  git_repository *repository;       /* the repository of the root being walked, if any */
  const char *workdir;              /* its work tree, absolute, ending in '/' */
  size_t workdir_length;
} DiscoverWalk;

static void discover_error(DiscoverWalk *walk, const char *path, const char *reason) {
  ARENA_PUSH(walk->arena, walk->result->errors, walk->result->error_count, walk->result->error_capacity) =
      arena_sprintf(walk->arena, "%s: %s", path, reason);
}

static void discover_add_file(DiscoverWalk *walk, const char *path, bool walked) {
  ARENA_PUSH(walk->arena, walk->entries, walk->entry_count, walk->entry_capacity) = (DiscoverEntry){path, walked};
}

static bool discover_is_python(const char *name) {
  size_t length = strlen(name);
  return (length > 3 && strcmp(name + length - 3, ".py") == 0) ||
         (length > 4 && strcmp(name + length - 4, ".pyi") == 0);
}

static bool discover_excluded(const DiscoverWalk *walk, const char *shown, const char *absolute) {
  const DiscoverOptions *options = walk->options;
  if (options->exclude) {
    for (uint32_t i = 0; i < options->exclude_count; i++) {
      if (discover_glob_matches(options->exclude[i], shown, absolute)) return true;
    }
  } else {
    const char *slash = strrchr(shown, '/');
    const char *name = slash ? slash + 1 : shown;
    for (const char *const *p = DISCOVER_DEFAULT_EXCLUDES; *p; p++) {
      if (strcmp(*p, name) == 0) return true;
    }
  }
  for (uint32_t i = 0; i < options->extend_exclude_count; i++) {
    if (discover_glob_matches(options->extend_exclude[i], shown, absolute)) return true;
  }
  return false;
}

static bool discover_gitignored(const DiscoverWalk *walk, const char *absolute, bool directory) {
  if (!walk->repository || strncmp(absolute, walk->workdir, walk->workdir_length) != 0) return false;
  const char *relative = absolute + walk->workdir_length;
  if (!*relative) return false;
  int ignored = 0;
  if (directory) {
    /* A trailing slash lets directory-only patterns ("build/") match. */
    size_t length = strlen(relative);
    char *with_slash = malloc(length + 2);
    if (!with_slash) return false;
    memcpy(with_slash, relative, length);
    memcpy(with_slash + length, "/", 2);
    if (git_ignore_path_is_ignored(&ignored, walk->repository, with_slash) != 0) ignored = 0;
    free(with_slash);
  } else if (git_ignore_path_is_ignored(&ignored, walk->repository, relative) != 0) {
    ignored = 0;
  }
  return ignored == 1;
}

static const char *discover_join(Arena *arena, const char *directory, const char *name) {
  if (strcmp(directory, ".") == 0) return arena_strdup(arena, name);
  size_t length = strlen(directory);
  return arena_concat(arena, directory, length && directory[length - 1] == '/' ? "" : "/", name, (char *)NULL);
}

/* "./src/" -> "src", "././a" -> "a", "." stays ".". */
static const char *discover_normalise(Arena *arena, const char *path) {
  while (path[0] == '.' && path[1] == '/' ) {
    path += 2;
    while (*path == '/') path++;
  }
  if (!*path) return ".";
  size_t length = strlen(path);
  while (length > 1 && path[length - 1] == '/') length--;
  return arena_strndup(arena, path, length);
}

static void discover_open_repository(DiscoverWalk *walk, const char *absolute_root) {
  walk->repository = NULL;
  walk->workdir = NULL;
  if (!walk->options->respect_gitignore) return;
  git_repository *repository = NULL;
  if (git_repository_open_ext(&repository, absolute_root, 0, NULL) != 0) return;
  const char *workdir = git_repository_workdir(repository);
  char resolved[PATH_MAX];
  if (!workdir || !realpath(workdir, resolved)) {
    git_repository_free(repository);
    return;
  }
  walk->repository = repository;
  walk->workdir = arena_sprintf(walk->arena, "%s/", strcmp(resolved, "/") == 0 ? "" : resolved);
  walk->workdir_length = strlen(walk->workdir);
}

typedef struct DiscoverDirectory {
  const char *shown;
  const char *absolute;
} DiscoverDirectory;

static void discover_walk_directory(DiscoverWalk *walk, const char *shown_root, const char *absolute_root) {
  DiscoverDirectory *stack = NULL;
  uint32_t depth = 0, capacity = 0;
  ARENA_PUSH(walk->arena, stack, depth, capacity) = (DiscoverDirectory){shown_root, absolute_root};
  while (depth) {
    DiscoverDirectory directory = stack[--depth];
    DIR *handle = opendir(directory.absolute);
    if (!handle) {
      discover_error(walk, directory.shown, strerror(errno));
      continue;
    }
    struct dirent *entry;
    while ((entry = readdir(handle))) {
      const char *name = entry->d_name;
      if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
      bool is_directory, is_file;
      if (entry->d_type == DT_UNKNOWN) {
        struct stat info;
        char *path = arena_sprintf(walk->arena, "%s/%s", directory.absolute, name);
        if (lstat(path, &info) != 0) continue;
        is_directory = S_ISDIR(info.st_mode);
        is_file = S_ISREG(info.st_mode);
      } else {
        /* Symbolic links are not followed while walking (no loops, no escaping the tree). */
        is_directory = entry->d_type == DT_DIR;
        is_file = entry->d_type == DT_REG;
      }
      if (!is_directory && !(is_file && discover_is_python(name))) continue;
      const char *shown = discover_join(walk->arena, directory.shown, name);
      const char *absolute = discover_join(walk->arena, directory.absolute, name);
      if (discover_excluded(walk, shown, absolute) || discover_gitignored(walk, absolute, is_directory)) continue;
      if (is_directory) {
        ARENA_PUSH(walk->arena, stack, depth, capacity) = (DiscoverDirectory){shown, absolute};
      } else {
        discover_add_file(walk, shown, true);
      }
    }
    closedir(handle);
  }
}

/* --force-exclude: a path named on the command line is skipped when it, or any directory on
 * its way, matches an exclude, or git ignores it (as pre-commit passes files one by one). */
static bool discover_force_excluded(DiscoverWalk *walk, const char *shown, const char *absolute, bool directory) {
  size_t length = strlen(shown);
  char *prefix = arena_strndup(walk->arena, shown, length);
  for (size_t at = 0; at <= length; at++) {
    if (at < length && prefix[at] != '/') continue;
    char saved = prefix[at];
    prefix[at] = '\0';
    bool excluded = at > 0 && strcmp(prefix, ".") != 0 && discover_excluded(walk, prefix, at == length ? absolute : NULL);
    prefix[at] = saved;
    if (excluded) return true;
  }
  if (!walk->options->respect_gitignore) return false;
  char *parent = arena_strdup(walk->arena, absolute);
  char *slash = strrchr(parent, '/');
  if (slash && slash != parent) *slash = '\0';
  discover_open_repository(walk, directory ? absolute : parent);
  bool ignored = discover_gitignored(walk, absolute, directory);
  if (walk->repository) git_repository_free(walk->repository);
  walk->repository = NULL;
  return ignored;
}

static int discover_compare(const void *left, const void *right) {
  return strcmp(((const DiscoverEntry *)left)->path, ((const DiscoverEntry *)right)->path);
}

void discover_files(const char *const *paths, uint32_t path_count, const DiscoverOptions *options, Arena *arena,
                    DiscoverResult *result) {
  memset(result, 0, sizeof *result);
  DiscoverWalk walk = {.options = options, .arena = arena, .result = result};
  bool git_ready = false;
  for (uint32_t i = 0; i < path_count; i++) {
    const char *shown = discover_normalise(arena, paths[i]);
    struct stat info;
    if (stat(shown, &info) != 0) {
      discover_error(&walk, paths[i], errno == ENOENT ? "no such file or directory" : strerror(errno));
      continue;
    }
    char absolute[PATH_MAX];
    if (!realpath(shown, absolute)) {
      discover_error(&walk, paths[i], strerror(errno));
      continue;
    }
    if (options->respect_gitignore && !git_ready) {
      git_libgit2_init();
      git_ready = true;
    }
    if (options->force_exclude && discover_force_excluded(&walk, shown, absolute, S_ISDIR(info.st_mode))) continue;
    if (!S_ISDIR(info.st_mode)) {
      discover_add_file(&walk, shown, false); /* named explicitly: linted whatever its name */
      continue;
    }
    discover_open_repository(&walk, absolute);
    discover_walk_directory(&walk, shown, arena_strdup(arena, absolute));
    if (walk.repository) git_repository_free(walk.repository);
    walk.repository = NULL;
  }
  if (git_ready) git_libgit2_shutdown();
  if (walk.entry_count > 1) qsort(walk.entries, walk.entry_count, sizeof *walk.entries, discover_compare);
  /* The same file named twice (`looplint a.py a.py`, `looplint . a.py`) is linted once. */
  result->files = arena_alloc(arena, sizeof *result->files * (walk.entry_count + 1));
  result->walked = arena_alloc(arena, sizeof *result->walked * (walk.entry_count + 1));
  uint32_t kept = 0;
  for (uint32_t i = 0; i < walk.entry_count; i++) {
    if (kept && strcmp(result->files[kept - 1], walk.entries[i].path) == 0) {
      result->walked[kept - 1] |= walk.entries[i].walked;
      continue;
    }
    result->files[kept] = walk.entries[i].path;
    result->walked[kept++] = walk.entries[i].walked;
  }
  result->file_count = kept;
}
