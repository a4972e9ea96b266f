#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP103: self.loop = asyncio.get_event_loop() in a sync method (typically __init__). */

static const char *const loop103_getters[] = {"asyncio.get_event_loop", NULL};

/* The get_event_loop() call in a stored value: alone, as the fallback of `loop or ...`, or a
 * branch of a conditional expression. */
static const SemCall *loop103_captured_call(const SemModel *model, TSNode value) {
  const Frontend *frontend = sem_frontend(model);
  TSNode pending[8];
  uint32_t count = 0;
  pending[count++] = value;
  while (count) {
    TSNode node = sem_strip_parentheses(model, pending[--count]);
    if (ts_node_is_null(node)) continue;
    TSSymbol kind = ts_node_symbol(node);
    if (kind == frontend->kind.call) {
      const SemCall *call = rule_call_at(model, node);
      if (call && rule_call_is(call, loop103_getters)) return call;
    } else if (kind == frontend->kind.boolean_operator && count + 2 <= 8) {
      pending[count++] = ts_node_child_by_field_id(node, frontend->field.right);
      pending[count++] = ts_node_child_by_field_id(node, frontend->field.left);
    } else if (kind == frontend->kind.conditional_expression && count + 2 <= 8) {
      pending[count++] = ts_node_named_child(node, 2);
      pending[count++] = ts_node_named_child(node, 0);
    }
  }
  return NULL;
}

static void loop103_check_file(RuleContext *context) {
  const SemModel *model = rule_model(context);
  uint32_t count;
  const SemAttributeAssignment *assignments = sem_attribute_assignments(model, &count);
  for (uint32_t i = 0; i < count; i++) {
    const SemAttributeAssignment *assignment = &assignments[i];
    if (ts_node_is_null(assignment->value)) continue;
    const SemFunction *method = sem_function(model, assignment->function);
    if (method->is_async || method->klass == SEM_NONE || method->is_lambda) continue;
    const SemCall *capture = loop103_captured_call(model, assignment->value);
    if (!capture) continue;
    bool init = method->name && strcmp(method->name, "__init__") == 0;
    unsigned reach = sem_function_reach(model, assignment->function);
    /* __init__: reported unless every construction runs where a loop runs. Other methods:
     * only when the file shows a call where no loop runs. */
    if (init ? rule_function_runs_in_loop(model, assignment->function) : !(reach & SEM_REACH_WITHOUT_LOOP)) continue;
    const char *class_name = sem_class(model, method->klass)->name;
    const char *target = rule_snippet(context, assignment->target, 40);
    Diagnostic *report = rule_report(
        context, capture->node,
        "%s = asyncio.get_event_loop() in %s binds every %s to the loop that is current when %s, usually not the "
        "loop asyncio.run() creates later (its futures then fail with \"attached to a different loop\"); with no "
        "loop set, Python 3.14 raises RuntimeError. Get the loop when it is needed, inside a coroutine: "
        "asyncio.get_running_loop()",
        target, rule_function_label(context, assignment->function), class_name,
        init ? "it is built" : "this method runs");
    if (rule_target_minor(context) >= 14) report->severity = SEVERITY_ERROR;
    rule_note_caller_without_loop(context, report, assignment->function, "called here, where no loop runs");
  }
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop103_triggers[] = {"asyncio", NULL};

const Rule loop103_loop_captured_at_construction = {
    .code = "LOOP103",
    .name = "loop-captured-at-construction",
    .summary = "Event loop captured in a sync method, typically __init__",
    .severity = SEVERITY_WARNING,
    .triggers = loop103_triggers,
    .check_file = loop103_check_file,
    .docs =
        "## What it does\n"
        "Reports storing `asyncio.get_event_loop()` on `self` or `cls` in a sync method: alone, as the\n"
        "fallback in `loop or asyncio.get_event_loop()`, or in a conditional expression. In\n"
        "`__init__` it is reported unless every construction of the class in the analysed code (the\n"
        "files of the run, through the repository index; the file alone with `--no-index`) runs\n"
        "where a loop is running: in a coroutine, or in sync code that only\n"
        "coroutines call. asyncio protocol classes (`asyncio.Protocol` and the other protocol bases,\n"
        "and, as a heuristic, any class with a base named `*Protocol`, such as\n"
        "`websockets.WebSocketServerProtocol`) are built by the running loop itself, through the\n"
        "protocol factory, and are not reported\n"
        "unless the analysed code builds one where no loop runs. Another class the analysed code\n"
        "never builds is reported: it is public API, and its users often build it before\n"
        "`asyncio.run()`. In other sync methods it is reported only when the analysed code calls\n"
        "the method where no loop runs.\n"
        "\n"
        "## Why is this bad?\n"
        "The object binds to whatever loop is current when it is built. Built at import time, in the\n"
        "main guard or in sync set-up code, that is not the loop `asyncio.run()` creates later, so the\n"
        "futures and callbacks it makes on `self.loop` fail with `attached to a different loop`, or\n"
        "never run. With no loop set, `get_event_loop()` warns on Python 3.12 and 3.13 and raises\n"
        "`RuntimeError` on 3.14.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "class Client:\n"
        "    def __init__(self, loop=None):\n"
        "        self.loop = loop or asyncio.get_event_loop()\n"
        "\n"
        "    async def call(self):\n"
        "        return await self.loop.run_in_executor(None, sum, [1, 2])\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "class Client:\n"
        "    async def call(self):\n"
        "        loop = asyncio.get_running_loop()\n"
        "        return await loop.run_in_executor(None, sum, [1, 2])\n"
        "```\n",
};
