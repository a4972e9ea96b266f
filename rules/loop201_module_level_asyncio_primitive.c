#include <string.h>

#include "asyncio_names.h"
#include "rule.h"

/* LOOP201: asyncio primitives and futures created at import time, directly or through the
 * sync __init__ of a same-file class built at import time. */

/* Is `call` a primitive creation: asyncio.Lock() ... or <loop>.create_future()? Returns the
 * name to show, or NULL. */
static const char *loop201_primitive(RuleContext *context, const SemCall *call) {
  if (rule_call_is(call, ASYNCIO_PRIMITIVES)) return sem_call_qualified_name(call);
  const SemModel *model = rule_model(context);
  return sem_call_method_is(model, call, "create_future") && sem_call_receiver_is_loop(model, call)
             ? "loop.create_future"
             : NULL;
}

/* What goes wrong with a primitive made at import time, for the target version
 * (ASYNCIO_FACTS B1, B3, B4, C4). Completes "<primitive>() ...". */
static const char *loop201_consequence(int minor, const char *primitive) {
  if (strcmp(primitive, "loop.create_future") == 0) {
    return "makes a future on that loop; awaiting it under the new loop of asyncio.run() fails with "
           "\"got Future ... attached to a different loop\"";
  }
  if (strcmp(primitive, "asyncio.Future") == 0) {
    return minor >= 14 ? "raises \"RuntimeError: There is no current event loop\" on Python 3.14"
                       : "belongs to the import-time event loop, not to the loop asyncio.run() creates: awaiting "
                         "it there fails with \"attached to a different loop\" (and Python 3.14 raises "
                         "RuntimeError at once)";
  }
  return minor >= 10 ? "binds to the first event loop that waits on it; any other loop (a second asyncio.run(), "
                       "another thread, a per-test loop) then fails with \"RuntimeError: ... is bound to a "
                       "different event loop\""
                     : "binds to the import-time event loop on Python <=3.9, not to the loop asyncio.run() "
                       "creates: waiting on it there fails with \"got Future ... attached to a different loop\"";
}

/* The first primitive a class's sync __init__ creates directly, or NULL; memoised per class
 * for the file, since a class may be built at import time thousands of times. */
typedef struct Loop201InitMemo {
  const SemCall *call;
  const char *primitive;
  bool known;
} Loop201InitMemo;

static const SemCall *loop201_init_primitive(RuleContext *context, SemIndex klass, const char **primitive) {
  const SemModel *model = rule_model(context);
  Loop201InitMemo *memo = (Loop201InitMemo *)rule_file_memo(context, sizeof(Loop201InitMemo) * sem_class_count(model)) + klass;
  if (!memo->known) {
    memo->known = true;
    SemIndex init = sem_class_method(model, klass, "__init__");
    if (init != SEM_NONE && !sem_function(model, init)->is_async) {
      uint32_t count;
      const SemIndex *calls = sem_function_calls(model, init, &count);
      for (uint32_t i = 0; i < count && !memo->call; i++) {
        const SemCall *inner = sem_call(model, calls[i]);
        const char *name = loop201_primitive(context, inner);
        if (name) memo->call = inner, memo->primitive = name;
      }
    }
  }
  *primitive = memo->primitive;
  return memo->call;
}

static Diagnostic *loop201_report_construction(RuleContext *context, const SemCall *call, const char *class_name,
                                               const char *primitive) {
  const SemModel *model = rule_model(context);
  return rule_report(context, call->node,
                     "%s() at import time creates %s() in %s.__init__, which %s. Build the object inside a "
                     "coroutine, or create the %s lazily on first use",
                     rule_snippet(context, sem_strip_parentheses(model, call->callee), 40), primitive, class_name,
                     loop201_consequence(rule_target_minor(context), primitive), primitive);
}

static void loop201_check_call(RuleContext *context, const SemCall *call) {
  if (call->context != SEM_CONTEXT_IMPORT_TIME) return;
  const char *primitive = loop201_primitive(context, call);
  if (primitive) {
    rule_report(context, call->node, "%s() created at import time %s. Create it inside the coroutine that uses it",
                primitive, loop201_consequence(rule_target_minor(context), primitive));
    return;
  }
  const SemModel *model = rule_model(context);
  if (call->target_class == SEM_NONE) {
    /* A class of another module of the run (the repository index). */
    const SemExternalSymbol *klass = NULL;
    const SemExternalFact *fact =
        call->target_function == SEM_NONE ? sem_call_external_fact(model, call, "LOOP201", "init-primitive", false, &klass) : NULL;
    if (!fact || !klass->is_class) return;
    Diagnostic *report = loop201_report_construction(context, call, klass->label, fact->value);
    rule_report_related_at(context, report, fact->path, fact->start, fact->end, "%s() created here", fact->value);
    return;
  }
  const SemCall *inner = loop201_init_primitive(context, call->target_class, &primitive);
  if (!inner) return;
  Diagnostic *report = loop201_report_construction(context, call, sem_class(model, call->target_class)->name, primitive);
  rule_report_related(context, report, inner->node, "%s() created here", primitive);
}

/* The repository index: which classes' __init__ creates a primitive. Other modules that
 * build one at import time are reported, whatever words they contain. */
static void loop201_export_facts(RuleContext *context) {
  const SemModel *model = rule_model(context);
  for (uint32_t i = 0; i < sem_class_count(model); i++) {
    const char *primitive;
    const SemCall *inner = loop201_init_primitive(context, i, &primitive);
    if (inner) rule_export_fact(context, SEM_NONE, i, "init-primitive", inner->node, true, "%s", primitive);
  }
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * asyncio names, or <loop>.create_future() on a loop found by its name. */
static const char *const loop201_triggers[] = {"asyncio", "create_future", NULL};

const Rule loop201_module_level_asyncio_primitive = {
    .code = "LOOP201",
    .name = "module-level-asyncio-primitive",
    .summary = "asyncio primitive or future created at import time",
    .severity = SEVERITY_ERROR,
    .triggers = loop201_triggers,
    .check_call = loop201_check_call,
    .export_facts = loop201_export_facts,
    .docs =
        "## What it does\n"
        "Reports `asyncio.Lock`, `Event`, `Condition`, `Semaphore`, `BoundedSemaphore`, `Queue`,\n"
        "`PriorityQueue`, `LifoQueue`, `Barrier` and `Future` objects, and `<loop>.create_future()`,\n"
        "created at import time: in the module body, in class bodies, in default argument values.\n"
        "Also reports `C()` at import time when `C` is a class whose sync `__init__` creates one of\n"
        "them (the report names the primitive and points at it): a class of the same file, or of\n"
        "another module of the run (unless `--no-index`). Primitives created\n"
        "inside coroutines, and `threading` primitives, are not reported.\n"
        "\n"
        "## Why is this bad?\n"
        "On Python 3.8 and 3.9 these objects bind to the current event loop when they are created:\n"
        "the import-time loop, not the loop `asyncio.run()` later creates. From 3.10 on they bind to\n"
        "the first loop that has to wait on them, and fail on any other loop with\n"
        "`RuntimeError: <asyncio.locks.Lock object ...> is bound to a different event loop`: a second\n"
        "`asyncio.run()`, a loop in another thread, or per-test loops under pytest. The failure shows\n"
        "only under contention, long after the import. A module-level `asyncio.Future()` with no loop\n"
        "set raises `RuntimeError` on 3.14.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "LOCK = asyncio.Lock()\n"
        "\n"
        "\n"
        "async def update(cache, key, value):\n"
        "    async with LOCK:\n"
        "        cache[key] = value\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def main(cache):\n"
        "    lock = asyncio.Lock()\n"
        "    await asyncio.gather(update(cache, lock, 1, 2), update(cache, lock, 3, 4))\n"
        "\n"
        "\n"
        "async def update(cache, lock, key, value):\n"
        "    async with lock:\n"
        "        cache[key] = value\n"
        "```\n",
};
