#include "output.h"

/* In progress (issue 4). */
bool output_github(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count) {
  (void)stream;
  (void)diagnostics;
  (void)count;
  return false;
}
