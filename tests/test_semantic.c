/* Unit tests of the semantic model (src/semantic.h) against the vocabulary of
 * shared/RULES.md: qualified names, shadowing, execution contexts, in-file resolution,
 * the call graph, loop expressions, try information and the awaited flag.
 *
 * Each test parses a small Python snippet with `model_of`; the model of the previous test
 * (and of an earlier snippet in the same test) is released by the next `model_of`, by
 * `release_model` at the end of each test, and by the group teardown, so a failing
 * assertion (which longjmps out of the test) leaks nothing either. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "frontend.h"
#include "semantic.h"
#include "source.h"

/* ---------------------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------------------- */

static Frontend frontend;

typedef struct Built {
  Arena arena;
  Source source;
  TSParser *parser;
  TSTree *tree;
  const SemModel *model;
  int live;
} Built;

static Built built;

static void release_model(void) {
  if (!built.live) return;
  if (built.tree) ts_tree_delete(built.tree);
  if (built.parser) ts_parser_delete(built.parser);
  arena_free(&built.arena);
  memset(&built, 0, sizeof built);
}

/* Parses `python` and builds its semantic model. */
static const SemModel *model_of(const char *python) {
  release_model();
  built.live = 1;
  arena_init(&built.arena);
  const char *error = NULL;
  SourceStatus status = source_from_bytes(&built.arena, "test.py", python, strlen(python), &built.source, &error);
  if (status != SOURCE_OK) fail_msg("source_from_bytes failed: %s", error ? error : "?");
  built.parser = frontend_parser_new(&frontend);
  assert_non_null(built.parser);
  built.tree = frontend_parse(built.parser, built.source.text, built.source.length);
  assert_non_null(built.tree);
  TSNode error_node = frontend_first_error(&frontend, ts_tree_root_node(built.tree));
  if (!ts_node_is_null(error_node)) {
    fail_msg("test snippet has a syntax error at byte %u:\n%s", ts_node_start_byte(error_node), python);
  }
  built.model = sem_build(&built.arena, &frontend, &built.source, built.tree);
  assert_non_null(built.model);
  return built.model;
}

static int group_setup(void **state) {
  (void)state;
  const char *error = NULL;
  if (!frontend_init(&frontend, &error)) {
    fprintf(stderr, "frontend_init: %s\n", error ? error : "?");
    return -1;
  }
  return 0;
}

static int group_teardown(void **state) {
  (void)state;
  release_model();
  return 0;
}

static bool text_starts_with(const SemModel *model, TSNode node, const char *prefix) {
  uint32_t length;
  const char *text = sem_node_text(model, node, &length);
  size_t prefix_length = strlen(prefix);
  return prefix_length <= length && memcmp(text, prefix, prefix_length) == 0;
}

/* The `nth` (0-based) call whose text starts with `prefix`, in source order. */
static const SemCall *find_nth_call(const SemModel *model, const char *prefix, uint32_t nth) {
  uint32_t count, seen = 0;
  const SemCall *calls = sem_calls(model, &count);
  for (uint32_t i = 0; i < count; i++) {
    if (text_starts_with(model, calls[i].node, prefix) && seen++ == nth) return &calls[i];
  }
  fail_msg("no call starting with \"%s\" (occurrence %u)", prefix, nth);
  return NULL;
}

static const SemCall *find_call(const SemModel *model, const char *prefix) {
  return find_nth_call(model, prefix, 0);
}

static SemIndex call_index(const SemModel *model, const SemCall *call) {
  uint32_t count;
  const SemCall *calls = sem_calls(model, &count);
  return (SemIndex)(call - calls);
}

/* The `nth` (0-based) def/async def called `name`. */
static SemIndex find_nth_function(const SemModel *model, const char *name, uint32_t nth) {
  uint32_t seen = 0;
  for (SemIndex i = 0; i < sem_function_count(model); i++) {
    const SemFunction *function = sem_function(model, i);
    if (function->name && strcmp(function->name, name) == 0 && seen++ == nth) return i;
  }
  fail_msg("no function named %s", name);
  return SEM_NONE;
}

static SemIndex find_function(const SemModel *model, const char *name) {
  return find_nth_function(model, name, 0);
}

static SemIndex find_class(const SemModel *model, const char *name) {
  for (SemIndex i = 0; i < sem_class_count(model); i++) {
    const SemClass *klass = sem_class(model, i);
    if (klass->name && strcmp(klass->name, name) == 0) return i;
  }
  fail_msg("no class named %s", name);
  return SEM_NONE;
}

/* Asserts the canonical qualified name of the callee of the nth call starting with `prefix`;
 * `expected` NULL means the callee must not resolve. */
static void expect_qname_nth(const SemModel *model, const char *prefix, uint32_t nth, const char *expected) {
  const SemCall *call = find_nth_call(model, prefix, nth);
  const char *actual = sem_call_qualified_name(call);
  if (expected == NULL) {
    if (actual != NULL) fail_msg("call %s#%u: expected no qualified name, got \"%s\"", prefix, nth, actual);
    return;
  }
  if (actual == NULL) fail_msg("call %s#%u: expected \"%s\", got NULL", prefix, nth, expected);
  if (strcmp(actual, expected) != 0) fail_msg("call %s#%u: expected \"%s\", got \"%s\"", prefix, nth, expected, actual);
}

static void expect_qname(const SemModel *model, const char *prefix, const char *expected) {
  expect_qname_nth(model, prefix, 0, expected);
}

static void expect_context_nth(const SemModel *model, const char *prefix, uint32_t nth, SemContext expected) {
  const SemCall *call = find_nth_call(model, prefix, nth);
  if (call->context != expected) {
    fail_msg("call %s#%u: expected context \"%s\", got \"%s\"", prefix, nth, sem_context_name(expected),
             sem_context_name(call->context));
  }
}

static void expect_context(const SemModel *model, const char *prefix, SemContext expected) {
  expect_context_nth(model, prefix, 0, expected);
}

/* Is the first argument of the nth `probe(...)` call a loop expression? */
static bool probe_is_loop(const SemModel *model, uint32_t nth) {
  const SemCall *call = find_nth_call(model, "probe(", nth);
  assert_false(ts_node_is_null(call->arguments));
  TSNode argument = ts_node_named_child(call->arguments, 0);
  assert_false(ts_node_is_null(argument));
  return sem_is_loop_expression(model, argument, call->scope, call->position);
}

static void expect_target_function(const SemModel *model, const char *prefix, SemIndex expected) {
  const SemCall *call = find_call(model, prefix);
  if (call->target_function != expected) {
    fail_msg("call %s: expected target_function %u, got %u", prefix, expected, call->target_function);
  }
}

/* ---------------------------------------------------------------------------------------
 * Qualified names
 * ------------------------------------------------------------------------------------- */

static void qname_import_asyncio(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nasyncio.run(main())\nasyncio.Lock()\n");
  expect_qname(m, "asyncio.run(", "asyncio.run");
  expect_qname(m, "asyncio.Lock(", "asyncio.Lock");
  release_model();
}

static void qname_import_asyncio_as_alias(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio as aio\naio.Lock()\nasyncio.Lock()\n");
  expect_qname(m, "aio.Lock(", "asyncio.Lock");
  expect_qname(m, "asyncio.Lock(", NULL); /* `asyncio` itself is not bound */
  release_model();
}

static void qname_from_import_with_alias(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run as r\nr(main())\nrun(main())\n");
  expect_qname(m, "r(", "asyncio.run");
  expect_qname(m, "run(", NULL);
  release_model();
}

static void qname_import_submodule_attribute_chain(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio.locks\nasyncio.locks.Lock()\nasyncio.run(main())\n");
  expect_qname(m, "asyncio.locks.Lock(", "asyncio.Lock");
  expect_qname(m, "asyncio.run(", "asyncio.run"); /* import a.b binds a */
  release_model();
}

static void qname_from_submodule_import_name(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio.locks import Lock\nLock()\n");
  expect_qname(m, "Lock(", "asyncio.Lock");
  release_model();
}

static void qname_from_asyncio_import_submodule(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import events\nevents.get_event_loop()\n");
  expect_qname(m, "events.get_event_loop(", "asyncio.get_event_loop");
  release_model();
}

static void qname_canonicalises_tasks_gather(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nasyncio.tasks.gather(a(), b())\n");
  expect_qname(m, "asyncio.tasks.gather(", "asyncio.gather");
  release_model();
}

static void qname_through_call_result(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio as aio\n"
                               "aio.get_event_loop_policy().get_event_loop()\n"
                               "unknown().get_event_loop()\n"
                               "from asyncio import get_event_loop_policy as policy\n"
                               "policy().new_event_loop()\n");
  expect_qname(m, "aio.get_event_loop_policy().get_event_loop(", "asyncio.get_event_loop_policy().get_event_loop");
  expect_qname(m, "unknown().get_event_loop(", NULL);
  expect_qname(m, "policy().new_event_loop(", "asyncio.get_event_loop_policy().new_event_loop");
  release_model();
}

static void call_method_is(void **state) {
  (void)state;
  const SemModel *m = model_of("loop.create_future()\ncreate_future()\nx.y.create_futures()\n");
  assert_true(sem_call_method_is(m, find_call(m, "loop.create_future("), "create_future"));
  assert_false(sem_call_method_is(m, find_call(m, "create_future("), "create_future"));
  assert_false(sem_call_method_is(m, find_call(m, "x.y.create_futures("), "create_future"));
  release_model();
}

static void qname_canonicalises_runners_run(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nasyncio.runners.run(main())\n"
                               "from asyncio.runners import run as runner_run\nrunner_run(main())\n");
  expect_qname(m, "asyncio.runners.run(", "asyncio.run");
  expect_qname(m, "runner_run(", "asyncio.run");
  release_model();
}

static void qname_relative_import_is_not_asyncio(void **state) {
  (void)state;
  const SemModel *m = model_of("from . import asyncio\nasyncio.run(main())\n"
                               "from .asyncio import run\nrun(main())\n");
  for (uint32_t nth = 0; nth < 2; nth++) {
    const char *prefix = nth == 0 ? "asyncio.run(" : "run(";
    const char *name = sem_call_qualified_name(find_call(m, prefix));
    if (name && strncmp(name, "asyncio", 7) == 0) fail_msg("relative import resolved to %s", name);
  }
  release_model();
}

static void qname_uvloop(void **state) {
  (void)state;
  const SemModel *m = model_of("import uvloop\nuvloop.new_event_loop()\nuvloop.install()\n");
  expect_qname(m, "uvloop.new_event_loop(", "uvloop.new_event_loop");
  expect_qname(m, "uvloop.install(", "uvloop.install");
  release_model();
}

static void qname_alias_assignment(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nrun = asyncio.run\nrun(main())\n");
  expect_qname(m, "run(", "asyncio.run");
  release_model();
}

static void qname_single_star_import_resolves(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import *\nrun(main())\n"
                               "async def f():\n    await sleep(1)\n");
  expect_qname(m, "run(", "asyncio.run");
  expect_qname(m, "sleep(", "asyncio.sleep");
  release_model();
}

static void qname_two_star_imports_do_not_resolve(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import *\nfrom trio import *\nrun(main())\n");
  expect_qname(m, "run(", NULL);
  release_model();
}

static void qname_unresolved_and_builtin_names_are_null(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nprint(len(x))\nfoo.bar()\nasyncio.run(main())\n"
                               "def helper():\n    pass\nhelper()\n");
  expect_qname(m, "print(", NULL);
  expect_qname(m, "len(", NULL);
  expect_qname(m, "foo.bar(", NULL);
  expect_qname(m, "main(", NULL);
  expect_qname(m, "helper(", NULL);
  release_model();
}

/* ---------------------------------------------------------------------------------------
 * Shadowing
 * ------------------------------------------------------------------------------------- */

static void shadow_local_def_after_from_import(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\nrun(first())\n"
                               "def run(coro):\n    pass\nrun(second())\n");
  expect_qname(m, "run(first", "asyncio.run");
  expect_qname(m, "run(second", NULL);
  release_model();
}

static void shadow_assignment_rebinding(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\nrun(first())\nrun = my_runner\nrun(second())\n");
  expect_qname(m, "run(first", "asyncio.run");
  expect_qname(m, "run(second", NULL);
  release_model();
}

static void shadow_parameter_named_asyncio(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\n"
                               "def f(asyncio):\n    asyncio.run(inner())\n"
                               "asyncio.run(outer())\n");
  expect_qname(m, "asyncio.run(inner", NULL);
  expect_qname(m, "asyncio.run(outer", "asyncio.run");
  release_model();
}

static void shadow_function_local_import(void **state) {
  (void)state;
  const SemModel *m = model_of("def f():\n    import asyncio\n    asyncio.run(inner())\n"
                               "def g():\n    from asyncio import sleep as nap\n    nap(1)\n"
                               "asyncio.run(outer())\nnap(2)\n");
  expect_qname(m, "asyncio.run(inner", "asyncio.run");
  expect_qname(m, "nap(1", "asyncio.sleep");
  expect_qname(m, "asyncio.run(outer", NULL); /* the import is local to f */
  expect_qname(m, "nap(2", NULL);
  release_model();
}

static void shadow_global_statement_in_function(void **state) {
  (void)state;
  const SemModel *m = model_of("def setup():\n    global aio\n    import asyncio as aio\n"
                               "def use():\n    aio.run(main())\n"
                               "from asyncio import run\n"
                               "def patch():\n    global run\n    run = fake_run\n    run(patched())\n"
                               "def later():\n    run(later_call())\n");
  expect_qname(m, "aio.run(", "asyncio.run");   /* the global import binds the module name */
  expect_qname(m, "run(patched", NULL);         /* rebound through `global` */
  expect_qname(m, "run(later_call", NULL);      /* functions see the final module binding */
  release_model();
}

static void shadow_nonlocal_read_resolves_to_enclosing_binding(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\n"
                               "def outer():\n    run = asyncio.run\n"
                               "    def reader():\n        nonlocal run\n        run(read())\n"
                               "    return reader\n");
  expect_qname(m, "run(read", "asyncio.run");
  release_model();
}

static void shadow_nonlocal_assignment_rebinds_enclosing_name(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\n"
                               "def outer():\n    from asyncio import run\n"
                               "    def writer():\n        nonlocal run\n        run = fake\n"
                               "    return writer\n"
                               "def later():\n    run(module_level())\n");
  /* `run = fake` in writer rebinds outer's `run`, not a local of writer nor the module's. */
  SemIndex outer_scope = sem_function(m, find_function(m, "outer"))->scope;
  SemIndex writer_scope = sem_function(m, find_function(m, "writer"))->scope;
  /* The rebinding happens when writer() runs, not where it stands in the text: outer's own
   * code sees it only "after everything" (UINT32_MAX), not at any text position. */
  uint32_t end = UINT32_MAX;
  assert_int_equal(sem_lookup(m, "run", outer_scope, sem_source(m)->length)->kind, SEM_BINDING_FROM_IMPORT);
  const SemBinding *binding = sem_lookup(m, "run", outer_scope, end);
  assert_non_null(binding);
  assert_int_equal(binding->kind, SEM_BINDING_ASSIGNMENT);
  assert_int_equal(binding->scope, outer_scope);
  binding = sem_lookup(m, "run", writer_scope, end);
  assert_non_null(binding);
  assert_int_equal(binding->scope, outer_scope);
  expect_qname(m, "run(module_level", "asyncio.run");
  release_model();
}

static void shadow_walrus_binding(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nfrom asyncio import sleep\n"
                               "if (r := asyncio.run):\n    r(main())\n"
                               "if (sleep := my_sleep):\n    sleep(1)\n"
                               "[(g := asyncio.gather) for _ in range(1)]\ng(a(), b())\n");
  expect_qname(m, "r(", "asyncio.run");
  expect_qname(m, "sleep(", NULL);
  expect_qname(m, "g(", "asyncio.gather"); /* a walrus in a comprehension binds outside it */
  release_model();
}

static void shadow_del_unbinds_name(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\nrun(first())\ndel run\nrun(second())\n");
  expect_qname(m, "run(first", "asyncio.run");
  expect_qname(m, "run(second", NULL);
  release_model();
}

static void shadow_class_attribute_does_not_leak_into_methods(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\n"
                               "class C:\n    run = staticmethod(my_run)\n    run(in_body())\n"
                               "    def m(self):\n        run(in_method())\n");
  expect_qname(m, "run(in_body", NULL);
  expect_qname(m, "run(in_method", "asyncio.run");
  release_model();
}

static void shadow_comprehension_variable(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\n"
                               "[run(c) for run in runners]\nrun(after())\n");
  expect_qname(m, "run(c", NULL);
  expect_qname(m, "run(after", "asyncio.run"); /* the comprehension variable does not leak */
  release_model();
}

static void shadow_for_loop_target(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\nfor run in runners:\n    run(x)\n");
  expect_qname(m, "run(x", NULL);
  release_model();
}

static void shadow_with_as_target(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\nwith make() as run:\n    run(x)\n");
  expect_qname(m, "run(x", NULL);
  release_model();
}

static void shadow_except_as_target(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run\ntry:\n    pass\nexcept Exception as run:\n    run(x)\n");
  expect_qname(m, "run(x", NULL);
  release_model();
}

static void shadow_match_case_capture(void **state) {
  (void)state;
  const SemModel *m = model_of("from asyncio import run, sleep\n"
                               "match value:\n    case [run, *rest]:\n        run(x)\n"
                               "    case Point(x=sleep):\n        sleep(1)\n");
  expect_qname(m, "run(x", NULL);
  expect_qname(m, "sleep(1", NULL);
  release_model();
}

/* ---------------------------------------------------------------------------------------
 * Execution context
 * ------------------------------------------------------------------------------------- */

static void context_module_level_is_import_time(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nloop = asyncio.get_event_loop()\n");
  expect_context(m, "asyncio.get_event_loop(", SEM_CONTEXT_IMPORT_TIME);
  assert_int_equal(find_call(m, "asyncio.get_event_loop(")->function, SEM_NONE);
  release_model();
}

static void context_module_level_blocks_are_import_time(void **state) {
  (void)state;
  const SemModel *m = model_of("if flag:\n    in_if()\nelse:\n    in_else()\n"
                               "try:\n    in_try()\nexcept Exception:\n    in_except()\nfinally:\n    in_finally()\n"
                               "with ctx():\n    in_with()\n"
                               "for i in items():\n    in_for()\n"
                               "while cond():\n    in_while()\n");
  const char *calls[] = {"in_if(", "in_else(", "in_try(", "in_except(", "in_finally(", "ctx(",
                         "in_with(", "items(", "in_for(", "cond(", "in_while("};
  for (size_t i = 0; i < sizeof calls / sizeof *calls; i++) expect_context(m, calls[i], SEM_CONTEXT_IMPORT_TIME);
  release_model();
}

static void context_module_level_class_body_is_import_time(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nclass C:\n    lock = asyncio.Lock()\n"
                               "    class Inner:\n        event = asyncio.Event()\n");
  expect_context(m, "asyncio.Lock(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "asyncio.Event(", SEM_CONTEXT_IMPORT_TIME);
  release_model();
}

static void context_default_argument_is_import_time(void **state) {
  (void)state;
  const SemModel *m = model_of("def f(x=make_default()):\n    pass\n"
                               "async def g(y=make_async_default(), *, z: int = typed_default()):\n    pass\n"
                               "class C:\n    def m(self, w=method_default()):\n        pass\n");
  expect_context(m, "make_default(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "make_async_default(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "typed_default(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "method_default(", SEM_CONTEXT_IMPORT_TIME);
  release_model();
}

static void context_decorator_is_import_time(void **state) {
  (void)state;
  const SemModel *m = model_of("@register(make_deco())\ndef f():\n    pass\n"
                               "class C:\n    @cached(other_deco())\n    async def m(self):\n        pass\n");
  expect_context(m, "register(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "make_deco(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "cached(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "other_deco(", SEM_CONTEXT_IMPORT_TIME);
  release_model();
}

static void context_main_guard_body_and_else(void **state) {
  (void)state;
  const SemModel *m = model_of("if __name__ == \"__main__\":\n    main()\n    if verbose:\n        nested()\n"
                               "else:\n    imported()\n");
  expect_context(m, "main(", SEM_CONTEXT_MAIN_GUARD);
  expect_context(m, "nested(", SEM_CONTEXT_MAIN_GUARD);
  expect_context(m, "imported(", SEM_CONTEXT_IMPORT_TIME);
  release_model();
}

static void context_main_guard_reversed_operands(void **state) {
  (void)state;
  const SemModel *m = model_of("if '__main__' == __name__:\n    main()\n");
  expect_context(m, "main(", SEM_CONTEXT_MAIN_GUARD);
  release_model();
}

static void context_main_guard_parenthesised_condition(void **state) {
  (void)state;
  const SemModel *m = model_of("if (__name__ == '__main__'):\n    main()\n");
  expect_context(m, "main(", SEM_CONTEXT_MAIN_GUARD);
  release_model();
}

static void context_main_guard_inside_def_is_sync_function(void **state) {
  (void)state;
  const SemModel *m = model_of("def f():\n    if __name__ == '__main__':\n        main()\n"
                               "if __name__ == '__main__':\n    def g():\n        in_def()\n    g()\n");
  expect_context(m, "main(", SEM_CONTEXT_SYNC_FUNCTION);
  expect_context(m, "in_def(", SEM_CONTEXT_SYNC_FUNCTION);
  expect_context(m, "g(", SEM_CONTEXT_MAIN_GUARD);
  release_model();
}

static void context_not_main_guard_conditions(void **state) {
  (void)state;
  const SemModel *m = model_of("if __name__ != '__main__':\n    a()\n"
                               "if __name__ == 'main':\n    b()\n"
                               "if __name__ == '__main__' and debug:\n    c()\n");
  expect_context(m, "a(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "b(", SEM_CONTEXT_IMPORT_TIME);
  expect_context(m, "c(", SEM_CONTEXT_IMPORT_TIME);
  release_model();
}

static void context_sync_def_body(void **state) {
  (void)state;
  const SemModel *m = model_of("def f():\n    work()\n");
  const SemCall *call = find_call(m, "work(");
  assert_int_equal(call->context, SEM_CONTEXT_SYNC_FUNCTION);
  assert_int_equal(call->function, find_function(m, "f"));
  release_model();
}

static void context_async_def_body_is_coroutine(void **state) {
  (void)state;
  const SemModel *m = model_of("async def f():\n    await work()\n    other()\n"
                               "class C:\n    async def m(self):\n        method_work()\n");
  expect_context(m, "work(", SEM_CONTEXT_COROUTINE);
  expect_context(m, "other(", SEM_CONTEXT_COROUTINE);
  expect_context(m, "method_work(", SEM_CONTEXT_COROUTINE);
  assert_true(sem_function(m, find_function(m, "f"))->is_async);
  release_model();
}

static void context_lambda_inside_async_def_is_sync(void **state) {
  (void)state;
  const SemModel *m = model_of("async def f(loop):\n    loop.call_soon(lambda: callback())\n");
  expect_context(m, "loop.call_soon(", SEM_CONTEXT_COROUTINE);
  const SemCall *call = find_call(m, "callback(");
  assert_int_equal(call->context, SEM_CONTEXT_SYNC_FUNCTION);
  assert_true(sem_function(m, call->function)->is_lambda);
  release_model();
}

static void context_nested_def_inside_async_def_is_sync(void **state) {
  (void)state;
  const SemModel *m = model_of("async def f():\n    def cb():\n        callback()\n    cb()\n");
  expect_context(m, "callback(", SEM_CONTEXT_SYNC_FUNCTION);
  expect_context(m, "cb(", SEM_CONTEXT_COROUTINE);
  release_model();
}

static void context_async_def_nested_inside_def_is_coroutine(void **state) {
  (void)state;
  const SemModel *m = model_of("def f():\n    async def inner():\n        work()\n    return inner\n");
  expect_context(m, "work(", SEM_CONTEXT_COROUTINE);
  release_model();
}

static void context_comprehension_inside_async_def_is_coroutine(void **state) {
  (void)state;
  const SemModel *m = model_of("async def f(items):\n    return [make(i) for i in source(items) if keep(i)]\n");
  expect_context(m, "make(", SEM_CONTEXT_COROUTINE);
  expect_context(m, "source(", SEM_CONTEXT_COROUTINE);
  expect_context(m, "keep(", SEM_CONTEXT_COROUTINE);
  assert_int_equal(find_call(m, "make(")->function, find_function(m, "f"));
  release_model();
}

static void context_class_body_inside_async_def_is_coroutine(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nasync def f():\n    class Local:\n        lock = asyncio.Lock()\n"
                               "    return Local\n");
  expect_context(m, "asyncio.Lock(", SEM_CONTEXT_COROUTINE);
  release_model();
}

/* ---------------------------------------------------------------------------------------
 * In-file resolution
 * ------------------------------------------------------------------------------------- */

static void resolve_plain_function_call(void **state) {
  (void)state;
  const SemModel *m = model_of("def helper():\n    pass\nasync def other():\n    pass\n"
                               "helper()\nother()\n");
  expect_target_function(m, "helper(", find_function(m, "helper"));
  expect_target_function(m, "other(", find_function(m, "other"));
  assert_int_equal(find_call(m, "helper(")->target_class, SEM_NONE);
  release_model();
}

static void resolve_self_method_call(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    def m(self):\n        pass\n"
                               "    def n(self):\n        self.m()\n"
                               "        def closure():\n            self.m()\n");
  SemIndex method = find_function(m, "m");
  expect_target_function(m, "self.m(", method);
  assert_int_equal(find_nth_call(m, "self.m(", 1)->target_function, method);
  assert_int_equal(sem_function_class(m, method), find_class(m, "C"));
  release_model();
}

static void resolve_cls_method_in_classmethod(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    @classmethod\n    def make(cls):\n        return cls.build()\n"
                               "    @staticmethod\n    def build():\n        pass\n");
  assert_true(sem_function(m, find_function(m, "make"))->is_classmethod);
  assert_true(sem_function(m, find_function(m, "build"))->is_staticmethod);
  expect_target_function(m, "cls.build(", find_function(m, "build"));
  release_model();
}

static void resolve_constructed_instance_method(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    async def m(self):\n        pass\n"
                               "asyncio.run(C().m())\n");
  const SemCall *call = find_call(m, "C().m(");
  assert_int_equal(call->target_function, find_function(m, "m"));
  release_model();
}

static void resolve_instance_bound_in_same_scope(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    def m(self):\n        pass\n"
                               "x = C()\nx.m()\n"
                               "def f():\n    y = C()\n    y.m()\n    x.m()\n");
  SemIndex method = find_function(m, "m");
  expect_target_function(m, "x.m(", method);
  expect_target_function(m, "y.m(", method);
  /* `x` was bound in another scope: not knowable from f. */
  assert_int_equal(find_nth_call(m, "x.m(", 1)->target_function, SEM_NONE);
  release_model();
}

static void resolve_instance_rebound_is_not_resolved(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    def m(self):\n        pass\n"
                               "x = C()\nx = other()\nx.m()\n");
  expect_target_function(m, "x.m(", SEM_NONE);
  release_model();
}

static void resolve_inherited_method(void **state) {
  (void)state;
  const SemModel *m = model_of("class Base:\n    def m(self):\n        pass\n"
                               "class Derived(Base):\n    def n(self):\n        self.m()\n"
                               "Derived().m()\n");
  SemIndex method = find_function(m, "m");
  SemIndex base = find_class(m, "Base"), derived = find_class(m, "Derived");
  assert_int_equal(sem_class(m, derived)->base_count, 1);
  assert_int_equal(sem_class(m, derived)->bases[0], base);
  assert_int_equal(sem_class_method(m, derived, "m"), method);
  assert_int_equal(sem_class_method(m, derived, "n"), find_function(m, "n"));
  assert_int_equal(sem_class_method(m, base, "n"), SEM_NONE);
  assert_int_equal(sem_class_method(m, derived, "missing"), SEM_NONE);
  expect_target_function(m, "self.m(", method);
  expect_target_function(m, "Derived().m(", method);
  release_model();
}

static void resolve_constructor_call_target_class(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    def __init__(self):\n        pass\nobj = C()\n");
  const SemCall *call = find_call(m, "C(");
  assert_int_equal(call->target_class, find_class(m, "C"));
  assert_int_equal(call->target_function, SEM_NONE);
  release_model();
}

static void resolve_unresolvable_calls_have_no_target(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    def m(self):\n        pass\n"
                               "def f(obj):\n    obj.m()\n    unknown()\n    print(1)\n    C().missing()\n");
  const char *calls[] = {"obj.m(", "unknown(", "print(", "C().missing("};
  for (size_t i = 0; i < sizeof calls / sizeof *calls; i++) {
    const SemCall *call = find_call(m, calls[i]);
    if (call->target_function != SEM_NONE || call->target_class != SEM_NONE) {
      fail_msg("call %s unexpectedly resolved (%u, %u)", calls[i], call->target_function, call->target_class);
    }
  }
  release_model();
}

static void resolve_function_sees_final_module_binding(void **state) {
  (void)state;
  const SemModel *m = model_of("def helper():\n    pass\n"
                               "def other():\n    pass\n"
                               "def f():\n    helper()\n    other()\n"
                               "def helper():\n    pass\n"
                               "other = something_else\n"
                               "helper()\n");
  SemIndex second_helper = find_nth_function(m, "helper", 1);
  expect_target_function(m, "helper(", second_helper);
  expect_target_function(m, "other(", SEM_NONE);
  assert_int_equal(find_nth_call(m, "helper(", 1)->target_function, second_helper);
  release_model();
}

static void resolve_call_before_module_redefinition(void **state) {
  (void)state;
  const SemModel *m = model_of("def helper():\n    pass\nhelper()\ndef helper():\n    pass\n");
  expect_target_function(m, "helper(", find_nth_function(m, "helper", 0));
  release_model();
}

/* ---------------------------------------------------------------------------------------
 * Call graph
 * ------------------------------------------------------------------------------------- */

static void callgraph_callers_of_sync_helper(void **state) {
  (void)state;
  const SemModel *m = model_of("def helper():\n    pass\n"
                               "async def main():\n    helper()\n"
                               "helper()\n"
                               "def unused():\n    pass\n");
  uint32_t count;
  const SemIndex *callers = sem_function_callers(m, find_function(m, "helper"), &count);
  assert_int_equal(count, 2);
  bool saw_coroutine = false, saw_import_time = false;
  for (uint32_t i = 0; i < count; i++) {
    const SemCall *call = sem_call(m, callers[i]);
    assert_true(text_starts_with(m, call->node, "helper("));
    if (call->context == SEM_CONTEXT_COROUTINE) {
      saw_coroutine = true;
      assert_int_equal(call->function, find_function(m, "main"));
    }
    if (call->context == SEM_CONTEXT_IMPORT_TIME) saw_import_time = true;
  }
  assert_true(saw_coroutine);
  assert_true(saw_import_time);
  sem_function_callers(m, find_function(m, "unused"), &count);
  assert_int_equal(count, 0);
  release_model();
}

static void callgraph_constructor_calls_init(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    def __init__(self):\n        pass\n"
                               "class D(C):\n    pass\n"
                               "C()\nD()\n");
  uint32_t count;
  const SemIndex *callers = sem_function_callers(m, find_function(m, "__init__"), &count);
  assert_int_equal(count, 2);
  assert_int_equal(callers[0], call_index(m, find_call(m, "C(")));
  assert_int_equal(callers[1], call_index(m, find_call(m, "D(")));
  release_model();
}

/* The function a call is in (for reach questions). */
static SemIndex function_of(const SemModel *model, const char *prefix) { return find_call(model, prefix)->function; }

static void reach_with_without_and_unknown(void **state) {
  (void)state;
  const SemModel *m = model_of("def in_loop():\n    a()\n"
                               "def no_loop():\n    b()\n"
                               "def both():\n    c()\n"
                               "def chained():\n    d()\n"
                               "def relay():\n    chained()\n"
                               "def uncalled():\n    e()\n"
                               "async def coroutine():\n    in_loop()\n    both()\n    relay()\n"
                               "no_loop()\nboth()\n");
  assert_int_equal(sem_function_reach(m, function_of(m, "a(")), SEM_REACH_WITH_LOOP);
  assert_int_equal(sem_function_reach(m, function_of(m, "b(")), SEM_REACH_WITHOUT_LOOP);
  assert_int_equal(sem_function_reach(m, function_of(m, "c(")), SEM_REACH_WITH_LOOP | SEM_REACH_WITHOUT_LOOP);
  assert_int_equal(sem_function_reach(m, function_of(m, "d(")), SEM_REACH_WITH_LOOP);
  assert_int_equal(sem_function_reach(m, function_of(m, "e(")), SEM_REACH_UNKNOWN);
  assert_true(sem_call_runs_in_loop(m, find_call(m, "a(")));
  assert_false(sem_call_runs_in_loop(m, find_call(m, "c(")));
  release_model();
}

static void reach_through_constructor_and_cycle(void **state) {
  (void)state;
  const SemModel *m = model_of("class C:\n    def __init__(self):\n        init_body()\n"
                               "def ping():\n    pong()\n"
                               "def pong():\n    ping()\n    cycle_body()\n"
                               "async def main():\n    C()\n    ping()\n");
  assert_int_equal(sem_function_reach(m, function_of(m, "init_body(")), SEM_REACH_WITH_LOOP);
  assert_int_equal(sem_function_reach(m, function_of(m, "cycle_body(")), SEM_REACH_WITH_LOOP);
  release_model();
}

static void proven_no_loop_guards(void **state) {
  (void)state;
  const SemModel *m = model_of(
      "import asyncio, os\n"
      "def f(loop):\n"
      "    if not loop.is_running():\n        guarded_not()\n"
      "    if loop.is_running():\n        running_branch()\n    else:\n        else_branch()\n"
      "    if loop.is_running() and debug:\n        pass\n    else:\n        and_else()\n"
      "    if asyncio._get_running_loop() is None:\n        none_branch()\n"
      "    if os.fork() == 0:\n        child()\n"
      "    pid = os.fork()\n    if pid:\n        parent()\n    else:\n        child_else()\n"
      "    try:\n        asyncio.get_running_loop()\n    except RuntimeError:\n"
      "        try:\n            nested_handler()\n        finally:\n            pass\n"
      "def g(loop):\n    if loop.is_running():\n        return None\n    after_early_return()\n");
  assert_true(sem_call_proven_no_loop(m, find_call(m, "guarded_not(")));
  assert_false(sem_call_proven_no_loop(m, find_call(m, "running_branch(")));
  assert_true(sem_call_proven_no_loop(m, find_call(m, "else_branch(")));
  assert_false(sem_call_proven_no_loop(m, find_call(m, "and_else(")));
  assert_true(sem_call_proven_no_loop(m, find_call(m, "none_branch(")));
  assert_true(sem_call_proven_no_loop(m, find_call(m, "child(")));
  assert_false(sem_call_proven_no_loop(m, find_call(m, "parent(")));
  assert_true(sem_call_proven_no_loop(m, find_call(m, "child_else(")));
  assert_true(sem_call_proven_no_loop(m, find_call(m, "nested_handler(")));
  assert_true(sem_call_proven_no_loop(m, find_call(m, "after_early_return(")));
  release_model();
}

static void try_context_chain(void **state) {
  (void)state;
  const SemModel *m = model_of("try:\n    pass\nexcept E:\n    try:\n        inner()\n    finally:\n        pass\n");
  const SemCall *call = find_call(m, "inner(");
  assert_int_equal(call->try_part, SEM_TRY_BODY);
  const SemTryContext *innermost = sem_try_context(m, call->try_context);
  assert_int_equal(innermost->part, SEM_TRY_BODY);
  assert_true(innermost->parent != SEM_NONE);
  assert_int_equal(sem_try_context(m, innermost->parent)->part, SEM_TRY_HANDLER);
  release_model();
}

static void generator_coroutine_decorators(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio, types\nfrom tornado import gen\n"
                               "@gen.coroutine\ndef a():\n    in_tornado()\n    yield\n"
                               "@types.coroutine\ndef b():\n    in_types()\n    yield\n"
                               "@other.coroutine\ndef c():\n    in_other()\n    yield\n");
  expect_context(m, "in_tornado(", SEM_CONTEXT_COROUTINE);
  expect_context(m, "in_types(", SEM_CONTEXT_COROUTINE);
  expect_context(m, "in_other(", SEM_CONTEXT_SYNC_FUNCTION);
  release_model();
}

static void super_method_resolution(void **state) {
  (void)state;
  const SemModel *m = model_of("class Base:\n    def setup(self):\n        pass\n"
                               "class Child(Base):\n    def setup(self):\n        super().setup()\n");
  const SemCall *call = find_call(m, "super().setup(");
  assert_true(call->target_function != SEM_NONE);
  assert_string_equal(sem_class(m, sem_function(m, call->target_function)->klass)->name, "Base");
  release_model();
}

static void referenced_function(void **state) {
  (void)state;
  const SemModel *m = model_of("async def main():\n    pass\n"
                               "class C:\n    async def start(self):\n        pass\n"
                               "    def go(self):\n        probe(self.start, main, self.missing, unknown)\n");
  const SemCall *probe = find_call(m, "probe(");
  TSNode arguments = probe->arguments;
  SemIndex start = sem_referenced_function(m, ts_node_named_child(arguments, 0), probe->scope, probe->position);
  SemIndex main_function = sem_referenced_function(m, ts_node_named_child(arguments, 1), probe->scope, probe->position);
  assert_true(start != SEM_NONE && sem_function(m, start)->is_async);
  assert_string_equal(sem_function(m, start)->name, "start");
  assert_string_equal(sem_function(m, main_function)->name, "main");
  assert_int_equal(sem_referenced_function(m, ts_node_named_child(arguments, 2), probe->scope, probe->position), SEM_NONE);
  assert_int_equal(sem_referenced_function(m, ts_node_named_child(arguments, 3), probe->scope, probe->position), SEM_NONE);
  release_model();
}

static void callgraph_function_calls_are_direct_only(void **state) {
  (void)state;
  const SemModel *m = model_of("def f(items):\n    first()\n"
                               "    def inner():\n        nested()\n"
                               "    register(lambda: in_lambda())\n"
                               "    [in_comprehension(i) for i in items]\n"
                               "    last()\n");
  uint32_t count;
  const SemIndex *calls = sem_function_calls(m, find_function(m, "f"), &count);
  const char *expected[] = {"first(", "register(", "in_comprehension(", "last("};
  assert_int_equal(count, sizeof expected / sizeof *expected);
  for (uint32_t i = 0; i < count; i++) {
    if (!text_starts_with(m, sem_call(m, calls[i])->node, expected[i])) {
      fail_msg("call %u of f is not %s", i, expected[i]);
    }
  }
  sem_function_calls(m, find_function(m, "inner"), &count);
  assert_int_equal(count, 1);
  release_model();
}

/* ---------------------------------------------------------------------------------------
 * Loop expressions
 * ------------------------------------------------------------------------------------- */

static void loop_expression_loop_factory_calls(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nimport uvloop\n"
                               "probe(asyncio.get_event_loop())\n"
                               "probe(asyncio.new_event_loop())\n"
                               "probe(uvloop.new_event_loop())\n"
                               "async def f():\n    probe(asyncio.get_running_loop())\n"
                               "probe(asyncio.get_event_loop_policy())\n"
                               "probe(make_loop())\n");
  assert_true(probe_is_loop(m, 0));
  assert_true(probe_is_loop(m, 1));
  assert_true(probe_is_loop(m, 2));
  assert_true(probe_is_loop(m, 3));
  assert_false(probe_is_loop(m, 4));
  assert_false(probe_is_loop(m, 5));
  release_model();
}

static void loop_expression_name_assigned_from_loop_call(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nlp = asyncio.get_event_loop()\nprobe(lp)\n"
                               "def f():\n    ev = asyncio.new_event_loop()\n    probe(ev)\n");
  assert_true(probe_is_loop(m, 0));
  assert_true(probe_is_loop(m, 1));
  release_model();
}

static void loop_expression_self_attribute_from_init(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nclass C:\n    def __init__(self):\n"
                               "        self.loop = asyncio.get_event_loop()\n"
                               "        self.ev = asyncio.get_event_loop()\n"
                               "        self.runner = Runner()\n"
                               "    def m(self):\n        probe(self.loop)\n        probe(self.ev)\n"
                               "        probe(self.runner)\n");
  assert_true(probe_is_loop(m, 0));
  assert_true(probe_is_loop(m, 1));
  assert_false(probe_is_loop(m, 2));
  release_model();
}

static void loop_expression_naming_heuristic(void **state) {
  (void)state;
  const SemModel *m = model_of("class Cog:\n    def m(self):\n        probe(self.bot.loop)\n"
                               "def f(loop, _loop, event_loop, io_loop, thing):\n"
                               "    probe(loop)\n    probe(_loop)\n    probe(event_loop)\n    probe(io_loop)\n"
                               "    probe(thing)\n");
  assert_true(probe_is_loop(m, 0));
  assert_true(probe_is_loop(m, 1));
  assert_true(probe_is_loop(m, 2));
  assert_true(probe_is_loop(m, 3));
  assert_true(probe_is_loop(m, 4));
  assert_false(probe_is_loop(m, 5));
  release_model();
}

static void loop_expression_name_bound_to_other_value_is_not_loop(void **state) {
  (void)state;
  const SemModel *m = model_of("loop = ExecutionLoop()\nprobe(loop)\n"
                               "class C:\n    def __init__(self):\n        self.loop = EventBus()\n"
                               "    def m(self):\n        probe(self.loop)\n");
  assert_false(probe_is_loop(m, 0));
  assert_false(probe_is_loop(m, 1));
  release_model();
}

static void loop_expression_policy_get_event_loop(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nprobe(asyncio.get_event_loop_policy().get_event_loop())\n"
                               "probe(asyncio.get_event_loop_policy().new_event_loop())\n"
                               "probe(registry().get_event_loop())\n");
  assert_true(probe_is_loop(m, 0));
  assert_true(probe_is_loop(m, 1));
  assert_false(probe_is_loop(m, 2));
  release_model();
}

static void loop_expression_receiver_of_awaited_call_is_not_loop(void **state) {
  (void)state;
  /* RULES.md: "neither is the receiver of an awaited call (`await loop.run_until_complete(...)`
   * is a project's own async method)". */
  const SemModel *m = model_of("async def f(loop):\n    await loop.run_until_complete(job())\n"
                               "    loop.run_until_complete(job2())\n");
  const SemCall *awaited = find_call(m, "loop.run_until_complete(job(");
  const SemCall *plain = find_call(m, "loop.run_until_complete(job2(");
  assert_true(awaited->awaited);
  assert_true(sem_call_receiver_is_loop(m, plain));
  assert_false(sem_call_receiver_is_loop(m, awaited));
  release_model();
}

/* ---------------------------------------------------------------------------------------
 * try information
 * ------------------------------------------------------------------------------------- */

static void try_part_of_calls(void **state) {
  (void)state;
  const SemModel *m = model_of("try:\n    in_body()\n    def cb():\n        in_nested_def()\n"
                               "except RuntimeError:\n    in_handler()\nelse:\n    in_else()\n"
                               "finally:\n    in_finally()\noutside()\n");
  const SemCall *body = find_call(m, "in_body(");
  assert_int_equal(body->try_part, SEM_TRY_BODY);
  assert_false(ts_node_is_null(body->try_statement));
  const SemCall *handler = find_call(m, "in_handler(");
  assert_int_equal(handler->try_part, SEM_TRY_HANDLER);
  assert_false(ts_node_is_null(handler->except_clause));
  assert_true(text_starts_with(m, handler->except_clause, "except RuntimeError"));
  assert_true(ts_node_eq(handler->try_statement, body->try_statement));
  assert_int_equal(find_call(m, "in_else(")->try_part, SEM_TRY_ELSE);
  assert_int_equal(find_call(m, "in_finally(")->try_part, SEM_TRY_FINALLY);
  assert_int_equal(find_call(m, "outside(")->try_part, SEM_TRY_NONE);
  assert_int_equal(find_call(m, "in_nested_def(")->try_part, SEM_TRY_NONE);
  assert_false(sem_call_in_try_catching(m, handler, "RuntimeError"));
  release_model();
}

#define TRY_SNIPPET_FORMAT \
  "import asyncio\ndef f():\n    try:\n        asyncio.get_running_loop()\n    %s\n        pass\n"

static bool try_catches(const char *handler, const char *exception) {
  char python[512];
  snprintf(python, sizeof python, TRY_SNIPPET_FORMAT, handler);
  const SemModel *m = model_of(python);
  return sem_call_in_try_catching(m, find_call(m, "asyncio.get_running_loop("), exception);
}

static void try_catching_named_exception(void **state) {
  (void)state;
  assert_true(try_catches("except RuntimeError:", "RuntimeError"));
  release_model();
}

static void try_catching_exception_tuple(void **state) {
  (void)state;
  assert_true(try_catches("except (ValueError, RuntimeError):", "RuntimeError"));
  release_model();
}

static void try_catching_bare_except(void **state) {
  (void)state;
  assert_true(try_catches("except:", "RuntimeError"));
  release_model();
}

static void try_catching_exception_base_class(void **state) {
  (void)state;
  assert_true(try_catches("except Exception:", "RuntimeError"));
  assert_true(try_catches("except BaseException:", "RuntimeError"));
  release_model();
}

static void try_catching_handler_with_as_target(void **state) {
  (void)state;
  assert_true(try_catches("except RuntimeError as error:", "RuntimeError"));
  assert_true(try_catches("except (ValueError, RuntimeError) as error:", "RuntimeError"));
  assert_true(try_catches("except Exception as error:", "RuntimeError"));
  assert_false(try_catches("except ValueError as error:", "RuntimeError"));
  release_model();
}

static void try_catching_qualified_exception_name(void **state) {
  (void)state;
  assert_true(try_catches("except builtins.RuntimeError:", "RuntimeError"));
  release_model();
}

static void try_not_catching_other_exception(void **state) {
  (void)state;
  assert_false(try_catches("except ValueError:", "RuntimeError"));
  assert_false(try_catches("except (ValueError, KeyError):", "RuntimeError"));
  release_model();
}

static void try_catching_second_handler(void **state) {
  (void)state;
  const SemModel *m = model_of("try:\n    work()\nexcept ValueError:\n    pass\nexcept RuntimeError:\n    pass\n");
  assert_true(sem_call_in_try_catching(m, find_call(m, "work("), "RuntimeError"));
  release_model();
}

/* ---------------------------------------------------------------------------------------
 * awaited
 * ------------------------------------------------------------------------------------- */

static void awaited_flag(void **state) {
  (void)state;
  const SemModel *m = model_of("import asyncio\nasync def f(x):\n    await x.m()\n    x.n()\n"
                               "    await asyncio.wait_for(x.p(), 1)\n    return await x.q()\n");
  assert_true(find_call(m, "x.m(")->awaited);
  assert_false(find_call(m, "x.n(")->awaited);
  assert_true(find_call(m, "asyncio.wait_for(")->awaited);
  assert_false(find_call(m, "x.p(")->awaited);
  assert_true(find_call(m, "x.q(")->awaited);
  release_model();
}

/* ---------------------------------------------------------------------------------------
 * Runner
 * ------------------------------------------------------------------------------------- */

int main(void) {
  const struct CMUnitTest tests[] = {
      /* qualified names */
      cmocka_unit_test(qname_import_asyncio),
      cmocka_unit_test(qname_import_asyncio_as_alias),
      cmocka_unit_test(qname_from_import_with_alias),
      cmocka_unit_test(qname_import_submodule_attribute_chain),
      cmocka_unit_test(qname_from_submodule_import_name),
      cmocka_unit_test(qname_from_asyncio_import_submodule),
      cmocka_unit_test(qname_canonicalises_tasks_gather),
      cmocka_unit_test(qname_canonicalises_runners_run),
      cmocka_unit_test(qname_through_call_result),
      cmocka_unit_test(call_method_is),
      cmocka_unit_test(qname_relative_import_is_not_asyncio),
      cmocka_unit_test(qname_uvloop),
      cmocka_unit_test(qname_alias_assignment),
      cmocka_unit_test(qname_single_star_import_resolves),
      cmocka_unit_test(qname_two_star_imports_do_not_resolve),
      cmocka_unit_test(qname_unresolved_and_builtin_names_are_null),
      /* shadowing */
      cmocka_unit_test(shadow_local_def_after_from_import),
      cmocka_unit_test(shadow_assignment_rebinding),
      cmocka_unit_test(shadow_parameter_named_asyncio),
      cmocka_unit_test(shadow_function_local_import),
      cmocka_unit_test(shadow_global_statement_in_function),
      cmocka_unit_test(shadow_nonlocal_read_resolves_to_enclosing_binding),
      cmocka_unit_test(shadow_nonlocal_assignment_rebinds_enclosing_name),
      cmocka_unit_test(shadow_walrus_binding),
      cmocka_unit_test(shadow_del_unbinds_name),
      cmocka_unit_test(shadow_class_attribute_does_not_leak_into_methods),
      cmocka_unit_test(shadow_comprehension_variable),
      cmocka_unit_test(shadow_for_loop_target),
      cmocka_unit_test(shadow_with_as_target),
      cmocka_unit_test(shadow_except_as_target),
      cmocka_unit_test(shadow_match_case_capture),
      /* execution context */
      cmocka_unit_test(context_module_level_is_import_time),
      cmocka_unit_test(context_module_level_blocks_are_import_time),
      cmocka_unit_test(context_module_level_class_body_is_import_time),
      cmocka_unit_test(context_default_argument_is_import_time),
      cmocka_unit_test(context_decorator_is_import_time),
      cmocka_unit_test(context_main_guard_body_and_else),
      cmocka_unit_test(context_main_guard_reversed_operands),
      cmocka_unit_test(context_main_guard_parenthesised_condition),
      cmocka_unit_test(context_main_guard_inside_def_is_sync_function),
      cmocka_unit_test(context_not_main_guard_conditions),
      cmocka_unit_test(context_sync_def_body),
      cmocka_unit_test(context_async_def_body_is_coroutine),
      cmocka_unit_test(context_lambda_inside_async_def_is_sync),
      cmocka_unit_test(context_nested_def_inside_async_def_is_sync),
      cmocka_unit_test(context_async_def_nested_inside_def_is_coroutine),
      cmocka_unit_test(context_comprehension_inside_async_def_is_coroutine),
      cmocka_unit_test(context_class_body_inside_async_def_is_coroutine),
      /* in-file resolution */
      cmocka_unit_test(resolve_plain_function_call),
      cmocka_unit_test(resolve_self_method_call),
      cmocka_unit_test(resolve_cls_method_in_classmethod),
      cmocka_unit_test(resolve_constructed_instance_method),
      cmocka_unit_test(resolve_instance_bound_in_same_scope),
      cmocka_unit_test(resolve_instance_rebound_is_not_resolved),
      cmocka_unit_test(resolve_inherited_method),
      cmocka_unit_test(resolve_constructor_call_target_class),
      cmocka_unit_test(resolve_unresolvable_calls_have_no_target),
      cmocka_unit_test(resolve_function_sees_final_module_binding),
      cmocka_unit_test(resolve_call_before_module_redefinition),
      /* call graph */
      cmocka_unit_test(callgraph_callers_of_sync_helper),
      cmocka_unit_test(callgraph_constructor_calls_init),
      cmocka_unit_test(callgraph_function_calls_are_direct_only),
      cmocka_unit_test(reach_with_without_and_unknown),
      cmocka_unit_test(reach_through_constructor_and_cycle),
      cmocka_unit_test(proven_no_loop_guards),
      cmocka_unit_test(try_context_chain),
      cmocka_unit_test(generator_coroutine_decorators),
      cmocka_unit_test(super_method_resolution),
      cmocka_unit_test(referenced_function),
      /* loop expressions */
      cmocka_unit_test(loop_expression_loop_factory_calls),
      cmocka_unit_test(loop_expression_name_assigned_from_loop_call),
      cmocka_unit_test(loop_expression_self_attribute_from_init),
      cmocka_unit_test(loop_expression_naming_heuristic),
      cmocka_unit_test(loop_expression_name_bound_to_other_value_is_not_loop),
      cmocka_unit_test(loop_expression_policy_get_event_loop),
      cmocka_unit_test(loop_expression_receiver_of_awaited_call_is_not_loop),
      /* try information */
      cmocka_unit_test(try_part_of_calls),
      cmocka_unit_test(try_catching_named_exception),
      cmocka_unit_test(try_catching_exception_tuple),
      cmocka_unit_test(try_catching_bare_except),
      cmocka_unit_test(try_catching_exception_base_class),
      cmocka_unit_test(try_catching_handler_with_as_target),
      cmocka_unit_test(try_catching_qualified_exception_name),
      cmocka_unit_test(try_not_catching_other_exception),
      cmocka_unit_test(try_catching_second_handler),
      /* awaited */
      cmocka_unit_test(awaited_flag),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
