#define _GNU_SOURCE /* realpath, memrchr */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "discover.h"
#include "name_map.h"
#include "registry.h"
#include "toml_adapter.h"

/* In each directory, the first of these that exists (and, for pyproject.toml, has a
 * [tool.looplint] table) is its configuration, as ruff prefers .ruff.toml > ruff.toml >
 * pyproject.toml. */
static const char *const config_file_names[] = {".looplint.toml", "looplint.toml", "pyproject.toml"};

typedef struct ConfigCacheEntry {
  const char *directory;     /* NULL: an empty slot */
  const Config *config;
} ConfigCacheEntry;

/* Lint options per configuration, computed once; files with per-file-ignores get their own. */
typedef struct ConfigOptionsEntry {
  const Config *config;
  LintOptions *options;
} ConfigOptionsEntry;

/* A directory of the run's files: its real path (NULL when it has none), and the
 * configuration of its regular files once known. */
typedef struct ConfigDirectory {
  const char *real;
  const Config *config;
} ConfigDirectory;

struct ConfigResolver {
  Arena *arena;
  const Options *options;
  Config defaults;
  const Config *forced;      /* --config PATH */
  ConfigCacheEntry *cache;   /* directory -> configuration, open addressing */
  uint32_t cache_count, cache_capacity;
  ConfigOptionsEntry *computed;
  uint32_t computed_count, computed_capacity;
  /* A directory as the paths name it -> what its files share (index into directories). */
  NameMap directory_of;
  ConfigDirectory *directories;
  uint32_t directory_count, directory_capacity;
  /* While walking up: the nearest pyproject.toml without [tool.looplint] that has
   * requires-python, which gives the target when no looplint configuration is found. */
  int project_target;
  const char *project_target_source;
};

/* ---------------------------------------------------------------------------------------
 * Reading one file
 * ------------------------------------------------------------------------------------- */

typedef struct ConfigReader {
  ConfigResolver *resolver;
  Config *config;
  const char *error;         /* the first error, "path:line:column: message" */
} ConfigReader;

static void config_fail(ConfigReader *reader, TomlPosition position, const char *message) {
  if (reader->error) return;
  reader->error = arena_sprintf(reader->resolver->arena, "%s:%u:%u: %s", reader->config->path, position.line,
                                position.column, message);
}

/* An array of strings; each string is checked by `valid` when given. */
static bool config_read_strings(ConfigReader *reader, const char *key, const TomlNode *value, StringList *out,
                                bool (*valid)(const char *text), const char *what) {
  Arena *arena = reader->resolver->arena;
  if (toml_node_kind(value) != TOML_KIND_ARRAY) {
    config_fail(reader, toml_node_position(value),
                arena_sprintf(arena, "'%s' must be an array of strings, not %s", key, toml_kind_name(toml_node_kind(value))));
    return false;
  }
  size_t count = toml_array_size(value);
  for (size_t i = 0; i < count; i++) {
    const TomlNode *item = toml_array_at(value, i);
    if (toml_node_kind(item) != TOML_KIND_STRING) {
      config_fail(reader, toml_node_position(item),
                  arena_sprintf(arena, "'%s' must hold strings, not %s", key, toml_kind_name(toml_node_kind(item))));
      return false;
    }
    const char *text = toml_node_string(item);
    if (valid && !valid(text)) {
      config_fail(reader, toml_node_position(item), arena_sprintf(arena, "%s '%s' in '%s'", what, text, key));
      return false;
    }
    ARENA_PUSH(arena, out->items, out->count, out->capacity) = arena_strdup(arena, text);
  }
  return true;
}

static bool config_read_boolean(ConfigReader *reader, const char *key, const TomlNode *value, int *out) {
  if (toml_node_kind(value) != TOML_KIND_BOOLEAN) {
    config_fail(reader, toml_node_position(value),
                arena_sprintf(reader->resolver->arena, "'%s' must be true or false, not %s", key,
                              toml_kind_name(toml_node_kind(value))));
    return false;
  }
  *out = toml_node_boolean(value) ? 1 : 0;
  return true;
}

/* A dotted Python name: the qualified name of a constructor in `loop-bound`. */
static bool config_valid_qualified_name(const char *text) {
  bool start = true;
  for (const char *p = text; *p; p++) {
    if (*p == '.') {
      if (start) return false;
      start = true;
    } else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' || (!start && *p >= '0' && *p <= '9')) {
      start = false;
    } else {
      return false;
    }
  }
  return !start;
}

/* Globs with a '/' are relative to the configuration's directory (as ruff's are). */
static const char *config_anchor(ConfigResolver *self, const Config *config, const char *pattern) {
  if (!strchr(pattern, '/') || pattern[0] == '/') return pattern;
  if (strncmp(pattern, "**/", 3) == 0) return pattern;
  const char *relative = pattern;
  while (relative[0] == '.' && relative[1] == '/') relative += 2;
  return arena_sprintf(self->arena, "%s/%s", config->directory, relative);
}

static void config_anchor_all(ConfigResolver *self, const Config *config, StringList *patterns) {
  for (uint32_t i = 0; i < patterns->count; i++) patterns->items[i] = config_anchor(self, config, patterns->items[i]);
}

static void config_visit_file_ignore(void *context, const char *key, TomlPosition key_position, const TomlNode *value) {
  ConfigReader *reader = context;
  if (reader->error) return;
  Arena *arena = reader->resolver->arena;
  StringList codes = {0};
  const char *where = arena_sprintf(arena, "per-file-ignores.\"%s\"", key);
  if (!config_read_strings(reader, where, value, &codes, registry_selector_valid, "unknown rule selector")) return;
  (void)key_position;
  Config *config = reader->config;
  bool negated = key[0] == '!';
  const char *pattern = config_anchor(reader->resolver, config, arena_strdup(arena, negated ? key + 1 : key));
  ARENA_PUSH(arena, config->file_ignores, config->file_ignore_count, config->file_ignore_capacity) =
      (ConfigFileIgnore){pattern, negated, codes.items, codes.count};
}

static const char config_known_keys[] =
    "select, ignore, extend-select, per-file-ignores, exclude, extend-exclude, force-exclude, respect-gitignore, "
    "target-version, loop-bound, output-format";

static void config_visit_setting(void *context, const char *key, TomlPosition key_position, const TomlNode *value) {
  ConfigReader *reader = context;
  if (reader->error) return;
  Config *config = reader->config;
  Arena *arena = reader->resolver->arena;
  if (strcmp(key, "select") == 0) {
    config->has_select = config_read_strings(reader, key, value, &config->select, registry_selector_valid, "unknown rule selector");
  } else if (strcmp(key, "ignore") == 0) {
    config_read_strings(reader, key, value, &config->ignore, registry_selector_valid, "unknown rule selector");
  } else if (strcmp(key, "extend-select") == 0) {
    config_read_strings(reader, key, value, &config->extend_select, registry_selector_valid, "unknown rule selector");
  } else if (strcmp(key, "exclude") == 0) {
    config->has_exclude = config_read_strings(reader, key, value, &config->exclude, NULL, NULL);
  } else if (strcmp(key, "extend-exclude") == 0) {
    config_read_strings(reader, key, value, &config->extend_exclude, NULL, NULL);
  } else if (strcmp(key, "loop-bound") == 0) {
    config_read_strings(reader, key, value, &config->loop_bound, config_valid_qualified_name, "invalid qualified name");
  } else if (strcmp(key, "force-exclude") == 0) {
    config_read_boolean(reader, key, value, &config->force_exclude);
  } else if (strcmp(key, "respect-gitignore") == 0) {
    config_read_boolean(reader, key, value, &config->respect_gitignore);
  } else if (strcmp(key, "per-file-ignores") == 0) {
    if (toml_node_kind(value) != TOML_KIND_TABLE) {
      config_fail(reader, toml_node_position(value),
                  arena_sprintf(arena, "'per-file-ignores' must be a table of glob = [codes], not %s",
                                toml_kind_name(toml_node_kind(value))));
      return;
    }
    toml_table_each(value, config_visit_file_ignore, reader);
  } else if (strcmp(key, "target-version") == 0 || strcmp(key, "output-format") == 0) {
    if (toml_node_kind(value) != TOML_KIND_STRING) {
      config_fail(reader, toml_node_position(value),
                  arena_sprintf(arena, "'%s' must be a string, not %s", key, toml_kind_name(toml_node_kind(value))));
      return;
    }
    const char *text = toml_node_string(value);
    if (key[0] == 't') {
      if (!lint_parse_target_version(text, &config->target_minor)) {
        config_fail(reader, toml_node_position(value),
                    arena_sprintf(arena, "invalid target-version '%s' (expected py38 ... py314)", text));
        return;
      }
      config->target_source = arena_sprintf(arena, "target-version in %s", config->path);
    } else if (!output_format_parse(text, &config->output_format)) {
      config_fail(reader, toml_node_position(value),
                  arena_sprintf(arena, "invalid output-format '%s' (expected one of: %s)", text, OUTPUT_FORMAT_NAMES));
    } else {
      config->has_output_format = true;
    }
  } else {
    config_fail(reader, key_position, arena_sprintf(arena, "unknown key '%s' (expected one of: %s)", key, config_known_keys));
  }
}

/* The lower bound of a requires-python specifier set: ">=3.10", ">=3.8,<4", "~=3.9",
 * "==3.11.*", ">3.9". 0 when there is none. */
static int config_requires_python_minor(const char *text) {
  int lowest = 0;
  for (const char *p = text; *p; p++) {
    bool lower_bound = (p[0] == '>' ) || (p[0] == '~' && p[1] == '=') || (p[0] == '=' && p[1] == '=');
    if (!lower_bound || (p > text && (p[-1] == '>' || p[-1] == '=' || p[-1] == '~' || p[-1] == '!' || p[-1] == '<'))) {
      continue;
    }
    const char *version = p + 1;
    while (*version == '=' || *version == ' ') version++;
    if (version[0] != '3' || version[1] != '.') continue;
    int minor = atoi(version + 2);
    if (minor > 0 && (lowest == 0 || minor < lowest)) lowest = minor;
  }
  if (lowest && lowest < LINT_MIN_TARGET_MINOR) lowest = LINT_MIN_TARGET_MINOR;
  if (lowest > LINT_MAX_TARGET_MINOR) lowest = LINT_MAX_TARGET_MINOR;
  return lowest;
}

/* [project] requires-python of a parsed pyproject.toml, as a target (0 when absent); the
 * specifier text is copied into the arena, since the document is freed soon after. */
static int config_target_from_project(Arena *arena, const TomlDocument *document, const char **specifier) {
  const TomlNode *project = toml_table_get(toml_document_root(document), "project");
  const TomlNode *requires = project ? toml_table_get(project, "requires-python") : NULL;
  if (!requires || toml_node_kind(requires) != TOML_KIND_STRING) return 0;
  *specifier = arena_strdup(arena, toml_node_string(requires));
  return config_requires_python_minor(*specifier);
}

typedef enum ConfigLoad {
  CONFIG_LOAD_NONE,          /* not a looplint configuration (a pyproject.toml without [tool.looplint]) */
  CONFIG_LOAD_OK,
  CONFIG_LOAD_ERROR,
} ConfigLoad;

static ConfigLoad config_load(ConfigResolver *self, const char *path, const char *directory, bool pyproject,
                              bool required, Config **out, const char **error) {
  char message[512];
  TomlPosition position;
  TomlDocument *document = toml_document_parse_file(path, message, sizeof message, &position);
  if (!document) {
    *error = position.line ? arena_sprintf(self->arena, "%s:%u:%u: invalid TOML: %s", path, position.line,
                                           position.column, message)
                           : arena_sprintf(self->arena, "%s: cannot read: %s", path, message);
    return CONFIG_LOAD_ERROR;
  }
  const TomlNode *settings = toml_document_root(document);
  if (pyproject) {
    const TomlNode *tool = toml_table_get(settings, "tool");
    settings = tool ? toml_table_get(tool, "looplint") : NULL;
    if (!settings && !required) {
      const char *specifier = NULL;
      int target = config_target_from_project(self->arena, document, &specifier);
      if (target && !self->project_target) {
        self->project_target = target;
        self->project_target_source = arena_sprintf(self->arena, "requires-python \"%s\" in %s", specifier, path);
      }
      toml_document_delete(document);
      return CONFIG_LOAD_NONE;
    }
  }
  Config *config = arena_alloc(self->arena, sizeof *config);
  config->path = arena_strdup(self->arena, path);
  config->directory = arena_strdup(self->arena, directory);
  config->force_exclude = config->respect_gitignore = -1;
  ConfigReader reader = {.resolver = self, .config = config};
  if (settings && toml_node_kind(settings) != TOML_KIND_TABLE) {
    config_fail(&reader, toml_node_position(settings), "[tool.looplint] must be a table");
  } else if (settings) {
    toml_table_each(settings, config_visit_setting, &reader);
  }
  if (!reader.error && !config->target_minor) {
    /* The lower bound of requires-python: from this pyproject.toml, or the one beside a
     * looplint.toml. */
    const char *specifier = NULL;
    if (pyproject) {
      config->target_minor = config_target_from_project(self->arena, document, &specifier);
    } else {
      const char *beside = arena_sprintf(self->arena, "%s/pyproject.toml", directory);
      char ignored[512];
      TomlPosition ignored_position;
      TomlDocument *project = access(beside, R_OK) == 0
                                  ? toml_document_parse_file(beside, ignored, sizeof ignored, &ignored_position)
                                  : NULL;
      if (project) {
        config->target_minor = config_target_from_project(self->arena, project, &specifier);
        toml_document_delete(project);
      }
    }
    if (config->target_minor) {
      config->target_source = arena_sprintf(self->arena, "requires-python \"%s\"", specifier);
    }
  }
  toml_document_delete(document);
  if (reader.error) {
    *error = reader.error;
    return CONFIG_LOAD_ERROR;
  }
  config_anchor_all(self, config, &config->exclude);
  config_anchor_all(self, config, &config->extend_exclude);
  *out = config;
  return CONFIG_LOAD_OK;
}

/* ---------------------------------------------------------------------------------------
 * Resolution
 * ------------------------------------------------------------------------------------- */

static uint32_t config_hash(const char *text) {
  uint32_t hash = 2166136261u;
  for (; *text; text++) hash = (hash ^ (unsigned char)*text) * 16777619u;
  return hash;
}

static ConfigCacheEntry *config_cache_slot(ConfigResolver *self, const char *directory) {
  uint32_t mask = self->cache_capacity - 1;
  for (uint32_t i = config_hash(directory) & mask;; i = (i + 1) & mask) {
    ConfigCacheEntry *entry = &self->cache[i];
    if (!entry->directory || strcmp(entry->directory, directory) == 0) return entry;
  }
}

static void config_cache_put(ConfigResolver *self, const char *directory, const Config *config) {
  if ((self->cache_count + 1) * 2 > self->cache_capacity) {
    ConfigCacheEntry *old = self->cache;
    uint32_t old_capacity = self->cache_capacity;
    self->cache_capacity = old_capacity ? old_capacity * 2 : 64;
    self->cache = arena_alloc(self->arena, sizeof *self->cache * self->cache_capacity);
    for (uint32_t i = 0; i < old_capacity; i++) {
      if (old[i].directory) *config_cache_slot(self, old[i].directory) = old[i];
    }
  }
  ConfigCacheEntry *slot = config_cache_slot(self, directory);
  if (!slot->directory) self->cache_count++;
  *slot = (ConfigCacheEntry){arena_strdup(self->arena, directory), config};
}

ConfigResolver *config_resolver_new(Arena *arena, const Options *options) {
  ConfigResolver *self = arena_alloc(arena, sizeof *self);
  self->arena = arena;
  self->options = options;
  self->defaults.force_exclude = self->defaults.respect_gitignore = -1;
  char directory[PATH_MAX];
  self->defaults.directory = arena_strdup(arena, getcwd(directory, sizeof directory) ? directory : ".");
  name_map_init(&self->directory_of, arena);
  return self;
}

/* An absolute directory and a name in it ("/" and "a" make "/a", not "//a"). */
static const char *config_join(ConfigResolver *self, const char *directory, const char *name) {
  return arena_concat(self->arena, directory, strcmp(directory, "/") == 0 ? "" : "/", name, (char *)NULL);
}

/* The directory `path` names (its first `length` bytes; "" for "."), once per directory:
 * realpath() reads the link of every component, and a run has thousands of files in a few
 * trees. A directory that is no link is its parent's real path and its own name. */
static ConfigDirectory *config_directory(ConfigResolver *self, const char *path, uint32_t length) {
  uint32_t at = name_map_get(&self->directory_of, path, length);
  if (at != NAME_MAP_ABSENT) return &self->directories[at];
  const char *directory = length ? arena_strndup(self->arena, path, length) : ".";
  const char *slash = memrchr(directory, '/', length);
  const char *name = slash ? slash + 1 : directory;
  const char *real = NULL;
  struct stat info;
  if (length && name[0] && strcmp(name, ".") != 0 && strcmp(name, "..") != 0 && lstat(directory, &info) == 0 &&
      S_ISDIR(info.st_mode)) {
    uint32_t parent_length = slash ? (uint32_t)(slash == directory ? 1 : slash - directory) : 0;
    const char *parent = config_directory(self, directory, parent_length)->real;
    if (parent) real = config_join(self, parent, name);
  } else {
    char resolved[PATH_MAX];
    if (realpath(directory, resolved)) real = arena_strdup(self->arena, resolved);
  }
  name_map_put(&self->directory_of, length ? directory : "", length, self->directory_count);
  ConfigDirectory *entry = &ARENA_PUSH(self->arena, self->directories, self->directory_count, self->directory_capacity);
  *entry = (ConfigDirectory){.real = real};
  return entry;
}

/* The directory that holds `path` when the path is a regular file and no link (the caller
 * may know: `regular_file`), else NULL. */
static ConfigDirectory *config_file_directory(ConfigResolver *self, const char *path, bool regular_file) {
  const char *slash = strrchr(path, '/');
  struct stat info;
  if (!(slash ? slash[1] : path[0])) return NULL;
  if (!regular_file && (lstat(path, &info) != 0 || !S_ISREG(info.st_mode))) return NULL;
  ConfigDirectory *directory = config_directory(self, path, slash ? (uint32_t)(slash == path ? 1 : slash - path) : 0);
  return directory->real ? directory : NULL;
}

/* A regular file's absolute path: its directory's real path and its own name. */
static const char *config_file_absolute(ConfigResolver *self, const ConfigDirectory *directory, const char *path) {
  const char *slash = strrchr(path, '/');
  return config_join(self, directory->real, slash ? slash + 1 : path);
}

/* An absolute form of a path that may not exist yet (--stdin-filename new.py): the real path
 * of its longest existing prefix, then the rest as written. */
static const char *config_absolute(ConfigResolver *self, const char *path) {
  const ConfigDirectory *directory = config_file_directory(self, path, false);
  if (directory) return config_file_absolute(self, directory, path);
  char resolved[PATH_MAX];
  if (realpath(path, resolved)) return arena_strdup(self->arena, resolved);
  char *joined = path[0] == '/' ? arena_strdup(self->arena, path)
                                : arena_sprintf(self->arena, "%s/%s", self->defaults.directory, path);
  for (size_t cut = strlen(joined); cut-- > 1;) {
    if (joined[cut] != '/') continue;
    joined[cut] = '\0';
    bool exists = realpath(joined, resolved) != NULL;
    joined[cut] = '/';
    if (exists) return arena_sprintf(self->arena, "%s%s", strcmp(resolved, "/") == 0 ? "" : resolved, joined + cut);
  }
  return joined;
}

static const Config *config_forced(ConfigResolver *self, const char **error) {
  if (self->forced) return self->forced;
  const char *path = self->options->config_path;
  char absolute[PATH_MAX];
  if (!realpath(path, absolute)) {
    *error = arena_sprintf(self->arena, "%s: cannot read the configuration: %s", path, strerror(errno));
    return NULL;
  }
  char *directory = arena_strdup(self->arena, absolute);
  char *slash = strrchr(directory, '/');
  if (slash) slash[slash == directory ? 1 : 0] = '\0'; /* keep "/" for a file at the root */
  const char *name = strrchr(absolute, '/') ? strrchr(absolute, '/') + 1 : absolute;
  Config *config = NULL;
  if (config_load(self, absolute, directory, strcmp(name, "pyproject.toml") == 0, true, &config, error) != CONFIG_LOAD_OK) {
    return NULL;
  }
  self->forced = config;
  return config;
}

const Config *config_for_path(ConfigResolver *self, const char *path, bool regular_file, const char **error) {
  *error = NULL;
  if (self->options->isolated) return &self->defaults;
  if (self->options->config_path) return config_forced(self, error);
  /* The regular files of a directory share one configuration. */
  ConfigDirectory *holder = config_file_directory(self, path, regular_file);
  if (holder && holder->config) return holder->config;
  regular_file = holder != NULL;
  const char *absolute = holder ? config_file_absolute(self, holder, path) : config_absolute(self, path);
  struct stat info;
  char *directory = arena_strdup(self->arena, absolute);
  if (regular_file || stat(absolute, &info) != 0 || !S_ISDIR(info.st_mode)) { /* a file, or one not there yet */
    char *slash = strrchr(directory, '/');
    if (slash) slash[slash == directory ? 1 : 0] = '\0';
  }
  while (!regular_file && stat(directory, &info) != 0 && strcmp(directory, "/") != 0) { /* nor its directory */
    char *slash = strrchr(directory, '/');
    if (!slash) break;
    slash[slash == directory ? 1 : 0] = '\0';
  }
  self->project_target = 0;
  /* Walk up to the nearest configuration; remember the directories passed on the way. */
  const char *visited[PATH_MAX / 2];
  uint32_t visited_count = 0;
  const Config *found = NULL;
  for (;;) {
    if (self->cache_capacity) {
      const ConfigCacheEntry *entry = config_cache_slot(self, directory);
      if (entry->directory) {
        found = entry->config;
        break;
      }
    }
    if (visited_count < sizeof visited / sizeof *visited) visited[visited_count++] = arena_strdup(self->arena, directory);
    for (size_t i = 0; i < sizeof config_file_names / sizeof *config_file_names && !found; i++) {
      const char *candidate = config_join(self, directory, config_file_names[i]);
      if (access(candidate, F_OK) != 0) continue;
      Config *config = NULL;
      ConfigLoad loaded = config_load(self, candidate, directory, i == 2, false, &config, error);
      if (loaded == CONFIG_LOAD_ERROR) return NULL;
      if (loaded == CONFIG_LOAD_OK) found = config;
    }
    if (found) break;
    if (strcmp(directory, "/") == 0) {
      found = &self->defaults;
      break;
    }
    char *slash = strrchr(directory, '/');
    if (!slash) {
      found = &self->defaults;
      break;
    }
    slash[slash == directory ? 1 : 0] = '\0';
  }
  if (found == &self->defaults && self->project_target) {
    Config *inferred = arena_alloc(self->arena, sizeof *inferred);
    *inferred = self->defaults;
    inferred->target_minor = self->project_target;
    inferred->target_source = self->project_target_source;
    found = inferred;
  }
  for (uint32_t i = 0; i < visited_count; i++) config_cache_put(self, visited[i], found);
  if (holder) holder->config = found;
  return found;
}

static bool config_file_ignore_applies(const ConfigFileIgnore *ignore, const char *absolute) {
  bool matches = discover_glob_matches(ignore->pattern, absolute, absolute);
  return ignore->negated ? !matches : matches;
}

LintOptions *config_lint_options(ConfigResolver *self, const Config *config, const char *file) {
  const Options *options = self->options;
  LintOptions *base = NULL;
  for (uint32_t i = 0; i < self->computed_count && !base; i++) {
    if (self->computed[i].config == config) base = self->computed[i].options;
  }
  if (!base) {
    /* select: the command line's, else the configuration's, else every rule; then extend-select.
     * ignore: the configuration's and the command line's. */
    StringList select = {0}, ignore = {0};
    const StringList *chosen = options->select.count ? &options->select : config->has_select ? &config->select : NULL;
    if (chosen) {
      for (uint32_t i = 0; i < chosen->count; i++) ARENA_PUSH(self->arena, select.items, select.count, select.capacity) = chosen->items[i];
    } else {
      ARENA_PUSH(self->arena, select.items, select.count, select.capacity) = "ALL";
    }
    for (uint32_t i = 0; i < config->extend_select.count; i++) {
      ARENA_PUSH(self->arena, select.items, select.count, select.capacity) = config->extend_select.items[i];
    }
    for (uint32_t i = 0; i < config->ignore.count; i++) ARENA_PUSH(self->arena, ignore.items, ignore.count, ignore.capacity) = config->ignore.items[i];
    for (uint32_t i = 0; i < options->ignore.count; i++) ARENA_PUSH(self->arena, ignore.items, ignore.count, ignore.capacity) = options->ignore.items[i];
    bool *enabled = arena_alloc(self->arena, sizeof *enabled * registry_count());
    registry_resolve_selection(select.items, select.count, ignore.items, ignore.count, enabled);
    base = arena_alloc(self->arena, sizeof *base);
    base->enabled = enabled;
    base->target_minor = options->target_given ? options->target_minor
                         : config->target_minor ? config->target_minor
                                                : LINT_DEFAULT_TARGET_MINOR;
    base->loop_bound = config->loop_bound.items;
    base->loop_bound_count = config->loop_bound.count;
    base->prefilter = !options->no_prefilter;
    base->depth = options->stop_after;
    lint_options_derive_triggers(self->arena, base);
    ARENA_PUSH(self->arena, self->computed, self->computed_count, self->computed_capacity) =
        (ConfigOptionsEntry){config, base};
  }
  if (!config->file_ignore_count) return base;
  /* per-file-ignores always win over selection, whatever its specificity. */
  const char *path = config_absolute(self, file);
  LintOptions *own = NULL;
  for (uint32_t i = 0; i < config->file_ignore_count; i++) {
    const ConfigFileIgnore *ignore = &config->file_ignores[i];
    if (!config_file_ignore_applies(ignore, path)) continue;
    if (!own) {
      own = arena_alloc(self->arena, sizeof *own);
      *own = *base;
      bool *enabled = arena_alloc(self->arena, sizeof *enabled * registry_count());
      memcpy(enabled, base->enabled, sizeof *enabled * registry_count());
      own->enabled = enabled;
    }
    for (uint32_t r = 0; r < registry_count(); r++) {
      for (uint32_t c = 0; c < ignore->code_count; c++) {
        if (registry_selector_matches(ignore->codes[c], registry_rule(r)->code)) ((bool *)own->enabled)[r] = false;
      }
    }
  }
  return own ? own : base;
}

void config_apply_run_settings(ConfigResolver *self, const Config *config, Options *options) {
  if (!options->exclude_given && config->has_exclude) {
    options->exclude = config->exclude;
    options->exclude_given = true;
  }
  for (uint32_t i = 0; i < config->extend_exclude.count; i++) {
    ARENA_PUSH(self->arena, options->extend_exclude.items, options->extend_exclude.count,
               options->extend_exclude.capacity) = config->extend_exclude.items[i];
  }
  if (!options->respect_gitignore_given && config->respect_gitignore >= 0) {
    options->respect_gitignore = config->respect_gitignore;
  }
  if (!options->force_exclude && config->force_exclude > 0) options->force_exclude = true;
  if (!options->format_given && config->has_output_format) options->format = config->output_format;
}

static void config_print_list(FILE *stream, const char *name, const StringList *list) {
  fprintf(stream, "%-20s [", name);
  for (uint32_t i = 0; i < list->count; i++) fprintf(stream, "%s\"%s\"", i ? ", " : "", list->items[i]);
  fputs("]\n", stream);
}

void config_print_settings(ConfigResolver *self, const Config *config, const char *path, FILE *stream) {
  const Options *options = self->options;
  LintOptions *lint = config_lint_options(self, config, path);
  fprintf(stream, "%-20s %s\n", "settings for", path);
  fprintf(stream, "%-20s %s\n", "configuration file",
          options->isolated ? "none (--isolated)" : config->path ? config->path : "none (defaults)");
  fputs("enabled rules        [", stream);
  bool first = true;
  for (uint32_t r = 0; r < registry_count(); r++) {
    if (!lint->enabled[r]) continue;
    fprintf(stream, "%s\"%s\"", first ? "" : ", ", registry_rule(r)->code);
    first = false;
  }
  fputs("]\n", stream);
  fprintf(stream, "%-20s py3%d (%s)\n", "target-version", lint->target_minor,
          options->target_given ? "--target-version"
          : config->target_minor ? config->target_source
                                 : "default");
  StringList defaults = {0};
  for (const char *const *name = DISCOVER_DEFAULT_EXCLUDES; *name; name++) {
    ARENA_PUSH(self->arena, defaults.items, defaults.count, defaults.capacity) = *name;
  }
  config_print_list(stream, "exclude", options->exclude_given ? &options->exclude : &defaults);
  config_print_list(stream, "extend-exclude", &options->extend_exclude);
  fprintf(stream, "%-20s %s\n", "respect-gitignore", options->respect_gitignore ? "true" : "false");
  fprintf(stream, "%-20s %s\n", "force-exclude", options->force_exclude ? "true" : "false");
  fprintf(stream, "%-20s [", "per-file-ignores");
  for (uint32_t i = 0; i < config->file_ignore_count; i++) {
    const ConfigFileIgnore *ignore = &config->file_ignores[i];
    fprintf(stream, "%s\"%s%s\" = [", i ? ", " : "", ignore->negated ? "!" : "", ignore->pattern);
    for (uint32_t c = 0; c < ignore->code_count; c++) fprintf(stream, "%s\"%s\"", c ? ", " : "", ignore->codes[c]);
    fputs("]", stream);
  }
  fputs("]\n", stream);
  config_print_list(stream, "loop-bound", &config->loop_bound);
  fprintf(stream, "%-20s %s\n", "output-format", output_format_name(options->format));
}
