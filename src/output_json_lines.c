#include "output.h"

/* In progress (issue 4). */
bool output_json_lines(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count) {
  (void)stream;
  (void)diagnostics;
  (void)count;
  return false;
}
