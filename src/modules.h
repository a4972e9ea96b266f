/* Module names for the files of a run, and what an import statement names (RULES.md
 * "Analysed code"): the repository index resolves `from pkg.server import main`,
 * `from . import server` and `import pkg.server as s` to files of the run with this table.
 *
 * A file's module name runs from its package root, found as ruff finds it: walk up while the
 * directory holds an `__init__.py` (so `src/pkg/mod.py` is `pkg.mod` in a src layout). A file
 * outside any package is named by its stem. Absolute imports match a module name exactly, or,
 * for namespace packages (directories without `__init__.py`), the one file whose path ends
 * with the imported name's components. Relative imports follow the directories (a file's
 * own, then each parent), also where no `__init__.py` makes them packages, so they reach no
 * higher than where the run's paths start: the working directory, the ".." a path begins
 * with, or "/". Past a package root that is looser than Python (which refuses to go above
 * the top-level package), but only a file of the run can ever be found. Files with one path
 * but for the extension (mod.py and mod.pyi; tools.py and tools/__init__.py) are one module:
 * a package stands for it, as in Python's path finder, else the first file. The table is
 * built once, before linting, and is read-only afterwards (shared by the workers). */
#ifndef LOOPLINT_MODULES_H
#define LOOPLINT_MODULES_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "name_map.h"

#define MODULE_NONE UINT32_MAX

typedef struct ModuleFile {
  const char *path;          /* as discovered (shown to the user) */
  const char *key;           /* normalized path without extension; a package: its directory */
  const char *name;          /* dotted module name from the package root */
  const char *directory;     /* where its relative imports start ("" for the working directory) */
  uint32_t key_length, name_length;
  bool is_package;           /* an __init__.py */
} ModuleFile;

typedef struct ModuleTable {
  ModuleFile *files;
  uint32_t count;
  NameMap by_key;            /* key -> the file that stands for it: a package, else the first */
  NameMap by_name;           /* module name -> file standing for its key, or MODULE_AMBIGUOUS */
  NameMap by_last;           /* last component of the key -> a file with it */
  uint32_t *next_with_last;  /* the chain of files sharing a last component */
  NameMap finals;            /* the last components of keys and module names (a set) */
} ModuleTable;

/* Builds the table for the files of a run (paths as discovered); `arena` owns everything.
 * Looks at the file system for `__init__.py` files above the given paths. */
void module_table_build(ModuleTable *self, Arena *arena, const char *const *paths, uint32_t count);

/* Resolves a dotted name as code in file `from` imports it ("pkg.mod.f", ".mod.f", "..x"):
 * the file of the longest prefix that is a module of the run, and the rest after it ("f";
 * "" for the module itself) in *rest, which points into `dotted`. MODULE_NONE when no prefix
 * is a module of the run, or the longest that is one is ambiguous (then a shorter prefix is
 * not tried: the import names that module, not a name in a shorter one). */
uint32_t module_table_resolve(const ModuleTable *self, uint32_t from, const char *dotted, const char **rest);

/* Can a dotted name whose last component is `last` (`length` bytes) name a file of the run?
 * If not, module_table_resolve gives it the file its prefix resolves to. */
bool module_table_may_end_with(const ModuleTable *self, const char *last, uint32_t length);

/* Resolutions of absolute names, which do not depend on the importing file: a worker keeps
 * one from file to file, since the index's first pass resolves the same imports (`os`,
 * `typing.Any`) in thousands of files. Starts afresh for another table; not shared between
 * threads. */
typedef struct ModuleMemoEntry {
  uint32_t file;
  uint32_t rest;             /* offset of *rest in the name */
} ModuleMemoEntry;

typedef struct ModuleMemo {
  const ModuleTable *table;  /* the table the entries come from */
  Arena arena;
  NameMap resolved;          /* dotted name -> entries */
  ModuleMemoEntry *entries;
  uint32_t count, capacity;
} ModuleMemo;

void module_memo_init(ModuleMemo *self);
void module_memo_free(ModuleMemo *self);
/* module_table_resolve, with absolute names remembered in `memo` (NULL: not). */
uint32_t module_table_resolve_memo(const ModuleTable *self, ModuleMemo *memo, uint32_t from, const char *dotted,
                                   const char **rest);

/* How a statement imports a name the scanner emits. */
typedef enum ModuleImportKind {
  MODULE_IMPORT_WHOLE,       /* `import a.b`: its module object reaches a's submodules as
                              * attributes (`a.sub.f()`) */
  MODULE_IMPORT_FROM,        /* `from a import b`: "a", the module; reaches only the names listed */
  MODULE_IMPORT_NAME,        /* ... and "a.b", each name it imports (a name in a, or a submodule) */
  MODULE_IMPORT_STAR,        /* `from a import *`: "a", whose public names it binds (and so
                              * may re-export) */
} ModuleImportKind;

/* The modules a source text imports, found without parsing (for files that are not
 * analysed): every `import a.b`, `from a import b` (as "a" and "a.b"), `from . import x`
 * (".x"), `from a import *` ("a"), also inside functions and across bracketed or continued
 * lines. A text that only looks like an import (in a string) may add a name; a real import
 * statement is never missed. The name comes whole however long; it is not NUL-terminated and
 * is valid only during the call (the scanner reuses its buffer, a heap block that aborts on
 * exhaustion as the arena does). The callback returns whether it wants the rest of the
 * statement: false after MODULE_IMPORT_FROM skips the names it imports. */
typedef bool (*ModuleImportEmit)(void *context, const char *name, uint32_t length, ModuleImportKind kind);
/* `source_text`: the text is a validated source (source.c): NUL-terminated at `length`, with
 * no NUL inside, which allows a faster search. */
void module_scan_imports(const char *text, uint32_t length, bool source_text, ModuleImportEmit emit, void *context);

#endif
