/* Diagnostics: what a rule reports, with related locations, and the "one hazard, one
 * diagnostic" resolution of overlapping reports (RULES.md, output contract). */
#ifndef LOOPLINT_DIAG_H
#define LOOPLINT_DIAG_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "source.h"

typedef enum Severity {
  SEVERITY_WARNING,
  SEVERITY_ERROR,
} Severity;

const char *severity_name(Severity severity);

typedef struct DiagRelated {
  const char *path;
  SourcePosition start, end;
  const char *message;
} DiagRelated;

typedef struct Diagnostic {
  const char *code;          /* "LOOP201" */
  const char *name;          /* "module-level-asyncio-primitive" */
  uint32_t priority;         /* lower wins when reports overlap */
  Severity severity;
  const char *message;
  const char *path;
  SourcePosition start, end; /* end is exclusive, like ruff's end_location */
  uint32_t start_byte, end_byte;
  /* A runner call's report swallows reports on calls inside this byte range (its receiver
   * and arguments); both zero when it swallows nothing. */
  uint32_t cover_start, cover_end;
  const char *line_text;     /* the first source line of the span (a window of it when long) */
  uint32_t line_first_column; /* the column of line_text's first character (1 unless windowed) */
  DiagRelated *related;
  uint32_t related_count, related_capacity;
  bool suppressed;           /* by a noqa comment (shown only with --show-suppressed) */
} Diagnostic;

typedef struct DiagList {
  Diagnostic *items;
  uint32_t count, capacity;
} DiagList;

/* Drops every report that overlaps an earlier one in priority order, then sorts the rest
 * by line, column and code. */
void diag_list_resolve(Arena *arena, DiagList *self);

/* Orders by path, line, column, code (the output order). */
int diag_compare(const Diagnostic *left, const Diagnostic *right);

#endif
