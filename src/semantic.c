#include "semantic.h"

#include "name_map.h"
#include "semantic_internal.h"

#include <string.h>

/* ---------------------------------------------------------------------------------------
 * Model storage
 * ------------------------------------------------------------------------------------- */

typedef struct SemInternEntry {
  const char *text;
  uint32_t length;
  uint32_t hash;
} SemInternEntry;

typedef enum SemNameTag {
  SEM_NAME_BINDING,          /* value: the last binding of the name in the scope */
  SEM_NAME_GLOBAL,           /* `global name` in the scope */
  SEM_NAME_NONLOCAL,         /* `nonlocal name` in the scope */
} SemNameTag;

typedef struct SemNameEntry {
  const char *name;          /* interned; NULL marks an empty slot */
  SemIndex scope;
  SemNameTag tag;
  SemIndex value;
  /* SEM_NAME_BINDING, after the walk: every binding of the name in the scope, by position,
   * so that "the binding visible at this position" is a binary search. */
  SemIndex *ordered;
  uint32_t ordered_count;
} SemNameEntry;

typedef struct SemStarImport {
  SemIndex scope;
  const char *module;
  uint32_t position;
} SemStarImport;

struct SemModel {
  Arena *arena;
  const Frontend *frontend;
  const Source *source;
  /* sem_may_hold_code's last scan: bytes code_from ... code_to, the first code at code_at
   * (code_to: none). Nested expressions (`not not ... f()`, 100 000 deep on one line) are
   * answered from their ancestor's scan instead of each scanning to the end again. */
  uint32_t code_from, code_to, code_at;

  SemScope *scopes;
  uint32_t scope_count, scope_capacity;
  SemBinding *bindings;
  uint32_t binding_count, binding_capacity;
  SemFunction *functions;
  uint32_t function_count, function_capacity;
  SemClass *classes;
  uint32_t class_count, class_capacity;
  SemCall *calls;
  uint32_t call_count, call_capacity;
  SemAttributeAssignment *attributes;
  uint32_t attribute_count, attribute_capacity;
  SemStarImport *star_imports;
  uint32_t star_import_count, star_import_capacity;
  SemGuard *guards;
  uint32_t guard_count, guard_capacity;
  SemTryContext *tries;
  uint32_t try_count, try_capacity;

  SemInternEntry *interned;
  uint32_t intern_count, intern_capacity;  /* capacity: a power of two */
  SemNameEntry *names;
  uint32_t name_count, name_capacity;      /* capacity: a power of two */

  const SemIndexView *view;                /* answers for other files, or NULL */
  SemQuestions *questions;                 /* what rules asked that the index could answer, or NULL */
};

/* Lookups follow at most this many alias assignments or loop bindings: enough for real
 * code, and a bound on adversarial chains. */
enum { SEM_MAX_INDIRECTION = 8 };

static uint32_t sem_hash_bytes(const char *text, uint32_t length) { return name_map_hash(text, length); }

static uint32_t sem_hash_name_key(const char *name, SemIndex scope, SemNameTag tag) {
  uint64_t key = (uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15ull;
  key ^= ((uint64_t)scope << 2 | (uint64_t)tag) * 0xC2B2AE3D27D4EB4Full;
  key ^= key >> 29;
  return (uint32_t)key;
}

static const char *sem_intern_lookup(const SemModel *self, const char *text, uint32_t length,
                                     uint32_t hash) {
  if (!self->intern_capacity) return NULL;
  uint32_t mask = self->intern_capacity - 1;
  for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
    const SemInternEntry *entry = &self->interned[i];
    if (!entry->text) return NULL;
    if (entry->hash == hash && entry->length == length && memcmp(entry->text, text, length) == 0) {
      return entry->text;
    }
  }
}

static void sem_intern_insert_entry(SemInternEntry *table, uint32_t capacity, SemInternEntry entry) {
  uint32_t mask = capacity - 1;
  uint32_t i = entry.hash & mask;
  while (table[i].text) i = (i + 1) & mask;
  table[i] = entry;
}

static const char *sem_intern(SemModel *self, const char *text, uint32_t length) {
  uint32_t hash = sem_hash_bytes(text, length);
  const char *found = sem_intern_lookup(self, text, length, hash);
  if (found) return found;
  if ((self->intern_count + 1) * 2 > self->intern_capacity) {
    uint32_t capacity = self->intern_capacity ? self->intern_capacity * 2 : 256;
    SemInternEntry *table = arena_alloc(self->arena, sizeof *table * capacity);
    for (uint32_t i = 0; i < self->intern_capacity; i++) {
      if (self->interned[i].text) sem_intern_insert_entry(table, capacity, self->interned[i]);
    }
    self->interned = table;
    self->intern_capacity = capacity;
  }
  char *copy = arena_strndup(self->arena, text, length);
  sem_intern_insert_entry(self->interned, self->intern_capacity,
                          (SemInternEntry){copy, length, hash});
  self->intern_count++;
  return copy;
}

const char *sem_find_name(const SemModel *self, const char *name) {
  uint32_t length = (uint32_t)strlen(name);
  return sem_intern_lookup(self, name, length, sem_hash_bytes(name, length));
}

static SemNameEntry *sem_name_slot(const SemModel *self, const char *name, SemIndex scope,
                                   SemNameTag tag) {
  if (!self->name_capacity) return NULL;
  uint32_t mask = self->name_capacity - 1;
  for (uint32_t i = sem_hash_name_key(name, scope, tag) & mask;; i = (i + 1) & mask) {
    SemNameEntry *entry = &self->names[i];
    if (!entry->name) return entry;
    if (entry->name == name && entry->scope == scope && entry->tag == tag) return entry;
  }
}

static SemIndex sem_name_get(const SemModel *self, const char *name, SemIndex scope, SemNameTag tag) {
  const SemNameEntry *entry = sem_name_slot(self, name, scope, tag);
  return entry && entry->name ? entry->value : SEM_NONE;
}

static void sem_name_set(SemModel *self, const char *name, SemIndex scope, SemNameTag tag,
                         SemIndex value) {
  if ((self->name_count + 1) * 2 > self->name_capacity) {
    SemNameEntry *old = self->names;
    uint32_t old_capacity = self->name_capacity;
    self->name_capacity = old_capacity ? old_capacity * 2 : 256;
    self->names = arena_alloc(self->arena, sizeof *self->names * self->name_capacity);
    for (uint32_t i = 0; i < old_capacity; i++) {
      if (old[i].name) *sem_name_slot(self, old[i].name, old[i].scope, old[i].tag) = old[i];
    }
  }
  SemNameEntry *slot = sem_name_slot(self, name, scope, tag);
  if (!slot->name) self->name_count++;
  *slot = (SemNameEntry){.name = name, .scope = scope, .tag = tag, .value = value};
}

/* ---------------------------------------------------------------------------------------
 * Small helpers over nodes
 * ------------------------------------------------------------------------------------- */

const char *sem_node_text(const SemModel *self, TSNode node, uint32_t *length) {
  uint32_t start = ts_node_start_byte(node), end = ts_node_end_byte(node);
  *length = end - start;
  return self->source->text + start;
}

TSNode sem_definition_name(const SemModel *self, TSNode definition) {
  TSNode name = ts_node_child_by_field_id(definition, self->frontend->field.name);
  return ts_node_is_null(name) ? definition : name;
}

static bool sem_node_is(const SemModel *self, TSNode node, const char *text) {
  uint32_t length;
  const char *start = sem_node_text(self, node, &length);
  return strlen(text) == length && memcmp(start, text, length) == 0;
}

static const char *sem_intern_node(SemModel *self, TSNode node) {
  uint32_t length;
  const char *text = sem_node_text(self, node, &length);
  return sem_intern(self, text, length);
}

static bool sem_is_name_node(const SemModel *self, TSNode node) {
  TSSymbol symbol = ts_node_symbol(node);
  return symbol == self->frontend->kind.identifier || symbol == self->frontend->kind.keyword_identifier;
}

TSNode sem_strip_parentheses(const SemModel *self, TSNode expression) {
  while (!ts_node_is_null(expression) &&
         ts_node_symbol(expression) == self->frontend->kind.parenthesized_expression &&
         ts_node_named_child_count(expression) == 1) {
    expression = ts_node_named_child(expression, 0);
  }
  return expression;
}

/* A growable stack of nodes for the few bounded sub-walks (assignment targets, patterns);
 * explicit so that adversarially deep nesting cannot overflow the C stack. */
typedef struct SemNodeStack {
  TSNode *items;
  uint32_t count, capacity;
} SemNodeStack;

static void sem_push_named_children(SemModel *self, SemNodeStack *stack, TSNode node) {
  uint32_t count = ts_node_named_child_count(node);
  /* Push in reverse so that children pop in source order. */
  for (uint32_t i = count; i-- > 0;) {
    ARENA_PUSH(self->arena, stack->items, stack->count, stack->capacity) = ts_node_named_child(node, i);
  }
}

/* ---------------------------------------------------------------------------------------
 * Building: scopes, bindings, functions, classes, calls
 * ------------------------------------------------------------------------------------- */

static SemIndex sem_add_scope(SemModel *self, SemScopeKind kind, SemIndex parent, TSNode node) {
  SemIndex index = self->scope_count;
  ARENA_PUSH(self->arena, self->scopes, self->scope_count, self->scope_capacity) =
      (SemScope){.kind = kind, .parent = parent, .function = SEM_NONE, .klass = SEM_NONE, .node = node};
  return index;
}

/* The scope a new binding of `name` in `scope` goes to (global/nonlocal declarations). */
static SemIndex sem_binding_scope(const SemModel *self, const char *name, SemIndex scope) {
  if (self->scopes[scope].kind == SEM_SCOPE_MODULE) return scope;
  if (sem_name_get(self, name, scope, SEM_NAME_GLOBAL) != SEM_NONE) return 0;
  if (sem_name_get(self, name, scope, SEM_NAME_NONLOCAL) != SEM_NONE) {
    for (SemIndex outer = self->scopes[scope].parent; outer != SEM_NONE; outer = self->scopes[outer].parent) {
      if (self->scopes[outer].kind == SEM_SCOPE_FUNCTION) return outer;
    }
  }
  return scope;
}

static SemBinding *sem_bind(SemModel *self, SemIndex scope, const char *name, SemBindingKind kind,
                            TSNode node, uint32_t position) {
  SemIndex own_scope = scope;
  scope = sem_binding_scope(self, name, scope);
  /* `global x; x = ...` in a function runs when the function is called, not where it stands
   * in the text: code of the outer scope does not see it at any position. */
  if (scope != own_scope) position = UINT32_MAX;
  SemIndex index = self->binding_count;
  SemBinding *binding = &ARENA_PUSH(self->arena, self->bindings, self->binding_count, self->binding_capacity);
  *binding = (SemBinding){
      .name = name,
      .kind = kind,
      .scope = scope,
      .previous = sem_name_get(self, name, scope, SEM_NAME_BINDING),
      .position = position,
      .node = node,
      .function = SEM_NONE,
      .klass = SEM_NONE,
  };
  sem_name_set(self, name, scope, SEM_NAME_BINDING, index);
  return binding;
}

/* The scope a walrus binds in: the nearest enclosing scope that is not a comprehension. */
static SemIndex sem_walrus_scope(const SemModel *self, SemIndex scope) {
  while (self->scopes[scope].kind == SEM_SCOPE_COMPREHENSION) scope = self->scopes[scope].parent;
  return scope;
}

/* Joins the identifiers of a dotted_name with '.', dropping any whitespace in between. */
static const char *sem_dotted_name(SemModel *self, TSNode dotted, const char *prefix) {
  size_t length = prefix ? strlen(prefix) : 0;
  uint32_t count = ts_node_named_child_count(dotted);
  for (uint32_t i = 0; i < count; i++) {
    uint32_t part;
    sem_node_text(self, ts_node_named_child(dotted, i), &part);
    length += part + 1;
  }
  char *result = arena_alloc(self->arena, length + 1);
  size_t at = 0;
  if (prefix) {
    memcpy(result, prefix, strlen(prefix));
    at = strlen(prefix);
  }
  for (uint32_t i = 0; i < count; i++) {
    uint32_t part;
    const char *text = sem_node_text(self, ts_node_named_child(dotted, i), &part);
    if (i > 0) result[at++] = '.';
    memcpy(result + at, text, part);
    at += part;
  }
  result[at] = '\0';
  return result;
}

static const char *sem_join(SemModel *self, const char *left, const char *right, uint32_t right_length) {
  size_t left_length = strlen(left);
  char *result = arena_alloc(self->arena, left_length + right_length + 2);
  memcpy(result, left, left_length);
  size_t at = left_length;
  if (left_length && left[left_length - 1] != '.') result[at++] = '.';
  memcpy(result + at, right, right_length);
  result[at + right_length] = '\0';
  return result;
}

static void sem_bind_import(SemModel *self, SemIndex scope, TSNode statement) {
  const FrontendFields *field = &self->frontend->field;
  uint32_t position = ts_node_end_byte(statement);
  bool from = ts_node_symbol(statement) == self->frontend->kind.import_from_statement;
  const char *module = NULL;
  if (from) {
    TSNode module_node = ts_node_child_by_field_id(statement, field->module_name);
    if (ts_node_is_null(module_node)) return;
    if (ts_node_symbol(module_node) == self->frontend->kind.relative_import) {
      /* Relative imports keep their leading dots, so they never resolve to asyncio. */
      TSNode prefix = ts_node_named_child(module_node, 0);
      uint32_t dots;
      const char *text = sem_node_text(self, prefix, &dots);
      char *dotted_prefix = arena_strndup(self->arena, text, dots);
      module = ts_node_named_child_count(module_node) > 1
                   ? sem_dotted_name(self, ts_node_named_child(module_node, 1), dotted_prefix)
                   : dotted_prefix;
    } else {
      module = sem_dotted_name(self, module_node, NULL);
    }
  }
  TSTreeCursor cursor = ts_tree_cursor_new(statement);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      TSNode child = ts_tree_cursor_current_node(&cursor);
      if (from && ts_node_symbol(child) == self->frontend->kind.wildcard_import) {
        ARENA_PUSH(self->arena, self->star_imports, self->star_import_count, self->star_import_capacity) =
            (SemStarImport){scope, module, position};
        continue;
      }
      if (ts_tree_cursor_current_field_id(&cursor) != field->name) continue;
      TSNode dotted = child, alias = {0};
      if (ts_node_symbol(child) == self->frontend->kind.aliased_import) {
        dotted = ts_node_child_by_field_id(child, field->name);
        alias = ts_node_child_by_field_id(child, field->alias);
      }
      if (ts_node_is_null(dotted) || ts_node_named_child_count(dotted) == 0) continue;
      TSNode bound = !ts_node_is_null(alias) ? alias : ts_node_named_child(dotted, 0);
      const char *path;
      if (from) {
        path = sem_dotted_name(self, dotted, NULL);
        path = sem_join(self, module, path, (uint32_t)strlen(path));
      } else if (!ts_node_is_null(alias)) {
        path = sem_dotted_name(self, dotted, NULL);              /* import a.b as c: c is a.b */
      } else {
        path = sem_intern_node(self, ts_node_named_child(dotted, 0)); /* import a.b binds a */
      }
      SemBinding *binding = sem_bind(self, scope, sem_intern_node(self, bound),
                                     from ? SEM_BINDING_FROM_IMPORT : SEM_BINDING_IMPORT, bound, position);
      binding->import_path = path;
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
}

/* Binds the names of an assignment-like target. `value` is recorded only when the target
 * is a single name or attribute (not unpacking). */
static void sem_bind_targets(SemModel *self, SemIndex scope, SemIndex function, TSNode target,
                             SemBindingKind kind, uint32_t position, TSNode value) {
  const FrontendKinds *kinds = &self->frontend->kind;
  SemNodeStack stack = {0};
  ARENA_PUSH(self->arena, stack.items, stack.count, stack.capacity) = target;
  while (stack.count) {
    TSNode node = stack.items[--stack.count];
    bool whole = ts_node_eq(node, target);
    TSSymbol symbol = ts_node_symbol(node);
    if (symbol == kinds->identifier || symbol == kinds->keyword_identifier) {
      SemBinding *binding = sem_bind(self, scope, sem_intern_node(self, node), kind, node, position);
      if (whole) binding->value = value;
    } else if (symbol == kinds->attribute) {
      /* self.x = ... in a method: remembered for `self.x` lookups in the class. */
      TSNode object = sem_strip_parentheses(self, ts_node_child_by_field_id(node, self->frontend->field.object));
      if (function == SEM_NONE || !sem_is_name_node(self, object)) continue;
      const SemFunction *method = &self->functions[function];
      const char *receiver = sem_intern_node(self, object);
      SemIndex klass = method->klass;
      /* Closures inside a method see the method's `self` too. */
      for (SemIndex f = function; klass == SEM_NONE && f != SEM_NONE; f = self->functions[f].enclosing_function) {
        if (self->functions[f].klass != SEM_NONE && self->functions[f].first_parameter == receiver) {
          klass = self->functions[f].klass, method = &self->functions[f];
        }
      }
      if (klass == SEM_NONE || method->first_parameter != receiver || method->is_staticmethod) continue;
      TSNode attribute = ts_node_child_by_field_id(node, self->frontend->field.attribute);
      ARENA_PUSH(self->arena, self->attributes, self->attribute_count, self->attribute_capacity) =
          (SemAttributeAssignment){klass, function, sem_intern_node(self, attribute), node,
                                   whole ? value : ((TSNode){.id = NULL})};
    } else if (symbol == kinds->tuple_pattern || symbol == kinds->list_pattern ||
               symbol == kinds->pattern_list || symbol == kinds->tuple || symbol == kinds->list ||
               symbol == kinds->parenthesized_expression || symbol == kinds->expression_list ||
               symbol == kinds->list_splat_pattern || symbol == kinds->list_splat) {
      sem_push_named_children(self, &stack, node);
    }
  }
}

static void sem_bind_parameters(SemModel *self, SemFunction *function, TSNode parameters) {
  if (ts_node_is_null(parameters)) return;
  const FrontendKinds *kinds = &self->frontend->kind;
  uint32_t position = ts_node_start_byte(function->node);
  uint32_t count = ts_node_named_child_count(parameters);
  for (uint32_t i = 0; i < count; i++) {
    TSNode parameter = ts_node_named_child(parameters, i);
    TSSymbol symbol = ts_node_symbol(parameter);
    TSNode name = {.id = NULL};
    if (symbol == kinds->identifier) {
      name = parameter;
    } else if (symbol == kinds->default_parameter || symbol == kinds->typed_default_parameter) {
      name = ts_node_child_by_field_id(parameter, self->frontend->field.name);
    } else if (symbol == kinds->typed_parameter || symbol == kinds->list_splat_pattern ||
               symbol == kinds->dictionary_splat_pattern) {
      name = ts_node_named_child(parameter, 0);
      if (!ts_node_is_null(name) && !sem_is_name_node(self, name)) name = ts_node_named_child(name, 0);
    }
    if (ts_node_is_null(name) || !sem_is_name_node(self, name)) continue;
    const char *interned = sem_intern_node(self, name);
    sem_bind(self, function->scope, interned, SEM_BINDING_PARAMETER, name, position);
    if (!function->first_parameter && symbol != kinds->list_splat_pattern &&
        symbol != kinds->dictionary_splat_pattern) {
      function->first_parameter = interned;
    }
  }
}

static bool sem_is_main_guard(const SemModel *self, TSNode if_statement) {
  TSNode condition = sem_strip_parentheses(self, ts_node_child_by_field_id(if_statement, self->frontend->field.condition));
  if (ts_node_is_null(condition) || ts_node_symbol(condition) != self->frontend->kind.comparison_operator ||
      ts_node_named_child_count(condition) != 2 || ts_node_child_count(condition) != 3) {
    return false;
  }
  if (!sem_node_is(self, ts_node_child(condition, 1), "==")) return false;
  TSNode left = ts_node_named_child(condition, 0), right = ts_node_named_child(condition, 1);
  for (int swap = 0; swap < 2; swap++) {
    TSNode name = swap ? right : left, text = swap ? left : right;
    if (ts_node_symbol(name) == self->frontend->kind.identifier && sem_node_is(self, name, "__name__") &&
        ts_node_symbol(text) == self->frontend->kind.string &&
        (sem_node_is(self, text, "\"__main__\"") || sem_node_is(self, text, "'__main__'"))) {
      return true;
    }
  }
  return false;
}

static const char *sem_qualified_name_at(SemModel *self, TSNode expression, SemIndex scope, uint32_t position,
                                         int budget);

/* Decorators that make a generator function a coroutine whose body runs in the loop. */
static const char *const sem_coroutine_decorators[] = {
    "types.coroutine", "asyncio.coroutine", "tornado.gen.coroutine", "tornado.gen.engine", NULL,
};

static void sem_read_decorators(SemModel *self, SemFunction *function, TSNode decorated, SemIndex scope) {
  uint32_t count = ts_node_named_child_count(decorated);
  for (uint32_t i = 0; i < count; i++) {
    TSNode decorator = ts_node_named_child(decorated, i);
    if (ts_node_symbol(decorator) != self->frontend->kind.decorator) continue;
    TSNode expression = ts_node_named_child(decorator, 0);
    if (ts_node_is_null(expression)) continue;
    if (sem_node_is(self, expression, "staticmethod")) function->is_staticmethod = true;
    if (sem_node_is(self, expression, "classmethod")) function->is_classmethod = true;
    /* Resolved with the bindings seen so far: imports come before the functions they decorate. */
    const char *name = sem_qualified_name_at(self, expression, scope, ts_node_start_byte(decorator), 8);
    for (const char *const *known = sem_coroutine_decorators; name && *known; known++) {
      if (strcmp(name, *known) == 0) function->is_generator_coroutine = true;
    }
  }
}

/* Captures in match-case patterns: `case x`, `case [a, *rest]`, `case P(x=y) as z`. */
static void sem_bind_case_captures(SemModel *self, SemIndex scope, TSNode case_clause) {
  const FrontendKinds *kinds = &self->frontend->kind;
  uint32_t position = 0;
  SemNodeStack stack = {0};
  uint32_t count = ts_node_named_child_count(case_clause);
  for (uint32_t i = count; i-- > 0;) {
    TSNode child = ts_node_named_child(case_clause, i);
    if (ts_node_symbol(child) == kinds->case_pattern) {
      ARENA_PUSH(self->arena, stack.items, stack.count, stack.capacity) = child;
      /* Captures are visible from the end of the patterns on: in the guard and the body. */
      if (!position) position = ts_node_end_byte(child);
    }
  }
  while (stack.count) {
    TSNode node = stack.items[--stack.count];
    TSSymbol symbol = ts_node_symbol(node);
    if (symbol == kinds->dotted_name) {
      /* A bare name is a capture; a dotted one (Color.RED) is a value pattern. */
      if (ts_node_named_child_count(node) == 1) {
        TSNode name = ts_node_named_child(node, 0);
        sem_bind(self, scope, sem_intern_node(self, name), SEM_BINDING_MATCH_CAPTURE, name, position);
      }
    } else if (symbol == kinds->identifier) {
      sem_bind(self, scope, sem_intern_node(self, node), SEM_BINDING_MATCH_CAPTURE, node, position);
    } else if (symbol == kinds->class_pattern) {
      /* Skip the class name (the first child), keep its sub-patterns. */
      uint32_t n = ts_node_named_child_count(node);
      for (uint32_t i = n; i-- > 1;) {
        ARENA_PUSH(self->arena, stack.items, stack.count, stack.capacity) = ts_node_named_child(node, i);
      }
    } else if (symbol == kinds->keyword_pattern) {
      /* `key=pattern`: the key is not a binding. */
      uint32_t n = ts_node_named_child_count(node);
      if (n > 1) ARENA_PUSH(self->arena, stack.items, stack.count, stack.capacity) = ts_node_named_child(node, n - 1);
    } else if (symbol != kinds->string && symbol != kinds->concatenated_string) {
      sem_push_named_children(self, &stack, node);
    }
  }
}

/* One frame per node on the walk's path: where the node's code runs. */
typedef struct SemFrame {
  TSNode node;
  TSSymbol kind;
  SemIndex scope;
  SemIndex function;
  SemContext context;
  SemIndex inner_scope;      /* for nodes that open a scope: that scope */
  TSNode try_statement;
  TSNode except_clause;
  SemTryPart try_part;
  SemIndex try_context;
  SemIndex guard;            /* the condition in force for this node */
  SemIndex sibling_guard;    /* blocks: the condition in force for the next statement */
  bool module_level;         /* only module-level blocks (try, with, if, ...) between it and the module */
  bool leaf;                 /* no children: the walk does not try to enter it */
} SemFrame;

static bool sem_is_comprehension(const FrontendKinds *kinds, TSSymbol symbol) {
  return symbol == kinds->list_comprehension || symbol == kinds->set_comprehension ||
         symbol == kinds->dictionary_comprehension || symbol == kinds->generator_expression;
}

static SemIndex sem_add_guard(SemModel *self, TSNode condition, bool negated, SemIndex parent, SemIndex scope) {
  if (ts_node_is_null(condition)) return parent;
  SemIndex index = self->guard_count;
  ARENA_PUSH(self->arena, self->guards, self->guard_count, self->guard_capacity) =
      (SemGuard){.condition = condition, .negated = negated, .parent = parent, .scope = scope};
  return index;
}

/* Does a block end by leaving it (return, raise, continue, break)? */
static bool sem_block_exits(const SemModel *self, TSNode block) {
  const FrontendKinds *kinds = &self->frontend->kind;
  for (uint32_t i = ts_node_named_child_count(block); i-- > 0;) {
    TSSymbol symbol = ts_node_symbol(ts_node_named_child(block, i));
    if (symbol == kinds->comment) continue;
    return symbol == kinds->return_statement || symbol == kinds->raise_statement ||
           symbol == kinds->continue_statement || symbol == kinds->break_statement;
  }
  return false;
}

/* `if cond: <exits>` with no else: the statements after it in the same block run only when
 * `cond` is false. */
static void sem_after_statement(SemModel *self, const SemFrame *statement, SemFrame *block) {
  const FrontendKinds *kinds = &self->frontend->kind;
  if (statement->kind != kinds->if_statement || (block->kind != kinds->block && block->kind != kinds->module)) return;
  const FrontendFields *fields = &self->frontend->field;
  if (!ts_node_is_null(ts_node_child_by_field_id(statement->node, fields->alternative))) return;
  TSNode consequence = ts_node_child_by_field_id(statement->node, fields->consequence);
  if (ts_node_is_null(consequence) || !sem_block_exits(self, consequence)) return;
  block->sibling_guard = sem_add_guard(self, ts_node_child_by_field_id(statement->node, fields->condition), true,
                                       block->sibling_guard, block->scope);
}

static TSNode sem_first_for_in_clause(const SemModel *self, TSNode comprehension) {
  uint32_t count = ts_node_named_child_count(comprehension);
  for (uint32_t i = 0; i < count; i++) {
    TSNode child = ts_node_named_child(comprehension, i);
    if (ts_node_symbol(child) == self->frontend->kind.for_in_clause) return child;
  }
  return ((TSNode){.id = NULL});
}

static SemFrame sem_child_frame(SemModel *self, const SemFrame *parent, const SemFrame *grandparent,
                                TSNode child, TSFieldId field) {
  const FrontendKinds *kinds = &self->frontend->kind;
  const FrontendFields *fields = &self->frontend->field;
  SemFrame frame = *parent;
  frame.node = child;
  frame.kind = ts_node_symbol(child);
  frame.leaf = false;
  frame.inner_scope = SEM_NONE;
  frame.guard = parent->sibling_guard;
  TSSymbol parent_kind = parent->kind;
  if ((parent_kind == kinds->if_statement || parent_kind == kinds->elif_clause) &&
      (field == fields->consequence || field == fields->alternative)) {
    TSNode condition = ts_node_child_by_field_id(parent->node, fields->condition);
    frame.guard = sem_add_guard(self, condition, field == fields->alternative, parent->guard, parent->scope);
  }
  if ((parent_kind == kinds->function_definition || parent_kind == kinds->lambda) && field == fields->body &&
      parent->inner_scope != SEM_NONE) {
    frame.scope = parent->inner_scope;
    frame.function = self->scopes[frame.scope].function;
    const SemFunction *function = &self->functions[frame.function];
    frame.context = function->is_async || function->is_generator_coroutine ? SEM_CONTEXT_COROUTINE
                                                                           : SEM_CONTEXT_SYNC_FUNCTION;
    frame.try_statement = frame.except_clause = ((TSNode){.id = NULL});
    frame.try_part = SEM_TRY_NONE;
    frame.try_context = SEM_NONE;
    frame.guard = SEM_NONE;
  } else if (parent_kind == kinds->class_definition && field == fields->body && parent->inner_scope != SEM_NONE) {
    frame.scope = parent->inner_scope;
    frame.try_statement = frame.except_clause = ((TSNode){.id = NULL});
    frame.try_part = SEM_TRY_NONE;
    frame.try_context = SEM_NONE;
    frame.guard = SEM_NONE;
  } else if (sem_is_comprehension(kinds, parent_kind) && parent->inner_scope != SEM_NONE) {
    frame.scope = parent->inner_scope;
  } else if (parent_kind == kinds->for_in_clause && field == fields->right && grandparent &&
             sem_is_comprehension(kinds, grandparent->kind) &&
             ts_node_eq(parent->node, sem_first_for_in_clause(self, grandparent->node))) {
    /* The first iterable of a comprehension is evaluated in the enclosing scope. */
    frame.scope = grandparent->scope;
  } else if (parent_kind == kinds->if_statement && field == fields->consequence && parent->module_level &&
             parent->context == SEM_CONTEXT_IMPORT_TIME && sem_is_main_guard(self, parent->node)) {
    frame.context = SEM_CONTEXT_MAIN_GUARD;
  } else if (parent_kind == kinds->try_statement) {
    frame.try_statement = parent->node;
    frame.except_clause = ((TSNode){.id = NULL});
    if (field == fields->body) {
      frame.try_part = SEM_TRY_BODY;
    } else if (frame.kind == kinds->except_clause || frame.kind == kinds->except_group_clause) {
      frame.try_part = SEM_TRY_HANDLER;
      frame.except_clause = child;
    } else if (frame.kind == kinds->else_clause) {
      frame.try_part = SEM_TRY_ELSE;
    } else if (frame.kind == kinds->finally_clause) {
      frame.try_part = SEM_TRY_FINALLY;
    }
    if (frame.try_part != SEM_TRY_NONE) {
      frame.try_context = self->try_count;
      ARENA_PUSH(self->arena, self->tries, self->try_count, self->try_capacity) = (SemTryContext){
          .try_statement = frame.try_statement,
          .except_clause = frame.except_clause,
          .part = frame.try_part,
          .parent = parent->try_context,
      };
    }
  }
  frame.sibling_guard = frame.guard;
  /* A main guard counts at module level also inside module-level try/with/if blocks. */
  frame.module_level = parent->module_level &&
                       (parent_kind == kinds->module || parent_kind == kinds->block ||
                        parent_kind == kinds->try_statement || parent_kind == kinds->with_statement ||
                        parent_kind == kinds->if_statement || parent_kind == kinds->elif_clause ||
                        parent_kind == kinds->else_clause || parent_kind == kinds->except_clause ||
                        parent_kind == kinds->except_group_clause || parent_kind == kinds->finally_clause);
  return frame;
}

static SemIndex sem_open_function(SemModel *self, SemFrame *frame, const SemFrame *parent) {
  const FrontendKinds *kinds = &self->frontend->kind;
  bool is_lambda = frame->kind == kinds->lambda;
  SemIndex index = self->function_count;
  SemFunction *function = &ARENA_PUSH(self->arena, self->functions, self->function_count, self->function_capacity);
  const SemScope *outer = &self->scopes[frame->scope];
  *function = (SemFunction){
      .node = frame->node,
      .is_lambda = is_lambda,
      .parent_scope = frame->scope,
      .klass = outer->kind == SEM_SCOPE_CLASS ? outer->klass : SEM_NONE,
      .enclosing_function = frame->function,
      .definition_context = frame->context,
  };
  if (!is_lambda) {
    TSNode first = ts_node_child(frame->node, 0);
    function->is_async = !ts_node_is_null(first) && !ts_node_is_named(first) && sem_node_is(self, first, "async");
    TSNode name = ts_node_child_by_field_id(frame->node, self->frontend->field.name);
    if (!ts_node_is_null(name)) {
      function->name = sem_intern_node(self, name);
      SemBinding *binding = sem_bind(self, frame->scope, function->name, SEM_BINDING_FUNCTION, name,
                                     ts_node_end_byte(frame->node));
      binding->function = index;
    }
    if (parent && parent->kind == kinds->decorated_definition) {
      sem_read_decorators(self, function, parent->node, frame->scope);
    }
  }
  SemIndex scope = sem_add_scope(self, SEM_SCOPE_FUNCTION, frame->scope, frame->node);
  self->scopes[scope].function = index;
  function->scope = scope;
  frame->inner_scope = scope;
  sem_bind_parameters(self, function, ts_node_child_by_field_id(frame->node, self->frontend->field.parameters));
  return index;
}

static void sem_open_class(SemModel *self, SemFrame *frame) {
  SemIndex index = self->class_count;
  SemClass *klass = &ARENA_PUSH(self->arena, self->classes, self->class_count, self->class_capacity);
  *klass = (SemClass){.node = frame->node, .parent_scope = frame->scope};
  SemIndex scope = sem_add_scope(self, SEM_SCOPE_CLASS, frame->scope, frame->node);
  self->scopes[scope].klass = index;
  klass->scope = scope;
  frame->inner_scope = scope;
  TSNode name = ts_node_child_by_field_id(frame->node, self->frontend->field.name);
  if (!ts_node_is_null(name)) {
    klass->name = sem_intern_node(self, name);
    SemBinding *binding = sem_bind(self, frame->scope, klass->name, SEM_BINDING_CLASS, name,
                                   ts_node_end_byte(frame->node));
    binding->klass = index;
  }
}

static void sem_record_call(SemModel *self, const SemFrame *frame, const SemFrame *parent) {
  /* call: function arguments. By position, which is cheaper than by field in this tree-sitter;
   * a comment between the two (inside brackets) is an extra child, so the arguments are the
   * last child, and a field lookup settles anything unexpected. */
  TSNode arguments = ts_node_child(frame->node, ts_node_child_count(frame->node) - 1);
  TSSymbol arguments_kind = ts_node_symbol(arguments);
  if (arguments_kind != self->frontend->kind.argument_list && arguments_kind != self->frontend->kind.generator_expression) {
    arguments = ts_node_child_by_field_id(frame->node, self->frontend->field.arguments);
  }
  ARENA_PUSH(self->arena, self->calls, self->call_count, self->call_capacity) = (SemCall){
      .node = frame->node,
      .callee = ts_node_child(frame->node, 0),
      .arguments = arguments,
      .scope = frame->scope,
      .function = frame->function,
      .context = frame->context,
      .position = ts_node_start_byte(frame->node),
      .awaited = parent && parent->kind == self->frontend->kind.await,
      .target_function = SEM_NONE,
      .target_class = SEM_NONE,
      .try_statement = frame->try_statement,
      .except_clause = frame->except_clause,
      .try_part = frame->try_part,
      .try_context = frame->try_context,
      .guard = frame->guard,
  };
}

static void sem_declare_names(SemModel *self, SemIndex scope, TSNode statement, SemNameTag tag) {
  uint32_t count = ts_node_named_child_count(statement);
  for (uint32_t i = 0; i < count; i++) {
    TSNode name = ts_node_named_child(statement, i);
    if (sem_is_name_node(self, name)) sem_name_set(self, sem_intern_node(self, name), scope, tag, 1);
  }
}

/* `except X as name`: the grammar parses `X as name` as an as_pattern expression, whose
 * alias is an as_pattern_target wrapping the name. */
static TSNode sem_unwrap_as_target(const SemModel *self, TSNode target) {
  if (!ts_node_is_null(target) && !sem_is_name_node(self, target) && ts_node_named_child_count(target) == 1) {
    target = ts_node_named_child(target, 0);
  }
  return target;
}

static TSNode sem_handler_exception(const SemModel *self, TSNode handler) {
  TSNode caught = ts_node_child_by_field_id(handler, self->frontend->field.value);
  if (ts_node_symbol(handler) == self->frontend->kind.except_group_clause) caught = ts_node_named_child(handler, 0);
  if (!ts_node_is_null(caught) && ts_node_symbol(caught) == self->frontend->kind.as_pattern) {
    caught = ts_node_named_child(caught, 0);
  }
  if (!ts_node_is_null(caught) && ts_node_symbol(caught) == self->frontend->kind.block) return ((TSNode){.id = NULL});
  return caught;
}

static TSNode sem_handler_target(const SemModel *self, TSNode handler) {
  const FrontendKinds *kinds = &self->frontend->kind;
  TSNode alias = ts_node_child_by_field_id(handler, self->frontend->field.alias);
  if (ts_node_is_null(alias)) {
    TSNode value = ts_node_symbol(handler) == kinds->except_group_clause ? ts_node_named_child(handler, 0)
                                                                         : ts_node_child_by_field_id(handler, self->frontend->field.value);
    if (!ts_node_is_null(value) && ts_node_symbol(value) == kinds->as_pattern) {
      alias = ts_node_child_by_field_id(value, self->frontend->field.alias);
    } else if (ts_node_symbol(handler) == kinds->except_group_clause && ts_node_named_child_count(handler) >= 3) {
      alias = ts_node_named_child(handler, 1);
    }
  }
  return sem_unwrap_as_target(self, alias);
}

/* What entering a node records in the model. */
static void sem_enter(SemModel *self, SemFrame *frame, const SemFrame *parent) {
  const FrontendKinds *kinds = &self->frontend->kind;
  const FrontendFields *fields = &self->frontend->field;
  TSSymbol kind = frame->kind;
  TSNode node = frame->node;
  if (kind == kinds->call) {
    sem_record_call(self, frame, parent);
  } else if (kind == kinds->function_definition || kind == kinds->lambda) {
    sem_open_function(self, frame, parent);
  } else if (kind == kinds->class_definition) {
    sem_open_class(self, frame);
  } else if (sem_is_comprehension(kinds, kind)) {
    frame->inner_scope = sem_add_scope(self, SEM_SCOPE_COMPREHENSION, frame->scope, node);
  } else if (kind == kinds->import_statement || kind == kinds->import_from_statement) {
    sem_bind_import(self, frame->scope, node);
  } else if (kind == kinds->assignment) {
    /* `a = b = value`: the chain's first assignment binds every target of the chain to the
     * final value, and the inner links bind nothing more. Finding the value from each link
     * would be quadratic in the chain's length. Every link ends where the chain ends. */
    if (parent->kind == kinds->assignment) return;
    TSNode value = ts_node_child_by_field_id(node, fields->right);
    if (ts_node_is_null(value)) return; /* `x: int` binds nothing at run time */
    while (!ts_node_is_null(value) && ts_node_symbol(value) == kinds->assignment) {
      value = ts_node_child_by_field_id(value, fields->right);
    }
    for (TSNode link = node; !ts_node_is_null(link) && ts_node_symbol(link) == kinds->assignment;
         link = ts_node_child_by_field_id(link, fields->right)) {
      sem_bind_targets(self, frame->scope, frame->function, ts_node_child_by_field_id(link, fields->left),
                       SEM_BINDING_ASSIGNMENT, ts_node_end_byte(node), value);
    }
  } else if (kind == kinds->augmented_assignment) {
    sem_bind_targets(self, frame->scope, frame->function, ts_node_child_by_field_id(node, fields->left),
                     SEM_BINDING_ASSIGNMENT, ts_node_end_byte(node), ((TSNode){.id = NULL}));
  } else if (kind == kinds->named_expression) {
    TSNode name = ts_node_child_by_field_id(node, fields->name);
    if (!ts_node_is_null(name)) {
      SemBinding *binding = sem_bind(self, sem_walrus_scope(self, frame->scope), sem_intern_node(self, name),
                                     SEM_BINDING_ASSIGNMENT, name, ts_node_end_byte(node));
      binding->value = ts_node_child_by_field_id(node, fields->value);
    }
  } else if (kind == kinds->for_statement || kind == kinds->for_in_clause) {
    TSNode left = ts_node_child_by_field_id(node, fields->left);
    if (!ts_node_is_null(left)) {
      sem_bind_targets(self, frame->scope, frame->function, left, SEM_BINDING_LOOP_TARGET,
                       ts_node_end_byte(left), ((TSNode){.id = NULL}));
    }
  } else if (kind == kinds->with_item) {
    TSNode value = ts_node_child_by_field_id(node, fields->value);
    if (!ts_node_is_null(value) && ts_node_symbol(value) == kinds->as_pattern) {
      TSNode target = sem_unwrap_as_target(self, ts_node_child_by_field_id(value, fields->alias));
      if (!ts_node_is_null(target)) {
        /* `with asyncio.Runner() as runner`: the target stands for the context manager's
         * value, which for the objects we care about is the object itself. */
        sem_bind_targets(self, frame->scope, frame->function, target, SEM_BINDING_WITH_TARGET,
                         ts_node_end_byte(target), ts_node_named_child(value, 0));
      }
    }
  } else if (kind == kinds->except_clause || kind == kinds->except_group_clause) {
    TSNode alias = sem_handler_target(self, node);
    if (!ts_node_is_null(alias) && sem_is_name_node(self, alias)) {
      sem_bind(self, frame->scope, sem_intern_node(self, alias), SEM_BINDING_EXCEPT_TARGET, alias,
               ts_node_end_byte(alias));
    }
  } else if (kind == kinds->global_statement) {
    sem_declare_names(self, frame->scope, node, SEM_NAME_GLOBAL);
  } else if (kind == kinds->nonlocal_statement) {
    sem_declare_names(self, frame->scope, node, SEM_NAME_NONLOCAL);
  } else if (kind == kinds->delete_statement) {
    sem_bind_targets(self, frame->scope, SEM_NONE, ts_node_named_child(node, 0), SEM_BINDING_DELETION,
                     ts_node_end_byte(node), ((TSNode){.id = NULL}));
  } else if (kind == kinds->case_clause) {
    sem_bind_case_captures(self, frame->scope, node);
  } else if (kind == kinds->return_statement) {
    if (frame->function != SEM_NONE && !self->functions[frame->function].is_lambda) {
      SemFunction *function = &self->functions[frame->function];
      ARENA_PUSH(self->arena, function->returns, function->return_count, function->return_capacity) =
          ts_node_named_child(node, 0);
    }
  } else if (kind == kinds->await) {
    if (frame->function != SEM_NONE) {
      SemFunction *function = &self->functions[frame->function];
      ARENA_PUSH(self->arena, function->awaits, function->await_count, function->await_capacity) =
          ts_node_named_child(node, 0);
    }
  } else if (kind == kinds->yield) {
    if (frame->function != SEM_NONE) self->functions[frame->function].is_generator = true;
  }
}

/* The parents under which a child's field decides its frame (body vs. defaults, consequence vs.
 * alternative, ...): only there is the cursor asked for field ids. */
static bool sem_field_matters(const FrontendKinds *kinds, TSSymbol parent) {
  return parent == kinds->function_definition || parent == kinds->lambda || parent == kinds->class_definition ||
         parent == kinds->if_statement || parent == kinds->elif_clause || parent == kinds->try_statement ||
         parent == kinds->for_in_clause;
}

/* Does the walk need this node's subtree (frontend_descent_of)? Skipping the subtrees that
 * cannot hold a call or a binding (docstrings, `self.x`, `a + b`, imports) saves most of the
 * cursor steps, which cost more than everything the model records. */
static bool sem_may_hold_code(SemModel *self, TSNode node, TSSymbol kind) {
  FrontendDescent kind_descent = frontend_descent_of(self->frontend, kind);
  switch (kind_descent) {
  case FRONTEND_DESCEND:
    return true;
  case FRONTEND_DESCEND_NEVER:
    return false;
  case FRONTEND_DESCEND_IF_CODE:
  case FRONTEND_DESCEND_IF_CODE_INSIDE: {
    uint32_t start = ts_node_start_byte(node), end = ts_node_end_byte(node);
    if (kind_descent == FRONTEND_DESCEND_IF_CODE_INSIDE && start < end) start++;
    /* Inside the last scan and not past its first code: no code begins between `start` and
     * code_at that fits before code_to, so none fits before `end` either. A code that begins
     * before `end` but runs past it is a harmless "yes" (frontend.h). */
    if (self->code_to > self->code_from && self->code_from <= start && end <= self->code_to && start <= self->code_at) {
      return self->code_at < end;
    }
    self->code_from = start, self->code_to = end;
    self->code_at = start + frontend_text_code_at(self->source->text + start, end - start);
    return self->code_at < end;
  }
  case FRONTEND_DESCEND_IF_FORMATTED:
    break;
  }
  for (const char *text = self->source->text + ts_node_start_byte(node); *text && *text != '"' && *text != '\''; text++) {
    if (*text == 'f' || *text == 'F') return true;
  }
  return false;
}

/* Walks the whole tree once, iteratively: the frame stack replaces recursion. Leaves
 * (identifiers, keywords, punctuation: most nodes) record nothing and open nothing, so they
 * only get their kind noted, for the statement-after checks. */
static void sem_walk(SemModel *self, TSNode root) {
  const FrontendKinds *kinds = &self->frontend->kind;
  SemFrame *frames = NULL;
  uint32_t depth = 0, capacity = 0;
  ARENA_PUSH(self->arena, frames, depth, capacity) = (SemFrame){
      .node = root,
      .kind = ts_node_symbol(root),
      .scope = 0,
      .function = SEM_NONE,
      .context = SEM_CONTEXT_IMPORT_TIME,
      .inner_scope = SEM_NONE,
      .try_context = SEM_NONE,
      .guard = SEM_NONE,
      .sibling_guard = SEM_NONE,
      .module_level = true,
  };
  sem_enter(self, &frames[0], NULL);
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  for (;;) {
    if (frames[depth - 1].leaf || !sem_may_hold_code(self, frames[depth - 1].node, frames[depth - 1].kind)) {
      /* fall through to the sibling step: the subtree is skipped */
    } else if (ts_tree_cursor_goto_first_child(&cursor)) {
      TSNode child = ts_tree_cursor_current_node(&cursor);
      SemFrame frame;
      if (ts_node_child_count(child) == 0) {
        frame = frames[depth - 1];
        frame.node = child;
        frame.kind = ts_node_symbol(child);
        frame.leaf = true;
        ARENA_PUSH(self->arena, frames, depth, capacity) = frame;
        continue;
      }
      TSFieldId field = sem_field_matters(kinds, frames[depth - 1].kind) ? ts_tree_cursor_current_field_id(&cursor) : 0;
      frame = sem_child_frame(self, &frames[depth - 1], depth >= 2 ? &frames[depth - 2] : NULL, child, field);
      ARENA_PUSH(self->arena, frames, depth, capacity) = frame;
      sem_enter(self, &frames[depth - 1], &frames[depth - 2]);
      continue;
    }
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        sem_after_statement(self, &frames[depth - 1], &frames[depth - 2]);
        TSNode sibling = ts_tree_cursor_current_node(&cursor);
        if (ts_node_child_count(sibling) == 0) {
          frames[depth - 1].node = sibling;
          frames[depth - 1].kind = ts_node_symbol(sibling);
          frames[depth - 1].leaf = true;
          break;
        }
        TSFieldId field = sem_field_matters(kinds, frames[depth - 2].kind) ? ts_tree_cursor_current_field_id(&cursor) : 0;
        frames[depth - 1] = sem_child_frame(self, &frames[depth - 2], depth >= 3 ? &frames[depth - 3] : NULL,
                                            sibling, field);
        sem_enter(self, &frames[depth - 1], &frames[depth - 2]);
        break;
      }
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return;
      }
      depth--;
    }
  }
}

/* ---------------------------------------------------------------------------------------
 * Resolution
 * ------------------------------------------------------------------------------------- */

/* The binding of `name` in `scope` visible at `position` (deferred: the last one), or NULL;
 * *found_name tells whether the scope binds the name at all. */
static const SemBinding *sem_visible_binding(const SemModel *self, const char *name, SemIndex scope, bool deferred,
                                             uint32_t position, bool *found_name) {
  const SemNameEntry *entry = sem_name_slot(self, name, scope, SEM_NAME_BINDING);
  if (!entry || !entry->name) return NULL;
  *found_name = true;
  const SemBinding *binding = NULL;
  if (deferred) {
    binding = &self->bindings[entry->value];
  } else if (entry->ordered) {
    uint32_t low = 0, high = entry->ordered_count; /* the last binding with position <= position */
    while (low < high) {
      uint32_t mid = low + (high - low) / 2;
      if (self->bindings[entry->ordered[mid]].position <= position) low = mid + 1;
      else high = mid;
    }
    if (low > 0) binding = &self->bindings[entry->ordered[low - 1]];
  } else {
    /* During the walk (decorators), before the arrays exist. */
    for (SemIndex index = entry->value; index != SEM_NONE && !binding; index = self->bindings[index].previous) {
      if (self->bindings[index].position <= position) binding = &self->bindings[index];
    }
  }
  return binding && binding->kind != SEM_BINDING_DELETION ? binding : NULL;
}

static int sem_compare_binding_position(const void *left, const void *right) {
  const uint64_t *a = left, *b = right;
  return *a < *b ? -1 : *a > *b;
}

/* After the walk: each (scope, name)'s bindings as an array sorted by position (ties keep
 * creation order). */
static void sem_index_bindings(SemModel *self) {
  uint64_t *keys = NULL;
  uint32_t capacity = 0;
  for (uint32_t i = 0; i < self->name_capacity; i++) {
    SemNameEntry *entry = &self->names[i];
    if (!entry->name || entry->tag != SEM_NAME_BINDING) continue;
    uint32_t count = 0;
    for (SemIndex index = entry->value; index != SEM_NONE; index = self->bindings[index].previous) count++;
    if (count > capacity) {
      capacity = count;
      keys = arena_alloc(self->arena, sizeof *keys * capacity);
    }
    /* key: position << 32 | binding index, so equal positions stay in creation order */
    uint32_t at = count;
    for (SemIndex index = entry->value; index != SEM_NONE; index = self->bindings[index].previous) {
      keys[--at] = (uint64_t)self->bindings[index].position << 32 | index;
    }
    qsort(keys, count, sizeof *keys, sem_compare_binding_position);
    entry->ordered = arena_alloc(self->arena, sizeof *entry->ordered * count);
    for (uint32_t k = 0; k < count; k++) entry->ordered[k] = (SemIndex)(keys[k] & 0xFFFFFFFFu);
    entry->ordered_count = count;
  }
}

/* Looks `name` up; *reached_module tells whether the search ended at module scope without
 * a binding (so a star import or a builtin may provide it). */
static const SemBinding *sem_lookup_interned(const SemModel *self, const char *name, SemIndex scope,
                                             uint32_t position, bool *reached_module) {
  *reached_module = false;
  bool deferred = false, first = true;
  while (scope != SEM_NONE) {
    const SemScope *current = &self->scopes[scope];
    if (current->kind == SEM_SCOPE_CLASS && !first) { /* class bodies are not enclosing scopes */
      scope = current->parent;
      continue;
    }
    if (current->kind != SEM_SCOPE_MODULE) {
      if (sem_name_get(self, name, scope, SEM_NAME_GLOBAL) != SEM_NONE) {
        scope = 0, deferred = true, first = false;
        continue;
      }
      if (sem_name_get(self, name, scope, SEM_NAME_NONLOCAL) != SEM_NONE) {
        scope = current->parent, deferred = true, first = false;
        continue;
      }
    }
    bool found_name = false;
    /* Comprehension variables are bound textually after the body that reads them. */
    bool scope_deferred = deferred || current->kind == SEM_SCOPE_COMPREHENSION;
    const SemBinding *binding = sem_visible_binding(self, name, scope, scope_deferred, position, &found_name);
    if (binding) return binding;
    /* Bound somewhere in a function but not yet here: a local, unbound at this point. */
    if (found_name && current->kind == SEM_SCOPE_FUNCTION) return NULL;
    if (current->kind == SEM_SCOPE_MODULE) {
      *reached_module = true;
      return NULL;
    }
    if (current->kind == SEM_SCOPE_FUNCTION) deferred = true; /* the body runs later */
    first = false;
    scope = current->parent;
  }
  return NULL;
}

const SemBinding *sem_lookup(const SemModel *self, const char *name, SemIndex scope, uint32_t position) {
  const char *interned = sem_find_name(self, name);
  bool reached_module;
  return interned ? sem_lookup_interned(self, interned, scope, position, &reached_module) : NULL;
}

const SemBinding *sem_lookup_node(const SemModel *self, TSNode name, SemIndex scope, uint32_t position) {
  name = sem_strip_parentheses(self, name);
  if (ts_node_is_null(name) || !sem_is_name_node(self, name)) return NULL;
  uint32_t length;
  const char *text = sem_node_text(self, name, &length);
  const char *interned = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
  bool reached_module;
  return interned ? sem_lookup_interned(self, interned, scope, position, &reached_module) : NULL;
}

/* Names inside asyncio's submodules, re-exported by the package: `asyncio.locks.Lock` is
 * `asyncio.Lock`. */
static const char *const sem_asyncio_submodules[] = {
    "base_events", "base_futures", "base_subprocess", "base_tasks", "constants", "coroutines",
    "events", "exceptions", "format_helpers", "futures", "locks", "mixins", "proactor_events",
    "protocols", "queues", "runners", "selector_events", "sslproto", "staggered", "streams",
    "subprocess", "taskgroups", "tasks", "threads", "timeouts", "transports", "trsock",
    "unix_events", "windows_events", "windows_utils",
};

static const char *sem_canonical_name(SemModel *self, const char *name) {
  if (strncmp(name, "asyncio.", 8) != 0) return name;
  const char *sub = name + 8;
  const char *dot = strchr(sub, '.');
  if (!dot) return name;
  size_t sub_length = (size_t)(dot - sub);
  for (size_t i = 0; i < sizeof sem_asyncio_submodules / sizeof *sem_asyncio_submodules; i++) {
    if (strlen(sem_asyncio_submodules[i]) == sub_length && memcmp(sub, sem_asyncio_submodules[i], sub_length) == 0) {
      return sem_join(self, "asyncio", dot + 1, (uint32_t)strlen(dot + 1));
    }
  }
  return name;
}

static const SemStarImport *sem_star_import_for(const SemModel *self, uint32_t position, bool deferred) {
  const SemStarImport *found = NULL;
  uint32_t count = 0;
  for (uint32_t i = 0; i < self->star_import_count; i++) {
    const SemStarImport *star = &self->star_imports[i];
    if (star->scope != 0 || (!deferred && star->position > position)) continue;
    found = star;
    count++;
  }
  /* With two star imports we cannot know which module provides the name. */
  return count == 1 ? found : NULL;
}

/* Attribute chains longer than this name nothing a rule checks; stopping there bounds the
 * work on adversarial chains (`a.b.c....` 40 000 deep). */
enum { SEM_MAX_CHAIN = 32 };

static const char *sem_qualified_name_at(SemModel *self, TSNode expression, SemIndex scope, uint32_t position,
                                         int budget) {
  expression = sem_strip_parentheses(self, expression);
  if (ts_node_is_null(expression) || budget <= 0) return NULL;
  const FrontendKinds *kinds = &self->frontend->kind;
  const FrontendFields *fields = &self->frontend->field;
  /* Walk the chain to its head, iteratively, collecting the attribute names (outermost first)
   * and at most one call on the way: asyncio.get_event_loop_policy().get_event_loop. */
  TSNode segments[SEM_MAX_CHAIN];
  uint32_t count = 0, call_at = UINT32_MAX;
  TSNode node = expression;
  for (;;) {
    TSSymbol symbol = ts_node_symbol(node);
    if (symbol == kinds->attribute) {
      if (count == SEM_MAX_CHAIN) return NULL;
      segments[count++] = ts_node_child_by_field_id(node, fields->attribute);
      node = sem_strip_parentheses(self, ts_node_child_by_field_id(node, fields->object));
    } else if (symbol == kinds->call && call_at == UINT32_MAX && count > 0) {
      call_at = count;
      node = sem_strip_parentheses(self, ts_node_child_by_field_id(node, fields->function));
    } else {
      break;
    }
    if (ts_node_is_null(node)) return NULL;
  }
  if (ts_node_symbol(node) != kinds->identifier) return NULL;

  uint32_t length;
  const char *text = sem_node_text(self, node, &length);
  const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
  /* A name the file never binds anywhere is not interned: it reaches module scope unbound. */
  bool reached_module = true;
  const SemBinding *binding = name ? sem_lookup_interned(self, name, scope, position, &reached_module) : NULL;
  const char *base = NULL;
  if (!binding) {
    if (!reached_module || self->star_import_count == 0) return NULL;
    const SemStarImport *star = sem_star_import_for(self, position, self->scopes[scope].kind != SEM_SCOPE_MODULE);
    if (star) base = sem_join(self, star->module, text, length);
  } else if (binding->kind == SEM_BINDING_IMPORT || binding->kind == SEM_BINDING_FROM_IMPORT) {
    base = binding->import_path;
  } else if (binding->kind == SEM_BINDING_ASSIGNMENT && !ts_node_is_null(binding->value)) {
    /* A plain alias (`run = asyncio.run`) stands for what it names; a call does not. */
    TSSymbol value_kind = ts_node_symbol(sem_strip_parentheses(self, binding->value));
    if (value_kind == kinds->identifier || value_kind == kinds->attribute) {
      base = sem_qualified_name_at(self, binding->value, binding->scope, ts_node_start_byte(binding->value), budget - 1);
    }
  }
  if (!base) return NULL;
  if (count == 0) return sem_canonical_name(self, base);

  /* One allocation for the whole name. */
  size_t total = strlen(base) + 3;
  for (uint32_t i = 0; i < count; i++) total += ts_node_end_byte(segments[i]) - ts_node_start_byte(segments[i]) + 1;
  char *result = arena_alloc(self->arena, total);
  size_t at = strlen(base);
  memcpy(result, base, at);
  for (uint32_t i = count; i-- > 0;) {
    if (i + 1 == call_at) {
      memcpy(result + at, "()", 2);
      at += 2;
    }
    const char *segment = sem_node_text(self, segments[i], &length);
    result[at++] = '.';
    memcpy(result + at, segment, length);
    at += length;
  }
  result[at] = '\0';
  return sem_canonical_name(self, result);
}

const char *sem_qualified_name(const SemModel *self, TSNode expression, SemIndex scope, uint32_t position) {
  /* Resolution allocates result strings in the model's arena; the model is otherwise unchanged. */
  return sem_qualified_name_at((SemModel *)self, expression, scope, position, SEM_MAX_INDIRECTION);
}

SemIndex sem_class_method(const SemModel *self, SemIndex klass, const char *name) {
  const char *interned = sem_find_name(self, name);
  if (!interned) return SEM_NONE;
  /* Breadth-first over same-file bases, bounded: class hierarchies can be cyclic in broken code. */
  SemIndex queue[16];
  uint32_t head = 0, tail = 0;
  queue[tail++] = klass;
  while (head < tail) {
    const SemClass *current = &self->classes[queue[head++]];
    bool found_name = false;
    const SemBinding *binding = sem_visible_binding(self, interned, current->scope, true, 0, &found_name);
    if (binding) return binding->kind == SEM_BINDING_FUNCTION ? binding->function : SEM_NONE;
    for (uint32_t i = 0; i < current->base_count && tail < 16; i++) queue[tail++] = current->bases[i];
  }
  return SEM_NONE;
}

SemIndex sem_function_class(const SemModel *self, SemIndex function) {
  return function == SEM_NONE ? SEM_NONE : self->functions[function].klass;
}

/* The same-file class a `C(...)` call constructs, or SEM_NONE. */
static SemIndex sem_constructed_class(const SemModel *self, TSNode call, SemIndex scope, uint32_t position) {
  TSNode callee = sem_strip_parentheses(self, ts_node_child_by_field_id(call, self->frontend->field.function));
  if (ts_node_is_null(callee) || ts_node_symbol(callee) != self->frontend->kind.identifier) return SEM_NONE;
  uint32_t length;
  const char *text = sem_node_text(self, callee, &length);
  const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
  bool reached_module;
  const SemBinding *binding = name ? sem_lookup_interned(self, name, scope, position, &reached_module) : NULL;
  return binding && binding->kind == SEM_BINDING_CLASS ? binding->klass : SEM_NONE;
}

/* The class of the instance an expression denotes: `self`/`cls` in a method (and closures
 * inside it), `C()`, or a name the same scope last bound to `C(...)`. */
static SemIndex sem_instance_class(const SemModel *self, TSNode object, SemIndex scope, uint32_t position,
                                   bool *is_class_object) {
  const FrontendKinds *kinds = &self->frontend->kind;
  *is_class_object = false;
  object = sem_strip_parentheses(self, object);
  if (ts_node_symbol(object) == kinds->call) {
    TSNode callee = ts_node_child_by_field_id(object, self->frontend->field.function);
    if (sem_node_is(self, callee, "super") && !sem_lookup(self, "super", scope, position)) {
      /* super().m() in a method: the method m of the class's same-file bases. */
      SemIndex function = SEM_NONE;
      for (SemIndex s = scope; s != SEM_NONE && function == SEM_NONE; s = self->scopes[s].parent) {
        if (self->scopes[s].kind == SEM_SCOPE_FUNCTION && self->functions[self->scopes[s].function].klass != SEM_NONE) {
          function = self->scopes[s].function;
        }
      }
      const SemClass *klass = function != SEM_NONE ? &self->classes[self->functions[function].klass] : NULL;
      return klass && klass->base_count ? klass->bases[0] : SEM_NONE;
    }
    return sem_constructed_class(self, object, scope, position);
  }
  if (ts_node_symbol(object) != kinds->identifier) return SEM_NONE;
  uint32_t length;
  const char *text = sem_node_text(self, object, &length);
  const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
  bool reached_module;
  const SemBinding *binding = name ? sem_lookup_interned(self, name, scope, position, &reached_module) : NULL;
  if (!binding) return SEM_NONE;
  if (binding->kind == SEM_BINDING_CLASS) {
    *is_class_object = true;
    return binding->klass;
  }
  if (binding->kind == SEM_BINDING_PARAMETER) {
    SemIndex function = self->scopes[binding->scope].function;
    const SemFunction *method = function != SEM_NONE ? &self->functions[function] : NULL;
    if (method && method->klass != SEM_NONE && method->first_parameter == binding->name && !method->is_staticmethod) {
      *is_class_object = method->is_classmethod;
      return method->klass;
    }
    return SEM_NONE;
  }
  if (binding->kind == SEM_BINDING_ASSIGNMENT && binding->scope == scope && !ts_node_is_null(binding->value)) {
    TSNode value = sem_strip_parentheses(self, binding->value);
    if (ts_node_symbol(value) == kinds->call) {
      return sem_constructed_class(self, value, binding->scope, ts_node_start_byte(value));
    }
  }
  return SEM_NONE;
}

/* The qualified name of the imported class an object was built by: `C(...)` itself, or a
 * name the same scope last bound to one; NULL if it is not such an object. */
static const char *sem_external_instance_class(SemModel *self, TSNode object, SemIndex scope, uint32_t position) {
  const FrontendKinds *kinds = &self->frontend->kind;
  object = sem_strip_parentheses(self, object);
  if (ts_node_symbol(object) == kinds->identifier) {
    uint32_t length;
    const char *text = sem_node_text(self, object, &length);
    const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
    bool reached_module;
    const SemBinding *binding = name ? sem_lookup_interned(self, name, scope, position, &reached_module) : NULL;
    if (!binding || binding->kind != SEM_BINDING_ASSIGNMENT || binding->scope != scope || ts_node_is_null(binding->value)) {
      return NULL;
    }
    object = sem_strip_parentheses(self, binding->value);
    position = ts_node_start_byte(object);
  }
  if (ts_node_symbol(object) != kinds->call) return NULL;
  TSNode callee = ts_node_child_by_field_id(object, self->frontend->field.function);
  return sem_qualified_name_at(self, callee, scope, position, SEM_MAX_INDIRECTION);
}

static void sem_resolve_call_target(SemModel *self, SemCall *call) {
  const FrontendKinds *kinds = &self->frontend->kind;
  TSNode callee = sem_strip_parentheses(self, call->callee);
  if (ts_node_is_null(callee)) return;
  TSSymbol symbol = ts_node_symbol(callee);
  if (symbol == kinds->identifier) {
    uint32_t length;
    const char *text = sem_node_text(self, callee, &length);
    const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
    bool reached_module;
    const SemBinding *binding = name ? sem_lookup_interned(self, name, call->scope, call->position, &reached_module) : NULL;
    if (binding && binding->kind == SEM_BINDING_FUNCTION) call->target_function = binding->function;
    if (binding && binding->kind == SEM_BINDING_CLASS) call->target_class = binding->klass;
  } else if (symbol == kinds->attribute) {
    TSNode object = ts_node_child_by_field_id(callee, self->frontend->field.object);
    TSNode attribute = ts_node_child_by_field_id(callee, self->frontend->field.attribute);
    if (ts_node_is_null(object) || ts_node_is_null(attribute)) return;
    bool is_class_object;
    SemIndex klass = sem_instance_class(self, object, call->scope, call->position, &is_class_object);
    uint32_t length;
    const char *text = sem_node_text(self, attribute, &length);
    if (klass == SEM_NONE) {
      const char *maker = sem_external_instance_class(self, object, call->scope, call->position);
      if (maker) call->instance_method = arena_sprintf(self->arena, "%s.%.*s", maker, (int)length, text);
      return;
    }
    char name[256];
    if (length >= sizeof name) return;
    memcpy(name, text, length);
    name[length] = '\0';
    call->target_function = sem_class_method(self, klass, name);
  }
}

static void sem_resolve_bases(SemModel *self, SemClass *klass) {
  TSNode superclasses = ts_node_child_by_field_id(klass->node, self->frontend->field.superclasses);
  if (ts_node_is_null(superclasses)) return;
  uint32_t count = ts_node_named_child_count(superclasses);
  uint32_t capacity = 0;
  for (uint32_t i = 0; i < count; i++) {
    TSNode base = ts_node_named_child(superclasses, i);
    if (ts_node_symbol(base) != self->frontend->kind.identifier) continue;
    uint32_t length;
    const char *text = sem_node_text(self, base, &length);
    const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
    bool reached_module;
    const SemBinding *binding =
        name ? sem_lookup_interned(self, name, klass->parent_scope, ts_node_start_byte(klass->node), &reached_module) : NULL;
    if (binding && binding->kind == SEM_BINDING_CLASS) {
      ARENA_PUSH(self->arena, klass->bases, klass->base_count, capacity) = binding->klass;
    }
  }
}

static void sem_add_caller(SemModel *self, SemIndex function, SemIndex call) {
  SemFunction *target = &self->functions[function];
  ARENA_PUSH(self->arena, target->callers, target->caller_count, target->caller_capacity) = call;
}

/* The same-file function a call runs: its target, or the __init__ a constructor call runs. */
static SemIndex sem_call_callee_function(const SemModel *self, const SemCall *call) {
  if (call->target_function != SEM_NONE) return call->target_function;
  if (call->target_class != SEM_NONE) return sem_class_method(self, call->target_class, "__init__");
  return SEM_NONE;
}

/* The call graph's reach flags: seeds from each call site's context, then a worklist pushes a
 * sync function's flags to the sync functions it calls. Each function re-enters the list at
 * most once per new flag, so this is linear in the size of the call graph. */
static void sem_compute_reach(SemModel *self) {
  SemIndex *worklist = arena_alloc(self->arena, sizeof *worklist * (self->function_count * 4 + 1));
  uint32_t pending = 0;
  for (uint32_t f = 0; f < self->function_count; f++) {
    SemFunction *function = &self->functions[f];
    if (function->is_async || function->is_generator_coroutine) continue;
    if (function->caller_count == 0) function->reach |= SEM_REACH_UNKNOWN;
    for (uint32_t c = 0; c < function->caller_count; c++) {
      const SemCall *call = &self->calls[function->callers[c]];
      if (call->context == SEM_CONTEXT_COROUTINE) function->reach |= SEM_REACH_WITH_LOOP;
      else if (call->context != SEM_CONTEXT_SYNC_FUNCTION) function->reach |= SEM_REACH_WITHOUT_LOOP;
      else if (sem_call_proven_no_loop(self, call)) function->reach |= SEM_REACH_WITHOUT_LOOP;
    }
    if (function->reach) worklist[pending++] = f;
  }
  while (pending) {
    const SemFunction *caller = &self->functions[worklist[--pending]];
    for (uint32_t c = 0; c < caller->call_count; c++) {
      const SemCall *call = &self->calls[caller->calls[c]];
      SemIndex target = sem_call_callee_function(self, call);
      if (target == SEM_NONE || call->context != SEM_CONTEXT_SYNC_FUNCTION) continue;
      /* A call site that has just proven no loop runs passes on no loop (seeded above). */
      if (sem_call_proven_no_loop(self, call)) continue;
      SemFunction *callee = &self->functions[target];
      if (callee->is_async || callee->is_generator_coroutine || (callee->reach | caller->reach) == callee->reach) {
        continue;
      }
      callee->reach |= caller->reach;
      worklist[pending++] = target;
    }
  }
}

SemModel *sem_build(Arena *arena, const Frontend *frontend, const Source *source, TSTree *tree) {
  SemModel *self = arena_alloc(arena, sizeof *self);
  self->arena = arena;
  self->frontend = frontend;
  self->source = source;
  TSNode root = ts_tree_root_node(tree);
  sem_add_scope(self, SEM_SCOPE_MODULE, SEM_NONE, root);
  sem_walk(self, root);
  sem_index_bindings(self);

  for (uint32_t i = 0; i < self->class_count; i++) sem_resolve_bases(self, &self->classes[i]);
  for (uint32_t i = 0; i < self->call_count; i++) {
    SemCall *call = &self->calls[i];
    call->qualified_name = sem_qualified_name_at(self, call->callee, call->scope, call->position, SEM_MAX_INDIRECTION);
    TSNode callee_node = sem_strip_parentheses(self, call->callee);
    if (ts_node_symbol(callee_node) == self->frontend->kind.attribute) {
      uint32_t length;
      const char *text =
          sem_node_text(self, ts_node_child_by_field_id(callee_node, self->frontend->field.attribute), &length);
      call->method = arena_strndup(self->arena, text, length);
    }
    sem_resolve_call_target(self, call);
    if (call->function != SEM_NONE) {
      SemFunction *owner = &self->functions[call->function];
      ARENA_PUSH(self->arena, owner->calls, owner->call_count, owner->call_capacity) = i;
    }
    SemIndex callee = sem_call_callee_function(self, call);
    if (callee != SEM_NONE) sem_add_caller(self, callee, i);
  }
  sem_loop_prove(self, self->guards, self->guard_count, self->tries, self->try_count);
  sem_compute_reach(self);
  return self;
}

/* ---------------------------------------------------------------------------------------
 * Loop expressions
 * ------------------------------------------------------------------------------------- */

/* Calls that return an event loop (RULES.md "Loop expression"). */
static const char *const sem_loop_factories[] = {
    "asyncio.get_event_loop", "asyncio.get_running_loop", "asyncio.new_event_loop", "uvloop.new_event_loop",
    "asyncio.get_event_loop_policy().get_event_loop", "asyncio.get_event_loop_policy().new_event_loop", NULL,
};

static bool sem_is_loop_call(const SemModel *self, TSNode call, SemIndex scope, uint32_t position) {
  const char *name = sem_qualified_name(self, ts_node_child_by_field_id(call, self->frontend->field.function), scope,
                                        position);
  for (const char *const *factory = sem_loop_factories; name && *factory; factory++) {
    if (strcmp(name, *factory) == 0) return true;
  }
  return false;
}

bool sem_call_method_is(const SemModel *self, const SemCall *call, const char *method) {
  (void)self;
  return call->method && strcmp(call->method, method) == 0;
}

/* The documented naming heuristic for loops whose binding the file does not show. */
static bool sem_is_loop_name(const char *text, uint32_t length) {
  static const char *const names[] = {"loop", "_loop", "event_loop", "_event_loop", "io_loop"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    if (strlen(names[i]) == length && memcmp(names[i], text, length) == 0) return true;
  }
  return false;
}

/* `steps` is shared by the whole query: `self.x = self.x` repeated k times would otherwise
 * branch k ways at every level. */
static bool sem_is_loop_expression_at(const SemModel *self, TSNode expression, SemIndex scope, uint32_t position,
                                      int *steps) {
  const FrontendKinds *kinds = &self->frontend->kind;
  expression = sem_strip_parentheses(self, expression);
  if (ts_node_is_null(expression) || --*steps <= 0) return false;
  TSSymbol symbol = ts_node_symbol(expression);
  if (symbol == kinds->call) return sem_is_loop_call(self, expression, scope, position);
  uint32_t length;
  if (symbol == kinds->identifier) {
    const char *text = sem_node_text(self, expression, &length);
    const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
    bool reached_module;
    const SemBinding *binding = name ? sem_lookup_interned(self, name, scope, position, &reached_module) : NULL;
    if (binding && binding->kind == SEM_BINDING_ASSIGNMENT && !ts_node_is_null(binding->value)) {
      return sem_is_loop_expression_at(self, binding->value, binding->scope, ts_node_start_byte(binding->value), steps);
    }
    if (binding && (binding->kind == SEM_BINDING_FUNCTION || binding->kind == SEM_BINDING_CLASS)) return false;
    return sem_is_loop_name(text, length);
  }
  if (symbol == kinds->attribute) {
    TSNode attribute = ts_node_child_by_field_id(expression, self->frontend->field.attribute);
    TSNode object = ts_node_child_by_field_id(expression, self->frontend->field.object);
    if (ts_node_is_null(attribute)) return false;
    const char *text = sem_node_text(self, attribute, &length);
    bool is_class_object;
    SemIndex klass = sem_instance_class(self, object, scope, position, &is_class_object);
    const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
    if (klass != SEM_NONE && name) {
      /* self.x: what the class's methods assign to it decides. */
      bool assigned = false;
      for (uint32_t i = 0; i < self->attribute_count; i++) {
        const SemAttributeAssignment *assignment = &self->attributes[i];
        if (assignment->klass != klass || assignment->attribute != name) continue;
        assigned = true;
        if (ts_node_is_null(assignment->value)) {
          if (sem_is_loop_name(text, length)) return true;
          continue;
        }
        SemIndex value_scope = self->functions[assignment->function].scope;
        if (sem_is_loop_expression_at(self, assignment->value, value_scope, ts_node_start_byte(assignment->value),
                                      steps)) {
          return true;
        }
      }
      if (assigned) return false;
    }
    return sem_is_loop_name(text, length);
  }
  return false;
}

bool sem_is_loop_expression(const SemModel *self, TSNode expression, SemIndex scope, uint32_t position) {
  int steps = 4 * SEM_MAX_INDIRECTION;
  return sem_is_loop_expression_at(self, expression, scope, position, &steps);
}

bool sem_call_receiver_is_loop(const SemModel *self, const SemCall *call) {
  if (call->awaited) return false; /* `await x.run_until_complete()` is a project's async method */
  TSNode callee = sem_strip_parentheses(self, call->callee);
  if (ts_node_symbol(callee) != self->frontend->kind.attribute) return false;
  return sem_is_loop_expression(self, ts_node_child_by_field_id(callee, self->frontend->field.object), call->scope,
                                call->position);
}

/* ---------------------------------------------------------------------------------------
 * Accessors
 * ------------------------------------------------------------------------------------- */

const Frontend *sem_frontend(const SemModel *self) { return self->frontend; }
const Source *sem_source(const SemModel *self) { return self->source; }

const SemCall *sem_calls(const SemModel *self, uint32_t *count) {
  *count = self->call_count;
  return self->calls;
}

const SemCall *sem_call(const SemModel *self, SemIndex index) { return &self->calls[index]; }
const SemScope *sem_scope(const SemModel *self, SemIndex index) { return &self->scopes[index]; }
const SemFunction *sem_function(const SemModel *self, SemIndex index) { return &self->functions[index]; }
uint32_t sem_function_count(const SemModel *self) { return self->function_count; }
const SemClass *sem_class(const SemModel *self, SemIndex index) { return &self->classes[index]; }
uint32_t sem_class_count(const SemModel *self) { return self->class_count; }
const SemBinding *sem_binding(const SemModel *self, SemIndex index) { return &self->bindings[index]; }
uint32_t sem_binding_count(const SemModel *self) { return self->binding_count; }
uint32_t sem_star_import_count(const SemModel *self) { return self->star_import_count; }

const char *sem_star_import(const SemModel *self, uint32_t index, SemIndex *scope) {
  *scope = self->star_imports[index].scope;
  return self->star_imports[index].module;
}

SemIndex sem_call_callee(const SemModel *self, const SemCall *call) { return sem_call_callee_function(self, call); }

const SemAttributeAssignment *sem_attribute_assignments(const SemModel *self, uint32_t *count) {
  *count = self->attribute_count;
  return self->attributes;
}

const SemIndex *sem_function_calls(const SemModel *self, SemIndex function, uint32_t *count) {
  *count = self->functions[function].call_count;
  return self->functions[function].calls;
}

bool sem_handler_catches(const SemModel *self, TSNode handler, const char *exception) {
  const FrontendKinds *kinds = &self->frontend->kind;
  TSNode caught = sem_handler_exception(self, handler);
  if (ts_node_is_null(caught)) return true; /* bare except */
  caught = sem_strip_parentheses(self, caught);
  SemNodeStack stack = {0};
  TSNode single[1] = {caught};
  stack.items = single, stack.count = 1, stack.capacity = 1;
  while (stack.count) {
    TSNode node = stack.items[--stack.count];
    TSSymbol symbol = ts_node_symbol(node);
    if (symbol == kinds->tuple || symbol == kinds->parenthesized_expression) {
      sem_push_named_children((SemModel *)self, &stack, node);
      continue;
    }
    TSNode name = node;
    if (symbol == kinds->attribute) name = ts_node_child_by_field_id(node, self->frontend->field.attribute);
    if (sem_node_is(self, name, exception) || sem_node_is(self, name, "Exception") ||
        sem_node_is(self, name, "BaseException")) {
      return true;
    }
  }
  return false;
}

bool sem_call_in_try_catching(const SemModel *self, const SemCall *call, const char *exception) {
  /* An exception propagates outward through every enclosing try of the scope; the handlers
   * of each try whose body (not handler, else or finally) holds the call may catch it. */
  for (SemIndex index = call->try_context; index != SEM_NONE; index = self->tries[index].parent) {
    const SemTryContext *context = &self->tries[index];
    if (context->part != SEM_TRY_BODY) continue;
    TSTreeCursor cursor = ts_tree_cursor_new(context->try_statement);
    bool caught = false;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      do {
        TSNode child = ts_tree_cursor_current_node(&cursor);
        TSSymbol symbol = ts_node_symbol(child);
        if ((symbol == self->frontend->kind.except_clause || symbol == self->frontend->kind.except_group_clause) &&
            sem_handler_catches(self, child, exception)) {
          caught = true;
          break;
        }
      } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
    if (caught) return true;
  }
  return false;
}

const SemIndex *sem_function_callers(const SemModel *self, SemIndex function, uint32_t *count) {
  *count = self->functions[function].caller_count;
  return self->functions[function].callers;
}

const SemGuard *sem_guard(const SemModel *self, SemIndex index) { return &self->guards[index]; }

const SemTryContext *sem_try_context(const SemModel *self, SemIndex index) { return &self->tries[index]; }

SemIndex sem_referenced_function(const SemModel *self, TSNode expression, SemIndex scope, uint32_t position) {
  const FrontendKinds *kinds = &self->frontend->kind;
  expression = sem_strip_parentheses(self, expression);
  uint32_t length;
  if (ts_node_symbol(expression) == kinds->identifier) {
    const char *text = sem_node_text(self, expression, &length);
    const char *name = sem_intern_lookup(self, text, length, sem_hash_bytes(text, length));
    bool reached_module;
    const SemBinding *binding = name ? sem_lookup_interned(self, name, scope, position, &reached_module) : NULL;
    return binding && binding->kind == SEM_BINDING_FUNCTION ? binding->function : SEM_NONE;
  }
  if (ts_node_symbol(expression) != kinds->attribute) return SEM_NONE;
  bool is_class_object;
  SemIndex klass = sem_instance_class(self, ts_node_child_by_field_id(expression, self->frontend->field.object), scope,
                                      position, &is_class_object);
  if (klass == SEM_NONE) return SEM_NONE;
  const char *text = sem_node_text(self, ts_node_child_by_field_id(expression, self->frontend->field.attribute), &length);
  char name[256];
  if (length >= sizeof name) return SEM_NONE;
  memcpy(name, text, length);
  name[length] = '\0';
  return sem_class_method(self, klass, name);
}

unsigned sem_function_reach(const SemModel *self, SemIndex function) {
  if (self->questions) self->questions->reach_asked[function] = true;
  return self->view ? self->view->reach[function] : self->functions[function].reach;
}

void sem_attach(SemModel *self, const SemIndexView *view, SemQuestions *questions) {
  self->view = view && view->function_count == self->function_count ? view : NULL;
  self->questions = questions;
  if (questions && !questions->reach_asked) {
    questions->reach_asked = arena_alloc(self->arena, sizeof *questions->reach_asked * (self->function_count + 1));
  }
}

static const SemExternalSymbol *sem_external_named(const SemModel *self, const char *name, const char *rule,
                                                   const char *key, bool in_any_file) {
  if (!name) return NULL;
  if (self->questions) {
    SemQuestions *questions = self->questions;
    ARENA_PUSH(self->arena, questions->items, questions->count, questions->capacity) =
        (SemQuestion){.name = name, .rule = rule, .key = key, .in_any_file = in_any_file};
  }
  return self->view ? self->view->resolve(self->view->index, self->view->file, name, self->arena) : NULL;
}

const SemExternalSymbol *sem_external_function(const SemModel *self, TSNode expression, SemIndex scope,
                                               uint32_t position) {
  const SemExternalSymbol *symbol =
      sem_external_named(self, sem_qualified_name(self, expression, scope, position), NULL, NULL, true);
  return symbol && !symbol->is_class ? symbol : NULL;
}

const SemExternalFact *sem_call_external_fact(const SemModel *self, const SemCall *call, const char *rule,
                                              const char *key, bool in_any_file, const SemExternalSymbol **symbol) {
  *symbol = sem_external_named(self, call->instance_method ? call->instance_method : call->qualified_name, rule, key,
                               in_any_file);
  return sem_external_fact(*symbol, rule, key);
}

const SemExternalFact *sem_external_fact(const SemExternalSymbol *symbol, const char *rule, const char *key) {
  for (uint32_t i = 0; symbol && i < symbol->fact_count; i++) {
    const SemExternalFact *fact = &symbol->facts[i];
    if (strcmp(fact->rule, rule) == 0 && strcmp(fact->key, key) == 0) return fact;
  }
  return NULL;
}

const SemExternalSite *sem_function_external_sites(const SemModel *self, SemIndex function, uint32_t *count) {
  if (!self->view || !self->view->sites) {
    *count = 0;
    return NULL;
  }
  *count = self->view->site_counts[function];
  return self->view->sites[function];
}

bool sem_call_runs_in_loop(const SemModel *self, const SemCall *call) {
  switch (call->context) {
    case SEM_CONTEXT_COROUTINE: return true;
    case SEM_CONTEXT_IMPORT_TIME:
    case SEM_CONTEXT_MAIN_GUARD: return false;
    case SEM_CONTEXT_SYNC_FUNCTION:
      return call->function != SEM_NONE && sem_function_reach(self, call->function) == SEM_REACH_WITH_LOOP;
  }
  return false;
}

const char *sem_context_name(SemContext context) {
  switch (context) {
    case SEM_CONTEXT_IMPORT_TIME: return "import time";
    case SEM_CONTEXT_MAIN_GUARD: return "main guard";
    case SEM_CONTEXT_SYNC_FUNCTION: return "sync function";
    case SEM_CONTEXT_COROUTINE: return "coroutine";
  }
  return "?";
}
