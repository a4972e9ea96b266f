#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP401: asyncio.run() (Runner.run, uvloop.run) given something that is not a coroutine. */

typedef enum Loop401Kind {
  LOOP401_NONE,           /* a coroutine, or not knowable: never reported */
  LOOP401_FUTURE,         /* a Future or Task made before the runner's loop exists */
  LOOP401_FUNCTION,       /* a function object: not called */
  LOOP401_NON_AWAITABLE,  /* None, a literal, a lambda */
} Loop401Kind;

static const char *const loop401_future_makers[] = {"asyncio.gather", "asyncio.ensure_future", "asyncio.create_task",
                                                    "asyncio.shield", "asyncio.wrap_future", NULL};

/* A call that makes a Future or Task: gather(...), ensure_future(...), <loop>.create_task(...),
 * <loop>.run_in_executor(...). */
static bool loop401_makes_future(const SemModel *model, const SemCall *call) {
  if (rule_call_is(call, loop401_future_makers)) return true;
  return (sem_call_method_is(model, call, "create_task") || sem_call_method_is(model, call, "run_in_executor")) &&
         sem_call_receiver_is_loop(model, call);
}

/* Does a same-file plain def certainly return something that is not a coroutine? No return
 * (None), `return None`, literals, or Futures/Tasks. Anything else may be a coroutine. */
static bool loop401_returns_no_coroutine(const SemModel *model, const SemFunction *function) {
  if (function->is_async || function->is_generator || function->is_lambda) return false;
  const Frontend *frontend = sem_frontend(model);
  for (uint32_t i = 0; i < function->return_count; i++) {
    TSNode value = sem_strip_parentheses(model, function->returns[i]);
    if (ts_node_is_null(value) || rule_is_literal(model, value)) continue;
    if (ts_node_symbol(value) == frontend->kind.call) {
      const SemCall *made = rule_call_at(model, value);
      if (made && loop401_makes_future(model, made)) continue;
    }
    return false;
  }
  return true;
}

/* The repository index: tells other files which plain defs return no coroutine (the fact's
 * value is "None" or "no coroutine", for the message). */
static void loop401_export_facts(RuleContext *context) {
  const SemModel *model = rule_model(context);
  for (uint32_t i = 0; i < sem_function_count(model); i++) {
    const SemFunction *function = sem_function(model, i);
    if (!rule_function_is_importable(model, i) || !loop401_returns_no_coroutine(model, function)) continue;
    rule_export_fact(context, i, SEM_NONE, "returns-no-coroutine", sem_definition_name(model, function->node), false,
                     "%s", function->return_count ? "no coroutine" : "None");
  }
}

/* What the argument is, and a description for the message; where it comes from in *origin,
 * or, for a function of another file, in *external. */
static Loop401Kind loop401_classify(RuleContext *context, const SemCall *runner, TSNode argument,
                                    const char **what, TSNode *origin, const SemExternalSymbol **external) {
  const SemModel *model = rule_model(context);
  const Frontend *frontend = sem_frontend(model);
  TSSymbol kind = ts_node_symbol(argument);
  *origin = argument;
  *external = NULL;
  if (kind == frontend->kind.call) {
    const SemCall *call = rule_call_at(model, argument);
    if (!call) return LOOP401_NONE;
    if (loop401_makes_future(model, call)) {
      *what = rule_format(context, "%s(...) returns a %s", rule_snippet(context, call->callee, 40),
                          rule_call_is(call, (const char *const[]){"asyncio.gather", "asyncio.shield",
                                                                   "asyncio.wrap_future", NULL}) ||
                                  sem_call_method_is(model, call, "run_in_executor")
                              ? "Future"
                              : "Task");
      return LOOP401_FUTURE;
    }
    if (call->target_function != SEM_NONE) {
      const SemFunction *function = sem_function(model, call->target_function);
      if (!loop401_returns_no_coroutine(model, function)) return LOOP401_NONE;
      *origin = function->node;
      *what = rule_format(context, "%s is a plain def that returns %s",
                          rule_function_label(context, call->target_function),
                          function->return_count ? "no coroutine" : "None");
      return LOOP401_NON_AWAITABLE;
    }
    const SemExternalSymbol *callee;
    const SemExternalFact *returns = sem_call_external_fact(model, call, "LOOP401", "returns-no-coroutine", true, &callee);
    if (returns && !callee->is_class) {
      *external = callee;
      *what = rule_format(context, "%s() is a plain def that returns %s", rule_snippet(context, call->callee, 40),
                          returns->value);
      return LOOP401_NON_AWAITABLE;
    }
    return LOOP401_NONE;
  }
  if (kind == frontend->kind.identifier) {
    TSNode bound = rule_name_bound_call(model, argument, runner);
    const SemCall *call = ts_node_is_null(bound) ? NULL : rule_call_at(model, bound);
    if (call && loop401_makes_future(model, call)) {
      *origin = bound;
      *what = rule_format(context, "%s holds %s(...), a Future/Task", rule_snippet(context, argument, 30),
                          rule_snippet(context, call->callee, 40));
      return LOOP401_FUTURE;
    }
  }
  if (kind == frontend->kind.identifier || kind == frontend->kind.attribute) {
    SemIndex referenced = sem_referenced_function(model, argument, runner->scope, runner->position);
    if (referenced == SEM_NONE) {
      const SemExternalSymbol *function = sem_external_function(model, argument, runner->scope, runner->position);
      if (!function) return LOOP401_NONE;
      *external = function;
      *what = rule_format(context, "%s is the %sfunction itself, not a call", rule_snippet(context, argument, 40),
                          function->is_coroutine_function ? "coroutine " : "");
      return LOOP401_FUNCTION;
    }
    const SemFunction *function = sem_function(model, referenced);
    *origin = function->node;
    *what = rule_format(context, "%s is the %sfunction itself, not a call", rule_snippet(context, argument, 40),
                        function->is_async ? "coroutine " : "");
    return LOOP401_FUNCTION;
  }
  if (kind == frontend->kind.lambda) {
    *what = "a lambda is a function, not a coroutine";
    return LOOP401_FUNCTION;
  }
  if (rule_is_literal(model, argument)) {
    *what = rule_format(context, "%s is not a coroutine", rule_snippet(context, argument, 30));
    return LOOP401_NON_AWAITABLE;
  }
  return LOOP401_NONE;
}

static void loop401_check_call(RuleContext *context, const SemCall *call) {
  const SemModel *model = rule_model(context);
  const char *runner = rule_runner_name(model, call);
  if (!runner) return;
  TSNode argument = rule_first_argument(model, call);
  if (ts_node_is_null(argument)) return;
  const char *what = NULL;
  TSNode origin;
  const SemExternalSymbol *external;
  Loop401Kind kind = loop401_classify(context, call, argument, &what, &origin, &external);
  if (kind == LOOP401_NONE) return;
  int minor = rule_target_minor(context);
  bool uvloop = strcmp(runner, "uvloop.run") == 0;
  bool checks_coroutine = uvloop ? minor <= 10 : minor <= 13;
  const char *failure;
  if (checks_coroutine) {
    failure = rule_format(context, "\"ValueError: a coroutine was expected\" on Python <=%s", uvloop ? "3.10" : "3.13");
  } else if (kind == LOOP401_FUTURE) {
    failure = "it is made before the runner's loop exists, so awaiting it there fails with \"There is no current "
              "event loop\" or \"attached to a different loop\"";
  } else if (uvloop) {
    failure = "uvloop.run()'s wrapper awaits it and fails with TypeError";
  } else {
    failure = "\"TypeError: An asyncio.Future, a coroutine or an awaitable is required\" on Python 3.14";
  }
  /* How to call the runner in the fix: `runner.run(...)` for an asyncio.Runner. */
  const char *call_form = strcmp(runner, "asyncio.Runner.run") == 0 ? "runner.run" : runner;
  const char *fix;
  if (kind == LOOP401_FUNCTION) {
    fix = ts_node_symbol(argument) != sem_frontend(model)->kind.lambda
              ? rule_format(context, "Call it: %s(%s(...))", call_form, rule_snippet(context, argument, 30))
              : "Pass a coroutine: define an async def and call it";
  } else if (kind == LOOP401_FUTURE) {
    fix = rule_format(context, "Wrap it in a coroutine: async def run_all(): return await %s, then %s(run_all())",
                      rule_snippet(context, origin, 50), call_form);
  } else {
    fix = "Pass a coroutine: call an async def";
  }
  Diagnostic *report = checks_coroutine
                           ? rule_report(context, call->node, "%s() needs a coroutine, but %s: %s. %s", runner, what,
                                         failure, fix)
                           : rule_report(context, call->node, "%s() needs an awaitable made inside its loop, but %s: "
                                         "%s. %s", runner, what, failure, fix);
  if (external) rule_report_related_at(context, report, external->path, external->start, external->end, "defined here");
  else if (!ts_node_eq(origin, argument)) rule_report_related(context, report, origin, "defined here");
  rule_report_covers(report, call->node);
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop401_triggers[] = {"asyncio", "uvloop", NULL};

const Rule loop401_run_non_coroutine = {
    .code = "LOOP401",
    .name = "run-non-coroutine",
    .summary = "asyncio.run() given something that is not a coroutine",
    .severity = SEVERITY_ERROR,
    .triggers = loop401_triggers,
    .check_call = loop401_check_call,
    .export_facts = loop401_export_facts,
    .docs =
        "## What it does\n"
        "Reports `asyncio.run()`, `asyncio.Runner().run()` and `uvloop.run()` whose argument is not a\n"
        "coroutine: `gather(...)`, `ensure_future(...)`, `create_task(...)`, `<loop>.create_task(...)`,\n"
        "`shield(...)`, `wrap_future(...)`, `<loop>.run_in_executor(...)`; a name last bound to one of\n"
        "those in the same scope; a function itself, not called (`asyncio.run(main)`); a call to a\n"
        "plain `def` whose returns are all known not to be coroutines (no `return`, `return None`,\n"
        "a literal, or one of the Future/Task makers above); a `lambda`; a literal. Functions of\n"
        "other modules of the run count like the file's own (`from . import server` then\n"
        "`asyncio.run(server.main())`, also through re-exports), unless `--no-index` is given.\n"
        "A sync factory that returns `main()` is fine, and a call whose callee cannot be resolved is\n"
        "never reported.\n"
        "\n"
        "## Why is this bad?\n"
        "Up to Python 3.13, `asyncio.run()` checks its argument: `ValueError: a coroutine was\n"
        "expected, got <_GatheringFuture pending>` (or `<function main at ...>`, `<Task ...>`). Python\n"
        "3.14 accepts any awaitable, but a Task or `gather()` made before `asyncio.run()` creates its\n"
        "loop belongs to another loop (or fails at once with `There is no current event loop`), and a\n"
        "non-awaitable raises `TypeError: An asyncio.Future, a coroutine or an awaitable is required`.\n"
        "The message follows `--target-version`; it is reported on every target.\n"
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
        "asyncio.run(asyncio.gather(job(1), job(2)))\n"
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
        "asyncio.run(main())\n"
        "```\n",
};
