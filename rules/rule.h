/* The rule interface. A rule is a code, a name, its documentation, and a small check that
 * asks the semantic model questions; it never walks imports or scopes itself. */
#ifndef LOOPLINT_RULE_H
#define LOOPLINT_RULE_H

#include <stdbool.h>
#include <stdint.h>
#include <tree_sitter/api.h>

#include "diag.h"
#include "semantic.h"

typedef struct RuleContext RuleContext;

typedef struct Rule {
  const char *code;          /* "LOOP101" */
  const char *name;          /* "module-level-event-loop" */
  const char *summary;       /* one line, for --list-rules */
  const char *docs;          /* Markdown: What it does / Why is this bad? / Example / Use instead */
  Severity severity;         /* default; a report may raise it where failure is certain */
  /* Words without which the rule cannot fire in a file (NULL-terminated): the module names
   * whose qualified names it checks, and method names it matches on loops found by name. The
   * prefilter skips parsing files that contain none of the enabled rules' words. */
  const char *const *triggers;
  /* Called for every call in the file, in source order; NULL if the rule needs no calls. */
  void (*check_call)(RuleContext *context, const SemCall *call);
  /* Called once after all calls; NULL if unused. */
  void (*check_file)(RuleContext *context);
  /* The repository index's first pass: tells other files facts about this file's functions
   * and classes (rule_export_fact), which their checks read with sem_external_fact(). */
  void (*export_facts)(RuleContext *context);
} Rule;

const SemModel *rule_model(const RuleContext *context);
/* The Python minor version messages are written for (8 for py38 ... 14 for py314). */
int rule_target_minor(const RuleContext *context);
/* Extra loop-bound constructors from the configuration (`loop-bound`), qualified names. */
const char *const *rule_loop_bound(const RuleContext *context, uint32_t *count);

/* Reports at `node`; the message is formatted printf-style. */
Diagnostic *rule_report(RuleContext *context, TSNode node, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/* Adds a related location (shown as a note) to a report. */
void rule_report_related(RuleContext *context, Diagnostic *diagnostic, TSNode node, const char *format, ...)
    __attribute__((format(printf, 4, 5)));
/* A related location in another file (the index's external sites and facts). */
void rule_report_related_at(RuleContext *context, Diagnostic *diagnostic, const char *path, SourcePosition start,
                            SourcePosition end, const char *format, ...) __attribute__((format(printf, 6, 7)));
/* In export_facts: a fact about a function (`klass` SEM_NONE) or a class (`function`
 * SEM_NONE) of this file, shown at `where`; `key` is a static string (a literal). `at_any_call_site`: it can give a report wherever
 * the symbol is used, also in files without the rule's trigger words. */
void rule_export_fact(RuleContext *context, SemIndex function, SemIndex klass, const char *key, TSNode where,
                      bool at_any_call_site, const char *format, ...) __attribute__((format(printf, 7, 8)));
/* Marks a runner call's report: reports on calls inside `node` (its receiver and
 * arguments) overlap it. */
void rule_report_covers(Diagnostic *diagnostic, TSNode node);

/* The source text of a node for a message: one line, shortened with "..." past `limit`
 * characters. */
const char *rule_snippet(RuleContext *context, TSNode node, uint32_t limit);

/* Zeroed memory of `size` bytes that the rule keeps for the rest of the file (the same
 * pointer on every call, for this rule and file): a place to memoise per-file facts. */
void *rule_file_memo(RuleContext *context, size_t size);

/* A printf-style string that lives as long as the file's report (for messages). */
const char *rule_format(RuleContext *context, const char *format, ...) __attribute__((format(printf, 2, 3)));

/* Is this call's callee one of `names` (a NULL-terminated list of qualified names)? */
bool rule_call_is(const SemCall *call, const char *const *names);

#endif
