/* The repository index (RULES.md "Analysed code"; docs/architecture.md): the run's files
 * analysed together, so that functions and classes resolve across modules and call sites
 * are known repo-wide.
 *
 * Two passes keep the prefilter's advantage. The first lints the files with trigger words as
 * usual and summarises each (summary.h); for the other files it only notes which of the
 * run's modules their text imports. The index then asks for the files it still needs
 * (index_wanted): modules whose functions rules asked about, and files that import a module
 * with a "relevant" function (one whose reach a rule asked for, or a caller of one) and whose
 * text names it, round after round. Then it computes reach over the whole run
 * (index_finish) and gives a view to each file whose rules would see something new
 * (index_view); only those are linted again. Built and queried on one thread, except
 * index_view's resolve, which workers call concurrently (read-only). */
#ifndef LOOPLINT_INDEX_H
#define LOOPLINT_INDEX_H

#include "lint.h"
#include "modules.h"

typedef struct RepoIndex RepoIndex;

/* A file the index needs analysed, if its text contains one of `words` (NULL: in any case). */
typedef struct IndexWant {
  uint32_t file;
  const char *const *words;
  uint32_t word_count;
} IndexWant;

/* reports[i] is the first-pass report of modules->files[i]; the index reads the reports'
 * summaries and imports, and keeps pointers to them (the caller may replace a report's
 * contents between rounds: see index_wanted). */
RepoIndex *index_new(const ModuleTable *modules, FileReport *reports);
void index_delete(RepoIndex *self);

/* The files still needed, in file order (owned by the index until the next call); 0 when
 * the index is complete. None of them has trigger words (the first pass did not analyse
 * it). The caller analyses them with a first-pass LintPass (force, the words) and stores
 * each report that came out analysed in reports[file]. */
uint32_t index_wanted(RepoIndex *self, const IndexWant **wants);

/* After the last round: reach and call sites over the whole run. */
void index_finish(RepoIndex *self);

/* The view for the second pass of an analysed file, or NULL when the index gives its rules
 * nothing new (its first-pass report stands). */
const SemIndexView *index_view(RepoIndex *self, uint32_t file);

#endif
