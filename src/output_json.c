#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "source.h"

/* JSON strings must be UTF-8: bytes of a file name that are not (a Linux name is any bytes)
 * become U+FFFD. Returns `text` itself when it is valid, else a malloc'd copy in *owned. */
static const char *output_json_utf8(const char *text, char **owned) {
  *owned = NULL;
  size_t length = strlen(text);
  const unsigned char *bytes = (const unsigned char *)text;
  size_t i = 0;
  while (i < length) {
    size_t step = source_utf8_sequence_length(bytes + i, length - i);
    if (!step) break;
    i += step;
  }
  if (i == length) return text;
  char *copy = malloc(length * 3 + 1);
  if (!copy) return "?";
  size_t out = 0;
  for (i = 0; i < length;) {
    size_t step = source_utf8_sequence_length(bytes + i, length - i);
    if (step) {
      memcpy(copy + out, text + i, step);
      out += step, i += step;
    } else {
      memcpy(copy + out, "\xEF\xBF\xBD", 3);
      out += 3, i++;
    }
  }
  copy[out] = '\0';
  *owned = copy;
  return copy;
}

static bool output_json_add_string(cJSON *object, const char *key, const char *text) {
  char *owned;
  bool ok = cJSON_AddStringToObject(object, key, output_json_utf8(text, &owned)) != NULL;
  free(owned);
  return ok;
}

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
            output_json_add_string(item, "filename", diagnostic->path) &&
            output_json_add_position(item, "location", diagnostic->start) &&
            output_json_add_position(item, "end_location", diagnostic->end);
  cJSON *related = ok ? cJSON_AddArrayToObject(item, "related") : NULL;
  ok = ok && related;
  for (uint32_t i = 0; ok && i < diagnostic->related_count; i++) {
    const DiagRelated *note = &diagnostic->related[i];
    cJSON *entry = cJSON_CreateObject();
    ok = entry && cJSON_AddItemToArray(related, entry) && cJSON_AddStringToObject(entry, "message", note->message) &&
         output_json_add_string(entry, "filename", note->path) &&
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
