#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP203: tasks scheduled at import time or in a sync __init__. */

static const char *const loop203_schedulers[] = {"asyncio.create_task", "asyncio.ensure_future", "asyncio.gather",
                                                 NULL};

/* The name to show, or NULL when the call schedules nothing. */
static const char *loop203_scheduler(const SemModel *model, const SemCall *call) {
  if (rule_call_is(call, loop203_schedulers)) return sem_call_qualified_name(call);
  if (sem_call_method_is(model, call, "create_task") && sem_call_receiver_is_loop(model, call)) return "loop.create_task";
  return NULL;
}

/* Is the receiver of <loop>.create_task() the implicit loop (get_event_loop(), directly or
 * through a name bound to it), rather than a loop handed in? */
static bool loop203_implicit_loop(const SemModel *model, const SemCall *call) {
  static const char *const getters[] = {"asyncio.get_event_loop", NULL};
  const SemCall *maker = rule_receiver_made_by(model, call);
  return maker && rule_call_is(maker, getters);
}

static const char *loop203_consequence(const char *name, int minor) {
  if (strcmp(name, "asyncio.create_task") == 0) {
    return "raises \"RuntimeError: no running event loop\": create_task() needs a running loop";
  }
  if (strcmp(name, "loop.create_task") == 0) {
    return "schedules the task on a loop that is not running, racing everything set up later; it runs only if "
           "that very loop is run, never under asyncio.run()'s new loop";
  }
  return minor >= 14 ? "raises \"RuntimeError: There is no current event loop\" on Python 3.14 (and leaves the "
                       "coroutine never awaited)"
                     : "schedules the work on the current (not running) loop, not on the loop asyncio.run() "
                       "creates, where it never runs; on Python 3.14 it raises RuntimeError";
}

static void loop203_check_call(RuleContext *context, const SemCall *call) {
  const SemModel *model = rule_model(context);
  const char *name;
  if (call->context == SEM_CONTEXT_IMPORT_TIME) {
    if (!(name = loop203_scheduler(model, call))) return;
    Diagnostic *report = rule_report(context, call->node, "%s() at import time %s. Schedule it inside a coroutine",
                                     name, loop203_consequence(name, rule_target_minor(context)));
    if (strcmp(name, "asyncio.create_task") == 0) report->severity = SEVERITY_ERROR;
    return;
  }
  if (call->context != SEM_CONTEXT_SYNC_FUNCTION || call->function == SEM_NONE) return;
  const SemFunction *function = sem_function(model, call->function);
  if (function->klass == SEM_NONE || !function->name || strcmp(function->name, "__init__") != 0) return;
  if (!(name = loop203_scheduler(model, call))) return;
  /* An object built only where a loop runs may schedule in its __init__. (Asked only for a
   * scheduling call: the repository index looks for the callers of what rules ask about.) */
  if (rule_function_runs_in_loop(model, call->function)) return;
  /* On a loop the caller hands in (self._loop = loop), the caller decides which loop: report
   * only when the file builds the object where no loop runs. */
  if (strcmp(name, "loop.create_task") == 0 && !loop203_implicit_loop(model, call) &&
      !(sem_function_reach(model, call->function) & SEM_REACH_WITHOUT_LOOP)) {
    return;
  }
  const char *class_name = sem_class(model, function->klass)->name;
  Diagnostic *report = rule_report(
      context, call->node,
      "%s() in %s.__init__: building a %s where no loop runs %s. Start the task from an async method "
      "(async def start(self)) or build the object inside a coroutine",
      name, class_name, class_name, loop203_consequence(name, rule_target_minor(context)));
  if (strcmp(name, "asyncio.create_task") == 0) report->severity = SEVERITY_ERROR;
  rule_note_caller_without_loop(context, report, call->function, "called here, where no loop runs");
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * asyncio names, or <loop>.create_task() on a loop found by its name. */
static const char *const loop203_triggers[] = {"asyncio", "create_task", NULL};

const Rule loop203_task_scheduled_outside_loop = {
    .code = "LOOP203",
    .name = "task-scheduled-outside-loop",
    .summary = "Task scheduled at import time or in a sync __init__",
    .severity = SEVERITY_WARNING,
    .triggers = loop203_triggers,
    .check_call = loop203_check_call,
    .docs =
        "## What it does\n"
        "Reports `asyncio.create_task`, `asyncio.ensure_future`, `<loop>.create_task` and\n"
        "`asyncio.gather` evaluated at import time, or in the body of a sync `__init__`. An `__init__`\n"
        "is not reported when every construction of the class in the analysed code (the file, for\n"
        "now) runs where a loop is running: in a coroutine, or in sync code only coroutines call, or\n"
        "when the class is an asyncio protocol (the loop builds those). `<loop>.create_task` on a\n"
        "loop handed in by the caller (`self._loop = loop`) is reported in `__init__` only when the\n"
        "file builds the object where no loop runs: the caller chose the loop.\n"
        "\n"
        "## Why is this bad?\n"
        "No loop is running at import time, and usually not when an object is built in sync code.\n"
        "`asyncio.create_task()` then raises `RuntimeError: no running event loop`. `ensure_future()`\n"
        "and `gather()` fall back to the current loop: the work is scheduled on a loop that is not\n"
        "running (and not the one `asyncio.run()` will create), races everything set up later, or\n"
        "never runs at all; on Python 3.14 they raise `RuntimeError: There is no current event loop`.\n"
        "Severity: warning; error for `asyncio.create_task`, which always raises there.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "class Heartbeat:\n"
        "    def __init__(self):\n"
        "        self.task = asyncio.ensure_future(self.beat())\n"
        "\n"
        "    async def beat(self):\n"
        "        await asyncio.sleep(1)\n"
        "\n"
        "\n"
        "HEARTBEAT = Heartbeat()\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "class Heartbeat:\n"
        "    def __init__(self):\n"
        "        self.task = None\n"
        "\n"
        "    async def start(self):\n"
        "        self.task = asyncio.create_task(self.beat())\n"
        "\n"
        "    async def beat(self):\n"
        "        await asyncio.sleep(1)\n"
        "\n"
        "\n"
        "async def main():\n"
        "    heartbeat = Heartbeat()\n"
        "    await heartbeat.start()\n"
        "```\n",
};
