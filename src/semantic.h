/* The semantic model of one file (RULES.md, "Vocabulary"): scopes and bindings, imports
 * with aliases, qualified names canonicalised to the public asyncio names, the execution
 * context of every call, in-file resolution of calls to same-file functions, methods and
 * classes, and the in-file call graph. Built once per file, read-only for the rules. */
#ifndef LOOPLINT_SEMANTIC_H
#define LOOPLINT_SEMANTIC_H

#include <stdbool.h>
#include <stdint.h>
#include <tree_sitter/api.h>

#include "arena.h"
#include "frontend.h"
#include "source.h"

typedef uint32_t SemIndex;
#define SEM_NONE UINT32_MAX

typedef enum SemContext {
  SEM_CONTEXT_IMPORT_TIME,   /* module body, class bodies, defaults, decorators */
  SEM_CONTEXT_MAIN_GUARD,    /* body of a module-level `if __name__ == "__main__":` */
  SEM_CONTEXT_SYNC_FUNCTION, /* body of a `def` or a `lambda` */
  SEM_CONTEXT_COROUTINE,     /* body of an `async def` */
} SemContext;

typedef enum SemScopeKind {
  SEM_SCOPE_MODULE,
  SEM_SCOPE_CLASS,
  SEM_SCOPE_FUNCTION,        /* def, async def and lambda */
  SEM_SCOPE_COMPREHENSION,   /* list/set/dict comprehensions and generator expressions */
} SemScopeKind;

typedef struct SemScope {
  SemScopeKind kind;
  SemIndex parent;
  SemIndex function;         /* FUNCTION scopes: the function; others: SEM_NONE */
  SemIndex klass;            /* CLASS scopes: the class; others: SEM_NONE */
  TSNode node;
} SemScope;

typedef enum SemBindingKind {
  SEM_BINDING_IMPORT,        /* import a.b (binds a), import a.b as c */
  SEM_BINDING_FROM_IMPORT,   /* from m import n [as k] */
  SEM_BINDING_FUNCTION,      /* def / async def */
  SEM_BINDING_CLASS,
  SEM_BINDING_ASSIGNMENT,    /* =, :=, +=, annotated assignment with a value */
  SEM_BINDING_PARAMETER,
  SEM_BINDING_LOOP_TARGET,   /* for x in ... (statement or comprehension) */
  SEM_BINDING_WITH_TARGET,
  SEM_BINDING_EXCEPT_TARGET,
  SEM_BINDING_MATCH_CAPTURE,
  SEM_BINDING_DELETION,      /* del x: the name is unbound from here on */
} SemBindingKind;

typedef struct SemBinding {
  const char *name;          /* interned */
  SemBindingKind kind;
  SemIndex scope;
  SemIndex previous;         /* the earlier binding of this name in the same scope */
  uint32_t position;         /* byte offset from which code of the same scope sees it */
  TSNode node;               /* the bound identifier */
  TSNode value;              /* ASSIGNMENT to the whole target: the assigned expression */
  const char *import_path;   /* IMPORT/FROM_IMPORT: "asyncio", "asyncio.run", ".pkg.mod" */
  SemIndex function;         /* FUNCTION: the function */
  SemIndex klass;            /* CLASS: the class */
} SemBinding;

typedef struct SemFunction {
  const char *name;          /* interned; NULL for a lambda */
  TSNode node;               /* function_definition or lambda */
  bool is_async;
  bool is_generator_coroutine; /* @types.coroutine, @asyncio.coroutine, @tornado.gen.coroutine */
  bool is_lambda;
  bool is_generator;         /* contains `yield` */
  bool is_staticmethod;
  bool is_classmethod;
  SemIndex scope;            /* the function's own scope */
  SemIndex parent_scope;     /* the scope in which the def statement runs */
  SemIndex klass;            /* a method: defined directly in this class's body */
  SemIndex enclosing_function; /* nearest enclosing def/lambda, or SEM_NONE */
  SemContext definition_context;
  const char *first_parameter; /* interned; "self"/"cls" by convention for methods */
  TSNode *returns;           /* return values (a null node for a bare `return`) */
  uint32_t return_count;
  TSNode *awaits;            /* operands of `await` in the body (not in nested functions) */
  uint32_t await_count;
  uint32_t await_capacity;
  SemIndex *calls;           /* calls made directly in the body */
  uint32_t call_count;
  uint32_t call_capacity;
  SemIndex *callers;         /* call graph: indices of calls that reach this function */
  uint32_t caller_count;
  uint32_t caller_capacity;
  unsigned reach;            /* SEM_REACH_* flags; 0 for async functions */
  uint32_t return_capacity;
} SemFunction;

typedef struct SemClass {
  const char *name;          /* interned */
  TSNode node;               /* class_definition */
  SemIndex scope;            /* the class body's scope */
  SemIndex parent_scope;
  SemIndex *bases;           /* same-file base classes, resolved */
  uint32_t base_count;
} SemClass;

typedef enum SemTryPart {
  SEM_TRY_NONE,
  SEM_TRY_BODY,
  SEM_TRY_HANDLER,
  SEM_TRY_ELSE,
  SEM_TRY_FINALLY,
} SemTryPart;

/* A condition that holds where a call runs: `if cond:` (negated: in the else branch, or after
 * an `if cond: return/raise` in the same block). Guards chain outward through `parent`. */
typedef struct SemGuard {
  TSNode condition;
  bool negated;
  uint32_t parent;           /* SEM_NONE at the outermost */
  SemIndex scope;            /* where the condition is evaluated */
  bool proves_no_loop;       /* this guard, or one it is nested in, proves no loop runs */
} SemGuard;

/* How a sync function can be reached (bit flags, RULES.md "In-file call graph"). */
enum {
  SEM_REACH_WITH_LOOP = 1,    /* a call chain from a coroutine reaches it: a loop is running */
  SEM_REACH_WITHOUT_LOOP = 2, /* a chain from import time or the main guard: no loop running */
  SEM_REACH_UNKNOWN = 4,      /* a chain from a function nothing in the file calls (API, callbacks) */
};

/* A try statement enclosing code of the same scope, and which part holds it; chained outward. */
typedef struct SemTryContext {
  TSNode try_statement;
  TSNode except_clause;      /* SEM_TRY_HANDLER: the handler */
  SemTryPart part;
  SemIndex parent;           /* the next enclosing try of the same scope, or SEM_NONE */
  /* In an `except RuntimeError` handler of a try whose body calls get_running_loop(), here or
   * in an enclosing try: no loop runs. */
  bool proves_no_loop;
} SemTryContext;

typedef struct SemCall {
  TSNode node;               /* the call */
  TSNode callee;             /* its `function` field */
  TSNode arguments;          /* argument_list or generator_expression */
  SemIndex scope;            /* scope the call is evaluated in */
  SemIndex function;         /* nearest enclosing def/lambda, or SEM_NONE */
  SemContext context;
  uint32_t position;         /* start byte */
  bool awaited;              /* the direct operand of `await` */
  const char *qualified_name; /* canonical qualified name of the callee, or NULL */
  const char *method;        /* `<receiver>.method(...)`: the method's name (NUL-terminated); else NULL */
  SemIndex target_function;  /* in-file resolution: the def it reaches, or SEM_NONE */
  SemIndex target_class;     /* C(...) of a same-file class C, or SEM_NONE */
  /* `x.m()` where x was last bound in the same scope to `C(...)`, or `C().m()`, and C is an
   * imported name: "pkg.mod.C.m", for the repository index; else NULL. */
  const char *instance_method;
  /* The nearest enclosing try statement of the same scope, and which part holds the call. */
  TSNode try_statement;
  TSNode except_clause;      /* SEM_TRY_HANDLER: the handler */
  SemTryPart try_part;
  SemIndex try_context;      /* innermost SemTryContext (the fields above repeat it), or SEM_NONE */
  SemIndex guard;            /* innermost condition of the same scope, or SEM_NONE */
} SemCall;

/* `self.attr = value` (or cls.attr) in a method of a same-file class. */
typedef struct SemAttributeAssignment {
  SemIndex klass;
  SemIndex function;
  const char *attribute;     /* interned */
  TSNode target;
  TSNode value;              /* null when the value is not shown (tuple unpacking, +=) */
} SemAttributeAssignment;

typedef struct SemModel SemModel;

/* ---------------------------------------------------------------------------------------
 * Across files (RULES.md "Analysed code"). The repository index (index.c) answers for the
 * other files of the run through a view; without one (the first pass, or --no-index) the
 * model knows only its own file, and logs the questions another file could answer, so the
 * engine can tell which files to lint again once the index exists.
 * ------------------------------------------------------------------------------------- */

/* A fact a rule exported about a function or class of another file (rule_export_fact). */
typedef struct SemExternalFact {
  const char *rule;          /* "LOOP401" */
  const char *key;           /* the rule's own name for the fact */
  const char *value;
  const char *path;          /* where the fact shows, for a note */
  SourcePosition start, end;
} SemExternalFact;

/* A function or class defined in another file of the run. */
typedef struct SemExternalSymbol {
  const char *path;          /* the defining file, as shown */
  const char *label;         /* "main()", "Client.__init__()", "Client" */
  bool is_class;
  bool is_coroutine_function; /* async def, or a generator coroutine */
  SourcePosition start, end; /* its name in the def or class statement */
  const SemExternalFact *facts;
  uint32_t fact_count;
} SemExternalSymbol;

/* A call in another file that reaches a function of this one. */
typedef struct SemExternalSite {
  const char *path;
  SourcePosition start, end;
  SemContext context;
  const char *caller_label;  /* "handler()" for a call inside a function, else NULL */
  bool runs_in_loop;         /* in a coroutine, or in a sync function only loops reach */
  bool constructs;           /* `C(...)` reaching C.__init__ */
} SemExternalSite;

typedef struct SemIndexView {
  const void *index;
  uint32_t file;
  /* The symbol a qualified name ("pkg.server.main", ".server.main") names in another file of
   * the run, as the code of `file` imports it, made in `arena`; NULL if none. Thread-safe. */
  const SemExternalSymbol *(*resolve)(const void *index, uint32_t file, const char *qualified_name, Arena *arena);
  uint32_t function_count;   /* the file's functions when the index saw it (a file that
                              * changed since is linted without the view) */
  const unsigned *reach;     /* per function: SEM_REACH_* over the whole run */
  const SemExternalSite *const *sites; /* per function: its callers in other files */
  const uint32_t *site_counts;
} SemIndexView;

/* A question about a name of another file: is it a function (`rule` NULL), or a function or
 * class with the fact (rule, key)? The answer matters to a rule only when it is yes. */
typedef struct SemQuestion {
  const char *name;          /* qualified name: "pkg.server.main", ".server.main", "pkg.C.m" */
  const char *rule;
  const char *key;
  /* The fact can hold in a module without the rule's trigger words (which the prefilter
   * skipped), so the index analyses such a module to answer. */
  bool in_any_file;
} SemQuestion;

/* What rules asked that another file could answer (for the engine; see above). */
typedef struct SemQuestions {
  bool *reach_asked;         /* per function */
  SemQuestion *items;
  uint32_t count, capacity;
} SemQuestions;

SemModel *sem_build(Arena *arena, const Frontend *frontend, const Source *source, TSTree *tree);

/* Lets the model answer for other files (`view`: the index's answers for this file), or log
 * what it was asked (`questions`); both may be NULL. Call before the rules run. */
void sem_attach(SemModel *self, const SemIndexView *view, SemQuestions *questions);

/* The function of another file that an expression (`main`, `server.main`) names without
 * calling it, or NULL: without a view, or when it names no function of the run. */
const SemExternalSymbol *sem_external_function(const SemModel *self, TSNode expression, SemIndex scope,
                                               uint32_t position);
/* The fact (rule, key) of the function or class of another file that a call reaches (its
 * callee, or `x.m()` on an instance of an imported class), and that symbol in *symbol; NULL
 * when there is none. `in_any_file`: see SemQuestion. */
const SemExternalFact *sem_call_external_fact(const SemModel *self, const SemCall *call, const char *rule,
                                              const char *key, bool in_any_file, const SemExternalSymbol **symbol);
/* A fact of an external symbol, or NULL. */
const SemExternalFact *sem_external_fact(const SemExternalSymbol *symbol, const char *rule, const char *key);
/* The calls in other files that reach a function (empty without a view). */
const SemExternalSite *sem_function_external_sites(const SemModel *self, SemIndex function, uint32_t *count);

const Frontend *sem_frontend(const SemModel *self);
const Source *sem_source(const SemModel *self);

/* Calls in source order. */
const SemCall *sem_calls(const SemModel *self, uint32_t *count);
const SemCall *sem_call(const SemModel *self, SemIndex index);
const SemScope *sem_scope(const SemModel *self, SemIndex index);
const SemFunction *sem_function(const SemModel *self, SemIndex index);
uint32_t sem_function_count(const SemModel *self);
const SemClass *sem_class(const SemModel *self, SemIndex index);
uint32_t sem_class_count(const SemModel *self);
const SemBinding *sem_binding(const SemModel *self, SemIndex index);
uint32_t sem_binding_count(const SemModel *self);
/* `from m import *` statements: their count, and the module and scope of one. */
uint32_t sem_star_import_count(const SemModel *self);
const char *sem_star_import(const SemModel *self, uint32_t index, SemIndex *scope);
/* The function a call reaches by in-file resolution: its target function, or the
 * __init__ of the class it constructs; SEM_NONE if neither. */
SemIndex sem_call_callee(const SemModel *self, const SemCall *call);
const SemAttributeAssignment *sem_attribute_assignments(const SemModel *self, uint32_t *count);

/* The text of a node (a pointer into the source; not NUL-terminated). */
const char *sem_node_text(const SemModel *self, TSNode node, uint32_t *length);
/* The name node of a def or class statement (the statement itself for a lambda): where a
 * definition is shown. */
TSNode sem_definition_name(const SemModel *self, TSNode definition);
/* The interned copy of a name, or NULL if the file never mentions it as a name. */
const char *sem_find_name(const SemModel *self, const char *name);

/* The binding a name refers to when read at `position` in `scope`, or NULL (builtin,
 * unbound, or not knowable). Honours shadowing, global/nonlocal, and Python's rule that
 * function bodies run after their enclosing scope has finished binding names. */
const SemBinding *sem_lookup(const SemModel *self, const char *name, SemIndex scope,
                             uint32_t position);

/* sem_lookup() for an identifier node: the binding its name refers to at `position` in
 * `scope`, or NULL (also for a node that is not a name). */
const SemBinding *sem_lookup_node(const SemModel *self, TSNode name, SemIndex scope, uint32_t position);

/* Canonical qualified name of an expression evaluated at `position` in `scope`:
 * `aio.Lock` after `import asyncio as aio` -> "asyncio.Lock", `asyncio.locks.Lock` ->
 * "asyncio.Lock". An attribute of a call's result keeps the call:
 * `asyncio.get_event_loop_policy().get_event_loop` -> that text. NULL when the expression is
 * not an imported name or an attribute chain rooted in one. */
const char *sem_qualified_name(const SemModel *self, TSNode expression, SemIndex scope,
                               uint32_t position);
/* The qualified name of a call's callee (computed once at build time). */
static inline const char *sem_call_qualified_name(const SemCall *call) { return call->qualified_name; }

/* Is `expression` a loop expression (RULES.md "Loop expression")? */
bool sem_is_loop_expression(const SemModel *self, TSNode expression, SemIndex scope,
                            uint32_t position);

/* Is the call a method call `<receiver>.method(...)`? */
bool sem_call_method_is(const SemModel *self, const SemCall *call, const char *method);

/* Is the receiver of a method call (`<receiver>.m(...)`) a loop expression? Never for an
 * awaited call: `await loop.run_until_complete(...)` is a project's own async method. */
bool sem_call_receiver_is_loop(const SemModel *self, const SemCall *call);

/* The method `name` of a same-file class (searching same-file bases), or SEM_NONE. */
SemIndex sem_class_method(const SemModel *self, SemIndex klass, const char *name);

/* Calls made directly in a function's body (not in nested defs or lambdas), in source order. */
const SemIndex *sem_function_calls(const SemModel *self, SemIndex function, uint32_t *count);

/* Is the call in the body of a try statement with a handler that catches `exception`
 * (by name, through a tuple, or as Exception/BaseException/bare except)? */
bool sem_call_in_try_catching(const SemModel *self, const SemCall *call, const char *exception);

/* A try context by index (see SemCall.try_context). */
const SemTryContext *sem_try_context(const SemModel *self, SemIndex index);

/* A function or method an expression names without calling it: `main`, `self.start`,
 * `Client.build`; SEM_NONE if the file does not show one. */
SemIndex sem_referenced_function(const SemModel *self, TSNode expression, SemIndex scope, uint32_t position);

/* A guard by index (see SemCall.guard). */
const SemGuard *sem_guard(const SemModel *self, SemIndex index);

/* The SEM_REACH_* flags of a sync function: how the analysed code can reach it. A function
 * nothing calls is SEM_REACH_UNKNOWN (public API or a callback). */
unsigned sem_function_reach(const SemModel *self, SemIndex function);

/* Does code in this context (of a call in `function`) run with an event loop running, as far
 * as the file shows? Coroutines: yes; import time and main guard: no; a sync function: its
 * reach decides (only SEM_REACH_WITH_LOOP means yes). */
bool sem_call_runs_in_loop(const SemModel *self, const SemCall *call);

/* Has the code around the call just proven that no event loop runs here? In the
 * `except RuntimeError` handler of a try whose body calls asyncio.get_running_loop(); under
 * `if not loop.is_running():` (or in the else of `if loop.is_running():`, also after an
 * `if ...: return`); where a running-loop-or-None value is None; in a forked child
 * (`if os.fork() == 0`, `if pid == 0`). (semantic_loop.c) */
bool sem_call_proven_no_loop(const SemModel *self, const SemCall *call);

/* Coroutine call sites from which `function` is reached through sync functions, at most
 * max_sites of them, nearest first. (semantic_loop.c) */
uint32_t sem_loop_entry_sites(const SemModel *self, SemIndex function, SemIndex *sites, uint32_t max_sites);

/* The class whose method `function` is, if any (SEM_NONE otherwise). */
SemIndex sem_function_class(const SemModel *self, SemIndex function);

/* The callers of a function: calls that reach it by in-file resolution; a constructor call
 * `C(...)` counts as a caller of `C.__init__`. */
const SemIndex *sem_function_callers(const SemModel *self, SemIndex function, uint32_t *count);

/* The expression inside any number of parentheses. */
TSNode sem_strip_parentheses(const SemModel *self, TSNode expression);

const char *sem_context_name(SemContext context);

#endif
