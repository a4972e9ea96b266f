/* The rule table (rules/rules.def), lookup by code, and --select/--ignore by code prefix. */
#ifndef LOOPLINT_REGISTRY_H
#define LOOPLINT_REGISTRY_H

#include <stdbool.h>
#include <stdint.h>

#include "rule.h"

uint32_t registry_count(void);
/* Rules in priority order; the index is the rule's priority. */
const Rule *registry_rule(uint32_t index);
/* Exact code, or NULL. */
const Rule *registry_find(const char *code);
/* The index of a rule, or UINT32_MAX. */
uint32_t registry_index(const char *code);

/* Does `selector` ("ALL", a code or a prefix) select `code`? */
bool registry_selector_matches(const char *selector, const char *code);

/* Is `selector` "ALL" or a prefix of at least one rule code? */
bool registry_selector_valid(const char *selector);

/* Fills enabled[registry_count()] from selectors, ruff-style: a rule is enabled when its most
 * specific matching selector comes from `select` rather than `ignore` (ignore wins ties).
 * With select_count == 0 every rule is selected. */
void registry_resolve_selection(const char *const *select, uint32_t select_count,
                                const char *const *ignore, uint32_t ignore_count, bool *enabled);

#endif
