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
  return output_json_print(stream, array, true, true);
}
