#include <cjson/cJSON.h>
#include <stdlib.h>

#include "output.h"
#include "output_common.h"

/* One line per diagnostic: the json format's object, unformatted. Nothing for no findings. */
bool output_json_lines(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count) {
  for (uint32_t i = 0; i < count; i++) {
    cJSON *item = output_json_item(diagnostics[i]);
    char *text = item ? cJSON_PrintUnformatted(item) : NULL;
    cJSON_Delete(item);
    if (!text) return false;
    fputs(text, stream);
    fputc('\n', stream);
    free(text);
  }
  return true;
}
