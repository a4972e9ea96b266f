#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP403: trio.run(main()) / anyio.run(main()): these runners take the function. */

static const char *const loop403_runners[] = {"trio.run", "anyio.run", NULL};
static const char *const loop403_library_coroutines[] = {"asyncio.sleep", "trio.sleep", "anyio.sleep", NULL};

static void loop403_check_call(RuleContext *context, const SemCall *call) {
  if (!rule_call_is(call, loop403_runners)) return;
  const SemModel *model = rule_model(context);
  TSNode argument = rule_first_argument(model, call);
  if (ts_node_is_null(argument) || ts_node_symbol(argument) != sem_frontend(model)->kind.call) return;
  const SemCall *inner = rule_call_at(model, argument);
  if (!inner) return;
  bool coroutine = (inner->target_function != SEM_NONE && sem_function(model, inner->target_function)->is_async) ||
                   rule_call_is(inner, loop403_library_coroutines);
  if (!coroutine) return;
  const char *runner = sem_call_qualified_name(call);
  const char *callee = rule_snippet(context, inner->callee, 40);
  /* The suggestion: positional arguments follow the function; keyword arguments need
   * functools.partial (the runner's own keywords are its options); the runner's other
   * arguments (backend=...) stay. */
  const Frontend *frontend = sem_frontend(model);
  bool keywords = false;
  const char *positional = "", *all = "";
  uint32_t count = ts_node_named_child_count(inner->arguments);
  for (uint32_t i = 0; i < count; i++) {
    TSNode item = ts_node_named_child(inner->arguments, i);
    if (ts_node_symbol(item) == frontend->kind.comment) continue;
    const char *text = rule_snippet(context, item, 30);
    all = rule_format(context, "%s, %s", all, text);
    if (ts_node_symbol(item) == frontend->kind.keyword_argument || ts_node_symbol(item) == frontend->kind.dictionary_splat) {
      keywords = true;
    } else {
      positional = rule_format(context, "%s, %s", positional, text);
    }
  }
  const char *function = keywords ? rule_format(context, "functools.partial(%s%s)", callee, all)
                                  : rule_format(context, "%s%s", callee, positional);
  const char *options = "";
  uint32_t outer = ts_node_named_child_count(call->arguments);
  for (uint32_t i = 0; i < outer; i++) {
    TSNode item = ts_node_named_child(call->arguments, i);
    if (ts_node_symbol(item) == frontend->kind.comment) continue;
    if (ts_node_start_byte(item) <= ts_node_start_byte(argument) && ts_node_end_byte(item) >= ts_node_end_byte(argument)) {
      continue; /* the coroutine argument itself */
    }
    options = rule_format(context, "%s, %s", options, rule_snippet(context, item, 30));
  }
  Diagnostic *report = rule_report(
      context, call->node,
      "%s() takes the async function and its arguments, not a coroutine object: it raises TypeError (%s) and the "
      "coroutine is never awaited. Pass the function: %s(%s%s)",
      runner,
      strncmp(runner, "trio.", 5) == 0 ? "\"Trio was expecting an async function, but instead it got a coroutine object\""
                                       : "'coroutine' object is not callable",
      runner, function, options);
  if (inner->target_function != SEM_NONE) {
    rule_report_related(context, report, sem_function(model, inner->target_function)->node, "async def defined here");
  }
  rule_report_covers(report, call->node);
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop403_triggers[] = {"trio", "anyio", NULL};

const Rule loop403_callable_runner_given_coroutine = {
    .code = "LOOP403",
    .name = "callable-runner-given-coroutine",
    .summary = "trio.run()/anyio.run() given a coroutine instead of the function",
    .severity = SEVERITY_ERROR,
    .triggers = loop403_triggers,
    .check_call = loop403_check_call,
    .docs =
        "## What it does\n"
        "Reports `trio.run(main())` and `anyio.run(main())` where the argument is a call of an\n"
        "`async def` of the file (or of `asyncio.sleep`/`trio.sleep`/`anyio.sleep`): a coroutine\n"
        "object. `trio.run(functools.partial(main, x))` and other callables are fine.\n"
        "\n"
        "## Why is this bad?\n"
        "Unlike `asyncio.run()`, these runners take the async function and its arguments and call it\n"
        "themselves: `trio.run(main, arg)`. Given a coroutine object, trio raises `TypeError: Trio was\n"
        "expecting an async function, but instead it got a coroutine object`, anyio fails with\n"
        "`TypeError: 'coroutine' object is not callable`, and the coroutine is never awaited.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import trio\n"
        "\n"
        "\n"
        "async def main(delay):\n"
        "    await trio.sleep(delay)\n"
        "\n"
        "\n"
        "trio.run(main(1))\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import trio\n"
        "\n"
        "\n"
        "async def main(delay):\n"
        "    await trio.sleep(delay)\n"
        "\n"
        "\n"
        "trio.run(main, 1)\n"
        "```\n",
};
