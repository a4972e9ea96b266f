#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP104: get_event_loop() where no loop runs: the main guard, or sync functions that only
 * such places call. */

static const char *const loop104_getters[] = {"asyncio.get_event_loop", NULL};
static const char *const loop104_setters[] = {"asyncio.set_event_loop", NULL};

/* `asyncio.set_event_loop(...)` earlier in the same function (or main guard): then
 * get_event_loop() returns that loop on every version. */
static bool loop104_loop_was_set(const SemModel *model, const SemCall *call) {
  uint32_t count;
  const SemCall *calls = sem_calls(model, &count);
  for (uint32_t i = 0; i < count && calls[i].position < call->position; i++) {
    if (calls[i].function == call->function && calls[i].context == call->context &&
        rule_call_is(&calls[i], loop104_setters)) {
      return true;
    }
  }
  return false;
}

/* The call whose receiver is this get_event_loop() call: `get_event_loop().run_until_complete(x)`. */
static const SemCall *loop104_receiver_of(const SemModel *model, const SemCall *getter) {
  const SemCall *next = getter - 1; /* the outer call starts at the same byte and precedes it */
  uint32_t count;
  const SemCall *calls = sem_calls(model, &count);
  if (getter == calls || next->position != getter->position) return NULL;
  return sem_call_method_is(model, next, "run_until_complete") ? next : NULL;
}

static void loop104_check_call(RuleContext *context, const SemCall *call) {
  if (!rule_call_is(call, loop104_getters)) return;
  const SemModel *model = rule_model(context);
  bool outside = call->context == SEM_CONTEXT_MAIN_GUARD ||
                 (call->context == SEM_CONTEXT_SYNC_FUNCTION && call->function != SEM_NONE &&
                  sem_function_reach(model, call->function) == SEM_REACH_WITHOUT_LOOP);
  if (!outside || loop104_loop_was_set(model, call)) return;
  int minor = rule_target_minor(context);
  const char *where = call->context == SEM_CONTEXT_MAIN_GUARD
                          ? "in the main guard"
                          : rule_format(context, "in %s, which runs only where no loop is running",
                                        rule_function_label(context, call->function));
  const SemCall *runner = loop104_receiver_of(model, call);
  const char *instead = "asyncio.run(main())";
  if (runner) {
    TSNode argument = rule_first_argument(model, runner);
    if (!ts_node_is_null(argument)) instead = rule_format(context, "asyncio.run(%s)", rule_snippet(context, argument, 40));
  }
  Diagnostic *report = rule_report(
      context, call->node,
      "asyncio.get_event_loop() %s falls back to the deprecated no-loop path (DeprecationWarning on Python 3.12-3.13) "
      "and raises \"RuntimeError: There is no current event loop\" on 3.14. Use %s",
      where, instead);
  if (minor >= 14) report->severity = SEVERITY_ERROR;
  if (call->context == SEM_CONTEXT_SYNC_FUNCTION) {
    uint32_t callers;
    const SemIndex *sites = sem_function_callers(model, call->function, &callers);
    if (callers) rule_report_related(context, report, sem_call(model, sites[0])->node, "called here, with no loop running");
  }
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop104_triggers[] = {"asyncio", NULL};

const Rule loop104_get_event_loop_outside_loop = {
    .code = "LOOP104",
    .name = "get-event-loop-outside-loop",
    .summary = "asyncio.get_event_loop() where no event loop runs",
    .severity = SEVERITY_WARNING,
    .triggers = loop104_triggers,
    .check_call = loop104_check_call,
    .docs =
        "## What it does\n"
        "Reports `asyncio.get_event_loop()` in the main guard (`if __name__ == \"__main__\":`), or in a\n"
        "sync function that the analysed code calls only from the main guard, import time, or other\n"
        "such functions: places where no event loop is running. Not reported after an\n"
        "`asyncio.set_event_loop(...)` in the same function, where it returns that loop. The analysed\n"
        "code is the files of the run (the file alone with `--no-index`).\n"
        "\n"
        "## Why is this bad?\n"
        "With no running loop, `get_event_loop()` falls back to the policy: it creates a loop silently\n"
        "on 3.8-3.11, warns `DeprecationWarning: There is no current event loop` on 3.12 and 3.13, and\n"
        "raises `RuntimeError` on Python 3.14. The usual pattern,\n"
        "`asyncio.get_event_loop().run_until_complete(main())`, is what `asyncio.run(main())` does\n"
        "correctly: a fresh loop, async generators and the default executor shut down, the loop closed.\n"
        "Severity: warning; error with `--target-version py314`.\n"
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
        "if __name__ == \"__main__\":\n"
        "    asyncio.get_event_loop().run_until_complete(main())\n"
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
