/* SARIF 2.1.0 for GitHub code scanning (docs/ci.md): one run, every rule of the registry in
 * tool.driver.rules, one result per diagnostic with repository-relative URIs (against
 * %SRCROOT%, the working directory), related locations linked from the message, and a
 * line-shift-proof partial fingerprint. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "output_common.h"
#include "registry.h"
#include "version.h"

static const char SARIF_SCHEMA[] = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
static const char SARIF_SRCROOT[] = "%SRCROOT%";

static int sarif_compare_rules(const void *left, const void *right) {
  return strcmp((*(const Rule *const *)left)->code, (*(const Rule *const *)right)->code);
}

/* {"text": text}, with text made valid UTF-8. */
static cJSON *sarif_message(const char *text) {
  cJSON *object = cJSON_CreateObject();
  if (object && !output_json_add_string(object, "text", text)) {
    cJSON_Delete(object);
    return NULL;
  }
  return object;
}

static bool sarif_add_message(cJSON *object, const char *key, const char *text) {
  cJSON *message = sarif_message(text);
  return message && cJSON_AddItemToObject(object, key, message);
}

/* The "What it does" section of a rule's docs as one paragraph (malloc'd), or the summary. */
static char *sarif_full_description(const Rule *rule) {
  static const char heading[] = "## What it does\n";
  const char *start = strstr(rule->docs, heading);
  const char *text = start ? start + strlen(heading) : rule->summary;
  const char *end = start ? strstr(text, "\n## ") : NULL;
  size_t length = end ? (size_t)(end - text) : strlen(text);
  while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == ' ')) length--;
  char *out = malloc(length + 1);
  if (!out) return NULL;
  for (size_t i = 0; i < length; i++) out[i] = text[i] == '\n' ? ' ' : text[i];
  out[length] = '\0';
  return out;
}

static cJSON *sarif_rule(const Rule *rule) {
  cJSON *object = cJSON_CreateObject();
  if (!object) return NULL;
  char *full = sarif_full_description(rule);
  cJSON *help = cJSON_CreateObject(), *configuration = cJSON_CreateObject(), *properties = cJSON_CreateObject();
  cJSON *tags = cJSON_CreateArray();
  bool ok = full && help && configuration && properties && tags;
  if (ok) {
    ok = cJSON_AddStringToObject(help, "text", rule->docs) && cJSON_AddStringToObject(help, "markdown", rule->docs) &&
         cJSON_AddStringToObject(configuration, "level", severity_name(rule->severity)) &&
         cJSON_AddItemToArray(tags, cJSON_CreateString("asyncio")) &&
         cJSON_AddItemToArray(tags, cJSON_CreateString("correctness"));
  }
  ok = ok && cJSON_AddStringToObject(object, "id", rule->code) && cJSON_AddStringToObject(object, "name", rule->name) &&
       sarif_add_message(object, "shortDescription", rule->summary) &&
       sarif_add_message(object, "fullDescription", full) && cJSON_AddItemToObject(object, "help", help);
  if (ok) help = NULL;
  ok = ok && cJSON_AddItemToObject(object, "defaultConfiguration", configuration);
  if (ok) configuration = NULL;
  ok = ok && cJSON_AddItemToObject(properties, "tags", tags);
  if (ok) tags = NULL;
  ok = ok && cJSON_AddItemToObject(object, "properties", properties);
  if (ok) properties = NULL;
  free(full);
  cJSON_Delete(help);
  cJSON_Delete(configuration);
  cJSON_Delete(properties);
  cJSON_Delete(tags);
  if (!ok) {
    cJSON_Delete(object);
    return NULL;
  }
  return object;
}

/* {"physicalLocation": {artifactLocation, region}}: a URI relative to %SRCROOT% for a file
 * inside the working directory, an absolute file:// URI for one outside it. */
static cJSON *sarif_location(const char *path, SourcePosition start, SourcePosition end, const char *working_directory) {
  bool inside;
  char *repo_path = output_repo_path(path, working_directory, &inside);
  char *uri = !repo_path ? NULL : inside ? output_uri_path(repo_path) : output_file_uri(repo_path, false);
  free(repo_path);
  cJSON *location = cJSON_CreateObject();
  cJSON *physical = location ? cJSON_AddObjectToObject(location, "physicalLocation") : NULL;
  cJSON *artifact = physical ? cJSON_AddObjectToObject(physical, "artifactLocation") : NULL;
  bool ok = uri && artifact && cJSON_AddStringToObject(artifact, "uri", uri) &&
            (!inside || cJSON_AddStringToObject(artifact, "uriBaseId", SARIF_SRCROOT));
  free(uri);
  cJSON *region = ok ? cJSON_AddObjectToObject(physical, "region") : NULL;
  ok = ok && region && cJSON_AddNumberToObject(region, "startLine", start.line) &&
       cJSON_AddNumberToObject(region, "startColumn", start.column) &&
       cJSON_AddNumberToObject(region, "endLine", end.line) &&
       cJSON_AddNumberToObject(region, "endColumn", end.column > 0 ? end.column : 1);
  if (!ok) {
    cJSON_Delete(location);
    return NULL;
  }
  return location;
}

/* Appends `text` to out[*length], with '\', '[' and ']' escaped as SARIF requires in a message
 * that has embedded links (SARIF 2.1.0, 3.11.6). `out` has room for twice the text. */
static void sarif_append_escaped(char *out, size_t *length, const char *text) {
  for (const char *p = text; *p; p++) {
    if (*p == '\\' || *p == '[' || *p == ']') out[(*length)++] = '\\';
    out[(*length)++] = *p;
  }
  out[*length] = '\0';
}

/* The result message: the diagnostic's, and with related locations a link to each,
 * "... (see [note](1); [note](2))", so that GitHub shows them. malloc'd or NULL. */
static char *sarif_result_text(const Diagnostic *diagnostic) {
  if (diagnostic->related_count == 0) {
    char *copy = malloc(strlen(diagnostic->message) + 1);
    return copy ? strcpy(copy, diagnostic->message) : NULL;
  }
  size_t size = 2 * strlen(diagnostic->message) + sizeof " (see )";
  for (uint32_t i = 0; i < diagnostic->related_count; i++) size += 2 * strlen(diagnostic->related[i].message) + 32;
  char *out = malloc(size);
  if (!out) return NULL;
  size_t length = 0;
  sarif_append_escaped(out, &length, diagnostic->message);
  for (uint32_t i = 0; i < diagnostic->related_count; i++) {
    length += (size_t)sprintf(out + length, "%s[", i == 0 ? " (see " : "; ");
    sarif_append_escaped(out, &length, diagnostic->related[i].message);
    length += (size_t)sprintf(out + length, "](%u)", (unsigned)(i + 1));
  }
  strcpy(out + length, ")");
  return out;
}

static cJSON *sarif_result(const Diagnostic *diagnostic, uint32_t rule_index, const OutputFingerprint *fingerprint,
                           const char *working_directory) {
  cJSON *result = cJSON_CreateObject();
  if (!result) return NULL;
  char *text = sarif_result_text(diagnostic);
  bool ok = text && cJSON_AddStringToObject(result, "ruleId", diagnostic->code) &&
            cJSON_AddNumberToObject(result, "ruleIndex", rule_index) &&
            cJSON_AddStringToObject(result, "level", severity_name(diagnostic->severity)) &&
            sarif_add_message(result, "message", text);
  free(text);
  cJSON *locations = ok ? cJSON_AddArrayToObject(result, "locations") : NULL;
  cJSON *location = locations ? sarif_location(diagnostic->path, diagnostic->start, diagnostic->end, working_directory) : NULL;
  ok = location && cJSON_AddItemToArray(locations, location);
  if (!ok) cJSON_Delete(location);
  if (ok && diagnostic->related_count > 0) {
    cJSON *related = cJSON_AddArrayToObject(result, "relatedLocations");
    ok = related != NULL;
    for (uint32_t i = 0; ok && i < diagnostic->related_count; i++) {
      const DiagRelated *note = &diagnostic->related[i];
      cJSON *entry = sarif_location(note->path, note->start, note->end, working_directory);
      ok = entry && cJSON_AddItemToArray(related, entry);
      if (!ok) {
        cJSON_Delete(entry);
        break;
      }
      ok = cJSON_AddNumberToObject(entry, "id", i + 1) && sarif_add_message(entry, "message", note->message);
    }
  }
  /* Shown with --show-suppressed: a `# noqa` comment suppresses it, in the source. */
  if (ok && diagnostic->suppressed) {
    cJSON *suppressions = cJSON_AddArrayToObject(result, "suppressions");
    cJSON *suppression = cJSON_CreateObject();
    ok = suppressions && suppression && cJSON_AddStringToObject(suppression, "kind", "inSource") &&
         cJSON_AddItemToArray(suppressions, suppression);
    if (!ok) cJSON_Delete(suppression);
  }
  cJSON *fingerprints = ok ? cJSON_AddObjectToObject(result, "partialFingerprints") : NULL;
  char value[64];
  snprintf(value, sizeof value, "%.16s:%u", fingerprint->line_hash, (unsigned)fingerprint->occurrence);
  ok = fingerprints && cJSON_AddStringToObject(fingerprints, "primaryLocationLineHash", value);
  if (!ok) {
    cJSON_Delete(result);
    return NULL;
  }
  return result;
}

static bool sarif_build(cJSON *root, const Diagnostic *const *diagnostics, uint32_t count, const char *working_directory,
                        const Rule **rules, const OutputFingerprint *fingerprints) {
  if (!cJSON_AddStringToObject(root, "$schema", SARIF_SCHEMA) || !cJSON_AddStringToObject(root, "version", "2.1.0"))
    return false;
  cJSON *runs = cJSON_AddArrayToObject(root, "runs");
  cJSON *run = cJSON_CreateObject();
  if (!runs || !run || !cJSON_AddItemToArray(runs, run)) {
    cJSON_Delete(run);
    return false;
  }
  cJSON *tool = cJSON_AddObjectToObject(run, "tool");
  cJSON *driver = tool ? cJSON_AddObjectToObject(tool, "driver") : NULL;
  if (!driver || !cJSON_AddStringToObject(driver, "name", "looplint") ||
      !cJSON_AddStringToObject(driver, "version", LOOPLINT_VERSION) ||
      !cJSON_AddStringToObject(driver, "semanticVersion", LOOPLINT_VERSION))
    return false;
  cJSON *rule_array = cJSON_AddArrayToObject(driver, "rules");
  if (!rule_array) return false;
  uint32_t rule_count = registry_count();
  for (uint32_t i = 0; i < rule_count; i++) {
    cJSON *rule = sarif_rule(rules[i]);
    if (!rule || !cJSON_AddItemToArray(rule_array, rule)) {
      cJSON_Delete(rule);
      return false;
    }
  }

  /* %SRCROOT%: the working directory, normalized, as a file:// URI ending in '/'. */
  bool inside;
  char *root_path = output_repo_path(".", working_directory, &inside);
  char *root_uri = root_path ? output_file_uri(root_path, true) : NULL;
  free(root_path);
  cJSON *bases = cJSON_AddObjectToObject(run, "originalUriBaseIds");
  cJSON *srcroot = bases ? cJSON_AddObjectToObject(bases, SARIF_SRCROOT) : NULL;
  bool ok = root_uri && srcroot && cJSON_AddStringToObject(srcroot, "uri", root_uri);
  free(root_uri);
  if (!ok || !cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints")) return false;

  cJSON *results = cJSON_AddArrayToObject(run, "results");
  if (!results) return false;
  for (uint32_t i = 0; i < count; i++) {
    const Rule **found = NULL;
    for (uint32_t r = 0; r < rule_count && !found; r++) {
      if (strcmp(rules[r]->code, diagnostics[i]->code) == 0) found = &rules[r];
    }
    uint32_t rule_index = found ? (uint32_t)(found - rules) : 0;
    cJSON *result = sarif_result(diagnostics[i], rule_index, &fingerprints[i], working_directory);
    if (!result || !cJSON_AddItemToArray(results, result)) {
      cJSON_Delete(result);
      return false;
    }
    if (!found) cJSON_DeleteItemFromObject(result, "ruleIndex"); /* not a registry rule (never) */
  }
  return true;
}

bool output_sarif(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options) {
  uint32_t rule_count = registry_count();
  const Rule **rules = malloc(sizeof *rules * (rule_count ? rule_count : 1));
  OutputFingerprint *fingerprints = malloc(sizeof *fingerprints * (count ? count : 1));
  cJSON *root = cJSON_CreateObject();
  bool ok = rules && fingerprints && root &&
            output_fingerprints(diagnostics, count, options->working_directory, fingerprints);
  if (ok) {
    for (uint32_t i = 0; i < rule_count; i++) rules[i] = registry_rule(i);
    qsort(rules, rule_count, sizeof *rules, sarif_compare_rules);
    ok = sarif_build(root, diagnostics, count, options->working_directory, rules, fingerprints);
  }
  free(rules);
  free(fingerprints);
  return output_json_print(stream, root, ok, true);
}
