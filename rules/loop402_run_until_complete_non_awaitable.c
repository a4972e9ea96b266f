#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP402: <loop>.run_until_complete(f) where f is not awaitable. */

static bool loop402_returns_nothing_awaitable(const SemModel *model, const SemFunction *function) {
  if (function->is_async || function->is_generator || function->is_lambda) return false;
  for (uint32_t i = 0; i < function->return_count; i++) {
    if (!ts_node_is_null(function->returns[i]) && !rule_is_literal(model, function->returns[i])) return false;
  }
  return true;
}

static void loop402_check_call(RuleContext *context, const SemCall *call) {
  const SemModel *model = rule_model(context);
  if (!sem_call_method_is(model, call, "run_until_complete") || !sem_call_receiver_is_loop(model, call)) return;
  TSNode argument = rule_first_argument(model, call);
  if (ts_node_is_null(argument)) return;
  const Frontend *frontend = sem_frontend(model);
  const char *what = NULL;
  const SemFunction *function = NULL;
  const SemExternalSymbol *external = NULL; /* a function of another module of the run */
  if (ts_node_symbol(argument) == frontend->kind.identifier || ts_node_symbol(argument) == frontend->kind.attribute) {
    SemIndex referenced = sem_referenced_function(model, argument, call->scope, call->position);
    const char *name = rule_snippet(context, argument, 40);
    if (referenced == SEM_NONE) {
      external = sem_external_function(model, argument, call->scope, call->position);
      if (!external || !external->is_coroutine_function) return;
      what = rule_format(context, "%s is the coroutine function itself, not a coroutine. Call it: "
                                  "loop.run_until_complete(%s(...))", name, name);
    } else {
      function = sem_function(model, referenced);
      if (!function->is_async) return;
      TSNode parameters = ts_node_child_by_field_id(function->node, frontend->field.parameters);
      uint32_t parameter_count = ts_node_is_null(parameters) ? 0 : ts_node_named_child_count(parameters);
      bool bound_method = function->klass != SEM_NONE && !function->is_staticmethod;
      bool takes_arguments = parameter_count > (bound_method ? 1u : 0u);
      what = rule_format(context, "%s is the coroutine function itself, not a coroutine. Call it: "
                                  "loop.run_until_complete(%s(%s))", name, name, takes_arguments ? "..." : "");
    }
  } else if (ts_node_symbol(argument) == frontend->kind.call) {
    const SemCall *inner = rule_call_at(model, argument);
    if (!inner) return;
    if (inner->target_function == SEM_NONE) {
      const SemExternalFact *fact = sem_call_external_fact(model, inner, "LOOP402", "returns-nothing-awaitable", true,
                                                           &external);
      if (!fact || external->is_class) return;
      what = rule_format(context, "%s() is a plain def that returns %s. Make it async def, or call it without the loop",
                         rule_snippet(context, inner->callee, 40), fact->value);
    } else {
      function = sem_function(model, inner->target_function);
      if (!loop402_returns_nothing_awaitable(model, function)) return;
      what = rule_format(context, "%s is a plain def that returns %s. Make it async def, or call it without the loop",
                         rule_function_label(context, inner->target_function),
                         function->return_count ? "nothing awaitable" : "None");
    }
  } else {
    return;
  }
  Diagnostic *report = rule_report(context, call->node,
                                   "loop.run_until_complete() needs an awaitable and raises \"TypeError: An "
                                   "asyncio.Future, a coroutine or an awaitable is required\": %s",
                                   what);
  if (external) rule_report_related_at(context, report, external->path, external->start, external->end, "defined here");
  else rule_report_related(context, report, function->node, "defined here");
  rule_report_covers(report, call->node);
}

/* The repository index: plain defs that return nothing awaitable, for calls in other modules. */
static void loop402_export_facts(RuleContext *context) {
  const SemModel *model = rule_model(context);
  for (uint32_t i = 0; i < sem_function_count(model); i++) {
    const SemFunction *function = sem_function(model, i);
    if (!rule_function_is_importable(model, i) || !loop402_returns_nothing_awaitable(model, function)) continue;
    rule_export_fact(context, i, SEM_NONE, "returns-nothing-awaitable", sem_definition_name(model, function->node),
                     false, "%s", function->return_count ? "nothing awaitable" : "None");
  }
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the method, on a loop that may be found by its name alone. */
static const char *const loop402_triggers[] = {"run_until_complete", NULL};

const Rule loop402_run_until_complete_non_awaitable = {
    .code = "LOOP402",
    .name = "run-until-complete-non-awaitable",
    .summary = "loop.run_until_complete() given something that is not awaitable",
    .severity = SEVERITY_ERROR,
    .triggers = loop402_triggers,
    .check_call = loop402_check_call,
    .export_facts = loop402_export_facts,
    .docs =
        "## What it does\n"
        "Reports `<loop>.run_until_complete(f)` (with `<loop>` a loop expression, see LOOP302) where\n"
        "`f` is an `async def` passed without calling it, or a call to a plain `def` that returns\n"
        "nothing awaitable (no `return`, `return None`, literals): of the file, or of another module\n"
        "of the run (unless `--no-index`).\n"
        "`run_until_complete(gather(...))` is legal and not reported.\n"
        "\n"
        "## Why is this bad?\n"
        "`run_until_complete()` wraps its argument with `ensure_future()`, which accepts coroutines,\n"
        "Futures and awaitables only: anything else raises `TypeError: An asyncio.Future, a coroutine\n"
        "or an awaitable is required`, on every Python version.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def main():\n"
        "    await asyncio.sleep(0)\n"
        "\n"
        "\n"
        "loop = asyncio.new_event_loop()\n"
        "try:\n"
        "    loop.run_until_complete(main)\n"
        "finally:\n"
        "    loop.close()\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def main():\n"
        "    await asyncio.sleep(0)\n"
        "\n"
        "\n"
        "if __name__ == \"__main__\":\n"
        "    asyncio.run(main())\n"
        "```\n",
};
