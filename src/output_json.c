#include <cjson/cJSON.h>
#include <stdlib.h>

#include "output.h"
#include "output_common.h"

bool output_json(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count) {
  cJSON *array = cJSON_CreateArray();
  if (!array) return false;
  for (uint32_t i = 0; i < count; i++) {
    cJSON *item = output_json_item(diagnostics[i]);
    if (!item || !cJSON_AddItemToArray(array, item)) {
      cJSON_Delete(item);
      cJSON_Delete(array);
      return false;
    }
  }
  char *text = cJSON_Print(array);
  cJSON_Delete(array);
  if (!text) return false;
  fputs(text, stream);
  fputc('\n', stream);
  free(text);
  return true;
}
