#include "index.h"

#include <stdlib.h>
#include <string.h>

#include "name_map.h"

/* A name's search visits at most this many modules (re-exports, star imports: a cycle of
 * them ends here); the rounds end after INDEX_MAX_ROUNDS at the latest. */
enum { INDEX_MAX_HOPS = 32, INDEX_MAX_ROUNDS = 64, INDEX_NAME_BUFFER = 1024 };

typedef enum IndexSymbolKind {
  INDEX_SYMBOL_FUNCTION,
  INDEX_SYMBOL_CLASS,
} IndexSymbolKind;

typedef struct IndexSymbol {
  IndexSymbolKind kind;
  uint32_t file;
  SemIndex index;            /* the function or class in that file's summary */
} IndexSymbol;

/* Lookups of an analysed file, built when the index first sees it analysed. */
/* Where an edge leads, once known. An edge that failed on a module not analysed yet is tried
 * again in later rounds; the others are final. */
typedef enum IndexEdgeState {
  INDEX_EDGE_UNKNOWN,
  INDEX_EDGE_RESOLVED,
  INDEX_EDGE_NONE,
  INDEX_EDGE_MISSING,
} IndexEdgeState;

typedef struct IndexEdgeTarget {
  IndexEdgeState state;
  bool constructs;
  uint32_t file;
  SemIndex function;
} IndexEdgeTarget;

/* What an import of an analysed file's module level names (index_export_target). */
typedef struct IndexExportTarget {
  IndexEdgeState state;
  uint32_t missing;          /* MISSING: the module not analysed; once it is, resolve again */
  IndexSymbol symbol;
} IndexExportTarget;

typedef struct IndexFile {
  bool ready;
  bool questions_settled;    /* no question of the file waits for a module to be analysed */
  IndexEdgeTarget *edge_targets; /* per summary edge (index_edge_target) */
  IndexExportTarget *export_targets; /* per summary export (a star export's: index_star_module) */
  NameMap exports;           /* module-level name -> export */
  NameMap functions;         /* "f", "C.m" -> function */
  NameMap classes;           /* "C" -> class */
  NameMap star_listed;       /* SUMMARY_STAR_LISTED: the names of __all__ */
} IndexFile;

/* Per round: what makes a file worth analysing next. */
typedef struct IndexRound {
  bool **relevant_functions; /* per analysed file, per function */
  bool **relevant_classes;
  const char ***words;       /* per file: names of relevant symbols its module binds */
  uint32_t *word_counts, *word_capacities;
} IndexRound;

struct RepoIndex {
  Arena arena;
  Arena round_arena;         /* what one round of index_wanted needs, and its wants */
  const ModuleTable *modules;
  FileReport *reports;
  uint32_t count;
  IndexFile *files;
  NameMap tried;             /* word ("" : wanted whole) -> tried_files */
  uint64_t **tried_files;    /* per word: a bit per file wanted for it */
  uint32_t tried_count, tried_capacity;
  NameMap edge_memo;         /* "<file>:<name>" -> memo_targets: final resolutions of edges */
  IndexEdgeTarget *memo_targets;
  uint32_t memo_count, memo_capacity;
  IndexWant *wants;
  uint32_t want_count, want_capacity;
  uint32_t rounds;
  /* index_finish */
  bool finished;
  uint32_t *base;            /* per file: its first function's global number */
  uint32_t function_total;
  unsigned *reach;
  SemExternalSite **sites;
  uint32_t *site_counts;
  const SemIndexView **views; /* index_view, per file, once known */
  bool *view_known;
};

static const FileSummary *index_summary(const RepoIndex *self, uint32_t file) {
  const FileReport *report = &self->reports[file];
  return report->analysed && report->summary ? report->summary : NULL;
}

static void index_prepare(RepoIndex *self, uint32_t file) {
  IndexFile *entry = &self->files[file];
  const FileSummary *summary = index_summary(self, file);
  if (entry->ready || !summary) return;
  entry->ready = true;
  name_map_init(&entry->exports, &self->arena);
  name_map_init(&entry->functions, &self->arena);
  name_map_init(&entry->classes, &self->arena);
  for (uint32_t i = 0; i < summary->export_count; i++) {
    const char *name = summary->exports[i].name;
    if (name) name_map_put(&entry->exports, name, (uint32_t)strlen(name), i);
  }
  for (uint32_t i = 0; i < summary->function_count; i++) {
    const char *name = summary->functions[i].name;
    if (name) name_map_put(&entry->functions, name, (uint32_t)strlen(name), i);
  }
  for (uint32_t i = 0; i < summary->class_count; i++) {
    const char *name = summary->classes[i].name;
    if (name) name_map_put(&entry->classes, name, (uint32_t)strlen(name), i);
  }
  name_map_init(&entry->star_listed, &self->arena);
  for (uint32_t i = 0; i < summary->star_listed_count; i++) {
    const char *name = summary->star_listed[i];
    name_map_put(&entry->star_listed, name, (uint32_t)strlen(name), i);
  }
  entry->edge_targets = arena_alloc(&self->arena, sizeof *entry->edge_targets * (summary->edge_count + 1));
  entry->export_targets = arena_alloc(&self->arena, sizeof *entry->export_targets * (summary->export_count + 1));
}

RepoIndex *index_new(const ModuleTable *modules, FileReport *reports) {
  RepoIndex *self = calloc(1, sizeof *self);
  if (!self) return NULL;
  arena_init(&self->arena);
  arena_init(&self->round_arena);
  self->modules = modules;
  self->reports = reports;
  self->count = modules->count;
  self->files = arena_alloc(&self->arena, sizeof *self->files * (self->count + 1));
  name_map_init(&self->tried, &self->arena);
  name_map_init(&self->edge_memo, &self->arena);
  return self;
}

void index_delete(RepoIndex *self) {
  if (!self) return;
  arena_free(&self->arena);
  arena_free(&self->round_arena);
  free(self);
}

/* ---------------------------------------------------------------------------------------
 * Resolution
 * ------------------------------------------------------------------------------------- */

/* The parts one after the other into `buffer` (INDEX_NAME_BUFFER bytes), NUL-terminated;
 * false if they do not fit. The index composes names in its hottest loops: no snprintf. */
static bool index_join(char *buffer, const char *first, size_t first_length, const char *second, size_t second_length,
                       const char *third) {
  size_t third_length = strlen(third);
  if (first_length + second_length + third_length >= INDEX_NAME_BUFFER) return false;
  memcpy(buffer, first, first_length);
  memcpy(buffer + first_length, second, second_length);
  memcpy(buffer + first_length + second_length, third, third_length + 1);
  return true;
}

/* "a" + "." + "b" into `buffer`; false if it does not fit. */
static bool index_compose(char *buffer, const char *head, const char *tail) {
  bool dotted = tail && tail[0];
  return index_join(buffer, head, strlen(head), ".", dotted, dotted ? tail : "");
}

/* The symbol `name` (the part after a module: "f", "C", "C.m", "sub.f") names in `file`,
 * following re-exports and star imports. `*budget` bounds the modules visited by the whole
 * search: star imports branch, and they may go round in circles. Read-only on prepared
 * files, so workers may call it; during the rounds an unanalysed module on the way goes to
 * *missing. */
static bool index_find_within(const RepoIndex *self, uint32_t file, const char *name, int *budget, IndexSymbol *out,
                              uint32_t *missing);

/* Does `from <file's module> import *` bind `name` (its first `length` bytes)? A module not
 * analysed yet: the search goes on, and stops there. */
static bool index_star_takes(const RepoIndex *self, uint32_t file, const char *name, uint32_t length) {
  const FileSummary *summary = index_summary(self, file);
  if (!summary || !self->files[file].ready) return true;
  switch (summary->star_names) {
  case SUMMARY_STAR_PUBLIC:
    return name[0] != '_';
  case SUMMARY_STAR_LISTED:
    return name_map_get(&self->files[file].star_listed, name, length) != NAME_MAP_ABSENT;
  case SUMMARY_STAR_ANY:
    return true;
  }
  return true;
}

static bool index_find_within(const RepoIndex *self, uint32_t file, const char *name, int *budget, IndexSymbol *out,
                              uint32_t *missing) {
  if (--*budget < 0 || file == MODULE_NONE || !name[0]) return false;
  const FileSummary *summary = index_summary(self, file);
  if (!summary) {
    if (missing) *missing = file;
    return false;
  }
  const IndexFile *entry = &self->files[file];
  if (!entry->ready) return false;
  char buffer[INDEX_NAME_BUFFER];
  const char *dot = strchr(name, '.');
  uint32_t head_length = dot ? (uint32_t)(dot - name) : (uint32_t)strlen(name);
  const char *tail = dot ? dot + 1 : "";
  uint32_t at = name_map_get(&entry->exports, name, head_length);
  if (at == NAME_MAP_ABSENT) {
    /* `from .impl import *` in a package: the name may come from there; from the last such
     * import that binds it, as in Python. (A submodule the name reaches is not filtered.) */
    for (uint32_t i = summary->export_count; i-- > 0;) {
      const SummaryExport *star = &summary->exports[i];
      if (star->kind != SUMMARY_EXPORT_STAR || !index_compose(buffer, star->import_path, name)) continue;
      const char *rest = "";
      uint32_t target = module_table_resolve(self->modules, file, buffer, &rest);
      if (target == MODULE_NONE || target == file) continue;
      if (strcmp(rest, name) == 0 && !index_star_takes(self, target, name, head_length)) continue;
      if (index_find_within(self, target, rest, budget, out, missing)) return true;
    }
    return false;
  }
  const SummaryExport *export = &summary->exports[at];
  switch (export->kind) {
  case SUMMARY_EXPORT_FUNCTION:
    if (tail[0]) return false;
    *out = (IndexSymbol){INDEX_SYMBOL_FUNCTION, file, export->index};
    return true;
  case SUMMARY_EXPORT_CLASS: {
    if (!tail[0]) {
      *out = (IndexSymbol){INDEX_SYMBOL_CLASS, file, export->index};
      return true;
    }
    /* C.m: a method of the class (static or class method called on the class, or a method
     * of an instance of it). */
    uint32_t method = strchr(tail, '.') ? NAME_MAP_ABSENT : name_map_get(&entry->functions, name, (uint32_t)strlen(name));
    if (method == NAME_MAP_ABSENT) return false;
    *out = (IndexSymbol){INDEX_SYMBOL_FUNCTION, file, method};
    return true;
  }
  case SUMMARY_EXPORT_IMPORT: {
    if (!export->import_path || !index_compose(buffer, export->import_path, tail)) return false;
    const char *rest = "";
    uint32_t target = module_table_resolve(self->modules, file, buffer, &rest);
    return target != MODULE_NONE && target != file && index_find_within(self, target, rest, budget, out, missing);
  }
  case SUMMARY_EXPORT_STAR:
  case SUMMARY_EXPORT_OTHER:
    return false;
  }
  return false;
}

static bool index_find(const RepoIndex *self, uint32_t file, const char *name, IndexSymbol *out, uint32_t *missing) {
  int budget = INDEX_MAX_HOPS;
  return index_find_within(self, file, name, &budget, out, missing);
}

/* What a qualified name in `from` names: a function or class of another analysed file. */
static bool index_resolve(const RepoIndex *self, uint32_t from, const char *qualified_name, IndexSymbol *out,
                          uint32_t *missing) {
  /* `C().m` names the method m of class C. */
  char plain[INDEX_NAME_BUFFER];
  const char *call = strstr(qualified_name, "().");
  if (call) {
    if (!index_join(plain, qualified_name, (size_t)(call - qualified_name), "", 0, call + 2)) return false;
    qualified_name = plain;
  }
  const char *rest = "";
  uint32_t file = module_table_resolve(self->modules, from, qualified_name, &rest);
  if (file == MODULE_NONE || file == from || !rest[0]) return false;
  return index_find(self, file, rest, out, missing);
}

/* The function a call to the symbol runs: the function, or the class's __init__. */
static SemIndex index_called_function(const RepoIndex *self, const IndexSymbol *symbol) {
  if (symbol->kind == INDEX_SYMBOL_FUNCTION) return symbol->index;
  return index_summary(self, symbol->file)->classes[symbol->index].init;
}

/* The function an edge reaches, as (file, function); false if none. Memoised per edge. */
static bool index_edge_target(RepoIndex *self, uint32_t file, uint32_t edge_index, uint32_t *target_file,
                              SemIndex *target, bool *constructs) {
  IndexFile *entry = &self->files[file];
  const SummaryEdge *edge = &index_summary(self, file)->edges[edge_index];
  IndexEdgeTarget *known = &entry->edge_targets[edge_index];
  /* A resolution that stopped at a module not analysed stands while it stays so (as in the
   * memo below): most calls name modules the prefilter skipped, every round. */
  bool retry = known->state == INDEX_EDGE_MISSING && index_summary(self, known->file);
  if (known->state == INDEX_EDGE_UNKNOWN || retry) {
    IndexSymbol symbol;
    uint32_t missing = MODULE_NONE;
    *known = (IndexEdgeTarget){.state = INDEX_EDGE_NONE};
    if (edge->local_target != SEM_NONE) {
      *known = (IndexEdgeTarget){.state = INDEX_EDGE_RESOLVED, .file = file, .function = edge->local_target};
    } else if (edge->target_file != MODULE_NONE && edge->target_file != file) {
      /* Many calls name the same function (`os.path.join` a thousand times): resolve each
       * (module, name) once. */
      char key[INDEX_NAME_BUFFER], digits[16];
      size_t digit_count = 0;
      uint32_t number = edge->target_file;
      do {
        digits[sizeof digits - ++digit_count] = (char)('0' + number % 10);
      } while (number /= 10);
      int length = index_join(key, digits + sizeof digits - digit_count, digit_count, ":", 1, edge->target_name)
                       ? (int)strlen(key)
                       : -1;
      uint32_t memo = length > 0 ? name_map_get(&self->edge_memo, key, (uint32_t)length) : NAME_MAP_ABSENT;
      /* A resolution that stopped at a module not analysed stands while it stays so. */
      if (memo != NAME_MAP_ABSENT &&
          (self->memo_targets[memo].state != INDEX_EDGE_MISSING || !index_summary(self, self->memo_targets[memo].file))) {
        *known = self->memo_targets[memo];
      } else {
        if (index_find(self, edge->target_file, edge->target_name, &symbol, &missing)) {
          SemIndex function = index_called_function(self, &symbol);
          if (function != SEM_NONE) {
            *known = (IndexEdgeTarget){.state = INDEX_EDGE_RESOLVED, .constructs = symbol.kind == INDEX_SYMBOL_CLASS,
                                       .file = symbol.file, .function = function};
          }
        } else if (missing != MODULE_NONE) {
          *known = (IndexEdgeTarget){.state = INDEX_EDGE_MISSING, .file = missing, .function = SEM_NONE};
        }
        if (length > 0) {
          if (memo == NAME_MAP_ABSENT) {
            memo = self->memo_count;
            name_map_put(&self->edge_memo, arena_strndup(&self->arena, key, (size_t)length), (uint32_t)length, memo);
            ARENA_PUSH(&self->arena, self->memo_targets, self->memo_count, self->memo_capacity) = *known;
          }
          self->memo_targets[memo] = *known;
        }
      }
    }
  }
  *constructs = known->constructs;
  *target_file = known->file;
  *target = known->function;
  return known->state == INDEX_EDGE_RESOLVED;
}

/* The function or class an `import` export of an analysed file names (`from .impl import
 * helper as h`). Every round asks for every export again: memoised, and tried again only in a
 * later round when a module on the way was not analysed yet. */
static bool index_export_target(RepoIndex *self, uint32_t file, uint32_t export_index, IndexSymbol *out) {
  IndexExportTarget *known = &self->files[file].export_targets[export_index];
  /* As for edges: a resolution stopped at a module not analysed stands while it stays so
   * (most of a module's imports name modules the prefilter skipped). */
  if (known->state == INDEX_EDGE_UNKNOWN || (known->state == INDEX_EDGE_MISSING && index_summary(self, known->missing))) {
    const SummaryExport *export = &index_summary(self, file)->exports[export_index];
    IndexSymbol symbol;
    uint32_t missing = MODULE_NONE;
    if (export->kind == SUMMARY_EXPORT_IMPORT && export->import_path &&
        index_resolve(self, file, export->import_path, &symbol, &missing)) {
      *known = (IndexExportTarget){.state = INDEX_EDGE_RESOLVED, .symbol = symbol};
    } else {
      *known = (IndexExportTarget){.state = missing != MODULE_NONE ? INDEX_EDGE_MISSING : INDEX_EDGE_NONE,
                                   .missing = missing};
    }
  }
  if (known->state != INDEX_EDGE_RESOLVED) return false;
  *out = known->symbol;
  return true;
}

/* The module a star export (`from .impl import *`) takes its names from, or MODULE_NONE (none
 * of the run, or the file itself); resolved once, in the export's target slot: the module
 * table does not change between rounds. */
static uint32_t index_star_module(RepoIndex *self, uint32_t file, uint32_t export_index) {
  IndexExportTarget *known = &self->files[file].export_targets[export_index];
  if (known->state == INDEX_EDGE_UNKNOWN) {
    const char *path = index_summary(self, file)->exports[export_index].import_path;
    const char *rest = "";
    uint32_t target = path ? module_table_resolve(self->modules, file, path, &rest) : MODULE_NONE;
    bool found = target != MODULE_NONE && target != file && !rest[0];
    *known = (IndexExportTarget){.state = found ? INDEX_EDGE_RESOLVED : INDEX_EDGE_NONE, .symbol = {.file = target}};
  }
  return known->state == INDEX_EDGE_RESOLVED ? known->symbol.file : MODULE_NONE;
}

/* ---------------------------------------------------------------------------------------
 * Rounds: which files the index still needs
 * ------------------------------------------------------------------------------------- */

/* Has the file been wanted for this word before (NULL: wanted whole)? Marks it. A set of
 * files per word: the same words come back every round, for many files. */
static bool index_try(RepoIndex *self, uint32_t file, const char *word) {
  if (!word) word = "";
  uint32_t length = (uint32_t)strlen(word);
  uint32_t at = name_map_get(&self->tried, word, length);
  if (at == NAME_MAP_ABSENT) {
    at = self->tried_count;
    name_map_put(&self->tried, arena_strndup(&self->arena, word, length), length, at);
    ARENA_PUSH(&self->arena, self->tried_files, self->tried_count, self->tried_capacity) =
        arena_alloc(&self->arena, sizeof(uint64_t) * (self->count / 64 + 1));
  }
  uint64_t *files = self->tried_files[at], bit = (uint64_t)1 << (file % 64);
  if (files[file / 64] & bit) return false;
  files[file / 64] |= bit;
  return true;
}

/* Adds a word to the file's module's words of the round; false if it was there. */
static bool index_add_word(RepoIndex *self, IndexRound *round, uint32_t file, const char *word) {
  for (uint32_t i = 0; i < round->word_counts[file]; i++) {
    if (strcmp(round->words[file][i], word) == 0) return false;
  }
  ARENA_PUSH(&self->round_arena, round->words[file], round->word_counts[file], round->word_capacities[file]) = word;
  return true;
}

/* The words that show a use, in another file, of a symbol its module binds as `name`
 * (`name_length` bytes): "f" or "C" for a function, a class or a constructor (`method` NULL
 * or "__init__"). A method is reached as `x = C(); x.m(...)` or `C.m(...)`: "C"
 * LINT_WORD_AND "m"; and a file that imports C by name may re-export it, under any name,
 * to the files that call it: LINT_WORD_IMPORTED "C". */
static bool index_add_symbol_words(RepoIndex *self, IndexRound *round, uint32_t file, const char *name,
                                   size_t name_length, const char *method) {
  const char *head = arena_strndup(&self->round_arena, name, name_length);
  if (!method || strcmp(method, "__init__") == 0) return index_add_word(self, round, file, head);
  const char joint[2] = {LINT_WORD_AND, '\0'}, imported[2] = {LINT_WORD_IMPORTED, '\0'};
  bool added = index_add_word(self, round, file, arena_concat(&self->round_arena, head, joint, method, NULL));
  return index_add_word(self, round, file, arena_concat(&self->round_arena, imported, head, NULL)) || added;
}

/* The words for a function of `file` ("f", "C.m") under its own name. */
static void index_add_function_words(RepoIndex *self, IndexRound *round, uint32_t file, SemIndex function) {
  const char *name = index_summary(self, file)->functions[function].name;
  if (!name) return;
  const char *dot = strchr(name, '.');
  index_add_symbol_words(self, round, file, name, dot ? (size_t)(dot - name) : strlen(name), dot ? dot + 1 : NULL);
}

/* Relevant: a sync function whose reach a rule asked for, a function or class with a fact
 * that can give a report at any call site, and every sync function that passes a call on to
 * a relevant function. Their modules' names for them are the words to look for. */
static void index_round_relevant(RepoIndex *self, IndexRound *round) {
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) continue;
    index_prepare(self, file);
    round->relevant_functions[file] = arena_alloc(&self->round_arena, summary->function_count + 1);
    round->relevant_classes[file] = arena_alloc(&self->round_arena, summary->class_count + 1);
    for (uint32_t f = 0; f < summary->function_count; f++) {
      const SummaryFunction *function = &summary->functions[f];
      round->relevant_functions[file][f] = function->reach_asked && !function->coroutine;
    }
    for (uint32_t i = 0; i < summary->fact_count; i++) {
      const SummaryFact *fact = &summary->facts[i];
      if (!fact->at_any_call_site) continue;
      if (fact->function != SEM_NONE) round->relevant_functions[file][fact->function] = true;
      if (fact->klass != SEM_NONE) round->relevant_classes[file][fact->klass] = true;
    }
  }
  /* The edges that pass reach on (from a sync function), resolved once; then sweeps until
   * no caller turns relevant. */
  typedef struct { uint32_t file; SemIndex caller; uint32_t target_file; SemIndex target; } IndexPassingEdge;
  IndexPassingEdge *passing = NULL;
  uint32_t passing_count = 0, passing_capacity = 0;
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) continue;
    for (uint32_t e = 0; e < summary->edge_count; e++) {
      const SummaryEdge *edge = &summary->edges[e];
      if (edge->caller == SEM_NONE || edge->context != SEM_CONTEXT_SYNC_FUNCTION || edge->proven_no_loop ||
          summary->functions[edge->caller].coroutine) {
        continue;
      }
      uint32_t target_file;
      SemIndex target;
      bool constructs;
      if (index_edge_target(self, file, e, &target_file, &target, &constructs)) {
        ARENA_PUSH(&self->round_arena, passing, passing_count, passing_capacity) =
            (IndexPassingEdge){file, edge->caller, target_file, target};
      }
    }
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t i = 0; i < passing_count; i++) {
      const IndexPassingEdge *edge = &passing[i];
      if (!round->relevant_functions[edge->file][edge->caller] &&
          round->relevant_functions[edge->target_file][edge->target]) {
        round->relevant_functions[edge->file][edge->caller] = true;
        changed = true;
      }
    }
  }
  bool *any_relevant_function = arena_alloc(&self->round_arena, self->count + 1);
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) continue;
    for (uint32_t f = 0; f < summary->function_count; f++) {
      if (!round->relevant_functions[file][f]) continue;
      any_relevant_function[file] = true;
      index_add_function_words(self, round, file, f);
    }
    for (uint32_t c = 0; c < summary->class_count; c++) {
      const char *name = summary->classes[c].name;
      if (round->relevant_classes[file][c] && name) index_add_symbol_words(self, round, file, name, strlen(name), NULL);
    }
  }
  /* Names a module re-exports a relevant symbol under (`from .impl import helper as h`,
   * `from .impl import Client as C` for Client's relevant methods), and the words of the
   * modules it star-imports (`from .impl import *`). Again while words are added: a re-export
   * of a re-export (a cycle adds nothing new after its first turn). */
  for (bool grew = true; grew;) {
    grew = false;
    for (uint32_t file = 0; file < self->count; file++) {
      const FileSummary *summary = index_summary(self, file);
      if (!summary) continue;
      for (uint32_t i = 0; i < summary->export_count; i++) {
        const SummaryExport *export = &summary->exports[i];
        if (export->kind == SUMMARY_EXPORT_STAR) {
          uint32_t target = index_star_module(self, file, i);
          if (target == MODULE_NONE) continue;
          for (uint32_t w = 0; w < round->word_counts[target]; w++) {
            grew = index_add_word(self, round, file, round->words[target][w]) || grew;
          }
          continue;
        }
        IndexSymbol symbol;
        if (!index_export_target(self, file, i, &symbol)) continue;
        size_t name_length = strlen(export->name);
        if (symbol.kind == INDEX_SYMBOL_FUNCTION) {
          if (round->relevant_functions[symbol.file][symbol.index]) {
            grew = index_add_symbol_words(self, round, file, export->name, name_length, NULL) || grew;
          }
          continue;
        }
        if (round->relevant_classes[symbol.file][symbol.index]) {
          grew = index_add_symbol_words(self, round, file, export->name, name_length, NULL) || grew;
        }
        if (!any_relevant_function[symbol.file]) continue;
        const FileSummary *owner = index_summary(self, symbol.file);
        const char *class_name = owner->classes[symbol.index].name;
        size_t class_length = class_name ? strlen(class_name) : 0;
        for (uint32_t f = 0; class_name && f < owner->function_count; f++) {
          const char *method = owner->functions[f].name;
          if (round->relevant_functions[symbol.file][f] && method && strncmp(method, class_name, class_length) == 0 &&
              method[class_length] == '.') {
            grew = index_add_symbol_words(self, round, file, export->name, name_length, method + class_length + 1) || grew;
          }
        }
      }
    }
  }
}

static void index_want(RepoIndex *self, uint32_t file, const char *const *words, uint32_t word_count) {
  ARENA_PUSH(&self->round_arena, self->wants, self->want_count, self->want_capacity) =
      (IndexWant){.file = file, .words = words, .word_count = word_count};
}

/* Lists `module` under each package of the run whose directory holds it, so that an
 * `import pkg` (which reaches pkg.sub.mod as an attribute) finds it. */
static void index_register_under_packages(RepoIndex *self, uint32_t module, uint32_t **under, uint32_t *count,
                                          uint32_t *capacity) {
  char directory[INDEX_NAME_BUFFER];
  const ModuleFile *file = &self->modules->files[module];
  const char *start = file->is_package ? file->key : file->directory;
  if (!index_join(directory, start, strlen(start), "", 0, "")) return;
  if (file->is_package) {
    /* A package's own names are reached by importing it: start above it. */
    char *slash = strrchr(directory, '/');
    if (!slash) return;
    *slash = '\0';
  }
  for (;;) {
    uint32_t package = name_map_get(&self->modules->by_key, directory, (uint32_t)strlen(directory));
    if (package != NAME_MAP_ABSENT && package != module && self->modules->files[package].is_package) {
      ARENA_PUSH(&self->round_arena, under[package], count[package], capacity[package]) = module;
    }
    char *slash = strrchr(directory, '/');
    if (!slash || slash == directory) break;
    *slash = '\0';
  }
}

uint32_t index_wanted(RepoIndex *self, const IndexWant **wants) {
  arena_free(&self->round_arena); /* the last round's wants are done with */
  self->wants = NULL;
  self->want_count = self->want_capacity = 0;
  *wants = NULL;
  if (self->finished || ++self->rounds > INDEX_MAX_ROUNDS) return 0;
  bool *wanted_whole = arena_alloc(&self->round_arena, self->count + 1);
  /* Modules that must answer what rules asked about. */
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) continue;
    index_prepare(self, file);
    if (self->files[file].questions_settled) continue;
    bool settled = true;
    for (uint32_t q = 0; q < summary->question_count; q++) {
      if (!summary->questions[q].in_any_file) continue; /* a module the prefilter skipped has no such fact */
      IndexSymbol symbol;
      uint32_t missing = MODULE_NONE;
      if (index_resolve(self, file, summary->questions[q].name, &symbol, &missing) || missing == MODULE_NONE) continue;
      settled = false;
      if (self->reports[missing].error || !index_try(self, missing, NULL)) continue;
      wanted_whole[missing] = true;
    }
    self->files[file].questions_settled = settled;
  }
  IndexRound round = {
      .relevant_functions = arena_alloc(&self->round_arena, sizeof(bool *) * (self->count + 1)),
      .relevant_classes = arena_alloc(&self->round_arena, sizeof(bool *) * (self->count + 1)),
      .words = arena_alloc(&self->round_arena, sizeof(const char **) * (self->count + 1)),
      .word_counts = arena_alloc(&self->round_arena, sizeof(uint32_t) * (self->count + 1)),
      .word_capacities = arena_alloc(&self->round_arena, sizeof(uint32_t) * (self->count + 1)),
  };
  index_round_relevant(self, &round);
  /* Relevant modules by the packages they are inside: `import pkg` reaches pkg.sub.mod. */
  uint32_t **under = arena_alloc(&self->round_arena, sizeof *under * (self->count + 1));
  uint32_t *under_count = arena_alloc(&self->round_arena, sizeof *under_count * (self->count + 1));
  uint32_t *under_capacity = arena_alloc(&self->round_arena, sizeof *under_capacity * (self->count + 1));
  bool any_relevant = false;
  for (uint32_t module = 0; module < self->count; module++) {
    if (!round.word_counts[module]) continue;
    any_relevant = true;
    index_register_under_packages(self, module, under, under_count, under_capacity);
  }
  /* Files that import a module with relevant names, and whose text may use one of them. */
  for (uint32_t file = 0; file < self->count; file++) {
    const FileReport *report = &self->reports[file];
    if (wanted_whole[file]) {
      index_want(self, file, NULL, 0);
      continue;
    }
    if (report->analysed || report->error || !report->import_count || !any_relevant) continue;
    const char **words = NULL;
    uint32_t word_count = 0, word_capacity = 0;
    bool star_reexport = false;
    for (uint32_t i = 0; i < report->import_count && !star_reexport; i++) {
      uint32_t imported = report->imports[i] & ~FILE_IMPORT_FLAGS;
      bool whole = (report->imports[i] & FILE_IMPORT_WHOLE) != 0;
      /* `from m import *` binds m's names without naming them: no word can tell. */
      star_reexport = (report->imports[i] & FILE_IMPORT_STAR) && round.word_counts[imported];
      uint32_t reached = whole ? under_count[imported] : 0;
      for (uint32_t m = 0; m <= reached; m++) {
        uint32_t module = m == reached ? imported : under[imported][m];
        for (uint32_t w = 0; w < round.word_counts[module]; w++) {
          const char *word = round.words[module][w];
          if (index_try(self, file, word)) ARENA_PUSH(&self->round_arena, words, word_count, word_capacity) = word;
        }
      }
    }
    if (star_reexport) {
      if (index_try(self, file, NULL)) index_want(self, file, NULL, 0);
    } else if (word_count) {
      index_want(self, file, words, word_count);
    }
  }
  *wants = self->wants;
  return self->want_count;
}

/* ---------------------------------------------------------------------------------------
 * Reach over the whole run
 * ------------------------------------------------------------------------------------- */

typedef struct IndexEdgeRef {
  uint32_t file;
  uint32_t edge;
  uint32_t target;           /* global function number */
  bool constructs;
} IndexEdgeRef;

void index_finish(RepoIndex *self) {
  if (self->finished) return;
  self->finished = true;
  Arena *arena = &self->arena;
  self->base = arena_alloc(arena, sizeof *self->base * (self->count + 1));
  uint32_t total = 0;
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    self->base[file] = total;
    if (!summary) continue;
    index_prepare(self, file);
    total += summary->function_count;
  }
  self->function_total = total;
  self->reach = arena_alloc(arena, sizeof *self->reach * (total + 1));
  self->sites = arena_alloc(arena, sizeof *self->sites * (total + 1));
  self->site_counts = arena_alloc(arena, sizeof *self->site_counts * (total + 1));
  uint32_t *callers = arena_alloc(arena, sizeof *callers * (total + 1));
  uint32_t *out_degree = arena_alloc(arena, sizeof *out_degree * (total + 2));
  bool *coroutine = arena_alloc(arena, total + 1);

  /* Every edge's target, once. */
  IndexEdgeRef *refs = NULL;
  uint32_t ref_count = 0, ref_capacity = 0;
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) continue;
    for (uint32_t f = 0; f < summary->function_count; f++) coroutine[self->base[file] + f] = summary->functions[f].coroutine;
    for (uint32_t e = 0; e < summary->edge_count; e++) {
      uint32_t target_file;
      SemIndex target;
      bool constructs;
      if (!index_edge_target(self, file, e, &target_file, &target, &constructs)) continue;
      ARENA_PUSH(arena, refs, ref_count, ref_capacity) =
          (IndexEdgeRef){file, e, self->base[target_file] + target, constructs};
    }
  }
  /* Seeds from each call site's context (as sem_compute_reach does within a file). */
  for (uint32_t r = 0; r < ref_count; r++) {
    const SummaryEdge *edge = &index_summary(self, refs[r].file)->edges[refs[r].edge];
    uint32_t target = refs[r].target;
    callers[target]++;
    if (edge->context == SEM_CONTEXT_COROUTINE) self->reach[target] |= SEM_REACH_WITH_LOOP;
    else if (edge->context != SEM_CONTEXT_SYNC_FUNCTION || edge->proven_no_loop) self->reach[target] |= SEM_REACH_WITHOUT_LOOP;
    else if (edge->caller != SEM_NONE) out_degree[self->base[refs[r].file] + edge->caller]++;
  }
  for (uint32_t g = 0; g < total; g++) {
    if (coroutine[g]) self->reach[g] = 0;
    else if (callers[g] == 0) self->reach[g] |= SEM_REACH_UNKNOWN;
  }
  /* Propagating edges, grouped by caller. */
  uint32_t *first = arena_alloc(arena, sizeof *first * (total + 2));
  for (uint32_t g = 0; g < total; g++) first[g + 1] = first[g] + out_degree[g];
  uint32_t *fill = arena_alloc(arena, sizeof *fill * (total + 1));
  uint32_t *callees = arena_alloc(arena, sizeof *callees * (first[total] + 1));
  for (uint32_t r = 0; r < ref_count; r++) {
    const SummaryEdge *edge = &index_summary(self, refs[r].file)->edges[refs[r].edge];
    if (edge->context != SEM_CONTEXT_SYNC_FUNCTION || edge->proven_no_loop || edge->caller == SEM_NONE) continue;
    uint32_t caller = self->base[refs[r].file] + edge->caller;
    callees[first[caller] + fill[caller]++] = refs[r].target;
  }
  uint32_t *worklist = arena_alloc(arena, sizeof *worklist * (total * 4 + 1));
  uint32_t pending = 0;
  for (uint32_t g = 0; g < total; g++) {
    if (self->reach[g] && !coroutine[g]) worklist[pending++] = g;
  }
  while (pending) {
    uint32_t caller = worklist[--pending];
    for (uint32_t c = first[caller]; c < first[caller + 1]; c++) {
      uint32_t callee = callees[c];
      if (coroutine[callee] || (self->reach[callee] | self->reach[caller]) == self->reach[callee]) continue;
      self->reach[callee] |= self->reach[caller];
      worklist[pending++] = callee; /* at most once per new flag: 3 flags */
    }
  }
  /* Call sites in other files, per function, in file order. */
  for (uint32_t r = 0; r < ref_count; r++) {
    const FileSummary *summary = index_summary(self, refs[r].file);
    if (summary->edges[refs[r].edge].local_target == SEM_NONE) self->site_counts[refs[r].target]++;
  }
  uint32_t *site_fill = arena_alloc(arena, sizeof *site_fill * (total + 1));
  for (uint32_t g = 0; g < total; g++) {
    if (self->site_counts[g]) self->sites[g] = arena_alloc(arena, sizeof **self->sites * self->site_counts[g]);
  }
  for (uint32_t r = 0; r < ref_count; r++) {
    const FileSummary *summary = index_summary(self, refs[r].file);
    const SummaryEdge *edge = &summary->edges[refs[r].edge];
    if (edge->local_target != SEM_NONE) continue;
    uint32_t caller = edge->caller == SEM_NONE ? UINT32_MAX : self->base[refs[r].file] + edge->caller;
    bool in_loop = edge->context == SEM_CONTEXT_COROUTINE ||
                   (edge->context == SEM_CONTEXT_SYNC_FUNCTION && caller != UINT32_MAX && !edge->proven_no_loop &&
                    self->reach[caller] == SEM_REACH_WITH_LOOP);
    self->sites[refs[r].target][site_fill[refs[r].target]++] = (SemExternalSite){
        .path = self->modules->files[refs[r].file].path,
        .start = edge->start,
        .end = edge->end,
        .context = edge->context,
        .caller_label = edge->caller == SEM_NONE ? NULL : summary->functions[edge->caller].label,
        .runs_in_loop = in_loop,
        .constructs = refs[r].constructs,
    };
  }
}

/* ---------------------------------------------------------------------------------------
 * Views
 * ------------------------------------------------------------------------------------- */

static const SemExternalSymbol *index_view_resolve(const void *index, uint32_t file, const char *qualified_name,
                                                   Arena *arena) {
  const RepoIndex *self = index;
  IndexSymbol symbol;
  if (!index_resolve(self, file, qualified_name, &symbol, NULL)) return NULL;
  const FileSummary *summary = index_summary(self, symbol.file);
  SemExternalSymbol *out = arena_alloc(arena, sizeof *out);
  out->path = self->modules->files[symbol.file].path;
  out->is_class = symbol.kind == INDEX_SYMBOL_CLASS;
  if (out->is_class) {
    const SummaryClass *klass = &summary->classes[symbol.index];
    out->label = klass->name;
    out->start = klass->start;
    out->end = klass->end;
  } else {
    const SummaryFunction *function = &summary->functions[symbol.index];
    out->label = function->label;
    out->is_coroutine_function = function->coroutine;
    out->start = function->start;
    out->end = function->end;
  }
  uint32_t count = 0;
  for (uint32_t i = 0; i < summary->fact_count; i++) {
    const SummaryFact *fact = &summary->facts[i];
    count += out->is_class ? fact->klass == symbol.index : fact->function == symbol.index;
  }
  SemExternalFact *facts = count ? arena_alloc(arena, sizeof *facts * count) : NULL;
  for (uint32_t i = 0; i < summary->fact_count; i++) {
    const SummaryFact *fact = &summary->facts[i];
    if (out->is_class ? fact->klass == symbol.index : fact->function == symbol.index) facts[out->fact_count++] = fact->fact;
  }
  out->facts = facts;
  return out;
}

/* Is the answer to a question yes: a function, or a symbol with the fact asked for? */
static bool index_answers(const RepoIndex *self, const IndexSymbol *symbol, const SemQuestion *question) {
  if (!question->rule) return symbol->kind == INDEX_SYMBOL_FUNCTION;
  const FileSummary *summary = index_summary(self, symbol->file);
  for (uint32_t i = 0; i < summary->fact_count; i++) {
    const SummaryFact *fact = &summary->facts[i];
    SemIndex owner = symbol->kind == INDEX_SYMBOL_CLASS ? fact->klass : fact->function;
    if (owner == symbol->index && strcmp(fact->fact.rule, question->rule) == 0 &&
        strcmp(fact->fact.key, question->key) == 0) {
      return true;
    }
  }
  return false;
}

static const SemIndexView *index_make_view(RepoIndex *self, uint32_t file);

const SemIndexView *index_view(RepoIndex *self, uint32_t file) {
  if (!self->finished || file >= self->count) return NULL;
  if (!self->views) {
    self->views = arena_alloc(&self->arena, sizeof *self->views * self->count);
    self->view_known = arena_alloc(&self->arena, self->count);
  }
  if (!self->view_known[file]) {
    self->view_known[file] = true;
    self->views[file] = index_make_view(self, file);
  }
  return self->views[file];
}

static const SemIndexView *index_make_view(RepoIndex *self, uint32_t file) {
  const FileSummary *summary = index_summary(self, file);
  if (!summary) return NULL;
  uint32_t base = self->base[file];
  bool needed = false;
  for (uint32_t f = 0; f < summary->function_count && !needed; f++) {
    const SummaryFunction *function = &summary->functions[f];
    /* Callers in other files that leave the reach as it was change only notes: the file's
     * reports stand as they are. */
    needed = function->reach_asked && self->reach[base + f] != function->local_reach;
  }
  for (uint32_t q = 0; q < summary->question_count && !needed; q++) {
    IndexSymbol symbol;
    needed = index_resolve(self, file, summary->questions[q].name, &symbol, NULL) &&
             index_answers(self, &symbol, &summary->questions[q]);
  }
  if (!needed) return NULL;
  SemIndexView *view = arena_alloc(&self->arena, sizeof *view);
  *view = (SemIndexView){
      .index = self,
      .file = file,
      .resolve = index_view_resolve,
      .function_count = summary->function_count,
      .reach = &self->reach[base],
      .sites = (const SemExternalSite *const *)&self->sites[base],
      .site_counts = &self->site_counts[base],
  };
  return view;
}
