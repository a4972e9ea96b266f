#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP501: a callback (a def or lambda nested in a function) that schedules through the
 * implicit, current loop. */

static const char *const loop501_schedulers[] = {"asyncio.ensure_future", "asyncio.create_task", NULL};
static const char *const loop501_getters[] = {"asyncio.get_event_loop", "asyncio.get_running_loop", NULL};
static const char *const loop501_methods[] = {"create_task", "call_soon", "call_later", "call_at", "run_in_executor",
                                              NULL};

/* `asyncio.get_event_loop().call_soon(...)`, or through a name the callback bound to it. */
static const char *loop501_implicit_loop_method(const SemModel *model, const SemCall *call) {
  for (const char *const *method = loop501_methods; *method; method++) {
    if (!sem_call_method_is(model, call, *method)) continue;
    const Frontend *frontend = sem_frontend(model);
    TSNode receiver = sem_strip_parentheses(
        model, ts_node_child_by_field_id(sem_strip_parentheses(model, call->callee), frontend->field.object));
    TSNode made = ts_node_symbol(receiver) == frontend->kind.call ? receiver : rule_name_bound_call(model, receiver, call);
    const SemCall *maker = ts_node_is_null(made) ? NULL : rule_call_at(model, made);
    return maker && rule_call_is(maker, loop501_getters) ? *method : NULL;
  }
  return NULL;
}

/* Methods that run their callback on the loop they belong to, in its thread: there the
 * implicit loop is the right one. */
static const char *const loop501_in_loop_schedulers[] = {"call_soon", "call_later", "call_at", "add_done_callback",
                                                         "add_callback", "run_sync", "add_reader", "add_writer",
                                                         "add_signal_handler", NULL};

/* Is the callback handed, by name, only to in-loop schedulers in the function that defines it?
 * Any other use (a thread, signal.signal, a store, a return) keeps the report. */
static bool loop501_handed_only_to_loop(const SemModel *model, const SemFunction *callback) {
  if (callback->is_lambda || !callback->name) return false;
  const Frontend *frontend = sem_frontend(model);
  uint32_t count, uses = 0;
  const SemIndex *calls = sem_function_calls(model, callback->enclosing_function, &count);
  for (uint32_t i = 0; i < count; i++) {
    const SemCall *call = sem_call(model, calls[i]);
    if (ts_node_is_null(call->arguments) || ts_node_symbol(call->arguments) != frontend->kind.argument_list) continue;
    uint32_t arguments = ts_node_named_child_count(call->arguments);
    for (uint32_t a = 0; a < arguments; a++) {
      TSNode argument = ts_node_named_child(call->arguments, a);
      if (ts_node_symbol(argument) == frontend->kind.keyword_argument) {
        argument = ts_node_child_by_field_id(argument, frontend->field.value);
      }
      uint32_t length;
      const char *text = sem_node_text(model, argument, &length);
      if (ts_node_symbol(argument) != frontend->kind.identifier || strlen(callback->name) != length ||
          memcmp(text, callback->name, length) != 0) {
        continue;
      }
      bool in_loop = false;
      for (const char *const *method = loop501_in_loop_schedulers; *method && !in_loop; method++) {
        in_loop = sem_call_method_is(model, call, *method);
      }
      if (!in_loop) return false;
      uses++;
    }
  }
  return uses > 0;
}

static void loop501_check_call(RuleContext *context, const SemCall *call) {
  if (call->context != SEM_CONTEXT_SYNC_FUNCTION || call->function == SEM_NONE) return;
  const SemModel *model = rule_model(context);
  const SemFunction *callback = sem_function(model, call->function);
  if (callback->enclosing_function == SEM_NONE) return;
  /* Called directly where a loop runs (a local helper), it runs on that loop: fine. */
  if (sem_function_reach(model, call->function) == SEM_REACH_WITH_LOOP) return;
  if (loop501_handed_only_to_loop(model, callback)) return;
  const char *what;
  const char *method = loop501_implicit_loop_method(model, call);
  if (method) {
    what = rule_format(context, "loop.%s() on the implicit loop", method);
  } else if (rule_call_is(call, loop501_schedulers)) {
    what = rule_format(context, "%s()", sem_call_qualified_name(call));
  } else {
    return;
  }
  const char *callback_label = callback->is_lambda ? "a lambda" : rule_function_label(context, call->function);
  Diagnostic *report = rule_report(
      context, call->node,
      "%s in %s, a callback defined inside %s: it schedules onto whichever loop is current where the callback runs; "
      "called from another thread or loop it targets the wrong loop (\"... is bound to a different event loop\"). "
      "Capture loop = asyncio.get_running_loop() in the coroutine that registers the callback, and use "
      "loop.call_soon_threadsafe() or asyncio.run_coroutine_threadsafe() from other threads",
      what, callback_label, rule_function_label(context, callback->enclosing_function));
  rule_report_related(context, report, sem_function(model, callback->enclosing_function)->node,
                      "the enclosing function that defines the callback");
}

const Rule loop501_implicit_loop_in_callback = {
    .code = "LOOP501",
    .name = "implicit-loop-in-callback",
    .summary = "Callback schedules work through the implicit current loop",
    .severity = SEVERITY_WARNING,
    .check_call = loop501_check_call,
    .docs =
        "## What it does\n"
        "In a sync `def` or `lambda` defined inside another function (a callback handed to someone\n"
        "else), reports scheduling through the implicit loop: `asyncio.get_event_loop()` or\n"
        "`asyncio.get_running_loop()` followed by `.create_task()`, `.call_soon()`, `.call_later()`,\n"
        "`.call_at()` or `.run_in_executor()` (directly or through a name the callback bound), and\n"
        "`asyncio.ensure_future()` / `asyncio.create_task()`. A nested function that the file only\n"
        "calls directly from code where a loop runs is a local helper, not a callback, and is not\n"
        "reported; nor is a callback the defining function hands only to methods that run it on\n"
        "their own loop, in its thread (`call_soon`, `call_later`, `call_at`, `add_done_callback`,\n"
        "`add_reader`/`add_writer`, `add_signal_handler`, tornado's `add_callback` and `run_sync`).\n"
        "\n"
        "## Why is this bad?\n"
        "A callback runs wherever its caller runs it: a thread pool, a signal handler, another\n"
        "library's loop. The implicit loop is whichever loop is current *there*: called from another\n"
        "thread, `get_running_loop()` raises and `get_event_loop()` returns or creates a different\n"
        "loop; called from another loop, the work lands on that loop, and loop-bound objects fail\n"
        "with `... is bound to a different event loop` (as in aiohttp's websocket compression lock).\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "import signal\n"
        "\n"
        "\n"
        "async def serve(server):\n"
        "    def on_signal(signum, frame):\n"
        "        asyncio.ensure_future(server.close())\n"
        "\n"
        "    signal.signal(signal.SIGTERM, on_signal)\n"
        "    await server.wait_closed()\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "import signal\n"
        "\n"
        "\n"
        "async def serve(server):\n"
        "    loop = asyncio.get_running_loop()\n"
        "\n"
        "    def on_signal(signum, frame):\n"
        "        loop.call_soon_threadsafe(server.close)\n"
        "\n"
        "    signal.signal(signal.SIGTERM, on_signal)\n"
        "    await server.wait_closed()\n"
        "```\n",
};
