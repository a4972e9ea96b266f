/* Between the parts of the semantic model (semantic.c, semantic_loop.c); not for rules. */
#ifndef LOOPLINT_SEMANTIC_INTERNAL_H
#define LOOPLINT_SEMANTIC_INTERNAL_H

#include "semantic.h"

/* Fills SemGuard.proves_no_loop and SemTryContext.proves_no_loop, once per file at the end of
 * sem_build(); guards and try contexts are stored outer before inner. */
void sem_loop_prove(const SemModel *model, SemGuard *guards, uint32_t guard_count, SemTryContext *tries,
                    uint32_t try_count);

/* Does this except clause catch `exception` (by name, in a tuple, or as Exception,
 * BaseException or a bare except)? */
bool sem_handler_catches(const SemModel *self, TSNode handler, const char *exception);

#endif
