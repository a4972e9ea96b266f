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
  /* Their own bracket is no call: `f(a, b)`, `def g(self, x=1)` hold none. The call or the
   * function reads them whole when entered. */
  frontend_set_descent(self, kind->argument_list, FRONTEND_DESCEND_IF_CODE_INSIDE);
  frontend_set_descent(self, kind->parameters, FRONTEND_DESCEND_IF_CODE_INSIDE);
  frontend_set_descent(self, kind->string, FRONTEND_DESCEND_IF_FORMATTED);
}

static bool frontend_word_at(const char *text, uint32_t length, uint32_t at, const char *word, uint32_t word_length) {
  return length - at >= word_length && memcmp(text + at, word, word_length) == 0;
}

uint32_t frontend_text_code_at(const char *text, uint32_t length) {
  for (uint32_t i = 0; i < length; i++) {
    switch (text[i]) {
    case '(':
      return i;
    case ':':
      if (i + 1 < length && text[i + 1] == '=') return i;
      break;
    case 'l':
      if (frontend_word_at(text, length, i, "lambda", 6)) return i;
      break;
    case 'a':
      if (frontend_word_at(text, length, i, "await", 5)) return i;
      break;
    case 'y':
      if (frontend_word_at(text, length, i, "yield", 5)) return i;
      break;
    default:
      break;
    }
  }
  return length;
}

bool frontend_text_may_hold_code(const char *text, uint32_t length) {
  return frontend_text_code_at(text, length) < length;
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

uint32_t frontend_parse_seconds(uint32_t length) { return 10 + (uint32_t)((uint64_t)length * 20 >> 20); }

TSTree *frontend_parse(TSParser *parser, const char *text, uint32_t length) {
  ts_parser_set_timeout_micros(parser, (uint64_t)frontend_parse_seconds(length) * 1000000);
  TSTree *tree = ts_parser_parse_string(parser, NULL, text, length);
  if (!tree) ts_parser_reset(parser); /* or the next parse would resume this one */
  return tree;
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

/* What a byte starts, for the size below: nothing (white space), a word (letters, digits, '_'
 * and the bytes of non-ASCII characters, up to the next byte of another kind), a quote (the
 * string's delimiter and its content, two tokens) or another lexeme (one character). */
enum { FRONTEND_SPACE, FRONTEND_WORD, FRONTEND_QUOTE, FRONTEND_OTHER };

static unsigned char frontend_byte_kind(unsigned char c) {
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return FRONTEND_SPACE;
  if (c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
    return FRONTEND_WORD;
  }
  return c == '"' || c == '\'' ? FRONTEND_QUOTE : FRONTEND_OTHER;
}

/* Counts, line by line and ignoring strings (a line inside a string can only make a count
 * larger, never smaller):
 * - the longest run of lines holding nothing but comments or line continuations (blank lines
 *   between them count for nothing), which tree-sitter gives to one node; a line of code that
 *   ends in a comment or a backslash starts a run;
 * - the size: words and other characters but white space, quotes twice, and three for each
 *   line that is not blank (NEWLINE, INDENT, DEDENT). Every token is counted so, and error
 *   recovery inserts at most one MISSING token before each: a node has fewer children than
 *   twice the size. */
static const char *frontend_check_lines(const char *text, uint32_t length, uint32_t *size, Arena *arena) {
  unsigned char kinds[256];
  for (unsigned c = 0; c < 256; c++) kinds[c] = frontend_byte_kind((unsigned char)c);
  uint32_t run = 0, run_start = 0, line = 1;
  uint64_t tokens = 0;
  for (uint32_t at = 0; at < length; line++) {
    const char *newline = memchr(text + at, '\n', length - at);
    uint32_t end = newline ? (uint32_t)(newline - text) : length;
    unsigned char previous = FRONTEND_SPACE;
    for (uint32_t i = at; i < end; i++) {
      unsigned char kind = kinds[(unsigned char)text[i]];
      tokens += kind == FRONTEND_QUOTE ? 2 : kind == FRONTEND_OTHER || (kind == FRONTEND_WORD && previous != kind);
      previous = kind;
    }
    uint32_t first = at, last = end;
    while (first < end && (text[first] == ' ' || text[first] == '\t' || text[first] == '\f')) first++;
    while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\t' || text[last - 1] == '\r')) last--;
    if (first == last) {
      /* a blank line: the run goes on */
    } else if (text[first] == '#' || (last - first == 1 && text[first] == '\\')) {
      if (run++ == 0) run_start = line;
    } else {
      bool extra = text[last - 1] == '\\' || memchr(text + first, '#', last - first);
      run = extra ? 1 : 0;
      run_start = line;
    }
    if (first != last) tokens += 3;
    if (run > FRONTEND_MAX_EXTRAS_RUN) {
      return arena_sprintf(arena, "has more than %u comment lines in a row from line %u, more than the parser "
                           "(tree-sitter 0.20.7) can take", (unsigned)FRONTEND_MAX_EXTRAS_RUN, (unsigned)run_start);
    }
    at = end + 1;
  }
  *size = tokens > UINT32_MAX ? UINT32_MAX : (uint32_t)tokens;
  return NULL;
}

/* Skips the string literal whose opening quote is text[at]; returns the index after it and
 * counts the lines it spans. A prefix (r, b, f, ...) changes nothing here: even in a raw
 * string a backslash keeps the next character in the string. An unterminated one-line string
 * ends at the end of its line, as Python's tokenizer stops there. */
static uint32_t frontend_skip_string(const char *text, uint32_t length, uint32_t at, uint32_t *line) {
  char quote = text[at];
  bool triple = at + 2 < length && text[at + 1] == quote && text[at + 2] == quote;
  for (at += triple ? 3 : 1; at < length; at++) {
    char c = text[at];
    if (c == '\\' && at + 1 < length) {
      if (text[++at] == '\n') (*line)++;
    } else if (c == '\n') {
      if (!triple) return at;
      (*line)++;
    } else if (c == quote && (!triple || (at + 2 < length && text[at + 1] == quote && text[at + 2] == quote))) {
      return at + (triple ? 3 : 1);
    }
  }
  return length;
}

/* Brackets nested more than FRONTEND_MAX_NESTING deep, outside strings and comments. */
static const char *frontend_check_nesting(const char *text, uint32_t length, Arena *arena) {
  uint32_t depth = 0, line = 1;
  for (uint32_t at = 0; at < length;) {
    char c = text[at];
    if (c == '#') {
      const char *newline = memchr(text + at, '\n', length - at);
      at = newline ? (uint32_t)(newline - text) : length;
    } else if (c == '\'' || c == '"') {
      at = frontend_skip_string(text, length, at, &line);
    } else {
      if (c == '\n') {
        line++;
      } else if (c == '(' || c == '[' || c == '{') {
        if (++depth > FRONTEND_MAX_NESTING) {
          return arena_sprintf(arena, "has brackets nested more than %u deep at line %u (CPython allows 200)",
                               (unsigned)FRONTEND_MAX_NESTING, (unsigned)line);
        }
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
      at++;
    }
  }
  return NULL;
}

FrontendCheck frontend_check(const char *text, uint32_t length, Arena *arena) {
  FrontendCheck check = {NULL, false};
  uint32_t size = 0;
  check.refusal = frontend_check_lines(text, length, &size, arena);
  if (!check.refusal) check.refusal = frontend_check_nesting(text, length, arena);
  check.large = !check.refusal && size >= FRONTEND_LARGE_SIZE;
  return check;
}

bool frontend_tree_intact(const TSTree *tree, uint32_t length) {
  return ts_node_end_byte(ts_tree_root_node(tree)) == length;
}
