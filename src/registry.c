#include "registry.h"

#include <string.h>

#define RULE(symbol) extern const Rule symbol;
#include "rules.def"
#undef RULE

static const Rule *const registry_rules[] = {
#define RULE(symbol) &symbol,
#include "rules.def"
#undef RULE
};

uint32_t registry_count(void) { return (uint32_t)(sizeof registry_rules / sizeof *registry_rules); }

const Rule *registry_rule(uint32_t index) { return index < registry_count() ? registry_rules[index] : NULL; }

uint32_t registry_index(const char *code) {
  for (uint32_t i = 0; i < registry_count(); i++) {
    if (strcmp(registry_rules[i]->code, code) == 0) return i;
  }
  return UINT32_MAX;
}

const Rule *registry_find(const char *code) {
  uint32_t index = registry_index(code);
  return index == UINT32_MAX ? NULL : registry_rules[index];
}

/* How specifically `selector` matches `code`: its length, 0 for ALL, -1 for no match. */
static int registry_match(const char *selector, const char *code) {
  if (strcmp(selector, "ALL") == 0) return 0;
  size_t length = strlen(selector);
  return length && strncmp(selector, code, length) == 0 ? (int)length : -1;
}

bool registry_selector_matches(const char *selector, const char *code) { return registry_match(selector, code) >= 0; }

bool registry_selector_valid(const char *selector) {
  for (uint32_t i = 0; i < registry_count(); i++) {
    if (registry_match(selector, registry_rules[i]->code) >= 0) return true;
  }
  return false;
}

void registry_resolve_selection(const char *const *select, uint32_t select_count,
                                const char *const *ignore, uint32_t ignore_count, bool *enabled) {
  for (uint32_t i = 0; i < registry_count(); i++) {
    const char *code = registry_rules[i]->code;
    int best_select = select_count ? -1 : 0, best_ignore = -1;
    for (uint32_t s = 0; s < select_count; s++) {
      int match = registry_match(select[s], code);
      if (match > best_select) best_select = match;
    }
    for (uint32_t s = 0; s < ignore_count; s++) {
      int match = registry_match(ignore[s], code);
      if (match > best_ignore) best_ignore = match;
    }
    enabled[i] = best_select >= 0 && best_select > best_ignore;
  }
}
