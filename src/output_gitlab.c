/* GitLab Code Quality report (docs/ci.md): a JSON array of
 *   {description, check_name, fingerprint, severity, location: {path, lines: {begin, end}}}
 * with repository-relative paths and fingerprints that survive line shifts. Severity: error
 * (the code fails when it runs) is "critical", warning (a hazard) is "major". */
#include <cjson/cJSON.h>
#include <stdlib.h>

#include "output.h"
#include "output_common.h"

static cJSON *gitlab_issue(const Diagnostic *diagnostic, const OutputFingerprint *fingerprint,
                           const char *working_directory) {
  bool inside;
  char *path = output_repo_path(diagnostic->path, working_directory, &inside);
  cJSON *issue = path ? cJSON_CreateObject() : NULL;
  /* The last line the span covers: an exclusive end at column 1 ends on the line before. */
  uint32_t end = diagnostic->end.line;
  if (diagnostic->end.column <= 1 && end > diagnostic->start.line) end--;
  bool ok = issue && output_json_add_string(issue, "description", diagnostic->message) &&
            cJSON_AddStringToObject(issue, "check_name", diagnostic->code) &&
            cJSON_AddStringToObject(issue, "fingerprint", fingerprint->issue_hash) &&
            cJSON_AddStringToObject(issue, "severity", diagnostic->severity == SEVERITY_ERROR ? "critical" : "major");
  cJSON *location = ok ? cJSON_AddObjectToObject(issue, "location") : NULL;
  ok = location && output_json_add_string(location, "path", path);
  cJSON *lines = ok ? cJSON_AddObjectToObject(location, "lines") : NULL;
  ok = lines && cJSON_AddNumberToObject(lines, "begin", diagnostic->start.line) &&
       cJSON_AddNumberToObject(lines, "end", end);
  free(path);
  if (!ok) {
    cJSON_Delete(issue);
    return NULL;
  }
  return issue;
}

bool output_gitlab(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count, const OutputOptions *options) {
  OutputFingerprint *fingerprints = malloc(sizeof *fingerprints * (count ? count : 1));
  cJSON *array = cJSON_CreateArray();
  bool ok = fingerprints && array && output_fingerprints(diagnostics, count, options->working_directory, fingerprints);
  for (uint32_t i = 0; ok && i < count; i++) {
    cJSON *issue = gitlab_issue(diagnostics[i], &fingerprints[i], options->working_directory);
    ok = issue && cJSON_AddItemToArray(array, issue);
    if (!ok) cJSON_Delete(issue);
  }
  free(fingerprints);
  return output_json_print(stream, array, ok, true);
}
