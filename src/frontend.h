/* tree-sitter frontend: the Python language, node kinds and field ids resolved once
 * (immutable, shared by all threads), and a parser per worker thread. */
#ifndef LOOPLINT_FRONTEND_H
#define LOOPLINT_FRONTEND_H

#include <stdbool.h>
#include <tree_sitter/api.h>

#include "arena.h"

/* X(member, grammar name) for every node kind the engine and rules compare against. */
#define FRONTEND_NODE_KINDS(X)                                   \
  X(module, "module")                                            \
  X(comment, "comment")                                          \
  X(identifier, "identifier")                                    \
  X(keyword_identifier, "keyword_identifier")                    \
  X(attribute, "attribute")                                      \
  X(call, "call")                                                \
  X(argument_list, "argument_list")                              \
  X(keyword_argument, "keyword_argument")                        \
  X(await, "await")                                              \
  X(string, "string")                                            \
  X(concatenated_string, "concatenated_string")                  \
  X(string_content, "string_content")                            \
  X(parenthesized_expression, "parenthesized_expression")        \
  X(import_statement, "import_statement")                        \
  X(import_from_statement, "import_from_statement")              \
  X(future_import_statement, "future_import_statement")          \
  X(aliased_import, "aliased_import")                            \
  X(dotted_name, "dotted_name")                                  \
  X(relative_import, "relative_import")                          \
  X(import_prefix, "import_prefix")                              \
  X(wildcard_import, "wildcard_import")                          \
  X(function_definition, "function_definition")                  \
  X(class_definition, "class_definition")                        \
  X(decorated_definition, "decorated_definition")                \
  X(decorator, "decorator")                                      \
  X(lambda, "lambda")                                            \
  X(parameters, "parameters")                                    \
  X(lambda_parameters, "lambda_parameters")                      \
  X(default_parameter, "default_parameter")                      \
  X(typed_parameter, "typed_parameter")                          \
  X(typed_default_parameter, "typed_default_parameter")          \
  X(list_splat_pattern, "list_splat_pattern")                    \
  X(dictionary_splat_pattern, "dictionary_splat_pattern")        \
  X(dictionary_splat, "dictionary_splat")                        \
  X(tuple_pattern, "tuple_pattern")                              \
  X(list_pattern, "list_pattern")                                \
  X(pattern_list, "pattern_list")                                \
  X(tuple, "tuple")                                              \
  X(list, "list")                                                \
  X(list_splat, "list_splat")                                    \
  X(expression_list, "expression_list")                          \
  X(assignment, "assignment")                                    \
  X(augmented_assignment, "augmented_assignment")                \
  X(named_expression, "named_expression")                        \
  X(for_statement, "for_statement")                              \
  X(for_in_clause, "for_in_clause")                              \
  X(with_statement, "with_statement")                            \
  X(with_item, "with_item")                                      \
  X(as_pattern, "as_pattern")                                    \
  X(as_pattern_target, "as_pattern_target")                      \
  X(except_clause, "except_clause")                              \
  X(except_group_clause, "except_group_clause")                  \
  X(try_statement, "try_statement")                              \
  X(global_statement, "global_statement")                        \
  X(nonlocal_statement, "nonlocal_statement")                    \
  X(delete_statement, "delete_statement")                        \
  X(if_statement, "if_statement")                                \
  X(comparison_operator, "comparison_operator")                  \
  X(boolean_operator, "boolean_operator")                        \
  X(not_operator, "not_operator")                                \
  X(conditional_expression, "conditional_expression")            \
  X(return_statement, "return_statement")                        \
  X(yield, "yield")                                              \
  X(else_clause, "else_clause")                                  \
  X(elif_clause, "elif_clause")                                  \
  X(finally_clause, "finally_clause")                            \
  X(while_statement, "while_statement")                          \
  X(raise_statement, "raise_statement")                          \
  X(continue_statement, "continue_statement")                    \
  X(break_statement, "break_statement")                          \
  X(list_comprehension, "list_comprehension")                    \
  X(set_comprehension, "set_comprehension")                      \
  X(dictionary_comprehension, "dictionary_comprehension")        \
  X(generator_expression, "generator_expression")                \
  X(match_statement, "match_statement")                          \
  X(case_clause, "case_clause")                                  \
  X(case_pattern, "case_pattern")                                \
  X(class_pattern, "class_pattern")                              \
  X(keyword_pattern, "keyword_pattern")                          \
  X(splat_pattern, "splat_pattern")                              \
  X(none, "none")                                                \
  X(true_, "true")                                               \
  X(false_, "false")                                             \
  X(integer, "integer")                                          \
  X(float_, "float")                                             \
  X(dictionary, "dictionary")                                    \
  X(set, "set")                                                  \
  X(block, "block")                                              \
  X(expression_statement, "expression_statement")                \
  X(type_alias_statement, "type_alias_statement")                \
  X(subscript, "subscript")                                      \
  X(slice, "slice")                                              \
  X(binary_operator, "binary_operator")                          \
  X(unary_operator, "unary_operator")                            \
  X(pair, "pair")                                                \
  X(type, "type")                                                \
  X(error, "ERROR")

#define FRONTEND_FIELDS(X)                                       \
  X(name, "name") X(alias, "alias") X(module_name, "module_name") \
  X(function, "function") X(arguments, "arguments")              \
  X(object, "object") X(attribute, "attribute")                  \
  X(left, "left") X(right, "right") X(value, "value")            \
  X(body, "body") X(parameters, "parameters")                    \
  X(superclasses, "superclasses") X(definition, "definition")    \
  X(condition, "condition") X(consequence, "consequence")        \
  X(alternative, "alternative") X(return_type, "return_type")    \
  X(type, "type") X(operators, "operators")                      \
  X(type_parameters, "type_parameters") X(subject, "subject")    \
  X(guard, "guard") X(argument, "argument") X(operator_, "operator")

/* A symbol no node has: the value of a kind the grammar does not define. */
#define FRONTEND_NO_KIND ((TSSymbol)0xFFFE)

typedef struct FrontendKinds {
#define FRONTEND_DECLARE(member, name) TSSymbol member;
  FRONTEND_NODE_KINDS(FRONTEND_DECLARE)
#undef FRONTEND_DECLARE
} FrontendKinds;

typedef struct FrontendFields {
#define FRONTEND_DECLARE(member, name) TSFieldId member;
  FRONTEND_FIELDS(FRONTEND_DECLARE)
#undef FRONTEND_DECLARE
} FrontendFields;

/* Whether the semantic model's walk needs a node's subtree (see frontend_descent_of). */
typedef enum FrontendDescent {
  FRONTEND_DESCEND,               /* statements, calls, definitions, ...: always */
  FRONTEND_DESCEND_NEVER,         /* imports, global/nonlocal: read whole when entered */
  FRONTEND_DESCEND_IF_CODE,       /* operators, attributes, literals: when the text may hold code */
  FRONTEND_DESCEND_IF_CODE_INSIDE, /* argument lists, parameters: the same, after the opening '(' */
  FRONTEND_DESCEND_IF_FORMATTED,  /* strings: only f-strings have interpolations */
} FrontendDescent;

enum { FRONTEND_DESCENT_SYMBOLS = 1024 };

typedef struct Frontend {
  const TSLanguage *language;
  FrontendKinds kind;
  FrontendFields field;
  uint8_t descent[FRONTEND_DESCENT_SYMBOLS]; /* FrontendDescent per symbol */
} Frontend;

/* Resolves node kinds and fields; returns false (with a message) if the grammar does not load. */
bool frontend_init(Frontend *self, const char **error);

TSParser *frontend_parser_new(const Frontend *self);
/* Parses within frontend_parse_seconds(length): tree-sitter's error recovery takes time
 * quadratic in the length of some broken input (a line of 20 000 operators takes minutes).
 * NULL if the parse took longer (the parser is reset for the next text). */
TSTree *frontend_parse(TSParser *parser, const char *text, uint32_t length);
/* 10 s, and 20 s more per MiB: real code takes 0.13 s per MiB, and under valgrind ~7 s. */
uint32_t frontend_parse_seconds(uint32_t length);

/* tree-sitter 0.20.7 (Debian 12's) corrupts its heap when a node gets 65535 children or more
 * (fixed upstream in 0.20.8): a long run of comment lines, or syntax errors that leave many
 * pieces unfinished, which error recovery then wraps in one ERROR node. docs/reliability.md
 * has the details. */
enum {
  FRONTEND_MAX_EXTRAS_RUN = 2000, /* comment or continuation lines in a row */
  FRONTEND_MAX_NESTING = 1000,    /* open brackets (CPython allows 200) */
  /* A text whose size (below) is under this cannot give a node 65535 children; a larger one
   * is parsed in a child process (lint.c). */
  FRONTEND_LARGE_SIZE = 30000,
};

typedef struct FrontendCheck {
  const char *refusal; /* why the text must not be given to the parser, or NULL */
  bool large;          /* only parsing it (in a child process) can tell whether it is safe */
} FrontendCheck;

/* Checks a text before it is parsed, in two passes without allocation (the refusal is
 * allocated in `arena`): a refusal for more than FRONTEND_MAX_EXTRAS_RUN comment lines in a
 * row or brackets nested more than FRONTEND_MAX_NESTING deep; `large` when its size, an upper
 * bound on the tokens it holds, reaches FRONTEND_LARGE_SIZE. */
FrontendCheck frontend_check(const char *text, uint32_t length, Arena *arena);

/* False if the tree does not span the whole text: the mark of that corruption. Such a tree
 * must not be used, nor deleted (deleting it is what crashes). */
bool frontend_tree_intact(const TSTree *tree, uint32_t length);

static inline FrontendDescent frontend_descent_of(const Frontend *self, TSSymbol symbol) {
  return symbol < FRONTEND_DESCENT_SYMBOLS ? (FrontendDescent)self->descent[symbol] : FRONTEND_DESCEND;
}

/* Does the text of an expression need its subtree walked: can it hold a call, a lambda, a
 * named expression, an await or a yield (what the model records below a statement)? A text
 * without '(' , ":=", "lambda", "await" and "yield" holds none of them; a string that merely
 * mentions one makes the answer a harmless "yes". */
bool frontend_text_may_hold_code(const char *text, uint32_t length);
/* Where the first of those begins (length: nowhere). */
uint32_t frontend_text_code_at(const char *text, uint32_t length);

/* The first syntax error of a tree (an ERROR or MISSING node), or a null node. */
TSNode frontend_first_error(const Frontend *self, TSNode root);

#endif
