#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP303: an object bound to one loop awaited under another. */

static const char *const loop303_new_loops[] = {"asyncio.new_event_loop", "uvloop.new_event_loop", NULL};
static const char *const loop303_current_loops[] = {"asyncio.get_event_loop", "asyncio.new_event_loop",
                                                    "uvloop.new_event_loop", NULL};
static const char *const loop303_implicit_futures[] = {"asyncio.gather", "asyncio.ensure_future",
                                                       "asyncio.create_task", NULL};
static const char *const loop303_setters[] = {"asyncio.set_event_loop", NULL};
static const char *const loop303_loop_methods[] = {"create_future", "create_task", "run_in_executor", NULL};

/* The loop-making call a receiver expression comes from: the call itself or the call a name
 * of the same scope was bound to, if it is one of `makers`. */
static const SemCall *loop303_receiver_maker(const SemModel *model, const SemCall *call, const char *const *makers) {
  const SemCall *maker = rule_receiver_made_by(model, call);
  return maker && rule_call_is(maker, makers) ? maker : NULL;
}

/* (c) loop = new_event_loop(); loop.run_until_complete(asyncio.gather(...)) outside a loop,
 * without set_event_loop(loop) first. */
static void loop303_check_run_until_complete(RuleContext *context, const SemCall *call) {
  const SemModel *model = rule_model(context);
  if (!sem_call_method_is(model, call, "run_until_complete") || sem_call_runs_in_loop(model, call)) return;
  const SemCall *maker = loop303_receiver_maker(model, call, loop303_new_loops);
  if (!maker) return;
  TSNode argument = rule_first_argument(model, call);
  const SemCall *inner = ts_node_is_null(argument) ? NULL : rule_call_at(model, argument);
  if (!inner || !ts_node_eq(inner->node, argument) || !rule_call_is(inner, loop303_implicit_futures) ||
      !ts_node_is_null(rule_keyword_argument(model, inner, "loop"))) {
    return;
  }
  uint32_t count;
  const SemCall *calls = sem_calls(model, &count);
  for (uint32_t i = 0; i < count && calls[i].position < call->position; i++) {
    if (calls[i].function == call->function && rule_call_is(&calls[i], loop303_setters)) return;
  }
  const char *name = sem_call_qualified_name(inner);
  const char *effect = strcmp(name, "asyncio.create_task") == 0
                           ? "raises \"RuntimeError: no running event loop\" before the loop runs"
                           : "makes its future on the current event loop, not on this new one: \"ValueError: The "
                             "future belongs to a different loop than the one specified as the loop argument\" (on "
                             "Python 3.14 it raises \"There is no current event loop\" at once)";
  Diagnostic *report = rule_report(context, call->node,
                                   "%s(...) is evaluated before loop.run_until_complete() runs this new loop, and %s. "
                                   "Call asyncio.set_event_loop(loop) first, or use asyncio.run(main())",
                                   name, effect);
  rule_report_related(context, report, maker->node, "the loop is created here and never made current");
  rule_report_covers(report, call->node);
}

/* The loop capture or future in a class's __init__: `self.x = get_event_loop()` or a future
 * made there. Returns the node to point at, or a null node. */
static TSNode loop303_init_binding(const SemModel *model, SemIndex klass) {
  SemIndex init = sem_class_method(model, klass, "__init__");
  if (init == SEM_NONE) return ((TSNode){.id = NULL});
  uint32_t count;
  const SemIndex *calls = sem_function_calls(model, init, &count);
  for (uint32_t i = 0; i < count; i++) {
    const SemCall *call = sem_call(model, calls[i]);
    if (rule_call_is(call, loop303_current_loops) || rule_call_is(call, (const char *const[]){"asyncio.Future", NULL}) ||
        (sem_call_method_is(model, call, "create_future") && sem_call_receiver_is_loop(model, call))) {
      return call->node;
    }
  }
  return ((TSNode){.id = NULL});
}

/* (b) asyncio.run(x.m()) / asyncio.run(C().m()) where C binds to a loop in __init__ and the
 * object is built before asyncio.run() creates its loop. */
static bool loop303_check_object_method(RuleContext *context, const SemCall *call, const char *runner) {
  const SemModel *model = rule_model(context);
  const Frontend *frontend = sem_frontend(model);
  TSNode argument = rule_first_argument(model, call);
  const SemCall *method_call = ts_node_is_null(argument) ? NULL : rule_call_at(model, argument);
  if (!method_call || !ts_node_eq(method_call->node, argument)) return false;
  TSNode callee = sem_strip_parentheses(model, method_call->callee);
  if (ts_node_symbol(callee) != frontend->kind.attribute) return false;
  TSNode object = sem_strip_parentheses(model, ts_node_child_by_field_id(callee, frontend->field.object));
  TSNode built = ts_node_symbol(object) == frontend->kind.call ? object : rule_name_bound_call(model, object, call);
  const SemCall *constructor = ts_node_is_null(built) ? NULL : rule_call_at(model, built);
  if (!constructor || sem_call_runs_in_loop(model, constructor)) return false;
  TSNode binding = {0};
  const char *class_name;
  const SemExternalFact *external = NULL;
  if (constructor->target_class != SEM_NONE) {
    binding = loop303_init_binding(model, constructor->target_class);
    if (ts_node_is_null(binding)) return false;
    class_name = sem_class(model, constructor->target_class)->name;
  } else {
    /* A class of another module of the run (the repository index). */
    const SemExternalSymbol *klass = NULL;
    if (constructor->target_function != SEM_NONE ||
        !(external = sem_call_external_fact(model, constructor, "LOOP303", "init-binds-loop", false, &klass)) ||
        !klass->is_class) {
      return false;
    }
    class_name = klass->label;
  }
  Diagnostic *report = rule_report(
      context, call->node,
      "%s() runs %s on a new loop, but this %s was built before, and its __init__ bound it to the loop current then: "
      "awaiting what it made fails with \"attached to a different loop\". Build the %s inside the coroutine",
      runner, rule_snippet(context, argument, 40), class_name, class_name);
  rule_report_related(context, report, constructor->node, "%s built here, outside the loop asyncio.run() creates", class_name);
  if (external) {
    rule_report_related_at(context, report, external->path, external->start, external->end,
                           "%s.__init__ binds to a loop here", class_name);
  } else {
    rule_report_related(context, report, binding, "%s.__init__ binds to a loop here", class_name);
  }
  rule_report_covers(report, call->node);
  return true;
}

/* The repository index: classes whose __init__ binds to the current loop, for (b) in other
 * modules. */
static void loop303_export_facts(RuleContext *context) {
  const SemModel *model = rule_model(context);
  for (uint32_t i = 0; i < sem_class_count(model); i++) {
    TSNode binding = loop303_init_binding(model, i);
    if (!ts_node_is_null(binding)) rule_export_fact(context, SEM_NONE, i, "init-binds-loop", binding, false, "yes");
  }
}

/* (a) a coroutine run by asyncio.run() awaits a future/task made earlier on another loop. */
static void loop303_check_awaited_foreign(RuleContext *context, const SemCall *call, const char *runner) {
  const SemModel *model = rule_model(context);
  const Frontend *frontend = sem_frontend(model);
  TSNode argument = rule_first_argument(model, call);
  const SemCall *coroutine_call = ts_node_is_null(argument) ? NULL : rule_call_at(model, argument);
  if (!coroutine_call || coroutine_call->target_function == SEM_NONE) return;
  const SemFunction *coroutine = sem_function(model, coroutine_call->target_function);
  if (!coroutine->is_async) return;
  for (uint32_t i = 0; i < coroutine->await_count; i++) {
    TSNode awaited = sem_strip_parentheses(model, coroutine->awaits[i]);
    if (ts_node_is_null(awaited) || ts_node_symbol(awaited) != frontend->kind.identifier) continue;
    const SemBinding *binding = sem_lookup_node(model, awaited, coroutine->scope, ts_node_start_byte(awaited));
    if (!binding || binding->scope == coroutine->scope || binding->kind != SEM_BINDING_ASSIGNMENT ||
        ts_node_is_null(binding->value)) {
      continue;
    }
    const SemCall *made = rule_call_at(model, sem_strip_parentheses(model, binding->value));
    if (!made) continue;
    bool on_foreign_loop = false;
    for (const char *const *method = loop303_loop_methods; *method && !on_foreign_loop; method++) {
      on_foreign_loop = sem_call_method_is(model, made, *method) && loop303_receiver_maker(model, made, loop303_current_loops);
    }
    if (!on_foreign_loop && rule_call_is(made, (const char *const[]){"asyncio.ensure_future", NULL})) {
      /* ensure_future(..., loop=<a loop from get_event_loop()/new_event_loop()>) */
      const SemCall *maker = rule_made_by(model, rule_keyword_argument(model, made, "loop"), made);
      on_foreign_loop = maker && rule_call_is(maker, loop303_current_loops);
    }
    if (!on_foreign_loop) continue;
    Diagnostic *report = rule_report(
        context, call->node,
        "%s() runs %s on a new loop, but it awaits %s, made earlier on another loop: \"got Future ... attached to a "
        "different loop\". Make it inside the coroutine, with asyncio.get_running_loop()",
        runner, rule_snippet(context, argument, 40), binding->name);
    rule_report_related(context, report, made->node, "%s is made here, on the loop of that time", binding->name);
    rule_report_covers(report, call->node);
    return;
  }
}

static void loop303_check_call(RuleContext *context, const SemCall *call) {
  loop303_check_run_until_complete(context, call);
  const char *runner = rule_runner_name(rule_model(context), call);
  if (runner && !loop303_check_object_method(context, call, runner)) loop303_check_awaited_foreign(context, call, runner);
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop303_triggers[] = {"asyncio", "uvloop", NULL};

const Rule loop303_loop_object_crosses_asyncio_run = {
    .code = "LOOP303",
    .name = "loop-object-crosses-asyncio-run",
    .summary = "Future, task or loop-bound object awaited under another loop",
    .severity = SEVERITY_ERROR,
    .triggers = loop303_triggers,
    .check_call = loop303_check_call,
    .export_facts = loop303_export_facts,
    .docs =
        "## What it does\n"
        "Reports, at the runner call, a future, task or object bound to one loop and awaited under\n"
        "another, with related locations where the foreign objects were made:\n"
        "(a) a coroutine run by `asyncio.run(f())` awaits a name bound outside it to\n"
        "`<loop>.create_future()`, `<loop>.create_task(...)` or `<loop>.run_in_executor(...)` of a loop\n"
        "from `get_event_loop()` or `new_event_loop()`;\n"
        "(b) `asyncio.run(x.m())` or `asyncio.run(C().m())` where `C.__init__` (of the file, or of\n"
        "another module of the run) gets a loop (`get_event_loop()`, `new_event_loop()`) or makes a\n"
        "future, and the object is built before, outside the coroutine;\n"
        "(c) `loop.run_until_complete(asyncio.gather(...) / ensure_future(...) / create_task(...))`\n"
        "outside a running loop, where `loop` came from `new_event_loop()` and was not made current\n"
        "with `asyncio.set_event_loop(loop)` first (and no `loop=` is passed).\n"
        "\n"
        "## Why is this bad?\n"
        "`asyncio.run()` always creates a new loop. A future made on another loop cannot be awaited\n"
        "there: the task fails with `RuntimeError: Task ... got Future ... attached to a different\n"
        "loop`. In (c) the argument is evaluated first, so `gather()`/`ensure_future()` make their\n"
        "future on the *current* loop, and `run_until_complete()` raises `ValueError: The future\n"
        "belongs to a different loop than the one specified as the loop argument` (or, on 3.14,\n"
        "`There is no current event loop` at once).\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def job(n):\n"
        "    await asyncio.sleep(n)\n"
        "\n"
        "\n"
        "def main():\n"
        "    loop = asyncio.new_event_loop()\n"
        "    loop.run_until_complete(asyncio.gather(job(1), job(2)))\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def job(n):\n"
        "    await asyncio.sleep(n)\n"
        "\n"
        "\n"
        "async def main():\n"
        "    await asyncio.gather(job(1), job(2))\n"
        "\n"
        "\n"
        "if __name__ == \"__main__\":\n"
        "    asyncio.run(main())\n"
        "```\n",
};
