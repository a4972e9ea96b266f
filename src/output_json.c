#include <cjson/cJSON.h>
#include <stdlib.h>

#include "output.h"

static cJSON *output_json_position(SourcePosition position) {
  cJSON *object = cJSON_CreateObject();
  if (!object) return NULL;
  cJSON_AddNumberToObject(object, "row", position.line);
  cJSON_AddNumberToObject(object, "column", position.column);
  return object;
}

static bool output_json_add_position(cJSON *object, const char *key, SourcePosition position) {
  cJSON *value = output_json_position(position);
  return value && cJSON_AddItemToObject(object, key, value);
}

static cJSON *output_json_diagnostic(const Diagnostic *diagnostic) {
  cJSON *item = cJSON_CreateObject();
  if (!item) return NULL;
  bool ok = cJSON_AddStringToObject(item, "code", diagnostic->code) &&
            cJSON_AddStringToObject(item, "name", diagnostic->name) &&
            cJSON_AddStringToObject(item, "severity", severity_name(diagnostic->severity)) &&
            cJSON_AddStringToObject(item, "message", diagnostic->message) &&
            cJSON_AddStringToObject(item, "filename", diagnostic->path) &&
            output_json_add_position(item, "location", diagnostic->start) &&
            output_json_add_position(item, "end_location", diagnostic->end);
  cJSON *related = ok ? cJSON_AddArrayToObject(item, "related") : NULL;
  ok = ok && related;
  for (uint32_t i = 0; ok && i < diagnostic->related_count; i++) {
    const DiagRelated *note = &diagnostic->related[i];
    cJSON *entry = cJSON_CreateObject();
    ok = entry && cJSON_AddItemToArray(related, entry) && cJSON_AddStringToObject(entry, "message", note->message) &&
         cJSON_AddStringToObject(entry, "filename", note->path) &&
         output_json_add_position(entry, "location", note->start) &&
         output_json_add_position(entry, "end_location", note->end);
  }
  ok = ok && cJSON_AddNullToObject(item, "url");
  if (!ok) {
    cJSON_Delete(item);
    return NULL;
  }
  return item;
}

bool output_json(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count) {
  cJSON *array = cJSON_CreateArray();
  if (!array) return false;
  for (uint32_t i = 0; i < count; i++) {
    cJSON *item = output_json_diagnostic(diagnostics[i]);
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
