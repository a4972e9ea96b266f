#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP302: <loop>.run_until_complete() / run_forever() where a loop is already running. */


static const char *const loop302_new_loops[] = {"asyncio.new_event_loop", "uvloop.new_event_loop", NULL};
static const char *const loop302_running_loops[] = {
    "asyncio.get_event_loop", "asyncio.get_running_loop", "asyncio.get_event_loop_policy().get_event_loop", NULL};

/* Which error: the running loop run again ("already running"), or another loop run while one
 * runs. Decided by where the receiver comes from; NULL when the file does not show it. */
static const char *loop302_error(const SemModel *model, const SemCall *call) {
  const SemCall *maker = rule_receiver_made_by(model, call);
  if (maker && rule_call_is(maker, loop302_running_loops)) return "\"RuntimeError: This event loop is already running\"";
  if (maker && rule_call_is(maker, loop302_new_loops)) {
    return "\"RuntimeError: Cannot run the event loop while another loop is running\"";
  }
  return "RuntimeError (\"This event loop is already running\" for the running loop, \"Cannot run the event loop "
         "while another loop is running\" for another one)";
}

static void loop302_check_call(RuleContext *context, const SemCall *call) {
  const SemModel *model = rule_model(context);
  bool forever = sem_call_method_is(model, call, "run_forever");
  if (!forever && !sem_call_method_is(model, call, "run_until_complete")) return;
  if (!sem_call_receiver_is_loop(model, call)) return;
  if (!rule_call_may_run_in_loop(model, call)) return;
  bool in_coroutine = call->context == SEM_CONTEXT_COROUTINE;
  const char *method = forever ? "run_forever" : "run_until_complete";
  const char *error = loop302_error(model, call);
  const char *where = in_coroutine ? "in a coroutine"
                                   : rule_format(context, "in %s, which a coroutine calls,",
                                                 rule_function_label(context, call->function));
  Diagnostic *report = rule_report(context, call->node,
                                   "loop.%s() %s raises %s. Await the work instead (await ...), "
                                   "or run blocking code in a thread (await asyncio.to_thread(...))",
                                   method, where, error);
  if (!in_coroutine) rule_note_coroutine_callers(context, report, call->function);
  rule_report_covers(report, call->node);
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the methods, on a loop that may be found by its name alone. */
static const char *const loop302_triggers[] = {"run_until_complete", "run_forever", NULL};

const Rule loop302_run_until_complete_in_running_loop = {
    .code = "LOOP302",
    .name = "run-until-complete-in-running-loop",
    .summary = "loop.run_until_complete()/run_forever() where a loop is already running",
    .severity = SEVERITY_ERROR,
    .triggers = loop302_triggers,
    .check_call = loop302_check_call,
    .docs =
        "## What it does\n"
        "Reports `<loop>.run_until_complete()` and `<loop>.run_forever()` in a coroutine, or in a sync\n"
        "function that a coroutine calls (same reach and same proven-no-loop exceptions as LOOP301),\n"
        "where `<loop>` is a loop expression: a call of `get_event_loop()`, `get_running_loop()`,\n"
        "`new_event_loop()`, a name or `self` attribute bound to one, or (a documented heuristic) a\n"
        "name or attribute called `loop`, `_loop`, `event_loop`, `_event_loop` or `io_loop` whose\n"
        "binding the file does not show. An awaited call (`await x.run_until_complete(...)`) is a\n"
        "project's own async method and is not reported, nor is a receiver bound to anything else.\n"
        "\n"
        "## Why is this bad?\n"
        "A thread runs one event loop at a time. Running the running loop again raises\n"
        "`RuntimeError: This event loop is already running`; running another loop while one runs\n"
        "raises `RuntimeError: Cannot run the event loop while another loop is running`.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def compute():\n"
        "    return 42\n"
        "\n"
        "\n"
        "async def handler():\n"
        "    loop = asyncio.get_event_loop()\n"
        "    return loop.run_until_complete(compute())\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "async def compute():\n"
        "    return 42\n"
        "\n"
        "\n"
        "async def handler():\n"
        "    return await compute()\n"
        "```\n",
};
