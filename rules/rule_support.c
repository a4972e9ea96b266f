#include "rule_support.h"

#include <string.h>

TSNode rule_first_argument(const SemModel *model, const SemCall *call) {
  const Frontend *frontend = sem_frontend(model);
  if (ts_node_is_null(call->arguments) || ts_node_symbol(call->arguments) != frontend->kind.argument_list) {
    return ((TSNode){.id = NULL});
  }
  uint32_t count = ts_node_named_child_count(call->arguments);
  for (uint32_t i = 0; i < count; i++) {
    TSNode argument = ts_node_named_child(call->arguments, i);
    TSSymbol kind = ts_node_symbol(argument);
    if (kind == frontend->kind.comment) continue;
    if (kind == frontend->kind.keyword_argument || kind == frontend->kind.list_splat) break;
    return sem_strip_parentheses(model, argument);
  }
  return ((TSNode){.id = NULL});
}

TSNode rule_keyword_argument(const SemModel *model, const SemCall *call, const char *name) {
  const Frontend *frontend = sem_frontend(model);
  if (ts_node_is_null(call->arguments) || ts_node_symbol(call->arguments) != frontend->kind.argument_list) {
    return ((TSNode){.id = NULL});
  }
  uint32_t count = ts_node_named_child_count(call->arguments);
  for (uint32_t i = 0; i < count; i++) {
    TSNode argument = ts_node_named_child(call->arguments, i);
    if (ts_node_symbol(argument) != frontend->kind.keyword_argument) continue;
    uint32_t length;
    const char *text = sem_node_text(model, ts_node_child_by_field_id(argument, frontend->field.name), &length);
    if (strlen(name) == length && memcmp(text, name, length) == 0) {
      return ts_node_child_by_field_id(argument, frontend->field.value);
    }
  }
  return ((TSNode){.id = NULL});
}

const SemCall *rule_call_at(const SemModel *model, TSNode call_node) {
  uint32_t count;
  const SemCall *calls = sem_calls(model, &count);
  /* Calls are in source order: binary search by start byte. */
  uint32_t start = ts_node_start_byte(call_node), low = 0, high = count;
  while (low < high) {
    uint32_t mid = low + (high - low) / 2;
    if (calls[mid].position < start) low = mid + 1;
    else high = mid;
  }
  for (uint32_t i = low; i < count && calls[i].position == start; i++) {
    if (ts_node_eq(calls[i].node, call_node)) return &calls[i];
  }
  return NULL;
}

TSNode rule_name_bound_call(const SemModel *model, TSNode name, const SemCall *at) {
  const Frontend *frontend = sem_frontend(model);
  const SemBinding *binding = sem_lookup_node(model, name, at->scope, at->position);
  if (!binding || binding->scope != at->scope || ts_node_is_null(binding->value) ||
      (binding->kind != SEM_BINDING_ASSIGNMENT && binding->kind != SEM_BINDING_WITH_TARGET)) {
    return ((TSNode){.id = NULL});
  }
  TSNode value = sem_strip_parentheses(model, binding->value);
  return ts_node_symbol(value) == frontend->kind.call ? value : ((TSNode){.id = NULL});
}

const SemCall *rule_made_by(const SemModel *model, TSNode expression, const SemCall *at) {
  expression = sem_strip_parentheses(model, expression);
  if (ts_node_is_null(expression)) return NULL;
  TSNode made = ts_node_symbol(expression) == sem_frontend(model)->kind.call ? expression
                                                                             : rule_name_bound_call(model, expression, at);
  return ts_node_is_null(made) ? NULL : rule_call_at(model, made);
}

const SemCall *rule_receiver_made_by(const SemModel *model, const SemCall *call) {
  TSNode callee = sem_strip_parentheses(model, call->callee);
  if (ts_node_symbol(callee) != sem_frontend(model)->kind.attribute) return NULL;
  return rule_made_by(model, ts_node_child_by_field_id(callee, sem_frontend(model)->field.object), call);
}

void rule_note_caller_without_loop(RuleContext *context, Diagnostic *report, SemIndex function, const char *site_note) {
  const SemModel *model = rule_model(context);
  uint32_t count;
  const SemIndex *callers = sem_function_callers(model, function, &count);
  for (uint32_t i = 0; i < count; i++) {
    const SemCall *site = sem_call(model, callers[i]);
    if (sem_call_runs_in_loop(model, site)) continue;
    if (site->target_class != SEM_NONE) {
      rule_report_related(context, report, site->node, "%s built here, where no loop runs",
                          sem_class(model, site->target_class)->name);
    } else {
      rule_report_related(context, report, site->node, "%s", site_note);
    }
    return;
  }
  /* Then the call sites in other files (the repository index). */
  const SemExternalSite *sites = sem_function_external_sites(model, function, &count);
  for (uint32_t i = 0; i < count; i++) {
    if (sites[i].runs_in_loop) continue;
    const SemFunction *f = sem_function(model, function);
    if (sites[i].constructs && f->klass != SEM_NONE) {
      rule_report_related_at(context, report, sites[i].path, sites[i].start, sites[i].end,
                             "%s built here, where no loop runs", sem_class(model, f->klass)->name);
    } else {
      rule_report_related_at(context, report, sites[i].path, sites[i].start, sites[i].end, "%s", site_note);
    }
    return;
  }
}

/* Notes at the call sites in other files that reach `function` with a loop running; returns
 * the number of notes so far. */
static uint32_t rule_note_external_callers_in_loop(RuleContext *context, Diagnostic *report, SemIndex function,
                                                  uint32_t found, uint32_t max_notes) {
  uint32_t count;
  const SemExternalSite *external = sem_function_external_sites(rule_model(context), function, &count);
  for (uint32_t i = 0; i < count && found < max_notes; i++) {
    if (!external[i].runs_in_loop) continue;
    found++;
    const char *caller = external[i].caller_label ? external[i].caller_label : "?";
    if (external[i].context == SEM_CONTEXT_COROUTINE) {
      rule_report_related_at(context, report, external[i].path, external[i].start, external[i].end,
                             "called from coroutine %s here", caller);
    } else {
      rule_report_related_at(context, report, external[i].path, external[i].start, external[i].end,
                             "called from %s here, which coroutines call", caller);
    }
  }
  return found;
}

void rule_note_coroutine_callers(RuleContext *context, Diagnostic *report, SemIndex function) {
  enum { RULE_MAX_NOTES = 3 };
  const SemModel *model = rule_model(context);
  SemIndex sites[RULE_MAX_NOTES];
  uint32_t found = sem_loop_entry_sites(model, function, sites, RULE_MAX_NOTES);
  for (uint32_t i = 0; i < found; i++) {
    const SemCall *site = sem_call(model, sites[i]);
    rule_report_related(context, report, site->node, "called from coroutine %s here",
                        site->function != SEM_NONE ? rule_function_label(context, site->function) : "?");
  }
  /* Callers in other files that run in a loop (the repository index): of the function, or of
   * a sync function of this file through which loops reach it. */
  enum { RULE_MAX_CHAIN = 16 };
  SemIndex chain[RULE_MAX_CHAIN];
  uint32_t chain_count = 0;
  chain[chain_count++] = function;
  for (uint32_t at = 0; at < chain_count && found < RULE_MAX_NOTES; at++) {
    uint32_t caller_count;
    const SemIndex *callers = sem_function_callers(model, chain[at], &caller_count);
    for (uint32_t c = 0; c < caller_count && chain_count < RULE_MAX_CHAIN; c++) {
      const SemCall *site = sem_call(model, callers[c]);
      if (site->context != SEM_CONTEXT_SYNC_FUNCTION || site->function == SEM_NONE ||
          !(sem_function_reach(model, site->function) & SEM_REACH_WITH_LOOP)) {
        continue;
      }
      bool seen = false;
      for (uint32_t q = 0; q < chain_count && !seen; q++) seen = chain[q] == site->function;
      if (!seen) chain[chain_count++] = site->function;
    }
    found = rule_note_external_callers_in_loop(context, report, chain[at], found, RULE_MAX_NOTES);
  }
}


const char *rule_runner_name(const SemModel *model, const SemCall *call) {
  const char *name = sem_call_qualified_name(call);
  if (name && (strcmp(name, "asyncio.run") == 0 || strcmp(name, "uvloop.run") == 0)) return name;
  if (name && strcmp(name, "asyncio.Runner().run") == 0) return "asyncio.Runner.run";
  if (!sem_call_method_is(model, call, "run")) return NULL;
  /* runner = asyncio.Runner(); runner.run(...)  /  with asyncio.Runner() as runner: ... */
  const SemCall *constructor = rule_receiver_made_by(model, call);
  const char *constructed = constructor ? sem_call_qualified_name(constructor) : NULL;
  return constructed && strcmp(constructed, "asyncio.Runner") == 0 ? "asyncio.Runner.run" : NULL;
}

const char *rule_function_label(RuleContext *context, SemIndex function) {
  const SemModel *model = rule_model(context);
  const SemFunction *f = sem_function(model, function);
  if (f->is_lambda) return "a lambda";
  if (f->klass != SEM_NONE) return rule_format(context, "%s.%s()", sem_class(model, f->klass)->name, f->name);
  return rule_format(context, "%s()", f->name);
}

static const char *const rule_loop_built_bases[] = {
    "asyncio.Protocol", "asyncio.BaseProtocol", "asyncio.BufferedProtocol", "asyncio.DatagramProtocol",
    "asyncio.SubprocessProtocol", "asyncio.StreamReaderProtocol", NULL,
};

bool rule_class_built_by_loop(const SemModel *model, SemIndex klass) {
  const Frontend *frontend = sem_frontend(model);
  /* Same-file ancestry is short; bound it in case of cycles in broken code. */
  for (int depth = 0; depth < 8 && klass != SEM_NONE; depth++) {
    const SemClass *current = sem_class(model, klass);
    TSNode bases = ts_node_child_by_field_id(current->node, frontend->field.superclasses);
    uint32_t count = ts_node_is_null(bases) ? 0 : ts_node_named_child_count(bases);
    for (uint32_t i = 0; i < count; i++) {
      const char *name = sem_qualified_name(model, ts_node_named_child(bases, i), current->parent_scope,
                                            ts_node_start_byte(current->node));
      for (const char *const *base = rule_loop_built_bases; name && *base; base++) {
        if (strcmp(name, *base) == 0) return true;
      }
      /* A documented heuristic for protocol classes of other libraries, whose bases a single
       * file cannot see (websockets.WebSocketServerProtocol): a base named *Protocol. */
      uint32_t length;
      const char *text = sem_node_text(model, ts_node_named_child(bases, i), &length);
      if (length >= 8 && memcmp(text + length - 8, "Protocol", 8) == 0) return true;
    }
    klass = current->base_count ? current->bases[0] : SEM_NONE;
  }
  return false;
}

bool rule_function_runs_in_loop(const SemModel *model, SemIndex function) {
  if (sem_function_reach(model, function) == SEM_REACH_WITH_LOOP) return true;
  const SemFunction *f = sem_function(model, function);
  return f->klass != SEM_NONE && f->name && strcmp(f->name, "__init__") == 0 &&
         !(sem_function_reach(model, function) & SEM_REACH_WITHOUT_LOOP) && rule_class_built_by_loop(model, f->klass);
}

bool rule_is_literal(const SemModel *model, TSNode expression) {
  const FrontendKinds *k = &sem_frontend(model)->kind;
  TSSymbol kind = ts_node_symbol(sem_strip_parentheses(model, expression));
  return kind == k->none || kind == k->integer || kind == k->float_ || kind == k->string ||
         kind == k->concatenated_string || kind == k->true_ || kind == k->false_ || kind == k->list ||
         kind == k->dictionary || kind == k->tuple || kind == k->set;
}

bool rule_call_may_run_in_loop(const SemModel *model, const SemCall *call) {
  bool in_coroutine = call->context == SEM_CONTEXT_COROUTINE;
  bool reached = call->context == SEM_CONTEXT_SYNC_FUNCTION && call->function != SEM_NONE &&
                 (sem_function_reach(model, call->function) & SEM_REACH_WITH_LOOP);
  return (in_coroutine || reached) && !sem_call_proven_no_loop(model, call);
}

bool rule_function_is_importable(const SemModel *model, SemIndex function) {
  const SemFunction *f = sem_function(model, function);
  if (!f->name || f->is_lambda) return false;
  if (f->klass == SEM_NONE) return f->parent_scope == 0;
  return sem_class(model, f->klass)->parent_scope == 0 && f->parent_scope == sem_class(model, f->klass)->scope;
}
