/* Where an event loop runs: the questions of the semantic model about the code around a call
 * that prove no loop is running there (RULES.md LOOP301's exceptions), and the coroutine call
 * sites through which a sync function runs inside a loop. */
#include <string.h>

#include "semantic.h"
#include "semantic_internal.h"

static bool loop_node_is(const SemModel *model, TSNode node, const char *text) {
  uint32_t length;
  const char *start = sem_node_text(model, node, &length);
  return strlen(text) == length && memcmp(start, text, length) == 0;
}

/* Where a condition is evaluated: names in it are looked up there. */
typedef struct LoopAt {
  SemIndex scope;
  uint32_t position;
} LoopAt;

static bool loop_qualified_is(const SemModel *model, TSNode expression, LoopAt at, const char *name) {
  const char *qualified = sem_qualified_name(model, expression, at.scope, at.position);
  return qualified && strcmp(qualified, name) == 0;
}

/* A call whose result is the running loop or None: asyncio._get_running_loop(). */
static bool loop_is_running_loop_or_none_call(const SemModel *model, TSNode node, LoopAt at) {
  if (ts_node_symbol(node) != sem_frontend(model)->kind.call) return false;
  TSNode callee = ts_node_child_by_field_id(node, sem_frontend(model)->field.function);
  return loop_qualified_is(model, callee, at, "asyncio._get_running_loop") ||
         loop_qualified_is(model, callee, at, "asyncio.events._get_running_loop");
}

/* A name bound (in the call's scope chain) to the running loop, or to None when there is none:
 * `loop = asyncio._get_running_loop()`, or `loop = asyncio.get_running_loop()` in a try whose
 * handler sets it to something else. */
static bool loop_is_running_loop_name(const SemModel *model, TSNode node, LoopAt at) {
  const Frontend *frontend = sem_frontend(model);
  if (ts_node_symbol(node) != frontend->kind.identifier) return false;
  for (const SemBinding *binding = sem_lookup_node(model, node, at.scope, at.position); binding;
       binding = binding->previous == SEM_NONE ? NULL : sem_binding(model, binding->previous)) {
    if (binding->kind != SEM_BINDING_ASSIGNMENT || ts_node_is_null(binding->value)) continue;
    TSNode value = sem_strip_parentheses(model, binding->value);
    if (ts_node_symbol(value) != frontend->kind.call) continue;
    TSNode callee = ts_node_child_by_field_id(value, frontend->field.function);
    if (loop_is_running_loop_or_none_call(model, value, at) ||
        loop_qualified_is(model, callee, at, "asyncio.get_running_loop")) {
      return true;
    }
  }
  return false;
}

/* A name bound to `os.fork()`, or named `pid`. */
static bool loop_is_fork_result(const SemModel *model, TSNode node, LoopAt at) {
  const Frontend *frontend = sem_frontend(model);
  node = sem_strip_parentheses(model, node);
  if (ts_node_symbol(node) == frontend->kind.call) {
    return loop_qualified_is(model, ts_node_child_by_field_id(node, frontend->field.function), at, "os.fork");
  }
  if (ts_node_symbol(node) != frontend->kind.identifier) return false;
  if (loop_node_is(model, node, "pid")) return true;
  const SemBinding *binding = sem_lookup_node(model, node, at.scope, at.position);
  if (!binding || binding->kind != SEM_BINDING_ASSIGNMENT || ts_node_is_null(binding->value)) return false;
  TSNode value = sem_strip_parentheses(model, binding->value);
  return ts_node_symbol(value) == frontend->kind.call &&
         loop_qualified_is(model, ts_node_child_by_field_id(value, frontend->field.function), at, "os.fork");
}

/* Two judgements on a condition C, by structural recursion over not/and/or:
 *   LOOP_IMPLIES_NO_LOOP:  C is true  => no loop runs     (proves the `if C:` branch)
 *   LOOP_IMPLIED_BY_LOOP:  a loop runs => C is true       (proves the `else:` branch)
 * `not` swaps them; `A and B` implies no loop if either side does, and is implied by a loop
 * only if both are (and the reverse for `or`). Atoms: `<x>.is_running()`, a running-loop-or-None
 * value (`loop`, `loop is not None`, `loop is None`), and fork results (`pid == 0` is the
 * child, where no loop runs). */
enum { LOOP_MAX_CONDITION_DEPTH = 16 };

typedef enum LoopSense {
  LOOP_IMPLIES_NO_LOOP,
  LOOP_IMPLIED_BY_LOOP,
} LoopSense;

/* C is true => no loop runs: `loop is None` (a running-loop-or-None value), a forked child. */
static bool loop_atom_implies_no_loop(const SemModel *model, TSNode condition, LoopAt at) {
  const Frontend *frontend = sem_frontend(model);
  if (ts_node_symbol(condition) != frontend->kind.comparison_operator || ts_node_named_child_count(condition) != 2 ||
      ts_node_child_count(condition) != 3) {
    return false;
  }
  TSNode left = sem_strip_parentheses(model, ts_node_named_child(condition, 0));
  TSNode right = sem_strip_parentheses(model, ts_node_named_child(condition, 1));
  TSNode operator_ = ts_node_child(condition, 1);
  bool equals = loop_node_is(model, operator_, "is") || loop_node_is(model, operator_, "==");
  if (equals && ts_node_symbol(right) == frontend->kind.none &&
      (loop_is_running_loop_name(model, left, at) || loop_is_running_loop_or_none_call(model, left, at))) {
    return true; /* loop is None */
  }
  return loop_node_is(model, operator_, "==") && loop_node_is(model, right, "0") && loop_is_fork_result(model, left, at);
}

/* A loop runs => C is true: `x.is_running()`, a running-loop-or-None value or its `is not
 * None`, the fork's parent side (`pid`, `pid != 0`, `pid > 0`). */
static bool loop_atom_implied_by_loop(const SemModel *model, TSNode condition, LoopAt at) {
  const Frontend *frontend = sem_frontend(model);
  TSSymbol kind = ts_node_symbol(condition);
  if (kind == frontend->kind.call) {
    TSNode callee = sem_strip_parentheses(model, ts_node_child_by_field_id(condition, frontend->field.function));
    if (ts_node_symbol(callee) == frontend->kind.attribute &&
        loop_node_is(model, ts_node_child_by_field_id(callee, frontend->field.attribute), "is_running")) {
      return true;
    }
    return loop_is_running_loop_or_none_call(model, condition, at);
  }
  if (kind == frontend->kind.identifier) {
    return loop_is_running_loop_name(model, condition, at) || loop_is_fork_result(model, condition, at);
  }
  if (kind == frontend->kind.comparison_operator && ts_node_named_child_count(condition) == 2 &&
      ts_node_child_count(condition) == 3) {
    TSNode left = sem_strip_parentheses(model, ts_node_named_child(condition, 0));
    TSNode right = sem_strip_parentheses(model, ts_node_named_child(condition, 1));
    TSNode operator_ = ts_node_child(condition, 1);
    if (loop_node_is(model, operator_, "is not") && ts_node_symbol(right) == frontend->kind.none) {
      return loop_is_running_loop_name(model, left, at) || loop_is_running_loop_or_none_call(model, left, at);
    }
    if ((loop_node_is(model, operator_, "!=") || loop_node_is(model, operator_, ">")) && loop_node_is(model, right, "0")) {
      return loop_is_fork_result(model, left, at); /* the parent: the only place a loop may run */
    }
  }
  return false;
}

static bool loop_judge(const SemModel *model, TSNode condition, LoopAt at, LoopSense sense, int depth) {
  const Frontend *frontend = sem_frontend(model);
  condition = sem_strip_parentheses(model, condition);
  if (ts_node_is_null(condition) || depth > LOOP_MAX_CONDITION_DEPTH) return false;
  TSSymbol kind = ts_node_symbol(condition);
  if (kind == frontend->kind.not_operator) {
    LoopSense swapped = sense == LOOP_IMPLIES_NO_LOOP ? LOOP_IMPLIED_BY_LOOP : LOOP_IMPLIES_NO_LOOP;
    return loop_judge(model, ts_node_child_by_field_id(condition, frontend->field.argument), at, swapped, depth + 1);
  }
  if (kind == frontend->kind.boolean_operator) {
    bool left = loop_judge(model, ts_node_child_by_field_id(condition, frontend->field.left), at, sense, depth + 1);
    bool right = loop_judge(model, ts_node_child_by_field_id(condition, frontend->field.right), at, sense, depth + 1);
    bool is_and = loop_node_is(model, ts_node_child_by_field_id(condition, frontend->field.operator_), "and");
    bool either_side = is_and == (sense == LOOP_IMPLIES_NO_LOOP);
    return either_side ? left || right : left && right;
  }
  return sense == LOOP_IMPLIES_NO_LOOP ? loop_atom_implies_no_loop(model, condition, at)
                                       : loop_atom_implied_by_loop(model, condition, at);
}

/* Does the body of this try statement call asyncio.get_running_loop()? Returns that call. */
static const SemCall *loop_running_loop_probe(const SemModel *model, TSNode try_statement) {
  uint32_t count;
  const SemCall *calls = sem_calls(model, &count);
  /* Calls are in source order: binary search for the first call inside the statement. */
  uint32_t start = ts_node_start_byte(try_statement), end = ts_node_end_byte(try_statement);
  uint32_t low = 0, high = count;
  while (low < high) {
    uint32_t mid = low + (high - low) / 2;
    if (calls[mid].position < start) low = mid + 1;
    else high = mid;
  }
  for (uint32_t i = low; i < count && calls[i].position < end; i++) {
    const SemCall *call = &calls[i];
    if (call->try_part != SEM_TRY_BODY || !ts_node_eq(call->try_statement, try_statement)) continue;
    const char *name = sem_call_qualified_name(call);
    if (name && strcmp(name, "asyncio.get_running_loop") == 0) return call;
  }
  return NULL;
}

void sem_loop_prove(const SemModel *model, SemGuard *guards, uint32_t guard_count, SemTryContext *tries,
                    uint32_t try_count) {
  /* Outer before inner, so each entry's parent is already decided. */
  for (uint32_t i = 0; i < guard_count; i++) {
    SemGuard *guard = &guards[i];
    LoopAt at = {guard->scope, ts_node_start_byte(guard->condition)};
    bool own = loop_judge(model, guard->condition, at, guard->negated ? LOOP_IMPLIED_BY_LOOP : LOOP_IMPLIES_NO_LOOP, 0);
    guard->proves_no_loop = own || (guard->parent != SEM_NONE && guards[guard->parent].proves_no_loop);
  }
  for (uint32_t i = 0; i < try_count; i++) {
    SemTryContext *context = &tries[i];
    bool own = false;
    if (context->part == SEM_TRY_HANDLER) {
      const SemCall *probe = loop_running_loop_probe(model, context->try_statement);
      /* The handler this code is in must be the one that catches the probe's RuntimeError. */
      own = probe && sem_handler_catches(model, context->except_clause, "RuntimeError");
    }
    context->proves_no_loop = own || (context->parent != SEM_NONE && tries[context->parent].proves_no_loop);
  }
}

bool sem_call_proven_no_loop(const SemModel *model, const SemCall *call) {
  return (call->try_context != SEM_NONE && sem_try_context(model, call->try_context)->proves_no_loop) ||
         (call->guard != SEM_NONE && sem_guard(model, call->guard)->proves_no_loop);
}

uint32_t sem_loop_entry_sites(const SemModel *model, SemIndex function, SemIndex *sites, uint32_t max_sites) {
  /* Backwards over callers, breadth-first, through sync functions, to coroutine call sites. */
  enum { LOOP_MAX_VISITED = 64 };
  SemIndex queue[LOOP_MAX_VISITED];
  uint32_t head = 0, tail = 0, found = 0;
  queue[tail++] = function;
  while (head < tail && found < max_sites) {
    uint32_t caller_count;
    const SemIndex *callers = sem_function_callers(model, queue[head++], &caller_count);
    for (uint32_t i = 0; i < caller_count && found < max_sites; i++) {
      const SemCall *site = sem_call(model, callers[i]);
      if (site->context == SEM_CONTEXT_COROUTINE) {
        sites[found++] = callers[i];
      } else if (site->context == SEM_CONTEXT_SYNC_FUNCTION && site->function != SEM_NONE && tail < LOOP_MAX_VISITED &&
                 (sem_function_reach(model, site->function) & SEM_REACH_WITH_LOOP)) {
        bool seen = false;
        for (uint32_t q = 0; q < tail && !seen; q++) seen = queue[q] == site->function;
        if (!seen) queue[tail++] = site->function;
      }
    }
  }
  return found;
}
