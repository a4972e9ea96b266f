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
    const SemCall *maker = rule_receiver_made_by(model, call);
    return maker && rule_call_is(maker, loop501_getters) ? *method : NULL;
  }
  return NULL;
}

/* Methods that run their callback on the loop they belong to, in its thread: there the
 * implicit loop is the right one. */
static const char *const loop501_in_loop_schedulers[] = {"call_soon", "call_later", "call_at", "add_done_callback",
                                                         "add_callback", "run_sync", "add_reader", "add_writer",
                                                         "add_signal_handler", NULL};

typedef struct Loop501Uses {
  uint32_t in_loop;          /* handed to a scheduler that runs it on its own loop */
  uint32_t elsewhere;        /* handed to anything else: a thread, signal.signal, a registry */
} Loop501Uses;

static bool loop501_in_loop_scheduler(const SemModel *model, const SemCall *call) {
  for (const char *const *method = loop501_in_loop_schedulers; *method; method++) {
    if (sem_call_method_is(model, call, *method)) return true;
  }
  return false;
}

/* How the function that defines a callback hands it out: as an argument (by name) of the
 * calls in its body. A lambda is handed to the call whose argument list holds it. */
static Loop501Uses loop501_uses(const SemModel *model, const SemFunction *callback) {
  const Frontend *frontend = sem_frontend(model);
  Loop501Uses uses = {0, 0};
  if (callback->is_lambda) {
    TSNode parent = ts_node_parent(callback->node);
    if (!ts_node_is_null(parent) && ts_node_symbol(parent) == frontend->kind.keyword_argument) parent = ts_node_parent(parent);
    const SemCall *call = !ts_node_is_null(parent) && ts_node_symbol(parent) == frontend->kind.argument_list
                              ? rule_call_at(model, ts_node_parent(parent))
                              : NULL;
    if (call) loop501_in_loop_scheduler(model, call) ? uses.in_loop++ : uses.elsewhere++;
    return uses;
  }
  if (!callback->name) return uses;
  uint32_t count;
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
      loop501_in_loop_scheduler(model, call) ? uses.in_loop++ : uses.elsewhere++;
    }
  }
  return uses;
}

static void loop501_check_call(RuleContext *context, const SemCall *call) {
  if (call->context != SEM_CONTEXT_SYNC_FUNCTION || call->function == SEM_NONE) return;
  const SemModel *model = rule_model(context);
  const SemFunction *callback = sem_function(model, call->function);
  if (callback->enclosing_function == SEM_NONE) return;
  /* A callback is what the defining function hands out. Handed to a thread or a registry: a
   * callback. Otherwise a function called directly is a local helper that runs where its
   * caller runs, and one handed only to in-loop schedulers runs on that loop. One that is
   * neither called nor handed to a call (stored, returned, decorated) is a callback too. */
  Loop501Uses uses = loop501_uses(model, callback);
  if (!uses.elsewhere && (callback->caller_count > 0 || uses.in_loop > 0)) return;
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
      "%s, and use loop.call_soon_threadsafe() or asyncio.run_coroutine_threadsafe() from other threads",
      what, callback_label, rule_function_label(context, callback->enclosing_function),
      sem_function(model, callback->enclosing_function)->is_async
          ? "Capture loop = asyncio.get_running_loop() in the coroutine that registers the callback"
          : "Pass the loop in from a coroutine (loop = asyncio.get_running_loop())");
  rule_report_related(context, report, sem_function(model, callback->enclosing_function)->node,
                      "the enclosing function that defines the callback");
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop501_triggers[] = {"asyncio", NULL};

const Rule loop501_implicit_loop_in_callback = {
    .code = "LOOP501",
    .name = "implicit-loop-in-callback",
    .summary = "Callback schedules work through the implicit current loop",
    .severity = SEVERITY_WARNING,
    .triggers = loop501_triggers,
    .check_call = loop501_check_call,
    .docs =
        "## What it does\n"
        "In a sync `def` or `lambda` defined inside another function (a callback handed to someone\n"
        "else), reports scheduling through the implicit loop: `asyncio.get_event_loop()` or\n"
        "`asyncio.get_running_loop()` followed by `.create_task()`, `.call_soon()`, `.call_later()`,\n"
        "`.call_at()` or `.run_in_executor()` (directly or through a name the callback bound), and\n"
        "`asyncio.ensure_future()` / `asyncio.create_task()`. A callback is what the defining function\n"
        "hands out: passed to a thread, `signal.signal`, a registry, or stored or returned. A nested\n"
        "function that is only called directly is a local helper that runs where its caller runs,\n"
        "and one handed only to methods that run it on their own loop, in its thread (`call_soon`,\n"
        "`call_later`, `call_at`, `add_done_callback`, `add_reader`/`add_writer`,\n"
        "`add_signal_handler`, tornado's `add_callback` and `run_sync`) is not reported either.\n"
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
