#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP301: asyncio.run() (or Runner.run, uvloop.run) where a loop is already running. */

static void loop301_check_call(RuleContext *context, const SemCall *call) {
  const SemModel *model = rule_model(context);
  const char *runner = rule_runner_name(model, call);
  if (!runner) return;
  if (!rule_call_may_run_in_loop(model, call)) return;
  bool in_coroutine = call->context == SEM_CONTEXT_COROUTINE;
  bool runner_object = strcmp(runner, "asyncio.Runner.run") == 0;
  /* Inside `with asyncio.Runner()`, close() then masks it with "Cannot run the event loop
   * while another loop is running" (ASYNCIO_FACTS C1). */
  const char *error = runner_object ? "Runner.run() cannot be called from a running event loop\" (inside `with "
                                      "asyncio.Runner()` it surfaces as \"Cannot run the event loop while another loop "
                                      "is running)"
                                    : "asyncio.run() cannot be called from a running event loop";
  TSNode argument = rule_first_argument(model, call);
  const char *awaited = ts_node_is_null(argument) ? "the coroutine" : rule_snippet(context, argument, 40);
  Diagnostic *report;
  if (in_coroutine) {
    report = rule_report(context, call->node, "%s() in a coroutine raises \"RuntimeError: %s\". Await it instead: await %s",
                         runner, error, awaited);
  } else {
    const SemFunction *function = sem_function(model, call->function);
    const char *label = rule_function_label(context, call->function);
    const char *fix = function->name && strcmp(function->name, "__init__") == 0
                          ? "Move the call out of __init__ into an async method that callers await"
                          : rule_format(context, "Make %s a coroutine that awaits %s, or run it in a thread "
                                                 "(await asyncio.to_thread(...))", label, awaited);
    report = rule_report(context, call->node, "%s() in %s, which a coroutine calls: there it raises \"RuntimeError: %s\". %s",
                         runner, label, error, fix);
    rule_note_coroutine_callers(context, report, call->function);
  }
  rule_report_covers(report, call->node);
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop301_triggers[] = {"asyncio", "uvloop", NULL};

const Rule loop301_run_in_running_loop = {
    .code = "LOOP301",
    .name = "run-in-running-loop",
    .summary = "asyncio.run() called where an event loop is already running",
    .severity = SEVERITY_ERROR,
    .triggers = loop301_triggers,
    .check_call = loop301_check_call,
    .docs =
        "## What it does\n"
        "Reports `asyncio.run()`, `asyncio.Runner().run()` and `uvloop.run()` in a coroutine, or in a\n"
        "sync function or constructor (`__init__`) that a coroutine calls, directly or through other\n"
        "sync functions of the analysed code (the files of the run, also across modules; the file\n"
        "alone with `--no-index`), with a note at each coroutine call\n"
        "site that reaches it. Not reported where the code has just proven that no loop runs: in the\n"
        "`except RuntimeError` handler of a `try` whose body calls `asyncio.get_running_loop()`; under\n"
        "`if not loop.is_running():` or in the `else` of `if loop.is_running():` (also after an early\n"
        "`return`); where the result of `asyncio._get_running_loop()` is `None`; in a forked child\n"
        "(`if os.fork() == 0`, `if pid == 0`); or when the function is handed to another thread\n"
        "(`executor.submit(asyncio.run, ...)`, `threading.Thread(target=...)`, `asyncio.to_thread`):\n"
        "those are not calls, so they do not reach it.\n"
        "\n"
        "## Why is this bad?\n"
        "`asyncio.run()` starts a new event loop in the current thread, and a thread can run only one.\n"
        "Called while a loop runs it raises `RuntimeError: asyncio.run() cannot be called from a\n"
        "running event loop` (`Runner.run() cannot be called from a running event loop` for\n"
        "`asyncio.Runner`), on every Python version. The typical cause is a sync helper that wraps a\n"
        "coroutine with `asyncio.run()` and is later called from async code.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def fetch():\n"
        "    await asyncio.sleep(0)\n"
        "    return 1\n"
        "\n"
        "\n"
        "def fetch_sync():\n"
        "    return asyncio.run(fetch())\n"
        "\n"
        "\n"
        "async def handler():\n"
        "    return fetch_sync()\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def fetch():\n"
        "    await asyncio.sleep(0)\n"
        "    return 1\n"
        "\n"
        "\n"
        "async def handler():\n"
        "    return await fetch()\n"
        "```\n",
};
