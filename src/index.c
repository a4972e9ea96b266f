#include "index.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "name_map.h"

/* Re-export chains longer than this are not followed (a cycle of re-exports ends here). */
enum { INDEX_MAX_HOPS = 16, INDEX_MAX_ROUNDS = 64, INDEX_NAME_BUFFER = 1024 };

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
typedef struct IndexFile {
  bool ready;
  NameMap exports;           /* module-level name -> export */
  NameMap functions;         /* "f", "C.m" -> function */
  NameMap classes;           /* "C" -> class */
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
  const ModuleTable *modules;
  FileReport *reports;
  uint32_t count;
  IndexFile *files;
  NameMap tried;             /* "<file>:<word>" (":" alone: wanted without words) */
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
}

RepoIndex *index_new(const ModuleTable *modules, FileReport *reports) {
  RepoIndex *self = calloc(1, sizeof *self);
  if (!self) return NULL;
  arena_init(&self->arena);
  self->modules = modules;
  self->reports = reports;
  self->count = modules->count;
  self->files = arena_alloc(&self->arena, sizeof *self->files * (self->count + 1));
  name_map_init(&self->tried, &self->arena);
  return self;
}

void index_delete(RepoIndex *self) {
  if (!self) return;
  arena_free(&self->arena);
  free(self);
}

/* ---------------------------------------------------------------------------------------
 * Resolution
 * ------------------------------------------------------------------------------------- */

/* "a" + "." + "b" into `buffer`; false if it does not fit. */
static bool index_compose(char *buffer, const char *head, const char *tail) {
  int written = tail && tail[0] ? snprintf(buffer, INDEX_NAME_BUFFER, "%s.%s", head, tail)
                                : snprintf(buffer, INDEX_NAME_BUFFER, "%s", head);
  return written >= 0 && written < INDEX_NAME_BUFFER;
}

/* The symbol `name` (the part after a module: "f", "C", "C.m", "sub.f") names in `file`,
 * following re-exports. Read-only on prepared files, so workers may call it; during the
 * rounds an unanalysed module on the way goes to *missing. */
static bool index_find(const RepoIndex *self, uint32_t file, const char *name, int hops, IndexSymbol *out,
                       uint32_t *missing) {
  char buffer[INDEX_NAME_BUFFER];
  while (hops-- > 0 && file != MODULE_NONE && name[0]) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) {
      if (missing) *missing = file;
      return false;
    }
    const IndexFile *entry = &self->files[file];
    if (!entry->ready) return false;
    const char *dot = strchr(name, '.');
    uint32_t head_length = dot ? (uint32_t)(dot - name) : (uint32_t)strlen(name);
    const char *tail = dot ? dot + 1 : "";
    uint32_t at = name_map_get(&entry->exports, name, head_length);
    if (at == NAME_MAP_ABSENT) {
      /* `from .impl import *` in a package: the name may come from there. */
      for (uint32_t i = 0; i < summary->export_count; i++) {
        const SummaryExport *star = &summary->exports[i];
        if (star->kind != SUMMARY_EXPORT_STAR || !index_compose(buffer, star->import_path, name)) continue;
        const char *rest = "";
        uint32_t target = module_table_resolve(self->modules, file, buffer, &rest);
        if (target != MODULE_NONE && target != file && index_find(self, target, rest, hops, out, missing)) return true;
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
      /* C.m: a method of the class (static or class method called on the class). */
      uint32_t method = strchr(tail, '.') ? NAME_MAP_ABSENT : name_map_get(&entry->functions, name, (uint32_t)strlen(name));
      if (method == NAME_MAP_ABSENT) return false;
      *out = (IndexSymbol){INDEX_SYMBOL_FUNCTION, file, method};
      return true;
    }
    case SUMMARY_EXPORT_IMPORT: {
      if (!export->import_path || !index_compose(buffer, export->import_path, tail)) return false;
      const char *rest = "";
      uint32_t target = module_table_resolve(self->modules, file, buffer, &rest);
      if (target == file) return false;
      /* The next hop reads `rest`, which points into `buffer`: give it its own copy. */
      char next[INDEX_NAME_BUFFER];
      snprintf(next, sizeof next, "%s", rest ? rest : "");
      return target != MODULE_NONE && index_find(self, target, next, hops, out, missing);
    }
    case SUMMARY_EXPORT_STAR:
    case SUMMARY_EXPORT_OTHER:
      return false;
    }
  }
  return false;
}

/* What a qualified name in `from` names: a function or class of another analysed file. */
static bool index_resolve(const RepoIndex *self, uint32_t from, const char *qualified_name, IndexSymbol *out,
                          uint32_t *missing) {
  const char *rest = "";
  uint32_t file = module_table_resolve(self->modules, from, qualified_name, &rest);
  if (file == MODULE_NONE || file == from || !rest[0]) return false;
  return index_find(self, file, rest, INDEX_MAX_HOPS, out, missing);
}

/* The function a call to the symbol runs: the function, or the class's __init__. */
static SemIndex index_called_function(const RepoIndex *self, const IndexSymbol *symbol) {
  if (symbol->kind == INDEX_SYMBOL_FUNCTION) return symbol->index;
  return index_summary(self, symbol->file)->classes[symbol->index].init;
}

/* The function an edge reaches, as (file, function); false if none. */
static bool index_edge_target(const RepoIndex *self, uint32_t file, const SummaryEdge *edge, uint32_t *target_file,
                              SemIndex *target, bool *constructs) {
  *constructs = false;
  if (edge->local_target != SEM_NONE) {
    *target_file = file;
    *target = edge->local_target;
    return true;
  }
  IndexSymbol symbol;
  if (edge->target_file == MODULE_NONE || edge->target_file == file ||
      !index_find(self, edge->target_file, edge->target_name, INDEX_MAX_HOPS, &symbol, NULL)) {
    return false;
  }
  *constructs = symbol.kind == INDEX_SYMBOL_CLASS;
  *target_file = symbol.file;
  *target = index_called_function(self, &symbol);
  return *target != SEM_NONE;
}

/* ---------------------------------------------------------------------------------------
 * Rounds: which files the index still needs
 * ------------------------------------------------------------------------------------- */

static bool index_try(RepoIndex *self, uint32_t file, const char *word) {
  char key[INDEX_NAME_BUFFER];
  int written = snprintf(key, sizeof key, "%u:%s", file, word ? word : "");
  if (written < 0 || written >= (int)sizeof key) return false;
  if (name_map_get(&self->tried, key, (uint32_t)written) != NAME_MAP_ABSENT) return false;
  name_map_put(&self->tried, arena_strndup(&self->arena, key, (size_t)written), (uint32_t)written, 1);
  return true;
}

static void index_add_word(RepoIndex *self, IndexRound *round, uint32_t file, const char *word) {
  for (uint32_t i = 0; i < round->word_counts[file]; i++) {
    if (strcmp(round->words[file][i], word) == 0) return;
  }
  ARENA_PUSH(&self->arena, round->words[file], round->word_counts[file], round->word_capacities[file]) = word;
}

/* A symbol's name as it appears in code that uses it: "f", "C" (also for C's methods). */
static const char *index_symbol_word(RepoIndex *self, uint32_t file, IndexSymbolKind kind, SemIndex index) {
  const FileSummary *summary = index_summary(self, file);
  if (kind == INDEX_SYMBOL_CLASS) return summary->classes[index].name;
  /* A method is reached from another file as `C.m(...)` (the constructor: as `C(...)`). */
  const char *name = summary->functions[index].name;
  const char *dot = name ? strchr(name, '.') : NULL;
  return dot && strcmp(dot + 1, "__init__") == 0 ? arena_strndup(&self->arena, name, (size_t)(dot - name)) : name;
}

/* Relevant: a sync function whose reach a rule asked for, a function or class with a fact
 * that can give a report at any call site, and every sync function that passes a call on to
 * a relevant function. Their modules' names for them are the words to look for. */
static void index_round_relevant(RepoIndex *self, IndexRound *round) {
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) continue;
    index_prepare(self, file);
    round->relevant_functions[file] = arena_alloc(&self->arena, summary->function_count + 1);
    round->relevant_classes[file] = arena_alloc(&self->arena, summary->class_count + 1);
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
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t file = 0; file < self->count; file++) {
      const FileSummary *summary = index_summary(self, file);
      if (!summary) continue;
      for (uint32_t e = 0; e < summary->edge_count; e++) {
        const SummaryEdge *edge = &summary->edges[e];
        if (edge->caller == SEM_NONE || edge->context != SEM_CONTEXT_SYNC_FUNCTION || edge->proven_no_loop ||
            round->relevant_functions[file][edge->caller] || summary->functions[edge->caller].coroutine) {
          continue;
        }
        uint32_t target_file;
        SemIndex target;
        bool constructs;
        if (index_edge_target(self, file, edge, &target_file, &target, &constructs) &&
            round->relevant_functions[target_file][target]) {
          round->relevant_functions[file][edge->caller] = true;
          changed = true;
        }
      }
    }
  }
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) continue;
    for (uint32_t f = 0; f < summary->function_count; f++) {
      const char *word = round->relevant_functions[file][f] ? index_symbol_word(self, file, INDEX_SYMBOL_FUNCTION, f) : NULL;
      if (word) index_add_word(self, round, file, word);
    }
    for (uint32_t c = 0; c < summary->class_count; c++) {
      const char *word = round->relevant_classes[file][c] ? index_symbol_word(self, file, INDEX_SYMBOL_CLASS, c) : NULL;
      if (word) index_add_word(self, round, file, word);
    }
  }
  /* Names a module re-exports a relevant symbol under (`from .impl import helper as h`). */
  for (int pass = 0; pass < 2; pass++) {
    for (uint32_t file = 0; file < self->count; file++) {
      const FileSummary *summary = index_summary(self, file);
      if (!summary) continue;
      for (uint32_t i = 0; i < summary->export_count; i++) {
        const SummaryExport *export = &summary->exports[i];
        IndexSymbol symbol;
        if (export->kind != SUMMARY_EXPORT_IMPORT || !export->import_path ||
            !index_resolve(self, file, export->import_path, &symbol, NULL)) {
          continue;
        }
        bool relevant = symbol.kind == INDEX_SYMBOL_CLASS ? round->relevant_classes[symbol.file][symbol.index]
                                                          : round->relevant_functions[symbol.file][symbol.index];
        if (relevant) index_add_word(self, round, file, export->name);
      }
    }
  }
}

static void index_want(RepoIndex *self, uint32_t file, const char *const *words, uint32_t word_count) {
  ARENA_PUSH(&self->arena, self->wants, self->want_count, self->want_capacity) =
      (IndexWant){.file = file, .words = words, .word_count = word_count};
}

/* Does an import of `imported` give access to `module`: it is the module, or a package the
 * module is inside (`import pkg` then `pkg.sub.f()`)? */
static bool index_import_reaches(const RepoIndex *self, uint32_t import, uint32_t module) {
  uint32_t imported = import & ~FILE_IMPORT_WHOLE;
  if (imported == module) return true;
  const ModuleFile *package = &self->modules->files[imported];
  if (!package->is_package || !(import & FILE_IMPORT_WHOLE)) return false;
  size_t length = strlen(package->key);
  const char *key = self->modules->files[module].key;
  return length == 0 || (strncmp(key, package->key, length) == 0 && key[length] == '/');
}

uint32_t index_wanted(RepoIndex *self, const IndexWant **wants) {
  self->want_count = 0;
  *wants = NULL;
  if (self->finished || ++self->rounds > INDEX_MAX_ROUNDS) return 0;
  bool *wanted_whole = arena_alloc(&self->arena, self->count + 1);
  /* Modules that must answer what rules asked about. */
  for (uint32_t file = 0; file < self->count; file++) {
    const FileSummary *summary = index_summary(self, file);
    if (!summary) continue;
    index_prepare(self, file);
    for (uint32_t q = 0; q < summary->question_count; q++) {
      IndexSymbol symbol;
      uint32_t missing = MODULE_NONE;
      if (index_resolve(self, file, summary->questions[q], &symbol, &missing) || missing == MODULE_NONE) continue;
      if (self->reports[missing].error || !index_try(self, missing, NULL)) continue;
      wanted_whole[missing] = true;
    }
  }
  IndexRound round = {
      .relevant_functions = arena_alloc(&self->arena, sizeof(bool *) * (self->count + 1)),
      .relevant_classes = arena_alloc(&self->arena, sizeof(bool *) * (self->count + 1)),
      .words = arena_alloc(&self->arena, sizeof(const char **) * (self->count + 1)),
      .word_counts = arena_alloc(&self->arena, sizeof(uint32_t) * (self->count + 1)),
      .word_capacities = arena_alloc(&self->arena, sizeof(uint32_t) * (self->count + 1)),
  };
  index_round_relevant(self, &round);
  uint32_t *relevant_modules = arena_alloc(&self->arena, sizeof *relevant_modules * (self->count + 1));
  uint32_t relevant_count = 0;
  for (uint32_t file = 0; file < self->count; file++) {
    if (round.word_counts[file]) relevant_modules[relevant_count++] = file;
  }
  /* Files that import a module with relevant names, and whose text may use one of them. */
  for (uint32_t file = 0; file < self->count; file++) {
    const FileReport *report = &self->reports[file];
    if (wanted_whole[file]) {
      index_want(self, file, NULL, 0);
      continue;
    }
    if (report->analysed || report->error || !report->import_count || !relevant_count) continue;
    const char **words = NULL;
    uint32_t word_count = 0, word_capacity = 0;
    for (uint32_t i = 0; i < report->import_count; i++) {
      for (uint32_t m = 0; m < relevant_count; m++) {
        uint32_t module = relevant_modules[m];
        if (!index_import_reaches(self, report->imports[i], module)) continue;
        for (uint32_t w = 0; w < round.word_counts[module]; w++) {
          const char *word = round.words[module][w];
          if (index_try(self, file, word)) ARENA_PUSH(&self->arena, words, word_count, word_capacity) = word;
        }
      }
    }
    if (word_count) index_want(self, file, words, word_count);
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
      if (!index_edge_target(self, file, &summary->edges[e], &target_file, &target, &constructs)) continue;
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

const SemIndexView *index_view(RepoIndex *self, uint32_t file) {
  const FileSummary *summary = index_summary(self, file);
  if (!self->finished || !summary) return NULL;
  uint32_t base = self->base[file];
  bool needed = false;
  for (uint32_t f = 0; f < summary->function_count && !needed; f++) {
    const SummaryFunction *function = &summary->functions[f];
    needed = function->reach_asked &&
             (self->reach[base + f] != function->local_reach || self->site_counts[base + f] > 0);
  }
  for (uint32_t q = 0; q < summary->question_count && !needed; q++) {
    IndexSymbol symbol;
    needed = index_resolve(self, file, summary->questions[q], &symbol, NULL);
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
