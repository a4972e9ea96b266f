#include <string.h>

#include "rule.h"

/* LOOP102: global loop state changed at import time. */

static const char *const loop102_setters[] = {"asyncio.set_event_loop", "asyncio.set_event_loop_policy",
                                              "uvloop.install", NULL};

static void loop102_check_call(RuleContext *context, const SemCall *call) {
  if (call->context != SEM_CONTEXT_IMPORT_TIME || !rule_call_is(call, loop102_setters)) return;
  const char *name = sem_call_qualified_name(call);
  int minor = rule_target_minor(context);
  const char *deprecation = "";
  if (strcmp(name, "asyncio.set_event_loop_policy") == 0 && minor >= 14) {
    deprecation = " The policy API is deprecated on Python 3.14 and slated for removal in 3.16.";
  } else if (strcmp(name, "uvloop.install") == 0 && minor >= 12) {
    deprecation = " uvloop.install() is deprecated in favour of uvloop.run() on Python 3.12+.";
  }
  const char *instead = strcmp(name, "uvloop.install") == 0 ? "uvloop.run(main())"
                        : strcmp(name, "asyncio.set_event_loop_policy") == 0
                            ? "asyncio.run(main(), loop_factory=...) (3.12+) or set it in the main guard"
                            : "asyncio.run(main()) in the main guard";
  rule_report(context, call->node,
              "%s() at import time changes the event loop state of the whole process for every importer.%s Do it "
              "where the program starts: %s",
              name, deprecation, instead);
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop102_triggers[] = {"asyncio", "uvloop", NULL};

const Rule loop102_import_time_loop_setup = {
    .code = "LOOP102",
    .name = "import-time-loop-setup",
    .summary = "Global event loop state changed at import time",
    .severity = SEVERITY_WARNING,
    .triggers = loop102_triggers,
    .check_call = loop102_check_call,
    .docs =
        "## What it does\n"
        "Reports `asyncio.set_event_loop(...)`, `asyncio.set_event_loop_policy(...)` and\n"
        "`uvloop.install()` evaluated at import time (module body, class bodies, defaults,\n"
        "decorators; not the main guard).\n"
        "\n"
        "## Why is this bad?\n"
        "Importing the module changes global loop state for the whole process: every importer, test\n"
        "and thread gets the new policy or loop, in whatever order modules happen to be imported. The\n"
        "first `asyncio.run()` then replaces the loop set here and clears it to `None` when it ends.\n"
        "`set_event_loop_policy` is deprecated on Python 3.14 (removal planned for 3.16), and\n"
        "`uvloop.install()` is deprecated in favour of `uvloop.run()` on 3.12+.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "import uvloop\n"
        "\n"
        "uvloop.install()\n"
        "\n"
        "\n"
        "async def main():\n"
        "    await asyncio.sleep(0)\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "import uvloop\n"
        "\n"
        "\n"
        "async def main():\n"
        "    await asyncio.sleep(0)\n"
        "\n"
        "\n"
        "if __name__ == \"__main__\":\n"
        "    uvloop.run(main())\n"
        "```\n",
};
