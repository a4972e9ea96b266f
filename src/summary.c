#include "summary.h"

#include <string.h>

#include "name_map.h"

/* Starts and ends each have a cursor: nested definitions and calls on one long line (100 000
 * lambdas) then cost the line's length in all, not once each. */
typedef struct SummarySpans {
  SourceCursor start, end;
} SummarySpans;

static void summary_span(const SemModel *model, SummarySpans *spans, TSNode node, SourcePosition *start,
                         SourcePosition *end) {
  const Source *source = sem_source(model);
  *start = source_position_near(source, ts_node_start_byte(node), &spans->start);
  *end = source_position_near(source, ts_node_end_byte(node), &spans->end);
}

static bool summary_is_top_level_class(const SemModel *model, SemIndex klass) {
  return klass != SEM_NONE && sem_class(model, klass)->parent_scope == 0;
}

static void summary_functions(Arena *arena, const SemModel *model, const SemQuestions *questions, FileSummary *out) {
  out->function_count = sem_function_count(model);
  out->functions = arena_alloc(arena, sizeof *out->functions * (out->function_count + 1));
  SummarySpans spans = {0};
  for (uint32_t i = 0; i < out->function_count; i++) {
    const SemFunction *function = sem_function(model, i);
    SummaryFunction *summary = &out->functions[i];
    summary->coroutine = function->is_async || function->is_generator_coroutine;
    summary->reach_asked = questions && questions->reach_asked && questions->reach_asked[i];
    summary->local_reach = function->reach;
    summary_span(model, &spans, sem_definition_name(model, function->node), &summary->start, &summary->end);
    if (function->is_lambda || !function->name) {
      summary->label = "a lambda";
      continue;
    }
    if (function->klass != SEM_NONE) {
      const char *klass = sem_class(model, function->klass)->name;
      summary->label = arena_concat(arena, klass ? klass : "?", ".", function->name, "()", (char *)NULL);
      if (klass && summary_is_top_level_class(model, function->klass)) {
        summary->name = arena_strndup(arena, summary->label, strlen(summary->label) - 2); /* without "()" */
      }
    } else {
      summary->label = arena_concat(arena, function->name, "()", (char *)NULL);
      if (function->parent_scope == 0) summary->name = arena_strdup(arena, function->name);
    }
  }
}

static void summary_classes(Arena *arena, const SemModel *model, FileSummary *out) {
  out->class_count = sem_class_count(model);
  out->classes = arena_alloc(arena, sizeof *out->classes * (out->class_count + 1));
  SummarySpans spans = {0};
  for (uint32_t i = 0; i < out->class_count; i++) {
    const SemClass *klass = sem_class(model, i);
    SummaryClass *summary = &out->classes[i];
    summary->name = klass->name && klass->parent_scope == 0 ? arena_strdup(arena, klass->name) : NULL;
    summary->init = sem_class_method(model, i, "__init__");
    summary_span(model, &spans, sem_definition_name(model, klass->node), &summary->start, &summary->end);
  }
}

/* The module's names as code after the import sees them: the last binding of each. */
static void summary_exports(Arena *arena, Arena *scratch, const SemModel *model, FileSummary *out) {
  NameMap last;
  name_map_init(&last, scratch);
  uint32_t binding_count = sem_binding_count(model);
  uint32_t *chosen = arena_alloc(scratch, sizeof *chosen * (binding_count + 1));
  uint32_t chosen_count = 0;
  for (uint32_t i = 0; i < binding_count; i++) {
    const SemBinding *binding = sem_binding(model, i);
    if (binding->scope != 0 || !binding->name) continue;
    uint32_t length = (uint32_t)strlen(binding->name);
    uint32_t previous = name_map_get(&last, binding->name, length);
    if (previous == NAME_MAP_ABSENT) {
      name_map_put(&last, binding->name, length, chosen_count);
      chosen[chosen_count++] = i;
    } else if (sem_binding(model, chosen[previous])->position <= binding->position) {
      chosen[previous] = i;
    }
  }
  uint32_t star_count = sem_star_import_count(model);
  out->exports = arena_alloc(arena, sizeof *out->exports * (chosen_count + star_count + 1));
  for (uint32_t c = 0; c < chosen_count; c++) {
    const SemBinding *binding = sem_binding(model, chosen[c]);
    SummaryExport *export = &out->exports[out->export_count++];
    export->name = arena_strdup(arena, binding->name);
    export->index = SEM_NONE;
    switch (binding->kind) {
    case SEM_BINDING_FUNCTION:
      export->kind = SUMMARY_EXPORT_FUNCTION;
      export->index = binding->function;
      break;
    case SEM_BINDING_CLASS:
      export->kind = SUMMARY_EXPORT_CLASS;
      export->index = binding->klass;
      break;
    case SEM_BINDING_IMPORT:
    case SEM_BINDING_FROM_IMPORT:
      export->kind = SUMMARY_EXPORT_IMPORT;
      export->import_path = binding->import_path ? arena_strdup(arena, binding->import_path) : NULL;
      break;
    default:
      export->kind = SUMMARY_EXPORT_OTHER;
      break;
    }
  }
  for (uint32_t i = 0; i < star_count; i++) {
    SemIndex scope;
    const char *module = sem_star_import(model, i, &scope);
    if (scope != 0 || !module) continue;
    out->exports[out->export_count++] =
        (SummaryExport){.kind = SUMMARY_EXPORT_STAR, .index = SEM_NONE, .import_path = arena_strdup(arena, module)};
  }
}

/* An identifier in quotes, as a plain string literal writes it ("run", 'Client'); NULL for
 * anything else (prefixes, escapes, triple quotes, interpolation). */
static const char *summary_string_name(Arena *arena, const SemModel *model, TSNode string) {
  const Source *source = sem_source(model);
  uint32_t start = ts_node_start_byte(string), end = ts_node_end_byte(string);
  if (ts_node_symbol(string) != sem_frontend(model)->kind.string || end - start < 3) return NULL;
  const char *text = source->text + start;
  uint32_t length = end - start;
  if ((text[0] != '"' && text[0] != '\'') || text[length - 1] != text[0] || (length >= 6 && text[1] == text[0])) {
    return NULL;
  }
  if (text[1] >= '0' && text[1] <= '9') return NULL;
  for (uint32_t i = 1; i + 1 < length; i++) {
    if (!source_is_identifier_byte((unsigned char)text[i])) return NULL;
  }
  return arena_strndup(arena, text + 1, length - 2);
}

/* What a star import of this module takes: __all__ when the module assigns it once, at module
 * level, a literal list or tuple of names, and the text names __all__ nowhere else (no +=,
 * .extend, .append, a second assignment in another branch); no __all__: the public names. */
static void summary_star_names(Arena *arena, const SemModel *model, FileSummary *out) {
  const Source *source = sem_source(model);
  uint32_t mentions = 0;
  for (const char *at = source->text; (at = strstr(at, "__all__")); at += 7) mentions++;
  out->star_names = mentions ? SUMMARY_STAR_ANY : SUMMARY_STAR_PUBLIC;
  if (mentions != 1) return;
  const SemBinding *all = NULL;
  for (uint32_t i = 0; i < sem_binding_count(model); i++) {
    const SemBinding *binding = sem_binding(model, i);
    if (binding->scope == 0 && binding->name && strcmp(binding->name, "__all__") == 0) all = binding;
  }
  const Frontend *frontend = sem_frontend(model);
  if (!all || all->kind != SEM_BINDING_ASSIGNMENT || ts_node_is_null(all->value)) return;
  TSNode statement = ts_node_parent(all->node);
  TSSymbol list = ts_node_symbol(all->value);
  if (ts_node_is_null(statement) || ts_node_symbol(statement) != frontend->kind.assignment ||
      (list != frontend->kind.list && list != frontend->kind.tuple)) {
    return;
  }
  uint32_t count = ts_node_named_child_count(all->value);
  const char **names = arena_alloc(arena, sizeof *names * (count + 1));
  for (uint32_t i = 0; i < count; i++) {
    TSNode item = ts_node_named_child(all->value, i);
    if (ts_node_symbol(item) == frontend->kind.comment) {
      names[i] = NULL;
      continue;
    }
    if (!(names[i] = summary_string_name(arena, model, item))) return;
  }
  out->star_names = SUMMARY_STAR_LISTED;
  for (uint32_t i = 0; i < count; i++) {
    if (names[i]) names[out->star_listed_count++] = names[i];
  }
  out->star_listed = names;
}

/* Calls that reach a function: of this file (in-file resolution), or of another file of the
 * run (the callee's qualified name names a module of the run). Others cannot matter. */
static void summary_edges(Arena *arena, Arena *scratch, const SemModel *model, const ModuleTable *modules,
                          uint32_t file, FileSummary *out) {
  uint32_t call_count;
  const SemCall *calls = sem_calls(model, &call_count);
  SummaryEdge *edges = arena_alloc(scratch, sizeof *edges * (call_count + 1));
  uint32_t count = 0;
  /* A file calls the same few names many times (`path.join`): one copy each. */
  NameMap names;
  name_map_init(&names, scratch);
  const char **copies = arena_alloc(scratch, sizeof *copies * (call_count + 1));
  uint32_t copy_count = 0;
  SummarySpans spans = {0};
  for (uint32_t i = 0; i < call_count; i++) {
    const SemCall *call = &calls[i];
    SemIndex local = sem_call_callee(model, call);
    uint32_t target_file = MODULE_NONE;
    const char *rest = NULL;
    if (local == SEM_NONE) {
      const char *callee = call->instance_method ? call->instance_method : call->qualified_name;
      if (!modules || !callee) continue;
      target_file = module_table_resolve(modules, file, callee, &rest);
      if (target_file == MODULE_NONE || !rest[0]) continue;
    }
    SummaryEdge *edge = &edges[count++];
    *edge = (SummaryEdge){
        .caller = call->function,
        .context = call->context,
        .proven_no_loop = sem_call_proven_no_loop(model, call),
        .local_target = local,
        .target_file = target_file,
        .target_name = NULL,
    };
    if (rest) {
      uint32_t length = (uint32_t)strlen(rest);
      uint32_t known = name_map_get(&names, rest, length);
      if (known == NAME_MAP_ABSENT) {
        known = copy_count;
        copies[copy_count++] = arena_strndup(arena, rest, length);
        name_map_put(&names, copies[known], length, known);
      }
      edge->target_name = copies[known];
    }
    summary_span(model, &spans, call->node, &edge->start, &edge->end);
  }
  out->edge_count = count;
  out->edges = arena_alloc_uninitialized(arena, sizeof *out->edges * (count + 1));
  memcpy(out->edges, edges, sizeof *edges * count);
}

FileSummary *summary_build(Arena *arena, Arena *scratch, const SemModel *model, const SemQuestions *questions,
                           const SummaryFact *facts, uint32_t fact_count, const ModuleTable *modules, uint32_t file) {
  FileSummary *out = arena_alloc(arena, sizeof *out);
  summary_functions(arena, model, questions, out);
  summary_classes(arena, model, out);
  summary_exports(arena, scratch, model, out);
  summary_star_names(arena, model, out);
  summary_edges(arena, scratch, model, modules, file, out);
  if (fact_count) {
    /* Rule codes and keys are static strings; values repeat ("None"): one copy each. */
    NameMap values;
    name_map_init(&values, scratch);
    const char **copies = arena_alloc(scratch, sizeof *copies * fact_count);
    uint32_t copy_count = 0;
    out->facts = arena_alloc(arena, sizeof *out->facts * fact_count);
    out->fact_count = fact_count;
    for (uint32_t i = 0; i < fact_count; i++) {
      SummaryFact *fact = &out->facts[i];
      *fact = facts[i];
      uint32_t length = (uint32_t)strlen(facts[i].fact.value);
      uint32_t known = name_map_get(&values, facts[i].fact.value, length);
      if (known == NAME_MAP_ABSENT) {
        known = copy_count;
        copies[copy_count++] = arena_strndup(arena, facts[i].fact.value, length);
        name_map_put(&values, copies[known], length, known);
      }
      fact->fact.value = copies[known];
    }
  }
  if (questions && questions->count) {
    /* Distinct questions only: a rule may ask about the same callee many times. */
    NameMap seen;
    name_map_init(&seen, scratch);
    out->questions = arena_alloc(arena, sizeof *out->questions * questions->count);
    for (uint32_t i = 0; i < questions->count; i++) {
      const SemQuestion *question = &questions->items[i];
      const char *key = arena_concat(scratch, question->name, " ", question->rule ? question->rule : "", " ",
                                     question->key ? question->key : "", question->in_any_file ? " 1" : " 0",
                                     (char *)NULL);
      uint32_t length = (uint32_t)strlen(key);
      if (name_map_get(&seen, key, length) != NAME_MAP_ABSENT) continue;
      name_map_put(&seen, key, length, 1);
      out->questions[out->question_count++] = (SemQuestion){
          .name = arena_strdup(arena, question->name),
          .rule = question->rule ? arena_strdup(arena, question->rule) : NULL,
          .key = question->key ? arena_strdup(arena, question->key) : NULL,
          .in_any_file = question->in_any_file,
      };
    }
  }
  return out;
}

/* ---------------------------------------------------------------------------------------
 * Through a pipe
 * ------------------------------------------------------------------------------------- */

void summary_put_string(SummaryPut put, void *wire, const char *text) {
  uint32_t length = text ? (uint32_t)strlen(text) : UINT32_MAX;
  put(wire, &length, sizeof length);
  if (text) put(wire, text, length);
}

bool summary_get_string(Arena *arena, SummaryGet get, void *wire, const char **text) {
  uint32_t length;
  if (!get(wire, &length, sizeof length)) return false;
  if (length == UINT32_MAX) {
    *text = NULL;
    return true;
  }
  char *copy = arena_alloc_uninitialized(arena, (size_t)length + 1);
  if (length && !get(wire, copy, length)) return false;
  copy[length] = '\0';
  *text = copy;
  return true;
}

void summary_write(const FileSummary *self, SummaryPut put, void *wire) {
  put(wire, self, sizeof *self); /* the counts; the pointers are replaced on reading */
  for (uint32_t i = 0; i < self->function_count; i++) {
    put(wire, &self->functions[i], sizeof self->functions[i]);
    summary_put_string(put, wire, self->functions[i].name);
    summary_put_string(put, wire, self->functions[i].label);
  }
  for (uint32_t i = 0; i < self->class_count; i++) {
    put(wire, &self->classes[i], sizeof self->classes[i]);
    summary_put_string(put, wire, self->classes[i].name);
  }
  for (uint32_t i = 0; i < self->export_count; i++) {
    put(wire, &self->exports[i], sizeof self->exports[i]);
    summary_put_string(put, wire, self->exports[i].name);
    summary_put_string(put, wire, self->exports[i].import_path);
  }
  for (uint32_t i = 0; i < self->edge_count; i++) {
    put(wire, &self->edges[i], sizeof self->edges[i]);
    summary_put_string(put, wire, self->edges[i].target_name);
  }
  for (uint32_t i = 0; i < self->fact_count; i++) {
    put(wire, &self->facts[i], sizeof self->facts[i]); /* rule, key, path: the parent's own */
    summary_put_string(put, wire, self->facts[i].fact.value);
  }
  for (uint32_t i = 0; i < self->question_count; i++) {
    put(wire, &self->questions[i], sizeof self->questions[i]);
    summary_put_string(put, wire, self->questions[i].name);
    summary_put_string(put, wire, self->questions[i].rule);
    summary_put_string(put, wire, self->questions[i].key);
  }
  for (uint32_t i = 0; i < self->star_listed_count; i++) summary_put_string(put, wire, self->star_listed[i]);
}

FileSummary *summary_read(Arena *arena, SummaryGet get, void *wire) {
  FileSummary *self = arena_alloc(arena, sizeof *self);
  if (!get(wire, self, sizeof *self)) return NULL;
  /* The child's pointers mean nothing here: new arrays, filled record by record. */
  self->functions = arena_alloc(arena, sizeof *self->functions * (self->function_count + 1));
  self->classes = arena_alloc(arena, sizeof *self->classes * (self->class_count + 1));
  self->exports = arena_alloc(arena, sizeof *self->exports * (self->export_count + 1));
  self->edges = arena_alloc(arena, sizeof *self->edges * (self->edge_count + 1));
  self->facts = arena_alloc(arena, sizeof *self->facts * (self->fact_count + 1));
  self->questions = arena_alloc(arena, sizeof *self->questions * (self->question_count + 1));
  self->star_listed = arena_alloc(arena, sizeof *self->star_listed * (self->star_listed_count + 1));
  bool ok = true;
  for (uint32_t i = 0; ok && i < self->function_count; i++) {
    SummaryFunction *function = &self->functions[i];
    ok = get(wire, function, sizeof *function) && summary_get_string(arena, get, wire, &function->name) &&
         summary_get_string(arena, get, wire, &function->label);
  }
  for (uint32_t i = 0; ok && i < self->class_count; i++) {
    SummaryClass *klass = &self->classes[i];
    ok = get(wire, klass, sizeof *klass) && summary_get_string(arena, get, wire, &klass->name);
  }
  for (uint32_t i = 0; ok && i < self->export_count; i++) {
    SummaryExport *export = &self->exports[i];
    ok = get(wire, export, sizeof *export) && summary_get_string(arena, get, wire, &export->name) &&
         summary_get_string(arena, get, wire, &export->import_path);
  }
  for (uint32_t i = 0; ok && i < self->edge_count; i++) {
    SummaryEdge *edge = &self->edges[i];
    ok = get(wire, edge, sizeof *edge) && summary_get_string(arena, get, wire, &edge->target_name);
  }
  for (uint32_t i = 0; ok && i < self->fact_count; i++) {
    SummaryFact *fact = &self->facts[i];
    ok = get(wire, fact, sizeof *fact) && summary_get_string(arena, get, wire, &fact->fact.value);
  }
  for (uint32_t i = 0; ok && i < self->question_count; i++) {
    SemQuestion *question = &self->questions[i];
    ok = get(wire, question, sizeof *question) && summary_get_string(arena, get, wire, &question->name) &&
         summary_get_string(arena, get, wire, &question->rule) && summary_get_string(arena, get, wire, &question->key);
  }
  for (uint32_t i = 0; ok && i < self->star_listed_count; i++) {
    ok = summary_get_string(arena, get, wire, &self->star_listed[i]);
  }
  return ok ? self : NULL;
}
