#include "frontend.h"

#include <string.h>

const TSLanguage *tree_sitter_python(void);

static void frontend_set_descent(Frontend *self, TSSymbol symbol, FrontendDescent descent) {
  if (symbol < FRONTEND_DESCENT_SYMBOLS) self->descent[symbol] = (uint8_t)descent;
}

/* The model records calls, scopes and bindings. Imports and global/nonlocal are read whole
 * when the walk enters them; an expression below a statement matters only if it may hold a
 * call, a lambda, a walrus, an await or a yield (its parent statement reads its own targets). */
static void frontend_init_descent(Frontend *self) {
  const FrontendKinds *kind = &self->kind;
  const TSSymbol never[] = {kind->import_statement, kind->import_from_statement, kind->future_import_statement,
                            kind->global_statement, kind->nonlocal_statement};
  const TSSymbol if_code[] = {
      kind->attribute,        kind->subscript,         kind->slice,          kind->binary_operator,
      kind->unary_operator,   kind->boolean_operator,  kind->not_operator,   kind->comparison_operator,
      kind->conditional_expression, kind->keyword_argument, kind->pair,      kind->list,
      kind->tuple,            kind->set,               kind->dictionary,     kind->expression_list,
      kind->pattern_list,     kind->tuple_pattern,     kind->list_pattern,   kind->list_splat,
      kind->dictionary_splat, kind->list_splat_pattern, kind->dictionary_splat_pattern, kind->type,
      kind->typed_parameter,  kind->default_parameter, kind->typed_default_parameter, kind->decorator,
      kind->concatenated_string};
  for (size_t i = 0; i < sizeof never / sizeof *never; i++) frontend_set_descent(self, never[i], FRONTEND_DESCEND_NEVER);
  for (size_t i = 0; i < sizeof if_code / sizeof *if_code; i++) {
    frontend_set_descent(self, if_code[i], FRONTEND_DESCEND_IF_CODE);
  }
  frontend_set_descent(self, kind->string, FRONTEND_DESCEND_IF_FORMATTED);
}

static bool frontend_word_at(const char *text, uint32_t length, uint32_t at, const char *word, uint32_t word_length) {
  return length - at >= word_length && memcmp(text + at, word, word_length) == 0;
}

bool frontend_text_may_hold_code(const char *text, uint32_t length) {
  for (uint32_t i = 0; i < length; i++) {
    switch (text[i]) {
    case '(':
      return true;
    case ':':
      if (i + 1 < length && text[i + 1] == '=') return true;
      break;
    case 'l':
      if (frontend_word_at(text, length, i, "lambda", 6)) return true;
      break;
    case 'a':
      if (frontend_word_at(text, length, i, "await", 5)) return true;
      break;
    case 'y':
      if (frontend_word_at(text, length, i, "yield", 5)) return true;
      break;
    default:
      break;
    }
  }
  return false;
}

bool frontend_init(Frontend *self, const char **error) {
  memset(self, 0, sizeof *self);
  self->language = tree_sitter_python();
  uint32_t version = ts_language_version(self->language);
  if (version < TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION || version > TREE_SITTER_LANGUAGE_VERSION) {
    *error = "the tree-sitter-python grammar's ABI does not match the tree-sitter library";
    return false;
  }
#define FRONTEND_RESOLVE_KIND(member, name)                                                     \
  self->kind.member = ts_language_symbol_for_name(self->language, name, (uint32_t)strlen(name), true); \
  if (!self->kind.member) self->kind.member = FRONTEND_NO_KIND;
  FRONTEND_NODE_KINDS(FRONTEND_RESOLVE_KIND)
#undef FRONTEND_RESOLVE_KIND
  self->kind.error = (TSSymbol)-1; /* ts_builtin_sym_error */
  /* The kinds every analysis depends on must exist; the others may be inlined away by a
   * grammar version (keyword_identifier is) and then simply never match. */
  if (self->kind.module == FRONTEND_NO_KIND || self->kind.call == FRONTEND_NO_KIND ||
      self->kind.identifier == FRONTEND_NO_KIND || self->kind.attribute == FRONTEND_NO_KIND ||
      self->kind.function_definition == FRONTEND_NO_KIND || self->kind.comment == FRONTEND_NO_KIND) {
    *error = "the tree-sitter-python grammar lacks core node kinds";
    return false;
  }
#define FRONTEND_RESOLVE_FIELD(member, name)                                                    \
  self->field.member = ts_language_field_id_for_name(self->language, name, (uint32_t)strlen(name)); \
  if (!self->field.member) {                                                                    \
    *error = "the tree-sitter-python grammar lacks field '" name "'";                          \
    return false;                                                                               \
  }
  FRONTEND_FIELDS(FRONTEND_RESOLVE_FIELD)
#undef FRONTEND_RESOLVE_FIELD
  frontend_init_descent(self);
  return true;
}

TSParser *frontend_parser_new(const Frontend *self) {
  TSParser *parser = ts_parser_new();
  if (parser && !ts_parser_set_language(parser, self->language)) {
    ts_parser_delete(parser);
    return NULL;
  }
  return parser;
}

TSTree *frontend_parse(TSParser *parser, const char *text, uint32_t length) {
  return ts_parser_parse_string(parser, NULL, text, length);
}

TSNode frontend_first_error(const Frontend *self, TSNode root) {
  (void)self;
  if (!ts_node_has_error(root)) return ((TSNode){.id = NULL});
  /* Descend into the first child that holds an error, down to the innermost ERROR or
   * MISSING node: tree-sitter often wraps a whole class or file in an outer ERROR node,
   * while the token it could not place is deep inside. A cursor, because indexing children
   * one by one would be quadratic on a module with a million statements. */
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  TSNode node = root;
  for (bool descended = true; descended;) {
    descended = false;
    if (!ts_tree_cursor_goto_first_child(&cursor)) break;
    do {
      TSNode child = ts_tree_cursor_current_node(&cursor);
      if (ts_node_has_error(child)) {
        node = child;
        descended = true;
        break;
      }
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return node;
}
