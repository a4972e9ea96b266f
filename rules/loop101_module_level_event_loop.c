#include <string.h>

#include "rule.h"

/* LOOP101: an event loop obtained or created at import time. */

static const char *const loop101_getters[] = {
    "asyncio.get_event_loop", "asyncio.get_event_loop_policy().get_event_loop", NULL};
static const char *const loop101_creators[] = {"asyncio.new_event_loop", "uvloop.new_event_loop", NULL};
static const char *const loop101_running[] = {"asyncio.get_running_loop", NULL};

static void loop101_check_call(RuleContext *context, const SemCall *call) {
  if (call->context != SEM_CONTEXT_IMPORT_TIME) return;
  int minor = rule_target_minor(context);
  const char *shared = "every importer, thread and instance shares this one loop, and the first asyncio.run() "
                       "creates a new loop and leaves it orphaned";
  if (rule_call_is(call, loop101_running)) {
    /* try: get_running_loop() / except RuntimeError: fallback -- the code expects the raise;
     * the fallback, if it makes a loop, is reported on its own. */
    if (sem_call_in_try_catching(rule_model(context), call, "RuntimeError")) return;
    Diagnostic *report = rule_report(context, call->node,
                                     "asyncio.get_running_loop() at import time always raises \"RuntimeError: no "
                                     "running event loop\". Call it inside the coroutine that needs the loop");
    report->severity = SEVERITY_ERROR;
    return;
  }
  if (rule_call_is(call, loop101_getters)) {
    const char *what = sem_call_qualified_name(call);
    bool policy = strcmp(what, "asyncio.get_event_loop") != 0;
    if (minor >= 14) {
      Diagnostic *report = rule_report(
          context, call->node,
          "%s() at import time raises \"RuntimeError: There is no current event loop\" on Python 3.14%s. "
          "Get the loop inside a coroutine with asyncio.get_running_loop()",
          what, policy ? " (and the policy API is deprecated)" : "");
      report->severity = SEVERITY_ERROR;
    } else if (minor >= 12) {
      rule_report(context, call->node,
                  "%s() at import time: %s; it warns \"There is no current event loop\" on Python 3.12-3.13 and "
                  "raises RuntimeError on 3.14. Get the loop inside a coroutine with asyncio.get_running_loop()",
                  what, shared);
    } else {
      rule_report(context, call->node,
                  "%s() at import time: %s (and it raises RuntimeError on Python 3.14). Get the loop inside a "
                  "coroutine with asyncio.get_running_loop()",
                  what, shared);
    }
    return;
  }
  if (rule_call_is(call, loop101_creators)) {
    const char *name = sem_call_qualified_name(call);
    bool uvloop = strncmp(name, "uvloop.", 7) == 0;
    rule_report(context, call->node,
                "%s() at import time: %s. Create the loop where it runs: %s(main())", name, shared,
                uvloop ? "uvloop.run" : "asyncio.run");
  }
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop101_triggers[] = {"asyncio", "uvloop", NULL};

const Rule loop101_module_level_event_loop = {
    .code = "LOOP101",
    .name = "module-level-event-loop",
    .summary = "Event loop obtained or created at import time",
    .severity = SEVERITY_WARNING,
    .triggers = loop101_triggers,
    .check_call = loop101_check_call,
    .docs =
        "## What it does\n"
        "Reports `asyncio.get_event_loop()`, `asyncio.new_event_loop()`,\n"
        "`asyncio.get_event_loop_policy().get_event_loop()` and `uvloop.new_event_loop()` evaluated at\n"
        "import time: in the module body (also inside module-level `if`/`try`/`with`/`for`), in class\n"
        "bodies, default argument values and decorators, but not in the body of\n"
        "`if __name__ == \"__main__\":`. `asyncio.get_running_loop()` at import time is reported too:\n"
        "it always raises (unless the call sits in a `try` whose handler catches `RuntimeError`,\n"
        "where the raise is the point and the fallback is what gets reported). One report per call.\n"
        "\n"
        "## Why is this bad?\n"
        "The loop is created once, when the module is first imported, and shared by every importer,\n"
        "every instance and every thread. `asyncio.run()` always creates a new loop, so objects built\n"
        "on the import-time loop are on the wrong loop, and after the first `asyncio.run()` the\n"
        "import-time loop is orphaned (`ResourceWarning: unclosed event loop`). With no loop set,\n"
        "`get_event_loop()` warns `There is no current event loop` on Python 3.12 and 3.13 and raises\n"
        "`RuntimeError` on 3.14. `get_running_loop()` raises `RuntimeError: no running event loop`\n"
        "outside a coroutine on every version.\n"
        "\n"
        "Severity: warning; error where the call always fails (`get_running_loop()`, and\n"
        "`get_event_loop()` with `--target-version py314`).\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "loop = asyncio.get_event_loop()\n"
        "\n"
        "\n"
        "async def fetch():\n"
        "    return await loop.run_in_executor(None, sum, [1, 2])\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def fetch():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    return await loop.run_in_executor(None, sum, [1, 2])\n"
        "```\n",
};
