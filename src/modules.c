#define _GNU_SOURCE /* memmem, realpath */
#include "modules.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source.h"

#define MODULE_AMBIGUOUS (UINT32_MAX - 1)

/* Lexically normalized path: no "." segments, no empty segments, ".." folded where it can be
 * ("a/../b" -> "b", "../a/../b" -> "../b", "/.." -> "/"); a leading "/" kept. "" for the
 * working directory. */
static char *module_normalize_path(Arena *arena, const char *path) {
  size_t length = strlen(path);
  char *out = arena_alloc(arena, length + 1);
  size_t used = 0;
  bool absolute = path[0] == '/';
  if (absolute) out[used++] = '/';
  size_t floor = used; /* ".." cannot fold below this */
  for (const char *at = path; *at;) {
    while (*at == '/') at++;
    const char *end = strchr(at, '/');
    if (!end) end = at + strlen(at);
    size_t segment = (size_t)(end - at);
    bool up = segment == 2 && at[0] == '.' && at[1] == '.';
    if (segment == 0 || (segment == 1 && at[0] == '.') || (up && absolute && used == floor)) {
      /* nothing (above "/" is "/") */
    } else if (up && used > floor) {
      while (used > floor && out[used - 1] != '/') used--; /* drop the last segment */
      if (used > floor) used--;                             /* and its slash */
    } else {
      if (used > (absolute ? 1u : 0u)) out[used++] = '/';
      memcpy(out + used, at, segment);
      used += segment;
      if (up) floor = used; /* a leading ".." stays; a later ".." folds down to it, not into it */
    }
    at = end;
  }
  out[used] = '\0';
  return out;
}

static const char *module_strndup(Arena *arena, const char *text, size_t length) {
  return arena_strndup(arena, text, length);
}

/* "a/b/c" -> "a/b"; "c" -> ""; "/c" -> "/". */
static const char *module_parent(Arena *arena, const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return "";
  if (slash == path) return "/";
  return module_strndup(arena, path, (size_t)(slash - path));
}

static const char *module_join(Arena *arena, const char *directory, const char *name, size_t name_length) {
  if (!directory[0]) return module_strndup(arena, name, name_length);
  size_t length = strlen(directory);
  bool slash = directory[length - 1] != '/';
  char *out = arena_alloc(arena, length + slash + name_length + 1);
  memcpy(out, directory, length);
  if (slash) out[length] = '/';
  memcpy(out + length + slash, name, name_length);
  return out;
}

/* Does `directory` hold an __init__.py? The files of the run answer first; the file system
 * for directories above them. Asked once per directory (module_package_prefix memoises). */
static bool module_directory_is_package(const ModuleTable *self, Arena *arena, const char *directory) {
  uint32_t file = name_map_get(&self->by_key, directory, (uint32_t)strlen(directory));
  if (file != NAME_MAP_ABSENT && self->files[file].is_package) return true;
  const char *probe = module_join(arena, directory[0] ? directory : ".", "__init__.py", 11);
  return access(probe, F_OK) == 0;
}

/* The directory's name as a module component, for a directory given relatively or as "":
 * the last component of its real path. */
static const char *module_directory_name(Arena *arena, const char *directory) {
  const char *slash = strrchr(directory, '/');
  const char *last = slash ? slash + 1 : directory;
  if (last[0] && strcmp(last, "..") != 0) return last;
  char resolved[PATH_MAX];
  if (!realpath(directory[0] ? directory : ".", resolved)) return NULL;
  const char *base = strrchr(resolved, '/');
  return base && base[1] ? arena_strdup(arena, base + 1) : NULL;
}

/* The parent directory, also above the working directory ("" -> "..", ".." -> "../.."). */
static const char *module_directory_up(Arena *arena, const char *directory) {
  if (!directory[0]) return "..";
  const char *slash = strrchr(directory, '/');
  const char *last = slash ? slash + 1 : directory;
  if (strcmp(last, "..") == 0) return module_join(arena, directory, "..", 2);
  return module_parent(arena, directory);
}

/* The dotted name of the package a directory is, from its package root ("a.b" for a/b when
 * both hold an __init__.py); "" when it is not a package. At most `depth` components.
 * Memoised per directory in `prefixes` (values index `strings`): the files of a directory,
 * and the directories of a package, share one walk up. */
typedef struct ModulePrefixes {
  NameMap by_directory;
  const char **strings;
  uint32_t count, capacity;
} ModulePrefixes;

static const char *module_package_prefix(const ModuleTable *self, Arena *arena, ModulePrefixes *prefixes,
                                         const char *directory, uint32_t depth) {
  uint32_t length = (uint32_t)strlen(directory);
  uint32_t cached = name_map_get(&prefixes->by_directory, directory, length);
  if (cached != NAME_MAP_ABSENT) return prefixes->strings[cached];
  const char *prefix = "";
  if (depth > 0 && strcmp(directory, "/") != 0 && module_directory_is_package(self, arena, directory)) {
    const char *name = module_directory_name(arena, directory);
    if (name) {
      const char *above =
          module_package_prefix(self, arena, prefixes, module_directory_up(arena, directory), depth - 1);
      prefix = above[0] ? arena_concat(arena, above, ".", name, (char *)NULL) : name;
    }
  }
  name_map_put(&prefixes->by_directory, directory, length, prefixes->count);
  ARENA_PUSH(arena, prefixes->strings, prefixes->count, prefixes->capacity) = prefix;
  return prefix;
}

static void module_name_file(const ModuleTable *self, Arena *arena, ModulePrefixes *prefixes, ModuleFile *file) {
  const char *stem = strrchr(file->key, '/');
  stem = stem ? stem + 1 : file->key;
  /* A package's own directory names it; a module is named in its directory's package. At most
   * 64 components in all. */
  const char *prefix =
      module_package_prefix(self, arena, prefixes, file->directory, file->is_package ? 64 : 63);
  if (file->is_package) {
    file->name = prefix[0] ? prefix : stem; /* an __init__.py with no package above: rare; keep something */
  } else {
    file->name = prefix[0] ? arena_concat(arena, prefix, ".", stem, (char *)NULL) : stem;
  }
}

/* The last component of a key: a module's stem, a package's directory name. */
static const char *module_last_component(const char *key) {
  const char *slash = strrchr(key, '/');
  return slash ? slash + 1 : key;
}

void module_table_build(ModuleTable *self, Arena *arena, const char *const *paths, uint32_t count) {
  memset(self, 0, sizeof *self);
  self->files = arena_alloc(arena, sizeof *self->files * (count ? count : 1));
  self->next_with_last = arena_alloc(arena, sizeof *self->next_with_last * (count ? count : 1));
  self->count = count;
  name_map_init(&self->by_key, arena);
  name_map_init(&self->by_name, arena);
  name_map_init(&self->by_last, arena);
  name_map_reserve(&self->by_key, count);
  name_map_reserve(&self->by_name, count);
  name_map_reserve(&self->by_last, count);
  name_map_init(&self->finals, arena);
  const char *shared_directory = NULL;
  for (uint32_t i = 0; i < count; i++) {
    ModuleFile *file = &self->files[i];
    file->path = paths[i];
    char *normalized = module_normalize_path(arena, paths[i]);
    size_t length = strlen(normalized);
    if (length > 4 && strcmp(normalized + length - 4, ".pyi") == 0) normalized[length - 4] = '\0';
    else if (length > 3 && strcmp(normalized + length - 3, ".py") == 0) normalized[length - 3] = '\0';
    const char *stem = strrchr(normalized, '/');
    stem = stem ? stem + 1 : normalized;
    file->is_package = strcmp(stem, "__init__") == 0;
    if (file->is_package) {
      /* pkg/__init__ -> pkg, in place: the copy is the table's own. */
      char *slash = strrchr(normalized, '/');
      if (slash == normalized) slash[1] = '\0';
      else if (slash) *slash = '\0';
      else normalized[0] = '\0';
    }
    file->key = normalized;
    file->key_length = (uint32_t)strlen(normalized);
    if (file->is_package) {
      file->directory = file->key;
    } else {
      /* Files of one directory come together in sorted discovery: share its string. */
      const char *slash = strrchr(file->key, '/');
      size_t directory_length = !slash ? 0 : slash == file->key ? 1 : (size_t)(slash - file->key);
      if (!shared_directory || strlen(shared_directory) != directory_length ||
          strncmp(shared_directory, file->key, directory_length) != 0) {
        shared_directory = directory_length ? module_strndup(arena, file->key, directory_length) : "";
      }
      file->directory = shared_directory;
    }
    /* One file stands for a key: a package before a module of the same name (Python's path
     * finder takes the directory's __init__.py before tools.py, and sorted discovery lists
     * tools.py first), else the first, so a .py before its .pyi stub. */
    uint32_t previous = name_map_get(&self->by_key, file->key, file->key_length);
    if (previous == NAME_MAP_ABSENT || (file->is_package && !self->files[previous].is_package)) {
      name_map_put(&self->by_key, file->key, file->key_length, i);
    }
  }
  ModulePrefixes prefixes = {0};
  name_map_init(&prefixes.by_directory, arena);
  for (uint32_t i = 0; i < count; i++) {
    ModuleFile *file = &self->files[i];
    module_name_file(self, arena, &prefixes, file);
    file->name_length = (uint32_t)strlen(file->name);
    self->next_with_last[i] = NAME_MAP_ABSENT;
    /* Names and suffixes find the file that stands for the key, so the others (a stub, a
     * module beside its package) are left out; two files left with one name are ambiguous. */
    if (name_map_get(&self->by_key, file->key, file->key_length) != i) continue;
    if (name_map_put(&self->by_name, file->name, file->name_length, i) != NAME_MAP_ABSENT) {
      name_map_put(&self->by_name, file->name, file->name_length, MODULE_AMBIGUOUS);
    }
    const char *last = module_last_component(file->key);
    uint32_t head = name_map_put(&self->by_last, last, (uint32_t)strlen(last), i);
    self->next_with_last[i] = head;
    /* A relative import matches keys, an absolute one names (a directory "my.dir" is one
     * component of a key, two of a name): a name must end with one of both to find a file. */
    name_map_put(&self->finals, last, (uint32_t)strlen(last), 0);
    const char *final = strrchr(file->name, '.');
    final = final ? final + 1 : file->name;
    name_map_put(&self->finals, final, (uint32_t)strlen(final), 0);
  }
}

bool module_table_may_end_with(const ModuleTable *self, const char *last, uint32_t length) {
  return name_map_get(&self->finals, last, length) != NAME_MAP_ABSENT;
}

/* Does the path `key` end with the components of `dotted`? Compared on the key, not the dotted
 * key: a directory "my.dir" is one component, so "my.dir/ns/mod" ends with "ns.mod" but not
 * with "dir.ns.mod" (nor with "my.dir.ns.mod", which no import can name). */
static bool module_key_ends_with(const char *key, size_t key_length, const char *dotted, size_t length) {
  if (key_length < length) return false;
  const char *tail = key + key_length - length;
  if (tail > key && tail[-1] != '/') return false;
  for (size_t i = 0; i < length; i++) {
    if (dotted[i] == '.' ? tail[i] != '/' : tail[i] != dotted[i]) return false;
  }
  return true;
}

/* The one file whose module name is `dotted` exactly, else the one file whose path ends with
 * its components and whose own module name ends the query (a namespace package); NONE, or
 * AMBIGUOUS for more than one. */
static uint32_t module_find_absolute(const ModuleTable *self, const char *dotted, uint32_t length) {
  uint32_t exact = name_map_get(&self->by_name, dotted, length);
  if (exact != NAME_MAP_ABSENT && exact != MODULE_AMBIGUOUS) return exact;
  /* A file found below has a module name that ends the query: without a module named by one
   * of its shorter suffixes ("b.c", "c" for "a.b.c"), there is none, and most imports of a
   * run (`from typing import Optional`) need no walk along a chain. */
  bool named = exact == MODULE_AMBIGUOUS;
  for (const char *dot = memchr(dotted, '.', length); !named && dot;
       dot = memchr(dot + 1, '.', (size_t)(dotted + length - dot - 1))) {
    named = name_map_get(&self->by_name, dot + 1, (uint32_t)(dotted + length - dot - 1)) != NAME_MAP_ABSENT;
  }
  if (!named) return MODULE_NONE;
  const char *last = dotted + length;
  while (last > dotted && last[-1] != '.') last--;
  uint32_t found = MODULE_NONE;
  for (uint32_t file = name_map_get(&self->by_last, last, (uint32_t)(dotted + length - last));
       file != NAME_MAP_ABSENT; file = self->next_with_last[file]) {
    const ModuleFile *candidate = &self->files[file];
    size_t name_length = candidate->name_length;
    bool name_ends = name_length <= length && memcmp(dotted + length - name_length, candidate->name, name_length) == 0 &&
                     (name_length == length || dotted[length - name_length - 1] == '.');
    if (!name_ends || !module_key_ends_with(candidate->key, candidate->key_length, dotted, length)) continue;
    if (found != MODULE_NONE) return MODULE_AMBIGUOUS; /* two keys (the table holds one file per key) */
    found = file;
  }
  return found == MODULE_NONE && exact == MODULE_AMBIGUOUS ? MODULE_AMBIGUOUS : found;
}

uint32_t module_table_resolve(const ModuleTable *self, uint32_t from, const char *dotted, const char **rest) {
  *rest = "";
  uint32_t dots = 0;
  while (dotted[dots] == '.') dots++;
  const char *names = dotted + dots;
  size_t names_length = strlen(names);
  if (dots == 0) {
    /* Longest prefix first: "pkg.mod.f" tries "pkg.mod.f", "pkg.mod", "pkg". */
    for (size_t length = names_length; length > 0;) {
      uint32_t file = module_find_absolute(self, names, (uint32_t)length);
      /* An ambiguous prefix is a module of the run, only not one file: the import names it,
       * not a name in a shorter prefix ("tools.json" with two tools/json.py is not "json" in
       * tools.py). */
      if (file == MODULE_AMBIGUOUS) return MODULE_NONE;
      if (file != MODULE_NONE) {
        *rest = names + length + (names[length] == '.');
        return file;
      }
      while (length > 0 && names[length - 1] != '.') length--;
      if (length > 0) length--;
    }
    return MODULE_NONE;
  }
  if (from >= self->count) return MODULE_NONE;
  /* Relative: one dot is the importing file's package directory, each further dot its parent.
   * The key is built once, base + "/" + the names with dots as slashes; each shorter prefix
   * is then a shorter length of it. */
  char key[PATH_MAX];
  const char *directory = self->files[from].directory;
  size_t used = strlen(directory);
  if (used >= sizeof key) return MODULE_NONE;
  memcpy(key, directory, used);
  for (uint32_t level = 1; level < dots; level++) {
    size_t slash = used;
    while (slash > 0 && key[slash - 1] != '/') slash--;
    size_t last = used - slash; /* the last component: key[slash, used) */
    if (last == 0 || (last == 2 && key[slash] == '.' && key[slash + 1] == '.')) {
      return MODULE_NONE; /* above "", ".." or "/": above the run */
    }
    if (slash == 0) {
      used = 0;
    } else if (slash == 1) {
      used = 1; /* "/a" -> "/", not "" (the working directory) */
    } else {
      used = slash - 1;
    }
  }
  size_t names_at = used + (used && key[used - 1] != '/'); /* no "/" after "/" */
  if (names_at + names_length >= sizeof key) return MODULE_NONE;
  key[used] = '/';
  for (size_t i = 0; i < names_length; i++) key[names_at + i] = names[i] == '.' ? '/' : names[i];
  for (size_t length = names_length;;) {
    size_t key_length = length ? names_at + length : used;
    uint32_t file = name_map_get(&self->by_key, key, (uint32_t)key_length);
    /* The directory itself only as a package: tools.py shares the key of the directory tools/,
     * but `from . import x` in tools/a.py does not import from tools.py. */
    if (file != NAME_MAP_ABSENT && (length > 0 || self->files[file].is_package)) {
      *rest = names + length + (length && names[length] == '.');
      return file;
    }
    if (length == 0) return MODULE_NONE;
    while (length > 0 && names[length - 1] != '.') length--;
    if (length > 0) length--;
  }
}

static void module_memo_init_map(ModuleMemo *self) {
  name_map_init(&self->resolved, &self->arena);
  self->entries = NULL;
  self->count = self->capacity = 0;
}

void module_memo_init(ModuleMemo *self) {
  self->table = NULL;
  arena_init(&self->arena);
  module_memo_init_map(self);
}

void module_memo_free(ModuleMemo *self) { arena_free(&self->arena); }

uint32_t module_table_resolve_memo(const ModuleTable *self, ModuleMemo *memo, uint32_t from, const char *dotted,
                                   const char **rest) {
  if (!memo || dotted[0] == '.') return module_table_resolve(self, from, dotted, rest);
  if (memo->table != self) {
    arena_reset(&memo->arena);
    module_memo_init_map(memo);
    memo->table = self;
  }
  uint32_t length = (uint32_t)strlen(dotted);
  uint32_t known = name_map_get(&memo->resolved, dotted, length);
  if (known != NAME_MAP_ABSENT) {
    *rest = dotted + memo->entries[known].rest;
    return memo->entries[known].file;
  }
  uint32_t file = module_table_resolve(self, from, dotted, rest);
  name_map_put(&memo->resolved, arena_strndup(&memo->arena, dotted, length), length, memo->count);
  /* A rest that is not empty points into `dotted`; an empty one may be a literal "". */
  ARENA_PUSH(&memo->arena, memo->entries, memo->count, memo->capacity) =
      (ModuleMemoEntry){file, (*rest)[0] ? (uint32_t)(*rest - dotted) : length};
  return file;
}

/* ---------------------------------------------------------------------------------------
 * Import statements without a parser
 * ------------------------------------------------------------------------------------- */

typedef struct ModuleScanner {
  const char *text;
  uint32_t length;
  uint32_t at;
  int depth;                 /* open brackets: newlines inside them do not end the statement */
} ModuleScanner;

/* Skips spaces, tabs, backslash continuations, comments, and (inside brackets) newlines. */
static void module_scan_space(ModuleScanner *self) {
  while (self->at < self->length) {
    char c = self->text[self->at];
    if (c == ' ' || c == '\t' || c == '\f') {
      self->at++;
    } else if (c == '\\' && self->at + 1 < self->length && (self->text[self->at + 1] == '\n' || self->text[self->at + 1] == '\r')) {
      self->at += 2;
      if (self->at < self->length && self->text[self->at - 1] == '\r' && self->text[self->at] == '\n') self->at++;
    } else if (self->depth > 0 && (c == '\n' || c == '\r')) {
      self->at++;
    } else if (self->depth > 0 && c == '#') {
      /* To the end of the line, which a lone '\r' ends too (Python reads old Mac files). */
      while (self->at < self->length && self->text[self->at] != '\n' && self->text[self->at] != '\r') self->at++;
    } else {
      return;
    }
  }
}

static bool module_scan_char(ModuleScanner *self, char expected) {
  module_scan_space(self);
  if (self->at < self->length && self->text[self->at] == expected) {
    self->at++;
    if (expected == '(') self->depth++;
    if (expected == ')') self->depth--;
    return true;
  }
  return false;
}

static bool module_scan_word(ModuleScanner *self, const char *word) {
  module_scan_space(self);
  size_t length = strlen(word);
  if (self->at + length > self->length || memcmp(self->text + self->at, word, length) != 0) return false;
  if (self->at + length < self->length && source_is_identifier_byte((unsigned char)self->text[self->at + length])) return false;
  self->at += (uint32_t)length;
  return true;
}

/* A dotted name ("a.b.c", with leading dots when `relative`); its extent in *start and *end. */
static bool module_scan_dotted(ModuleScanner *self, bool relative, uint32_t *start, uint32_t *end) {
  module_scan_space(self);
  *start = self->at;
  if (relative) {
    /* Each dot is a token: `from . . import x` is `from .. import x`. */
    while (self->at < self->length && self->text[self->at] == '.') {
      self->at++;
      module_scan_space(self);
    }
  }
  for (;;) {
    module_scan_space(self);
    uint32_t name = self->at;
    while (self->at < self->length && source_is_identifier_byte((unsigned char)self->text[self->at])) self->at++;
    if (self->at - name == 6 && memcmp(self->text + name, "import", 6) == 0) {
      self->at = name; /* `from . import x`: the keyword, not a module */
      break;
    }
    if (self->at == name) break;
    uint32_t after = self->at;
    module_scan_space(self);
    if (self->at < self->length && self->text[self->at] == '.') {
      self->at++;
      continue;
    }
    self->at = after;
    break;
  }
  *end = self->at;
  return *end > *start;
}

/* Where the names a statement emits are put together: a from-import's module stays at the
 * front while each imported name is written after it. Names have no length limit, and a name
 * cut to fit a fixed buffer is another (wrong) name, so the buffer is on the heap and grows
 * to the longest; one per module_scan_imports call. */
typedef struct ModuleEmitter {
  ModuleImportEmit emit;
  void *context;
  char *buffer;
  size_t capacity;
} ModuleEmitter;

static char *module_emitter_reserve(ModuleEmitter *self, size_t size) {
  if (size > self->capacity) {
    size_t capacity = self->capacity ? self->capacity : 256;
    while (capacity < size) capacity *= 2;
    char *buffer = realloc(self->buffer, capacity);
    if (!buffer) abort(); /* as in arena_alloc: running out of memory is not recoverable */
    self->buffer = buffer;
    self->capacity = capacity;
  }
  return self->buffer;
}

/* Writes the dotted name text[start, end) after the first `offset` bytes of the buffer,
 * without the spaces or continuations a statement may have inside it; returns the length of
 * the whole name. */
static size_t module_emitter_put(ModuleEmitter *self, size_t offset, const char *text, uint32_t start, uint32_t end) {
  char *buffer = module_emitter_reserve(self, offset + (end - start));
  size_t used = offset;
  for (uint32_t i = start; i < end; i++) {
    if (text[i] == '.' || source_is_identifier_byte((unsigned char)text[i])) buffer[used++] = text[i];
  }
  return used;
}

static bool module_emitter_emit(ModuleEmitter *self, size_t length, ModuleImportKind kind) {
  return length == 0 || self->emit(self->context, self->buffer, (uint32_t)length, kind);
}

/* After the word "import": `a.b as c, d` or, after `from m` (`from`; the buffer starts with
 * "m." of `prefix_length` bytes), `(x as y, z)`. */
static void module_scan_names(ModuleScanner *self, ModuleEmitter *emitter, bool from, size_t prefix_length) {
  bool bracketed = from && module_scan_char(self, '(');
  for (;;) {
    uint32_t start, end;
    if (!module_scan_dotted(self, false, &start, &end)) break;
    if (!module_emitter_emit(emitter, module_emitter_put(emitter, prefix_length, self->text, start, end),
                             from ? MODULE_IMPORT_NAME : MODULE_IMPORT_WHOLE)) {
      break;
    }
    if (module_scan_word(self, "as")) {
      uint32_t alias_start, alias_end;
      module_scan_dotted(self, false, &alias_start, &alias_end);
    }
    if (!module_scan_char(self, ',')) break;
  }
  if (bracketed) module_scan_char(self, ')');
}

/* Is the `import` at `at` part of a statement that starts at `start`: `import ...`, or
 * `from <module> import ...`? Emits the statement's names if so. */
static bool module_scan_statement(const char *text, uint32_t length, uint32_t start, uint32_t at,
                                  ModuleEmitter *emitter) {
  ModuleScanner scanner = {.text = text, .length = length, .at = start};
  module_scan_space(&scanner);
  if (scanner.at == at) {
    scanner.at = at + 6;
    module_scan_names(&scanner, emitter, false, 0);
    return true;
  }
  if (!module_scan_word(&scanner, "from")) return false;
  uint32_t module_start, module_end;
  if (!module_scan_dotted(&scanner, true, &module_start, &module_end)) return false;
  module_scan_space(&scanner);
  if (scanner.at != at) return false; /* `from x import` must be the whole prefix */
  size_t module_length = module_emitter_put(emitter, 0, text, module_start, module_end);
  if (module_length == 0) return false;
  scanner.at = at + 6;
  bool star = module_scan_char(&scanner, '*');
  if (!module_emitter_emit(emitter, module_length, star ? MODULE_IMPORT_STAR : MODULE_IMPORT_FROM) || star) return true;
  /* The names follow the module and a dot: "a" + "x" is "a.x", "." + "x" is ".x". */
  if (emitter->buffer[module_length - 1] != '.') {
    module_emitter_reserve(emitter, module_length + 1)[module_length] = '.';
    module_length++;
  }
  module_scan_names(&scanner, emitter, true, module_length);
  return true;
}

void module_scan_imports(const char *text, uint32_t length, bool source_text, ModuleImportEmit emit, void *context) {
  /* A UTF-8 byte order mark is no name byte before a first-line `import`: skip it, as
   * source.c does for analysed files (this text may come straight from the file). */
  if (length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
    text += 3;
    length -= 3;
  }
  ModuleEmitter emitter = {.emit = emit, .context = context};
  const char *end = text + length;
  /* strstr is vectorised in glibc where memmem is not; a source text (source.c) is
   * NUL-terminated and holds no NUL, so both find the same there. */
  for (const char *found = text;
       (found = source_text ? strstr(found, "import") : memmem(found, (size_t)(end - found), "import", 6)) != NULL;
       found += 6) {
    uint32_t at = (uint32_t)(found - text);
    if ((at > 0 && source_is_identifier_byte((unsigned char)text[at - 1])) ||
        (at + 6 < length && source_is_identifier_byte((unsigned char)text[at + 6]))) {
      continue;
    }
    /* What precedes it on its line, or after a ';' or a ':' (`try: import x`, `else: from a
     * import b`; no import statement holds one): nothing, or `from <module>`. */
    uint32_t line = at;
    for (;;) {
      while (line > 0 && text[line - 1] != '\n' && text[line - 1] != '\r' && text[line - 1] != ';' &&
             text[line - 1] != ':') {
        line--;
      }
      /* `from a \` + newline + `import b`: the statement began on an earlier line. */
      uint32_t previous = line;
      if (previous > 0 && text[previous - 1] == '\n') previous--;
      if (previous > 0 && text[previous - 1] == '\r') previous--;
      if (previous == line || previous == 0 || text[previous - 1] != '\\') break;
      line = previous - 1;
    }
    /* But a comment that ends in a backslash continues nothing (`# C:\temp\` + newline +
     * `import os`), and without tokenizing the scanner cannot tell: each line of the chain
     * may start the statement. The farthest first, so that `from a \` + `import b` is read
     * whole and not as `import b`. */
    for (;;) {
      if (module_scan_statement(text, length, line, at, &emitter)) break;
      /* A start fails by the first token after it; so would the lines up to that token
       * (spaces and continuations only): the next try is on the line after it. */
      ModuleScanner token = {.text = text, .length = length, .at = line};
      module_scan_space(&token);
      line = token.at;
      while (line < at && text[line] != '\n' && text[line] != '\r') line++;
      if (line >= at) break;
      line += text[line] == '\r' && text[line + 1] == '\n' ? 2 : 1;
    }
  }
  free(emitter.buffer);
}
