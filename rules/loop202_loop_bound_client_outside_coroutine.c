#include <string.h>

#include "rule.h"
#include "rule_support.h"

/* LOOP202: loop-bound library objects built where no loop runs. */

typedef struct LoopBoundClient {
  const char *qualified_name;
  const char *versions;
  const char *consequence;
} LoopBoundClient;

static const LoopBoundClient loop202_clients[] = {
#define CLIENT(name, versions, consequence) {name, versions, consequence},
#include "loop_bound_clients.def"
#undef CLIENT
};

/* The table entry for a call, or for a constructor the configuration adds (`loop-bound`),
 * described in `configured` (owned by the caller). */
static const LoopBoundClient *loop202_client(RuleContext *context, const SemCall *call, LoopBoundClient *configured) {
  const char *name = sem_call_qualified_name(call);
  if (!name) return NULL;
  for (size_t i = 0; i < sizeof loop202_clients / sizeof *loop202_clients; i++) {
    if (strcmp(loop202_clients[i].qualified_name, name) == 0) return &loop202_clients[i];
  }
  uint32_t count;
  const char *const *extra = rule_loop_bound(context, &count);
  for (uint32_t i = 0; i < count; i++) {
    if (strcmp(extra[i], name) != 0) continue;
    *configured = (LoopBoundClient){name, "configured in loop-bound",
                                    "the configuration lists it as loop-bound: it binds to the loop current when it "
                                    "is built, not to the loop asyncio.run() creates"};
    return configured;
  }
  return NULL;
}

static bool loop202_is_private(const char *name) {
  return name && name[0] == '_' && !(name[1] == '_' && strlen(name) > 4 && strcmp(name + strlen(name) - 2, "__") == 0);
}

/* Can the function run where no loop runs, as far as the file shows? Some caller chain starts
 * at import time or in the main guard; or nothing in the file calls the chain's entry and the
 * function is public API (users may call it before asyncio.run()). */
static bool loop202_may_run_without_loop(const SemModel *model, SemIndex index) {
  const SemFunction *function = sem_function(model, index);
  unsigned reach = sem_function_reach(model, index);
  if (reach & SEM_REACH_WITHOUT_LOOP) return true;
  if (rule_function_runs_in_loop(model, index)) return false;
  if (!(reach & SEM_REACH_UNKNOWN) || function->is_lambda || function->enclosing_function != SEM_NONE) return false;
  if (function->caller_count > 0) return true; /* called from public code nothing in the file calls */
  if (loop202_is_private(function->name)) return false;
  return function->klass == SEM_NONE || !loop202_is_private(sem_class(model, function->klass)->name);
}

static void loop202_check_call(RuleContext *context, const SemCall *call) {
  LoopBoundClient configured;
  const LoopBoundClient *client = loop202_client(context, call, &configured);
  if (!client) return;
  const SemModel *model = rule_model(context);
  const char *where;
  if (call->context == SEM_CONTEXT_IMPORT_TIME) {
    where = "at import time";
  } else if (call->context == SEM_CONTEXT_MAIN_GUARD) {
    where = "in the main guard, before any loop runs";
  } else if (call->context == SEM_CONTEXT_SYNC_FUNCTION && call->function != SEM_NONE &&
             loop202_may_run_without_loop(model, call->function)) {
    where = rule_format(context, "in %s, which %s", rule_function_label(context, call->function),
                        sem_function_reach(model, call->function) & SEM_REACH_WITHOUT_LOOP
                            ? "is called where no loop runs"
                            : "is public API that may be called before any loop runs");
  } else {
    return;
  }
  Diagnostic *report = rule_report(context, call->node, "%s() %s: %s. Create it inside a coroutine (async with %s() as ...)",
                                   client->qualified_name, where, client->consequence, client->qualified_name);
  if (call->context == SEM_CONTEXT_SYNC_FUNCTION) {
    rule_note_caller_without_loop(context, report, call->function, "called here, where no loop runs");
  }
}

/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * the modules whose names it resolves. */
static const char *const loop202_triggers[] = {"aiohttp", "asyncpg", NULL};

const Rule loop202_loop_bound_client_outside_coroutine = {
    .code = "LOOP202",
    .name = "loop-bound-client-outside-coroutine",
    .summary = "Loop-bound client (aiohttp session, asyncpg pool) created where no loop runs",
    .severity = SEVERITY_ERROR,
    .triggers = loop202_triggers,
    .check_call = loop202_check_call,
    .docs =
        "## What it does\n"
        "Reports loop-bound library objects created at import time, in the main guard, or in a sync\n"
        "function that the analysed code (the files of the run; the file alone with `--no-index`)\n"
        "calls from a place where no loop runs\n"
        "(import time, the main guard, an `__init__` of an object built there), or never calls while\n"
        "it is public API. Not reported when every caller is a coroutine or sync code that only\n"
        "coroutines call. The constructors are a table in `rules/loop_bound_clients.def`, documented\n"
        "with the library versions each applies to in `docs/loop-bound-clients.md`: at least\n"
        "`aiohttp.ClientSession`, `aiohttp.TCPConnector`, `aiohttp.UnixConnector`,\n"
        "`aiohttp.AsyncResolver`, `asyncpg.create_pool` and `asyncpg.Pool`.\n"
        "\n"
        "## Why is this bad?\n"
        "These objects bind to an event loop when they are built. aiohttp 3.10 and later raise\n"
        "`RuntimeError: no running event loop` when a session or connector is built outside a\n"
        "coroutine; older versions bind it to the current loop with a DeprecationWarning, and using it\n"
        "from `asyncio.run()`'s new loop fails (\"Timeout context manager should be used inside a\n"
        "task\", \"Session and connector has to use same event loop\"). asyncpg's `Pool` takes\n"
        "`asyncio.get_event_loop()` in its constructor.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import aiohttp\n"
        "\n"
        "session = aiohttp.ClientSession()\n"
        "\n"
        "\n"
        "async def fetch(url):\n"
        "    async with session.get(url) as response:\n"
        "        return await response.text()\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import aiohttp\n"
        "\n"
        "\n"
        "async def fetch(url):\n"
        "    async with aiohttp.ClientSession() as session:\n"
        "        async with session.get(url) as response:\n"
        "            return await response.text()\n"
        "```\n",
};
