/* Unit tests of the module table and the import scanner (src/modules.h) and of the name
 * map under them (src/name_map.h).
 *
 * A table test lays out its files in a fresh temporary directory (mkdtemp), works in it as
 * the working directory, and leaves nothing behind: the per-test teardown (which runs also
 * after a failed assertion longjmps out of the test) goes back to the previous working
 * directory, removes the tree and frees the arena. Scanner tests hand the scanner a copy of
 * the text without a terminating NUL, so that a read past `length` shows under ASan. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <dirent.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "arena.h"
#include "modules.h"
#include "name_map.h"

/* ---------------------------------------------------------------------------------------
 * Fixture: a temporary working directory, an arena, the table, the scanner's output
 * ------------------------------------------------------------------------------------- */

/* Names, space-separated, in a growing heap string. */
typedef struct NameList {
  char *text;
  size_t length;
  size_t capacity;
} NameList;

typedef struct Fixture {
  char root[PATH_MAX];       /* the temporary directory ("" when none) */
  char previous[PATH_MAX];   /* the working directory before the test */
  Arena arena;
  bool arena_live;
  ModuleTable table;
  char *text;                /* the scanner's input, without a NUL */
  NameList names;            /* what the scanner emitted */
  NameList whole;            /* those it emitted as whole modules (`import a.b`) */
  NameList star;             /* those it emitted as star-imported (`from a import *`) */
} Fixture;

static Fixture fixture;

static Arena *fixture_arena(void) {
  if (!fixture.arena_live) {
    arena_init(&fixture.arena);
    fixture.arena_live = true;
  }
  return &fixture.arena;
}

/* Removes `path` and everything under it; symbolic links are removed, not followed. */
static void remove_tree(const char *path) {
  struct stat info;
  if (lstat(path, &info) != 0) return;
  if (S_ISDIR(info.st_mode)) {
    DIR *directory = opendir(path);
    if (directory) {
      struct dirent *entry;
      while ((entry = readdir(directory)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        char child[PATH_MAX];
        if (snprintf(child, sizeof child, "%s/%s", path, entry->d_name) >= (int)sizeof child) continue;
        remove_tree(child);
      }
      closedir(directory);
    }
    rmdir(path);
  } else {
    unlink(path);
  }
}

static int fixture_release(void **state) {
  (void)state;
  if (fixture.previous[0] && chdir(fixture.previous) != 0) perror("chdir back");
  if (fixture.root[0]) remove_tree(fixture.root);
  if (fixture.arena_live) arena_free(&fixture.arena);
  free(fixture.text);
  free(fixture.names.text);
  free(fixture.whole.text);
  free(fixture.star.text);
  memset(&fixture, 0, sizeof fixture);
  return 0;
}

static int tree_setup(void **state) {
  (void)state;
  memset(&fixture, 0, sizeof fixture);
  const char *tmp = getenv("TMPDIR");
  snprintf(fixture.root, sizeof fixture.root, "%s/looplint-modules-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
  if (!getcwd(fixture.previous, sizeof fixture.previous) || !mkdtemp(fixture.root)) {
    perror("tree_setup");
    fixture.root[0] = '\0';
    return -1;
  }
  /* mkdtemp's name may go through a symbolic link (/tmp on some systems): the tests compare
   * against the real path. */
  char real[PATH_MAX];
  bool resolved = realpath(fixture.root, real) != NULL;
  if (resolved) memcpy(fixture.root, real, sizeof real);
  if (!resolved || chdir(fixture.root) != 0) {
    perror("tree_setup");
    fixture_release(state); /* cmocka runs no teardown after a failed setup */
    return -1;
  }
  return 0;
}

/* Creates directory `path` and its parents (relative to the working directory). */
static void make_directories(const char *path) {
  char partial[PATH_MAX];
  size_t length = strlen(path);
  assert_true(length < sizeof partial);
  for (size_t i = 1; i <= length; i++) {
    if (path[i] == '/' || path[i] == '\0') {
      memcpy(partial, path, i);
      partial[i] = '\0';
      if (mkdir(partial, 0755) != 0) {
        struct stat info;
        if (stat(partial, &info) != 0 || !S_ISDIR(info.st_mode)) fail_msg("cannot create directory %s", partial);
      }
    }
  }
}

/* Creates an empty file at `path`, and the directories above it. */
static void touch(const char *path) {
  const char *slash = strrchr(path, '/');
  if (slash && slash != path) {
    char parent[PATH_MAX];
    size_t length = (size_t)(slash - path);
    assert_true(length < sizeof parent);
    memcpy(parent, path, length);
    parent[length] = '\0';
    make_directories(parent);
  }
  FILE *file = fopen(path, "w");
  if (!file) fail_msg("cannot create %s", path);
  fclose(file);
}

#define PATHS(...) \
  ((const char *const[]){__VA_ARGS__}), (uint32_t)(sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

/* Builds the table for `paths` as they are on disk (nothing is created). */
static const ModuleTable *table_build(const char *const *paths, uint32_t count) {
  module_table_build(&fixture.table, fixture_arena(), paths, count);
  assert_int_equal(fixture.table.count, count);
  return &fixture.table;
}

/* Creates each file of `paths`, then builds the table for them. */
static const ModuleTable *table_run(const char *const *paths, uint32_t count) {
  for (uint32_t i = 0; i < count; i++) touch(paths[i]);
  return table_build(paths, count);
}

/* The index of the file given as `path` (spelled as in the run). */
static uint32_t file_of(const char *path) {
  for (uint32_t i = 0; i < fixture.table.count; i++) {
    if (strcmp(fixture.table.files[i].path, path) == 0) return i;
  }
  fail_msg("%s is not a file of the run", path);
  return MODULE_NONE;
}

static void assert_module(const char *path, const char *name) {
  const ModuleFile *file = &fixture.table.files[file_of(path)];
  if (strcmp(file->name, name) != 0) fail_msg("%s is named \"%s\", expected \"%s\"", path, file->name, name);
}

static void assert_key(const char *path, const char *key) {
  const ModuleFile *file = &fixture.table.files[file_of(path)];
  if (strcmp(file->key, key) != 0) fail_msg("%s has key \"%s\", expected \"%s\"", path, file->key, key);
}

/* `dotted` as `from` imports it resolves to the file given as `expected` (NULL: to no file)
 * with `rest` after it. */
static void assert_resolves(const char *from, const char *dotted, const char *expected, const char *rest) {
  uint32_t from_index = from ? file_of(from) : MODULE_NONE;
  const char *found_rest = "(unset)";
  uint32_t found = module_table_resolve(&fixture.table, from_index, dotted, &found_rest);
  const char *found_path = found == MODULE_NONE ? "(none)" : found < fixture.table.count ? fixture.table.files[found].path
                                                                                           : "(out of range)";
  const char *context = from ? from : "(no file)";
  if (!expected) {
    if (found != MODULE_NONE) fail_msg("%s: \"%s\" resolved to %s, expected no file", context, dotted, found_path);
    return;
  }
  if (found != file_of(expected)) fail_msg("%s: \"%s\" resolved to %s, expected %s", context, dotted, found_path, expected);
  if (strcmp(found_rest, rest) != 0) {
    fail_msg("%s: \"%s\" -> %s with rest \"%s\", expected \"%s\"", context, dotted, found_path, found_rest, rest);
  }
  /* The rest points into the query, so a caller can use it without a copy. */
  assert_true(found_rest >= dotted && found_rest <= dotted + strlen(dotted));
}

/* ---------------------------------------------------------------------------------------
 * Scanner helpers
 * ------------------------------------------------------------------------------------- */

static void name_list_add(NameList *self, const char *name, uint32_t length) {
  if (self->length + length + 2 > self->capacity) {
    size_t capacity = (self->length + length + 2) * 2;
    char *grown = realloc(self->text, capacity);
    assert_non_null(grown);
    self->text = grown;
    self->capacity = capacity;
  }
  if (self->length) self->text[self->length++] = ' ';
  memcpy(self->text + self->length, name, length);
  self->length += length;
  self->text[self->length] = '\0';
}

static void name_list_clear(NameList *self) {
  self->length = 0;
  if (self->text) self->text[0] = '\0';
}

static const char *name_list_text(const NameList *self) {
  return self->length ? self->text : "";
}

static bool collect_name(void *context, const char *name, uint32_t length, ModuleImportKind kind) {
  Fixture *self = context;
  assert_true(length > 0);
  name_list_add(&self->names, name, length);
  if (kind == MODULE_IMPORT_WHOLE) name_list_add(&self->whole, name, length);
  if (kind == MODULE_IMPORT_STAR) name_list_add(&self->star, name, length);
  return true;
}

/* What the scanner emits for `length` bytes of `text`, space-separated ("" for nothing). */
static const char *scan_bytes(const char *text, size_t length) {
  free(fixture.text);
  fixture.text = malloc(length ? length : 1);
  assert_non_null(fixture.text);
  memcpy(fixture.text, text, length);
  name_list_clear(&fixture.names);
  name_list_clear(&fixture.whole);
  name_list_clear(&fixture.star);
  module_scan_imports(fixture.text, (uint32_t)length, false, collect_name, &fixture);
  /* A source text (NUL-terminated, no NUL inside) takes the faster search: same names. */
  if (!memchr(text, '\0', length)) {
    char *before = strdup(name_list_text(&fixture.names));
    char *terminated = malloc(length + 1);
    assert_non_null(before);
    assert_non_null(terminated);
    memcpy(terminated, text, length);
    terminated[length] = '\0';
    name_list_clear(&fixture.names);
    name_list_clear(&fixture.whole);
  name_list_clear(&fixture.star);
    module_scan_imports(terminated, (uint32_t)length, true, collect_name, &fixture);
    assert_string_equal(name_list_text(&fixture.names), before);
    free(terminated);
    free(before);
  }
  return name_list_text(&fixture.names);
}

static const char *scan(const char *text) {
  return scan_bytes(text, strlen(text));
}

static void assert_scan(const char *text, const char *expected) {
  const char *names = scan(text);
  if (strcmp(names, expected) != 0) fail_msg("scanning:\n%s\nemitted \"%s\", expected \"%s\"", text, names, expected);
}

/* Does the space-separated list `names` hold `name`? */
static bool names_hold(const char *names, const char *name) {
  size_t length = strlen(name);
  for (const char *at = names; (at = strstr(at, name)) != NULL; at++) {
    if ((at == names || at[-1] == ' ') && (at[length] == ' ' || at[length] == '\0')) return true;
  }
  return false;
}

/* The scanner may over-approximate: every name of `expected` (space-separated) must be among
 * those emitted, and more may be. */
static void assert_scan_holds(const char *text, const char *expected) {
  const char *names = scan(text);
  char copy[1024];
  assert_true(strlen(expected) < sizeof copy);
  strcpy(copy, expected);
  for (char *name = copy; *name;) {
    char *end = strchr(name, ' ');
    if (end) *end = '\0';
    if (!names_hold(names, name)) fail_msg("scanning:\n%s\nemitted \"%s\", without \"%s\"", text, names, name);
    if (!end) break;
    name = end + 1;
  }
}

/* ---------------------------------------------------------------------------------------
 * Name map
 * ------------------------------------------------------------------------------------- */

static void name_map_put_get_and_overwrite(void **state) {
  (void)state;
  NameMap map;
  name_map_init(&map, fixture_arena());
  assert_int_equal(name_map_get(&map, "a", 1), NAME_MAP_ABSENT); /* empty map: no slots yet */
  assert_int_equal(name_map_put(&map, "alpha", 5, 1), NAME_MAP_ABSENT);
  assert_int_equal(name_map_put(&map, "beta", 4, 2), NAME_MAP_ABSENT);
  assert_int_equal(name_map_get(&map, "alpha", 5), 1);
  assert_int_equal(name_map_get(&map, "beta", 4), 2);
  assert_int_equal(name_map_put(&map, "alpha", 5, 7), 1);
  assert_int_equal(name_map_get(&map, "alpha", 5), 7);
  assert_int_equal(map.count, 2);
  /* Keys are byte strings of a given length: a prefix is another key. */
  assert_int_equal(name_map_get(&map, "alphabet", 4), NAME_MAP_ABSENT);
  assert_int_equal(name_map_get(&map, "alphabet", 5), 7);
  assert_int_equal(name_map_put(&map, "", 0, 3), NAME_MAP_ABSENT);
  assert_int_equal(name_map_get(&map, "", 0), 3);
  assert_int_equal(name_map_get(&map, "x", 0), 3);
}

static void name_map_grows_and_keeps_everything(void **state) {
  (void)state;
  Arena *arena = fixture_arena();
  NameMap map;
  name_map_init(&map, arena);
  enum { COUNT = 5000 };
  const char *keys[COUNT];
  for (uint32_t i = 0; i < COUNT; i++) {
    keys[i] = arena_sprintf(arena, "pkg.module_%u", i);
    assert_int_equal(name_map_put(&map, keys[i], (uint32_t)strlen(keys[i]), i), NAME_MAP_ABSENT);
  }
  assert_int_equal(map.count, COUNT);
  assert_true(map.count * 4 <= map.capacity * 3);
  assert_int_equal(map.capacity & (map.capacity - 1), 0);
  for (uint32_t i = 0; i < COUNT; i++) assert_int_equal(name_map_get(&map, keys[i], (uint32_t)strlen(keys[i])), i);
  assert_int_equal(name_map_get(&map, "pkg.module_5000", 15), NAME_MAP_ABSENT);
}

static void name_map_reserve_sizes_up_front(void **state) {
  (void)state;
  Arena *arena = fixture_arena();
  NameMap map;
  name_map_init(&map, arena);
  name_map_put(&map, "kept", 4, 42);
  name_map_reserve(&map, 100);
  uint32_t capacity = map.capacity;
  assert_int_equal(capacity & (capacity - 1), 0);
  assert_int_equal(name_map_get(&map, "kept", 4), 42); /* resizing keeps the keys */
  for (uint32_t i = 0; i < 99; i++) {
    const char *key = arena_sprintf(arena, "k%u", i);
    name_map_put(&map, key, (uint32_t)strlen(key), i);
  }
  assert_int_equal(map.count, 100);
  assert_int_equal(map.capacity, capacity); /* no growth for what was reserved */
  name_map_reserve(&map, 10);
  assert_int_equal(map.capacity, capacity); /* never shrinks */
  assert_int_equal(name_map_get(&map, "k98", 3), 98);
  assert_int_equal(name_map_get(&map, "kept", 4), 42);
}

/* ---------------------------------------------------------------------------------------
 * Module names
 * ------------------------------------------------------------------------------------- */

static void flat_scripts_are_named_by_stem(void **state) {
  (void)state;
  table_run(PATHS("main.py", "util.py", "tools/gen.py"));
  assert_module("main.py", "main");
  assert_module("util.py", "util");
  assert_module("tools/gen.py", "gen"); /* a directory without __init__.py is no package */
  assert_false(fixture.table.files[file_of("main.py")].is_package);
  assert_resolves("main.py", "util", "util.py", "");
  assert_resolves("main.py", "util.helper", "util.py", "helper");
  assert_resolves("main.py", "util.helper.deep", "util.py", "helper.deep");
  assert_resolves("main.py", "gen", "tools/gen.py", "");
  assert_resolves("main.py", "os", NULL, NULL);
  assert_resolves("main.py", "os.path", NULL, NULL);
  assert_resolves("main.py", "", NULL, NULL);
  /* An absolute import does not depend on the importing file. */
  assert_resolves(NULL, "util.x", "util.py", "x");
}

static void nested_packages_are_named_from_the_root(void **state) {
  (void)state;
  table_run(PATHS("pkg/__init__.py", "pkg/client.py", "pkg/server/__init__.py", "pkg/server/main.py",
                  "pkg/server/handlers.py", "app.py"));
  assert_module("pkg/__init__.py", "pkg");
  assert_module("pkg/client.py", "pkg.client");
  assert_module("pkg/server/__init__.py", "pkg.server");
  assert_module("pkg/server/main.py", "pkg.server.main");
  assert_module("app.py", "app");
  assert_true(fixture.table.files[file_of("pkg/server/__init__.py")].is_package);
  assert_key("pkg/server/__init__.py", "pkg/server");
  assert_key("pkg/server/main.py", "pkg/server/main");
  assert_resolves("app.py", "pkg", "pkg/__init__.py", "");
  assert_resolves("app.py", "pkg.server", "pkg/server/__init__.py", "");
  assert_resolves("app.py", "pkg.server.main", "pkg/server/main.py", "");
  assert_resolves("app.py", "pkg.server.main.run", "pkg/server/main.py", "run");
  /* Longest prefix that is a module: the rest is a name in it. */
  assert_resolves("app.py", "pkg.server.missing", "pkg/server/__init__.py", "missing");
  assert_resolves("app.py", "pkg.server.missing.deeper", "pkg/server/__init__.py", "missing.deeper");
  assert_resolves("app.py", "pkg.nothing", "pkg/__init__.py", "nothing");
  /* Not by a suffix of a package's module name. */
  assert_resolves("app.py", "server.main", NULL, NULL);
  assert_resolves("app.py", "client", NULL, NULL);
}

static void name_in_module_is_the_rest(void **state) {
  (void)state;
  /* The header's example: `main` is a function of pkg/server.py. */
  table_run(PATHS("pkg/__init__.py", "pkg/server.py"));
  assert_resolves("pkg/__init__.py", "pkg.server.main", "pkg/server.py", "main");
}

static void packages_found_on_disk_above_the_run(void **state) {
  (void)state;
  touch("pkg/__init__.py");
  touch("pkg/sub/__init__.py");
  table_run(PATHS("pkg/sub/mod.py"));
  assert_module("pkg/sub/mod.py", "pkg.sub.mod");
  assert_resolves("pkg/sub/mod.py", "pkg.sub.mod.f", "pkg/sub/mod.py", "f");
}

static void run_files_answer_before_the_file_system(void **state) {
  (void)state;
  /* pkg/__init__.py is a file of the run, but not (yet) on disk. */
  touch("pkg/mod.py");
  table_build(PATHS("pkg/__init__.py", "pkg/mod.py"));
  assert_module("pkg/mod.py", "pkg.mod");
  assert_module("pkg/__init__.py", "pkg");
}

static void src_layout_names_from_the_package_root(void **state) {
  (void)state;
  table_run(PATHS("src/pkg/__init__.py", "src/pkg/mod.py", "src/pkg/sub/__init__.py", "src/pkg/sub/deep.py",
                  "tests/test_mod.py"));
  assert_module("src/pkg/__init__.py", "pkg");
  assert_module("src/pkg/mod.py", "pkg.mod");
  assert_module("src/pkg/sub/deep.py", "pkg.sub.deep");
  assert_module("tests/test_mod.py", "test_mod");
  assert_resolves("tests/test_mod.py", "pkg.mod", "src/pkg/mod.py", "");
  assert_resolves("tests/test_mod.py", "pkg.mod.helper", "src/pkg/mod.py", "helper");
  assert_resolves("tests/test_mod.py", "pkg.sub.deep.X", "src/pkg/sub/deep.py", "X");
  assert_resolves("tests/test_mod.py", "pkg", "src/pkg/__init__.py", "");
  /* `src` is a directory, not a package: `import src.pkg.mod` finds the file by its path. */
  assert_resolves("tests/test_mod.py", "src.pkg.mod", "src/pkg/mod.py", "");
}

static void namespace_package_resolves_by_unique_suffix(void **state) {
  (void)state;
  table_run(PATHS("ns/sub/mod.py", "ns/sub/other.py", "ns/regular/__init__.py", "ns/regular/inner.py", "app.py"));
  assert_module("ns/sub/mod.py", "mod");
  assert_module("ns/regular/inner.py", "regular.inner");
  assert_resolves("app.py", "ns.sub.mod", "ns/sub/mod.py", "");
  assert_resolves("app.py", "ns.sub.mod.f", "ns/sub/mod.py", "f");
  assert_resolves("app.py", "sub.mod", "ns/sub/mod.py", "");
  assert_resolves("app.py", "ns.sub.other", "ns/sub/other.py", "");
  /* A regular package inside a namespace package. */
  assert_resolves("app.py", "ns.regular.inner.g", "ns/regular/inner.py", "g");
  assert_resolves("app.py", "ns.regular", "ns/regular/__init__.py", "");
  assert_resolves("app.py", "regular.inner", "ns/regular/inner.py", "");
  /* A namespace directory is no file of the run. */
  assert_resolves("app.py", "ns.sub", NULL, NULL);
  assert_resolves("app.py", "ns", NULL, NULL);
  /* The path must end with whole components. */
  assert_resolves("app.py", "s.sub.mod", NULL, NULL);
  assert_resolves("app.py", "b.mod", NULL, NULL);
  /* More components than the path has. */
  assert_resolves("app.py", "x.ns.regular.inner", NULL, NULL);
}

static void namespace_package_ambiguous_suffix_resolves_to_none(void **state) {
  (void)state;
  table_run(PATHS("a/ns/mod.py", "b/ns/mod.py", "app.py"));
  assert_resolves("app.py", "ns.mod", NULL, NULL);
  assert_resolves("app.py", "ns.mod.f", NULL, NULL);
  /* Exact module names ("mod") are ambiguous too. */
  assert_resolves("app.py", "mod", NULL, NULL);
  /* A longer suffix tells them apart. */
  assert_resolves("app.py", "a.ns.mod", "a/ns/mod.py", "");
  assert_resolves("app.py", "b.ns.mod.f", "b/ns/mod.py", "f");
}

static void namespace_suffix_needs_whole_directory_names(void **state) {
  (void)state;
  /* A directory named "my.dir" is one path component; it cannot end in "dir". */
  table_run(PATHS("my.dir/ns/mod.py", "app.py"));
  assert_resolves("app.py", "ns.mod", "my.dir/ns/mod.py", "");
  assert_resolves("app.py", "dir.ns.mod", NULL, NULL);
  assert_resolves("app.py", "my.dir.ns.mod", NULL, NULL);
}

static void local_module_does_not_capture_stdlib_name(void **state) {
  (void)state;
  table_run(PATHS("mypkg/__init__.py", "mypkg/json.py", "mypkg/user.py", "app.py"));
  assert_module("mypkg/json.py", "mypkg.json");
  assert_resolves("app.py", "json", NULL, NULL);
  assert_resolves("app.py", "json.decoder", NULL, NULL);
  assert_resolves("app.py", "json.loads", NULL, NULL);
  assert_resolves("mypkg/user.py", "json", NULL, NULL);
  assert_resolves("app.py", "mypkg.json", "mypkg/json.py", "");
  assert_resolves("app.py", "mypkg.json.loads", "mypkg/json.py", "loads");
  assert_resolves("mypkg/user.py", ".json", "mypkg/json.py", "");
}

static void two_conftests_are_ambiguous(void **state) {
  (void)state;
  table_run(PATHS("tests/conftest.py", "tests/unit/conftest.py", "tests/unit/test_a.py"));
  assert_module("tests/conftest.py", "conftest");
  assert_module("tests/unit/conftest.py", "conftest");
  assert_resolves("tests/unit/test_a.py", "conftest", NULL, NULL);
  assert_resolves("tests/unit/test_a.py", "conftest.fixture", NULL, NULL);
  /* Through their directories they are unique. */
  assert_resolves("tests/unit/test_a.py", "unit.conftest", "tests/unit/conftest.py", "");
  assert_resolves("tests/unit/test_a.py", "tests.conftest", "tests/conftest.py", "");
  /* Relative imports follow the directories. */
  assert_resolves("tests/unit/test_a.py", ".conftest", "tests/unit/conftest.py", "");
  assert_resolves("tests/unit/test_a.py", "..conftest.f", "tests/conftest.py", "f");
}

static void ambiguous_prefix_does_not_fall_back_to_a_shorter_one(void **state) {
  (void)state;
  /* "tools.json" is a module of the run twice over: the import names it, not a name "json"
   * in tools.py. */
  table_run(PATHS("a/tools/json.py", "b/tools/json.py", "tools.py", "app.py"));
  assert_resolves("app.py", "tools.json", NULL, NULL);
  assert_resolves("app.py", "tools.json.loads", NULL, NULL);
  assert_resolves("app.py", "tools.other", "tools.py", "other");
  assert_resolves("app.py", "a.tools.json.loads", "a/tools/json.py", "loads");
}

static void two_packages_with_the_same_name_are_ambiguous(void **state) {
  (void)state;
  table_run(PATHS("one/pkg/__init__.py", "one/pkg/mod.py", "two/pkg/__init__.py", "two/pkg/mod.py", "app.py"));
  assert_resolves("app.py", "pkg", NULL, NULL);
  assert_resolves("app.py", "pkg.mod", NULL, NULL);
  assert_resolves("app.py", "one.pkg.mod", "one/pkg/mod.py", "");
  assert_resolves("one/pkg/mod.py", ".", "one/pkg/__init__.py", "");
}

/* ---------------------------------------------------------------------------------------
 * Relative imports
 * ------------------------------------------------------------------------------------- */

static void relative_imports_one_and_two_levels(void **state) {
  (void)state;
  table_run(PATHS("pkg/__init__.py", "pkg/a.py", "pkg/sub/__init__.py", "pkg/sub/b.py", "pkg/sub/c.py",
                  "pkg/sub/inner/__init__.py", "pkg/sub/inner/d.py"));
  const char *b = "pkg/sub/b.py";
  assert_resolves(b, ".c", "pkg/sub/c.py", "");
  assert_resolves(b, ".c.f", "pkg/sub/c.py", "f");
  assert_resolves(b, ".c.f.g", "pkg/sub/c.py", "f.g");
  assert_resolves(b, ".inner.d", "pkg/sub/inner/d.py", "");
  assert_resolves(b, "..a", "pkg/a.py", "");
  assert_resolves(b, "..a.g", "pkg/a.py", "g");
  assert_resolves(b, "..sub.c", "pkg/sub/c.py", "");
  assert_resolves(b, ".", "pkg/sub/__init__.py", "");
  assert_resolves(b, "..", "pkg/__init__.py", "");
  /* From a package's __init__.py, "." is the package itself. */
  assert_resolves("pkg/sub/__init__.py", ".c", "pkg/sub/c.py", "");
  assert_resolves("pkg/sub/__init__.py", "..a", "pkg/a.py", "");
  assert_resolves("pkg/__init__.py", ".a", "pkg/a.py", "");
  assert_resolves("pkg/sub/inner/d.py", "...a", "pkg/a.py", "");
  assert_resolves("pkg/sub/inner/d.py", "..c", "pkg/sub/c.py", "");
}

static void relative_import_of_submodule_or_name(void **state) {
  (void)state;
  table_run(PATHS("pkg/__init__.py", "pkg/x.py", "pkg/sub/__init__.py", "pkg/sub/user.py"));
  /* `from . import x` is scanned as "." and ".x": x a submodule ... */
  assert_resolves("pkg/__init__.py", ".x", "pkg/x.py", "");
  /* ... or a name in __init__.py: the package, rest "x". */
  assert_resolves("pkg/sub/user.py", ".x", "pkg/sub/__init__.py", "x");
  assert_resolves("pkg/sub/user.py", "..x", "pkg/x.py", "");
  assert_resolves("pkg/sub/user.py", "..y", "pkg/__init__.py", "y");
  assert_resolves("pkg/sub/user.py", "..y.z", "pkg/__init__.py", "y.z");
}

static void relative_import_above_the_run_is_none(void **state) {
  (void)state;
  table_run(PATHS("pkg/__init__.py", "pkg/a.py", "pkg/sub/__init__.py", "pkg/sub/b.py", "top.py", "x.py"));
  /* Relative imports follow the directories, up to the working directory ... */
  assert_resolves("pkg/sub/b.py", "...x", "x.py", "");
  assert_resolves("pkg/sub/b.py", "...", NULL, NULL);     /* no __init__.py there */
  /* ... and not above it. */
  assert_resolves("pkg/sub/b.py", "....x", NULL, NULL);
  assert_resolves("pkg/sub/b.py", ".....", NULL, NULL);
  assert_resolves("top.py", "..x", NULL, NULL);
  assert_resolves("top.py", "..", NULL, NULL);
  assert_resolves("pkg/a.py", "...", NULL, NULL);
  assert_resolves("pkg/a.py", "..........................a", NULL, NULL);
  /* A relative import needs a file to start from. */
  assert_resolves(NULL, ".a", NULL, NULL);
  const char *rest = "(unset)";
  assert_int_equal(module_table_resolve(&fixture.table, fixture.table.count, ".a", &rest), MODULE_NONE);
}

static void relative_import_in_directory_without_init(void **state) {
  (void)state;
  table_run(PATHS("tools/a.py", "tools/b.py"));
  assert_resolves("tools/a.py", ".b", "tools/b.py", "");
  assert_resolves("tools/a.py", ".b.f", "tools/b.py", "f");
  assert_resolves("tools/a.py", ".missing", NULL, NULL);
  assert_resolves("tools/a.py", ".", NULL, NULL);
}

static void relative_import_in_scripts_of_the_working_directory(void **state) {
  (void)state;
  table_run(PATHS("a.py", "b.py"));
  assert_resolves("a.py", ".b", "b.py", "");
  assert_resolves("a.py", ".b.c", "b.py", "c");
  assert_resolves("a.py", ".", NULL, NULL);
}

/* ---------------------------------------------------------------------------------------
 * Stubs, and packages beside modules
 * ------------------------------------------------------------------------------------- */

static void stub_and_module_are_one_module(void **state) {
  (void)state;
  table_run(PATHS("pkg/__init__.py", "pkg/mod.py", "pkg/mod.pyi", "pkg/sub.pyi", "ns/m.py", "ns/m.pyi", "app.py"));
  assert_module("pkg/mod.py", "pkg.mod");
  assert_module("pkg/mod.pyi", "pkg.mod");
  assert_key("pkg/mod.pyi", "pkg/mod");
  assert_module("pkg/sub.pyi", "pkg.sub");
  /* Not ambiguous: the first (the .py, as sorted discovery lists it) stands for both. */
  assert_resolves("app.py", "pkg.mod", "pkg/mod.py", "");
  assert_resolves("app.py", "pkg.mod.f", "pkg/mod.py", "f");
  assert_resolves("app.py", "pkg.sub.T", "pkg/sub.pyi", "T");
  assert_resolves("pkg/__init__.py", ".mod", "pkg/mod.py", "");
  assert_resolves("app.py", "ns.m", "ns/m.py", "");
  assert_resolves("app.py", "m", "ns/m.py", "");
}

static void stub_only_package(void **state) {
  (void)state;
  /* A package of stubs: its __init__.pyi, a file of the run, makes it a package. */
  table_run(PATHS("stubs/__init__.pyi", "stubs/m.pyi", "app.py"));
  assert_module("stubs/__init__.pyi", "stubs");
  assert_true(fixture.table.files[file_of("stubs/__init__.pyi")].is_package);
  assert_module("stubs/m.pyi", "stubs.m");
  assert_resolves("app.py", "stubs.m.T", "stubs/m.pyi", "T");
  assert_resolves("stubs/m.pyi", ".", "stubs/__init__.pyi", "");
}

static void package_wins_over_module_of_the_same_name(void **state) {
  (void)state;
  /* Python's path finder takes the package directory before tools.py; sorted discovery
   * lists tools.py first ('.' < '/'). */
  table_run(PATHS("tools.py", "tools/__init__.py", "tools/x.py"));
  assert_module("tools.py", "tools");
  assert_module("tools/__init__.py", "tools");
  assert_module("tools/x.py", "tools.x");
  assert_resolves("tools/x.py", "tools", "tools/__init__.py", "");
  assert_resolves("tools/x.py", "tools.f", "tools/__init__.py", "f");
  assert_resolves("tools/x.py", "tools.x", "tools/x.py", "");
  assert_resolves("tools/x.py", ".", "tools/__init__.py", "");
  assert_resolves("tools/x.py", ".name", "tools/__init__.py", "name");
}

static void module_beside_namespace_directory(void **state) {
  (void)state;
  /* tools/ has no __init__.py: `from . import name` in it must not reach tools.py. */
  table_run(PATHS("tools.py", "tools/x.py"));
  assert_resolves("tools/x.py", "tools", "tools.py", "");
  assert_resolves("tools/x.py", ".name", NULL, NULL);
  assert_resolves("tools/x.py", ".", NULL, NULL);
}

/* ---------------------------------------------------------------------------------------
 * Path spellings
 * ------------------------------------------------------------------------------------- */

static void path_spellings_are_normalized(void **state) {
  (void)state;
  make_directories("other");
  table_run(PATHS("./pkg/mod.py", "pkg//__init__.py", "other/../top.py", "./pkg/./sub/../util.py", "pkg///deep//x.py"));
  assert_key("./pkg/mod.py", "pkg/mod");
  assert_key("pkg//__init__.py", "pkg");
  assert_key("other/../top.py", "top");
  assert_key("./pkg/./sub/../util.py", "pkg/util");
  assert_key("pkg///deep//x.py", "pkg/deep/x");
  assert_module("./pkg/mod.py", "pkg.mod");
  assert_module("pkg//__init__.py", "pkg");
  assert_module("other/../top.py", "top");
  assert_module("./pkg/./sub/../util.py", "pkg.util");
  assert_module("pkg///deep//x.py", "x"); /* pkg/deep has no __init__.py */
  /* The path stays as discovered, for the user. */
  assert_string_equal(fixture.table.files[file_of("./pkg/mod.py")].path, "./pkg/mod.py");
  assert_resolves("other/../top.py", "pkg.mod", "./pkg/mod.py", "");
  assert_resolves("./pkg/mod.py", ".util", "./pkg/./sub/../util.py", "");
  assert_resolves("./pkg/mod.py", ".", "pkg//__init__.py", "");
  assert_resolves("other/../top.py", "pkg.util.f", "./pkg/./sub/../util.py", "f");
}

static void path_spellings_above_the_working_directory(void **state) {
  (void)state;
  /* Work in root/work; the run names files through "..". */
  touch("lib/pkg/__init__.py");
  touch("lib/pkg/mod.py");
  touch("lib/other/x.py");
  make_directories("work");
  assert_int_equal(chdir("work"), 0);
  table_build(PATHS("../lib/pkg/__init__.py", "../lib/pkg/mod.py", "../lib/other/../pkg/./mod.py", "../lib/other/x.py",
                    "../x/../lib/other/x.py"));
  assert_key("../lib/pkg/mod.py", "../lib/pkg/mod");
  assert_key("../lib/other/../pkg/./mod.py", "../lib/pkg/mod");
  assert_key("../x/../lib/other/x.py", "../lib/other/x");
  assert_key("../lib/pkg/__init__.py", "../lib/pkg");
  assert_module("../lib/pkg/mod.py", "pkg.mod");
  assert_module("../lib/other/x.py", "x");
  assert_resolves("../lib/other/x.py", "pkg.mod", "../lib/pkg/mod.py", "");
  assert_resolves("../lib/pkg/__init__.py", ".mod", "../lib/pkg/mod.py", "");
  assert_resolves("../lib/pkg/mod.py", ".", "../lib/pkg/__init__.py", "");
  /* Relative imports follow the directories, also through "..". */
  assert_resolves("../lib/other/x.py", "..pkg.mod", "../lib/pkg/mod.py", "");
  assert_resolves("../lib/other/x.py", "....x", NULL, NULL);
}

static void absolute_paths(void **state) {
  (void)state;
  Arena *arena = fixture_arena();
  touch("apkg/__init__.py");
  touch("apkg/m.py");
  touch("apkg/sub/__init__.py");
  touch("apkg/sub/n.py");
  const char *init = arena_sprintf(arena, "%s/apkg/__init__.py", fixture.root);
  const char *m = arena_sprintf(arena, "%s/apkg/m.py", fixture.root);
  const char *n = arena_sprintf(arena, "%s//apkg/sub/./n.py", fixture.root);
  const char *sub = arena_sprintf(arena, "%s/apkg/sub/__init__.py", fixture.root);
  const char *above_root = arena_sprintf(arena, "/../..%s/apkg/sub/../m.py", fixture.root);
  table_build(PATHS(init, m, n, sub, above_root));
  assert_key(above_root, arena_sprintf(arena, "%s/apkg/m", fixture.root));
  assert_module(above_root, "apkg.m");
  assert_module(init, "apkg");
  assert_module(m, "apkg.m");
  assert_module(n, "apkg.sub.n");
  assert_key(n, arena_sprintf(arena, "%s/apkg/sub/n", fixture.root));
  assert_resolves(m, "apkg.sub.n.f", n, "f");
  assert_resolves(n, "..m", m, "");
  assert_resolves(n, ".", sub, "");
  assert_resolves(init, ".sub.n", n, "");
  assert_resolves(n, "...anything", NULL, NULL);
}

static void absolute_path_near_the_root(void **state) {
  (void)state;
  /* Relative imports from a file directly below "/" must stay absolute: going up from "/a"
   * is "/", and above "/" there is nothing (never the working directory). */
  touch("x.py");
  table_build(PATHS("/nonexistent-looplint-dir/a/mod.py", "/nonexistent-looplint-dir/mod.py", "/looplint_top.py", "x.py"));
  assert_key("/nonexistent-looplint-dir/a/mod.py", "/nonexistent-looplint-dir/a/mod");
  assert_key("/looplint_top.py", "/looplint_top");
  assert_resolves("/nonexistent-looplint-dir/a/mod.py", "..mod", "/nonexistent-looplint-dir/mod.py", "");
  assert_resolves("/nonexistent-looplint-dir/mod.py", "..looplint_top.f", "/looplint_top.py", "f");
  assert_resolves("/looplint_top.py", ".looplint_top", "/looplint_top.py", "");
  assert_resolves("/looplint_top.py", "..looplint_top", NULL, NULL);
  assert_resolves("/nonexistent-looplint-dir/mod.py", "..x", NULL, NULL);
  assert_resolves("/nonexistent-looplint-dir/mod.py", "...x", NULL, NULL);
  assert_resolves("/nonexistent-looplint-dir/mod.py", "....x", NULL, NULL);
}

static void working_directory_is_a_package(void **state) {
  (void)state;
  make_directories("proj");
  assert_int_equal(chdir("proj"), 0);
  table_run(PATHS("__init__.py", "mod.py", "sub/__init__.py", "sub/x.py", "./other.py"));
  assert_module("__init__.py", "proj");
  assert_module("mod.py", "proj.mod");
  assert_module("sub/__init__.py", "proj.sub");
  assert_module("sub/x.py", "proj.sub.x");
  assert_module("./other.py", "proj.other");
  assert_key("__init__.py", "");
  assert_true(fixture.table.files[file_of("__init__.py")].is_package);
  assert_resolves("sub/x.py", "proj.mod.f", "mod.py", "f");
  assert_resolves("sub/x.py", "proj", "__init__.py", "");
  assert_resolves("sub/x.py", "..mod", "mod.py", "");
  assert_resolves("sub/x.py", "..", "__init__.py", "");
  assert_resolves("sub/x.py", "..name", "__init__.py", "name");
  assert_resolves("mod.py", ".sub.x", "sub/x.py", "");
  assert_resolves("mod.py", ".", "__init__.py", "");
  assert_resolves("__init__.py", ".mod", "mod.py", "");
  /* The names do not start with the stems. */
  assert_resolves("mod.py", "mod", NULL, NULL);
}

static void working_directory_is_a_package_found_on_disk(void **state) {
  (void)state;
  touch("proj/__init__.py");
  touch("proj/inner/__init__.py");
  assert_int_equal(chdir("proj/inner"), 0);
  table_run(PATHS("mod.py"));
  assert_module("mod.py", "proj.inner.mod");
  assert_resolves("mod.py", "proj.inner.mod", "mod.py", "");
}

static void empty_run(void **state) {
  (void)state;
  table_build(NULL, 0);
  assert_resolves(NULL, "pkg", NULL, NULL);
  const char *rest = "(unset)";
  assert_int_equal(module_table_resolve(&fixture.table, 0, ".x", &rest), MODULE_NONE);
  assert_int_equal(module_table_resolve(&fixture.table, 0, "", &rest), MODULE_NONE);
}

static void many_files(void **state) {
  (void)state;
  /* Enough files to grow every map several times; each resolves to itself. */
  Arena *arena = fixture_arena();
  enum { COUNT = 300 };
  const char *paths[COUNT + 1];
  touch("big/__init__.py");
  paths[COUNT] = "big/__init__.py";
  for (uint32_t i = 0; i < COUNT; i++) {
    paths[i] = arena_sprintf(arena, "big/m%u.py", i);
    touch(paths[i]);
  }
  table_build(paths, COUNT + 1);
  for (uint32_t i = 0; i < COUNT; i++) {
    assert_resolves(paths[COUNT], arena_sprintf(arena, "big.m%u.f", i), paths[i], "f");
    assert_resolves(paths[i], arena_sprintf(arena, ".m%u", (i + 1) % COUNT), paths[(i + 1) % COUNT], "");
  }
}

/* ---------------------------------------------------------------------------------------
 * Import scanner
 * ------------------------------------------------------------------------------------- */

static void scan_plain_imports(void **state) {
  (void)state;
  assert_scan("import a", "a");
  assert_scan("import a.b", "a.b");
  assert_scan("import a.b as c, d", "a.b d");
  assert_scan("import a as b, c.d as e, f\n", "a c.d f");
  assert_scan("import a . b", "a.b");
  assert_scan("import\ta", "a");
  assert_scan("import asyncio, asyncpg as pg", "asyncio asyncpg");
  assert_scan("import a  # comment with import b\n", "a");
}

static void scan_whole_module_flag(void **state) {
  (void)state;
  /* `import a.b` binds a module whose submodules are attributes; a from-import's module and
   * names reach only what it lists. */
  assert_string_equal(scan("import a.b, c as d\nfrom e import f, g\nfrom . import h\nimport i"),
                      "a.b c e e.f e.g . .h i");
  assert_string_equal(name_list_text(&fixture.whole), "a.b c i");
  assert_string_equal(name_list_text(&fixture.star), "");
}

static void scan_star_import_flag(void **state) {
  (void)state;
  /* A star import binds the module's public names without naming them (a re-export the
   * index must read): the module comes once, marked, and no name after it. */
  assert_string_equal(scan("from a import *\nfrom .b import  *\nfrom . import *\nfrom c import d\n"
                           "from e \\\n  import *"),
                      "a .b . c c.d e");
  assert_string_equal(name_list_text(&fixture.star), "a .b . e");
  assert_string_equal(name_list_text(&fixture.whole), "");
}

static bool collect_modules_only(void *context, const char *name, uint32_t length, ModuleImportKind kind) {
  collect_name(context, name, length, kind);
  return kind != MODULE_IMPORT_FROM; /* a from-import's names are not wanted */
}

static void scan_skips_names_not_wanted(void **state) {
  (void)state;
  /* The callback declines a from-import's names: the scanner goes on with the next statement,
   * and an `import` statement's names all come. */
  const char *text = "from a import (b,\n    c)\nimport d, e\nfrom .f import g\nfrom h import *\n";
  name_list_clear(&fixture.names);
  module_scan_imports(text, (uint32_t)strlen(text), true, collect_modules_only, &fixture);
  assert_string_equal(name_list_text(&fixture.names), "a d e .f h");
}

static void scan_from_imports(void **state) {
  (void)state;
  assert_scan("from a import b", "a a.b");
  assert_scan("from a.b import c", "a.b a.b.c");
  assert_scan("from a import b as c, d", "a a.b a.d");
  assert_scan("from a import (b, c as d)", "a a.b a.c");
  assert_scan("from a import (\n    b,\n    c as d,\n)\n", "a a.b a.c");
  assert_scan("from a import (b,  # first\n    # a whole comment line\n    c)  # after\n", "a a.b a.c");
  assert_scan("from a import (  # import x\n    b)\n", "a a.b");
  assert_scan("from importlib import import_module", "importlib importlib.import_module");
  assert_scan("from important import imported", "important important.imported");
  assert_scan("from __future__ import annotations", "__future__ __future__.annotations");
  assert_scan("from  a . b  import  c", "a.b a.b.c");
}

static void scan_relative_imports(void **state) {
  (void)state;
  assert_scan("from . import x", ". .x");
  assert_scan("from . import (x, y as z)", ". .x .y");
  assert_scan("from .. import x", ".. ..x");
  assert_scan("from .a import b", ".a .a.b");
  assert_scan("from ..a.b import c", "..a.b ..a.b.c");
  assert_scan("from .import x", ". .x");
  assert_scan("from.import x", ". .x");
  assert_scan("from ...import x", "... ...x");
  assert_scan("from .importer import x", ".importer .importer.x");
  assert_scan("from . . import x", ".. ..x");
  assert_scan("from . . a import b", "..a ..a.b");
}

static void scan_star_imports_emit_only_the_module(void **state) {
  (void)state;
  assert_scan("from a import *", "a");
  assert_scan("from a.b import *", "a.b");
  assert_scan("from . import *", ".");
  assert_scan("from .. import *\nimport c", ".. c");
}

static void scan_continuations(void **state) {
  (void)state;
  assert_scan("from a \\\n    import b", "a a.b");
  assert_scan("from a import b, \\\n    c", "a a.b a.c");
  assert_scan("import a, \\\n    b", "a b");
  assert_scan("import a \\\n    as c", "a");
  assert_scan("from \\\n  a.b \\\n  import \\\n  c", "a.b a.b.c");
  assert_scan("from a.\\\nb import c", "a.b a.b.c");
  assert_scan("from . \\\n import x", ". .x");
  assert_scan("x = 1\nfrom a \\\r\n    import b\r\n", "a a.b");
  assert_scan("from a \\\r    import b\r", "a a.b");
  /* A continued line that is not the start of the statement. */
  assert_scan("x = [1,\n     2]; from a import b", "a a.b");
}

static void scan_imports_in_functions_and_blocks(void **state) {
  (void)state;
  assert_scan("def f():\n    import a\n    from b import c\n\nclass C:\n    def m(self):\n        import d.e\n",
              "a b b.c d.e");
  assert_scan("if TYPE_CHECKING:\n    from a import B\nelse:\n\timport c\n", "a a.B c");
  assert_scan("\f\n  \t import a", "a");
}

static void scan_semicolon_statements(void **state) {
  (void)state;
  assert_scan("x = 1; import a; from b import c", "a b b.c");
  assert_scan("import a;import b;from c import d", "a b c c.d");
  assert_scan("import a; x = 2", "a");
}

static void scan_one_line_compound_statements(void **state) {
  (void)state;
  /* The body of a compound statement may follow its colon on the same line. */
  assert_scan("try: import ujson as json\nexcept ImportError: import json\n", "ujson json");
  assert_scan("if TYPE_CHECKING: from a import B\n", "a a.B");
  assert_scan("def f(): import a; from . import b\n", "a . .b");
  assert_scan("else:import a", "a");
  assert_scan("with x: from a import (\n    b)\n", "a a.b");
}

static void scan_import_inside_identifiers_emits_nothing(void **state) {
  (void)state;
  assert_scan("important = 1\n", "");
  assert_scan("reimport(x)\n", "");
  assert_scan("x.imports = 2\n", "");
  assert_scan("_import = 3\n__import__('a')\nimportlib.import_module('b')\n", "");
  assert_scan("café_import = 1\nimporté = 2\n", "");
  assert_scan("from a import b_import_c", "a a.b_import_c");
}

static void scan_import_in_strings_and_comments(void **state) {
  (void)state;
  /* Not at the start of a statement: nothing. */
  assert_scan("x = \"import os\"\n", "");
  assert_scan("# import os\n", "");
  assert_scan("    # from a import b\n", "");
  assert_scan("print('from a import b')\n", "");
  assert_scan("x = 1  # import os\n", "");
  /* A string whose line looks like an import may add names; it must not crash or hide the
   * real import after it. */
  assert_scan_holds("s = \"\"\"\nimport fake\nfrom fake2 import (\n\"\"\"\nimport real\n", "real");
  assert_scan_holds("s = '''from x import'''\nimport real", "real");
  assert_scan_holds("'import'; import real", "real");
}

static void scan_comment_ending_in_backslash(void **state) {
  (void)state;
  /* A comment's backslash does not continue the line: the import after it starts a
   * statement. */
  assert_scan("# C:\\temp\\\nimport os\n", "os");
  assert_scan("# see: C:\\temp\\\nfrom a import b\n", "a a.b");
  assert_scan("x = 1  # \\\n\nimport os\n", "os");
  /* A token, then many lines of nothing but continuations, then the import: every line is a
   * possible start, and the scan must stay linear (after a start fails at its first token,
   * the next try is on the line after that token, not on each line before it). */
  enum { LINES = 200000 };
  char *text = malloc(3 * LINES + 64);
  assert_non_null(text);
  strcpy(text, "x \\\n");
  for (size_t i = 0; i < LINES; i++) memcpy(text + 4 + 3 * i, " \\\n", 3);
  strcpy(text + 4 + 3 * LINES, "y import os\nimport z");
  const char *names = scan(text);
  free(text);
  assert_string_equal(names, "z");
}

static void scan_unicode_identifiers(void **state) {
  (void)state;
  assert_scan("import ñandú.módulo as m\nfrom café import thé, 数据\n", "ñandú.módulo café café.thé café.数据");
  assert_scan("from .données import x", ".données .données.x");
}

static void scan_crlf_line_endings(void **state) {
  (void)state;
  assert_scan("import a\r\nfrom b import (c,\r\n    d)\r\nimport e\r\n", "a b b.c b.d e");
  assert_scan("from b import (c,  # comment\r\n    d)\r\n", "b b.c b.d");
  /* Old Mac line endings: a lone CR ends a line, also after a comment. */
  assert_scan("import a\rfrom b import (c,  # x\r    d)\rimport e", "a b b.c b.d e");
}

static void scan_byte_order_mark(void **state) {
  (void)state;
  assert_scan("\xEF\xBB\xBFimport os\n", "os");
  assert_scan("\xEF\xBB\xBF" "from a import b\n", "a a.b");
}

static void scan_text_ending_early(void **state) {
  (void)state;
  assert_scan("", "");
  assert_scan("import", "");
  assert_scan("import ", "");
  assert_scan("x = 1\nimport", "");
  assert_scan("from", "");
  assert_scan("from a", "");
  assert_scan("from a import", "a");
  assert_scan("from . import", ".");
  assert_scan("from a import (", "a");
  assert_scan("from a import (b", "a a.b");
  assert_scan("import a as", "a");
  assert_scan("import a,", "a");
  assert_scan("from a \\", "");
  assert_scan("from a import \\", "a");
  assert_scan("import a \\\r", "a");
  assert_scan("from a import (b,  # unterminated", "a a.b");
  /* The length, not a NUL, ends the text. */
  assert_string_equal(scan_bytes("import abc", 9), "ab");
  assert_string_equal(scan_bytes("import abc", 6), "");
  assert_string_equal(scan_bytes("from a import bc", 15), "a a.b");
}

static void scan_unterminated_bracket(void **state) {
  (void)state;
  assert_scan("from a import (b,\n    c\n\nx = 1\n", "a a.b a.c");
  assert_scan("from a import (b,\n", "a a.b");
  assert_scan("from a import (\n# only a comment", "a");
  assert_scan("from a import (b,\nimport c\n", "a a.b c");
}

/* "a.bbbbbbbb.bbbbbbbb..." of exactly `length` bytes (at least 1). */
static char *long_dotted_name(size_t length) {
  char *name = malloc(length + 1);
  assert_non_null(name);
  for (size_t i = 0; i < length; i++) name[i] = i % 9 == 0 && i ? '.' : (i % 9 == 8 ? 'b' : 'a');
  if (name[length - 1] == '.') name[length - 1] = 'z';
  name[length] = '\0';
  return name;
}

/* Names have no length limit: around the name buffer's first size (256) and its doublings,
 * around the 512-byte buffers the scanner once had, and far beyond, every name comes out
 * whole (never cut, never with a stray dot), and nothing is read or written out of bounds. */
static void scan_long_dotted_names(void **state) {
  (void)state;
  static const size_t lengths[] = {1, 254, 255, 256, 257, 509, 510, 511, 512, 513, 514, 1023, 1024, 1025, 4096, 70000};
  for (size_t i = 0; i < sizeof lengths / sizeof *lengths; i++) {
    size_t length = lengths[i];
    char *name = long_dotted_name(length);
    size_t text_size = 2 * length + 64;
    char *text = malloc(text_size);
    char *expected = malloc(4 * length + 64);
    assert_non_null(text);
    assert_non_null(expected);

    snprintf(text, text_size, "import %s", name);
    assert_string_equal(scan(text), name);

    snprintf(text, text_size, "import %s as alias, short", name);
    snprintf(expected, 4 * length + 64, "%s short", name);
    assert_string_equal(scan(text), expected);

    snprintf(text, text_size, "from %s import x", name);
    snprintf(expected, 4 * length + 64, "%s %s.x", name, name);
    assert_string_equal(scan(text), expected);

    snprintf(text, text_size, "from .%s import (x,\n  y)", name);
    snprintf(expected, 4 * length + 64, ".%s .%s.x .%s.y", name, name, name);
    assert_string_equal(scan(text), expected);

    /* A long identifier after a short module, and the sum of both around the sizes. */
    for (size_t j = 0; j < length; j++) name[j] = name[j] == '.' ? '_' : name[j];
    snprintf(text, text_size, "from m import %s", name);
    snprintf(expected, 4 * length + 64, "m m.%s", name);
    assert_string_equal(scan(text), expected);

    snprintf(text, text_size, "from %s import %s", name, name);
    snprintf(expected, 4 * length + 64, "%s %s.%s", name, name, name);
    assert_string_equal(scan(text), expected);

    /* Spaces and continuations inside the name go through the cleaning copy. */
    snprintf(text, text_size, "import  a . \\\n %s", name);
    snprintf(expected, 4 * length + 64, "a.%s", name);
    assert_string_equal(scan(text), expected);

    free(name);
    free(text);
    free(expected);
  }
}

static void scan_every_prefix_of_a_file(void **state) {
  (void)state;
  /* Every cut of a file with all forms: no crash, no read past the end (ASan). */
  const char *file = "\xEF\xBB\xBF# comment \\\nimport a.b as c, d\nfrom . import (x,  # c\r\n y as z)\n"
                     "def f(): from ..p import *; import q\ntry: import r\nexcept: pass\n"
                     "from s \\\n  import t\nx = 'import u'\nfrom v import (\n";
  size_t length = strlen(file);
  for (size_t cut = 0; cut <= length; cut++) scan_bytes(file, cut);
  assert_string_equal(scan(file), "a.b d . .x .y ..p q r s s.t v");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      /* name map */
      cmocka_unit_test_teardown(name_map_put_get_and_overwrite, fixture_release),
      cmocka_unit_test_teardown(name_map_grows_and_keeps_everything, fixture_release),
      cmocka_unit_test_teardown(name_map_reserve_sizes_up_front, fixture_release),
      /* module names */
      cmocka_unit_test_setup_teardown(flat_scripts_are_named_by_stem, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(nested_packages_are_named_from_the_root, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(name_in_module_is_the_rest, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(packages_found_on_disk_above_the_run, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(run_files_answer_before_the_file_system, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(src_layout_names_from_the_package_root, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(namespace_package_resolves_by_unique_suffix, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(namespace_package_ambiguous_suffix_resolves_to_none, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(namespace_suffix_needs_whole_directory_names, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(local_module_does_not_capture_stdlib_name, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(two_conftests_are_ambiguous, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(ambiguous_prefix_does_not_fall_back_to_a_shorter_one, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(two_packages_with_the_same_name_are_ambiguous, tree_setup, fixture_release),
      /* relative imports */
      cmocka_unit_test_setup_teardown(relative_imports_one_and_two_levels, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(relative_import_of_submodule_or_name, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(relative_import_above_the_run_is_none, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(relative_import_in_directory_without_init, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(relative_import_in_scripts_of_the_working_directory, tree_setup, fixture_release),
      /* stubs, packages beside modules */
      cmocka_unit_test_setup_teardown(stub_and_module_are_one_module, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(stub_only_package, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(package_wins_over_module_of_the_same_name, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(module_beside_namespace_directory, tree_setup, fixture_release),
      /* path spellings */
      cmocka_unit_test_setup_teardown(path_spellings_are_normalized, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(path_spellings_above_the_working_directory, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(absolute_paths, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(absolute_path_near_the_root, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(working_directory_is_a_package, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(working_directory_is_a_package_found_on_disk, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(empty_run, tree_setup, fixture_release),
      cmocka_unit_test_setup_teardown(many_files, tree_setup, fixture_release),
      /* import scanner */
      cmocka_unit_test_teardown(scan_plain_imports, fixture_release),
      cmocka_unit_test_teardown(scan_whole_module_flag, fixture_release),
      cmocka_unit_test_teardown(scan_star_import_flag, fixture_release),
      cmocka_unit_test_teardown(scan_skips_names_not_wanted, fixture_release),
      cmocka_unit_test_teardown(scan_from_imports, fixture_release),
      cmocka_unit_test_teardown(scan_relative_imports, fixture_release),
      cmocka_unit_test_teardown(scan_star_imports_emit_only_the_module, fixture_release),
      cmocka_unit_test_teardown(scan_continuations, fixture_release),
      cmocka_unit_test_teardown(scan_imports_in_functions_and_blocks, fixture_release),
      cmocka_unit_test_teardown(scan_semicolon_statements, fixture_release),
      cmocka_unit_test_teardown(scan_one_line_compound_statements, fixture_release),
      cmocka_unit_test_teardown(scan_import_inside_identifiers_emits_nothing, fixture_release),
      cmocka_unit_test_teardown(scan_import_in_strings_and_comments, fixture_release),
      cmocka_unit_test_teardown(scan_comment_ending_in_backslash, fixture_release),
      cmocka_unit_test_teardown(scan_unicode_identifiers, fixture_release),
      cmocka_unit_test_teardown(scan_crlf_line_endings, fixture_release),
      cmocka_unit_test_teardown(scan_byte_order_mark, fixture_release),
      cmocka_unit_test_teardown(scan_text_ending_early, fixture_release),
      cmocka_unit_test_teardown(scan_unterminated_bracket, fixture_release),
      cmocka_unit_test_teardown(scan_long_dotted_names, fixture_release),
      cmocka_unit_test_teardown(scan_every_prefix_of_a_file, fixture_release),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
