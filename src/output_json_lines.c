#include <cjson/cJSON.h>
#include <stdlib.h>

#include "output.h"
#include "output_common.h"

/* One line per diagnostic: the json format's object, unformatted. Nothing for no findings. */
bool output_json_lines(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count) {
  for (uint32_t i = 0; i < count; i++) {
    if (!output_json_print(stream, output_json_item(diagnostics[i]), true, false)) return false;
  }
  return true;
}
