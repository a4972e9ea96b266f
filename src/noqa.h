/* Suppression comments (ruff/flake8 semantics):
 *   x = asyncio.Lock()  # noqa: LOOP201          that line, those codes (or prefixes)
 *   x = asyncio.Lock()  # noqa                   that line, every code
 *   # looplint: noqa                             (on its own line) the whole file
 *   # looplint: noqa: LOOP1                      the whole file, those codes
 * A colon is required before codes: `# noqa LOOP201` is a bare noqa. For a report that
 * spans lines, the comment goes on its first line. Only real comments count, not text in
 * strings. Suppressed diagnostics are marked, not removed (--show-suppressed). */
#ifndef LOOPLINT_NOQA_H
#define LOOPLINT_NOQA_H

#include <tree_sitter/api.h>

#include "diag.h"
#include "frontend.h"
#include "source.h"

void noqa_apply(const Frontend *frontend, TSNode root, const Source *source, DiagList *diagnostics);

#endif
