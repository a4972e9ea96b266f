#include "diag.h"

#include <stdlib.h>
#include <string.h>

const char *severity_name(Severity severity) { return severity == SEVERITY_ERROR ? "error" : "warning"; }

int diag_compare(const Diagnostic *left, const Diagnostic *right) {
  int by_path = strcmp(left->path, right->path);
  if (by_path) return by_path;
  if (left->start.line != right->start.line) return left->start.line < right->start.line ? -1 : 1;
  if (left->start.column != right->start.column) return left->start.column < right->start.column ? -1 : 1;
  int by_code = strcmp(left->code, right->code);
  if (by_code) return by_code;
  if (left->end_byte != right->end_byte) return left->end_byte < right->end_byte ? -1 : 1;
  return strcmp(left->message, right->message);
}

static int diag_compare_output(const void *left, const void *right) {
  return diag_compare(left, right);
}

static int diag_compare_priority(const void *left_pointer, const void *right_pointer) {
  const Diagnostic *left = left_pointer, *right = right_pointer;
  if (left->priority != right->priority) return left->priority < right->priority ? -1 : 1;
  if (left->start_byte != right->start_byte) return left->start_byte < right->start_byte ? -1 : 1;
  if (left->end_byte != right->end_byte) return left->end_byte < right->end_byte ? -1 : 1;
  return strcmp(left->message, right->message);
}

static int diag_compare_span(const void *left_pointer, const void *right_pointer) {
  const Diagnostic *left = left_pointer, *right = right_pointer;
  if (left->start_byte != right->start_byte) return left->start_byte < right->start_byte ? -1 : 1;
  if (left->end_byte != right->end_byte) return left->end_byte < right->end_byte ? -1 : 1;
  return diag_compare_priority(left, right);
}

static bool diag_covers(const Diagnostic *outer, const Diagnostic *inner) {
  return outer->cover_end > outer->cover_start && inner->start_byte >= outer->cover_start &&
         inner->end_byte <= outer->cover_end && !(inner->start_byte == outer->start_byte &&
                                                  inner->end_byte == outer->end_byte);
}

void diag_list_resolve(Arena *arena, DiagList *self) {
  if (self->count > 1) {
    /* Same span (the same call node): keep the first in priority order. */
    qsort(self->items, self->count, sizeof *self->items, diag_compare_span);
    uint32_t kept = 0;
    for (uint32_t i = 0; i < self->count; i++) {
      if (kept && self->items[kept - 1].start_byte == self->items[i].start_byte &&
          self->items[kept - 1].end_byte == self->items[i].end_byte) {
        continue;
      }
      self->items[kept++] = self->items[i];
    }
    self->count = kept;
    /* Calls inside a reported runner call's receiver or arguments: in priority order, a
     * report is dropped when it overlaps a kept one. Covering reports are few. */
    qsort(self->items, self->count, sizeof *self->items, diag_compare_priority);
    Diagnostic **covering = arena_alloc(arena, sizeof *covering * self->count);
    uint32_t covering_count = 0;
    kept = 0;
    for (uint32_t i = 0; i < self->count; i++) {
      Diagnostic candidate = self->items[i];
      bool drop = false;
      for (uint32_t c = 0; c < covering_count && !drop; c++) drop = diag_covers(covering[c], &candidate);
      if (candidate.cover_end > candidate.cover_start) {
        for (uint32_t k = 0; k < kept && !drop; k++) drop = diag_covers(&candidate, &self->items[k]);
      }
      if (drop) continue;
      self->items[kept] = candidate;
      if (candidate.cover_end > candidate.cover_start) covering[covering_count++] = &self->items[kept];
      kept++;
    }
    self->count = kept;
  }
  if (self->count > 1) qsort(self->items, self->count, sizeof *self->items, diag_compare_output);
}
