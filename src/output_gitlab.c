#include "output.h"

/* In progress (issue 4). */
bool output_gitlab(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options) {
  (void)stream;
  (void)diagnostics;
  (void)count;
  (void)options;
  return false;
}
