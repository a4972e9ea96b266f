#include "rule.h"

/* LOOP105: get_event_loop() where get_running_loop() says what is meant. */

static const char *const loop105_getters[] = {"asyncio.get_event_loop", NULL};

static void loop105_check_call(RuleContext *context, const SemCall *call) {
  if (call->context != SEM_CONTEXT_COROUTINE || !rule_call_is(call, loop105_getters)) return;
  rule_report(context, call->node,
              "asyncio.get_event_loop() in a coroutine: use asyncio.get_running_loop(), which returns the same "
              "loop here without the deprecated no-loop path and says that a loop must be running");
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop105_triggers[] = {"asyncio", NULL};

const Rule loop105_get_event_loop_in_coroutine = {
    .code = "LOOP105",
    .name = "get-event-loop-in-coroutine",
    .summary = "asyncio.get_event_loop() inside a coroutine; use get_running_loop()",
    .severity = SEVERITY_WARNING,
    .triggers = loop105_triggers,
    .check_call = loop105_check_call,
    .docs =
        "## What it does\n"
        "Reports `asyncio.get_event_loop()` called in the body of an `async def`. (A `def` or `lambda`\n"
        "nested in a coroutine is not a coroutine: it may run later, elsewhere; see LOOP501.)\n"
        "\n"
        "## Why is this bad?\n"
        "Inside a coroutine a loop is running, and `get_event_loop()` returns it, so the code works\n"
        "today. But `get_event_loop()` carries the deprecated behaviour for when no loop runs (a\n"
        "warning on 3.12 and 3.13, `RuntimeError` on 3.14), and readers cannot tell whether the code\n"
        "means \"the running loop\". `asyncio.get_running_loop()` returns the same loop and fails loudly\n"
        "if there is none. The fix is mechanical and safe.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def fetch(path):\n"
        "    loop = asyncio.get_event_loop()\n"
        "    return await loop.run_in_executor(None, open, path)\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def fetch(path):\n"
        "    loop = asyncio.get_running_loop()\n"
        "    return await loop.run_in_executor(None, open, path)\n"
        "```\n",
};
