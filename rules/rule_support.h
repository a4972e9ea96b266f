/* Questions several rules ask about runner calls and their arguments, built on the model. */
#ifndef LOOPLINT_RULE_SUPPORT_H
#define LOOPLINT_RULE_SUPPORT_H

#include "rule.h"

/* The first positional argument of a call (parentheses stripped), or a null node. */
TSNode rule_first_argument(const SemModel *model, const SemCall *call);
/* The keyword argument `name=` of a call, or a null node. */
TSNode rule_keyword_argument(const SemModel *model, const SemCall *call, const char *name);

/* "asyncio.run", "asyncio.Runner.run" or "uvloop.run" when the call runs a coroutine on a new
 * loop, else NULL. Covers `asyncio.Runner().run(...)` and a runner bound by assignment or
 * `with asyncio.Runner() as runner`. */
const char *rule_runner_name(const SemModel *model, const SemCall *call);

/* The call expression a name was last bound to in the call's scope (`t = asyncio.gather()`),
 * or a null node. */
TSNode rule_name_bound_call(const SemModel *model, TSNode name, const SemCall *at);

/* The call that made an expression's value: the expression itself when it is a call, or the
 * call a name of the same scope was last bound to (`loop = asyncio.new_event_loop()`). */
const SemCall *rule_made_by(const SemModel *model, TSNode expression, const SemCall *at);
/* rule_made_by() for the receiver of a method call (`<receiver>.m(...)`), or NULL. */
const SemCall *rule_receiver_made_by(const SemModel *model, const SemCall *call);

/* Notes on a report about code in a sync function: the first call site where no loop runs
 * ("%s built here, where no loop runs" for constructors, `site_note` otherwise). */
void rule_note_caller_without_loop(RuleContext *context, Diagnostic *report, SemIndex function, const char *site_note);
/* Notes at the coroutine call sites through which a sync function runs inside a loop. */
void rule_note_coroutine_callers(RuleContext *context, Diagnostic *report, SemIndex function);

/* The same-file function a call node reaches (via the model's SemCall for that node). */
const SemCall *rule_call_at(const SemModel *model, TSNode call_node);

/* The name of a function for messages: "helper()", "Client.__init__()", "<lambda>". */
const char *rule_function_label(RuleContext *context, SemIndex function);

/* A literal value (None, numbers, strings, True/False, list/dict/tuple/set displays): never
 * a coroutine, never awaitable. */
bool rule_is_literal(const SemModel *model, TSNode expression);

/* Can this call run while an event loop runs, as far as the file shows: in a coroutine, or
 * in a sync function some coroutine reaches, and not where the code proved no loop runs? */
bool rule_call_may_run_in_loop(const SemModel *model, const SemCall *call);

/* Does the event loop itself build instances of this class? asyncio protocol classes
 * (Protocol, BufferedProtocol, DatagramProtocol, SubprocessProtocol, BaseProtocol), directly or
 * through same-file bases: the loop calls their factory while it runs. As a documented
 * heuristic, also a class with a base named *Protocol (other libraries' protocol classes). */
bool rule_class_built_by_loop(const SemModel *model, SemIndex klass);

/* Does a sync function run only where a loop runs, as far as the file shows: every caller
 * is a coroutine or such a function, or it is the __init__ of a class the loop builds? */
bool rule_function_runs_in_loop(const SemModel *model, SemIndex function);

/* Can another module name this function: a module-level def, or a method of a module-level
 * class? (Only those get facts for the repository index.) */
bool rule_function_is_importable(const SemModel *model, SemIndex function);

#endif
