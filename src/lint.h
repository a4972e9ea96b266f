/* lint_file(): read -> parse -> semantic model -> rules -> diagnostics, for one file. */
#ifndef LOOPLINT_LINT_H
#define LOOPLINT_LINT_H

#include <stdbool.h>
#include <sys/types.h>

#include "arena.h"
#include "diag.h"
#include "frontend.h"
#include "modules.h"
#include "semantic.h"
#include "source.h"
#include "summary.h"

#define LINT_DEFAULT_TARGET_MINOR 9   /* py39 (RULES.md) */
#define LINT_MIN_TARGET_MINOR 8
#define LINT_MAX_TARGET_MINOR 14

/* How far to take a file: everything, or (for benchmarks: the floor of the work) only reading
 * and validating it, scanning it for trigger words, parsing it. */
typedef enum LintDepth {
  LINT_DEPTH_FULL,
  LINT_DEPTH_READ,
  LINT_DEPTH_SCAN,
  LINT_DEPTH_PARSE,
} LintDepth;

/* "py38" ... "py314" -> 8 ... 14; digits only. False for anything else. */
bool lint_parse_target_version(const char *text, int *minor);

typedef struct LintOptions {
  const bool *enabled;       /* one flag per registry rule */
  int target_minor;          /* 8 (py38) ... 14 (py314) */
  const char *const *loop_bound; /* extra LOOP202 constructors (configuration `loop-bound`) */
  uint32_t loop_bound_count;
  /* The prefilter: a file that contains none of these words cannot produce a diagnostic of
   * the enabled rules, and is not parsed. prefilter false: every file is parsed. */
  bool prefilter;
  const char *const *triggers;
  uint32_t trigger_count;
  LintDepth depth;
} LintOptions;

/* Fills options->triggers from the enabled rules (and the modules of loop-bound names). */
void lint_options_derive_triggers(Arena *arena, LintOptions *options);
/* The prefilter's question: could a rule fire in this text, which holds one of the triggers
 * as an identifier of its code (not only in comments and strings)? `text` is NUL-terminated at
 * `length`, with no NUL inside (a validated source). */
bool lint_text_has_trigger(const char *text, uint32_t length, const LintOptions *options);

/* What linting one file produced. Everything is owned by `arena`. */
typedef struct FileReport {
  const char *path;          /* as shown to the user; not owned, outlives the report */
  DiagList diagnostics;
  const char *error;         /* set when the file could not be linted */
  bool large;                /* left by lint_file to lint_large_start */
  bool analysed;             /* parsed and modelled (not skipped by the prefilter) */
  uint32_t size;             /* the bytes of text read (0 if the file could not be read):
                              * the larger, the longer its analysis, for scheduling */
  /* For the repository index (LintPass.summarize): an analysed file's summary; for the
   * others, the run's files its text imports (module_scan_imports), each with
   * FILE_IMPORT_WHOLE set for an `import pkg` statement (its submodules are reachable) and
   * FILE_IMPORT_STAR for `from pkg import *` (the file may re-export pkg's names). */
  FileSummary *summary;
  uint32_t *imports;
  uint32_t import_count;
  Arena arena;
} FileReport;

#define FILE_IMPORT_WHOLE 0x80000000u
#define FILE_IMPORT_STAR 0x40000000u
#define FILE_IMPORT_FLAGS (FILE_IMPORT_WHOLE | FILE_IMPORT_STAR)
/* LintPass words: "C" LINT_WORD_AND "m" is there when both parts are (the second called
 * after a dot: `.m(`); LINT_WORD_IMPORTED "C" when a `from ... import` statement of the
 * text names C. */
#define LINT_WORD_AND '\x1f'
#define LINT_WORD_IMPORTED '\x1e'


/* The repository index's part in linting one file (index.h). NULL: per-file analysis. */
typedef struct LintPass {
  const ModuleTable *modules; /* the run's modules */
  uint32_t file;             /* this file's index in modules->files */
  bool summarize;            /* the index's first pass: fill report->summary / report->imports */
  /* Analyse the file even without trigger words (the index needs it), if its text contains
   * one of `words` (all NULL: in any case). A word made of parts joined by LINT_WORD_AND
   * is there when all its parts are. */
  bool force;
  const char *const *words;
  uint32_t word_count;
  bool trigger_free;         /* the first pass found no trigger words (the index's rounds) */
  const SemIndexView *view;  /* the index's answers for this file (its second pass), or NULL */
} LintPass;

void file_report_init(FileReport *self, const char *path);
void file_report_free(FileReport *self);

/* Lints an already loaded source; `source` may live in any arena. */
void lint_source(const Frontend *frontend, TSParser *parser, Source *source,
                 const LintOptions *options, FileReport *report);
/* What a worker keeps from file to file. */
typedef struct LintWorker {
  Arena scratch;             /* a file's source and model, reset after each file */
  ModuleMemo imports;        /* absolute imports resolved for the index's first pass */
} LintWorker;

void lint_worker_init(LintWorker *self);
void lint_worker_free(LintWorker *self);

/* Reads `fs_path` and lints it; read errors go to report->error. `pass` may be NULL. A large
 * file (frontend.h) is only marked report->large: see below. */
void lint_file(const Frontend *frontend, TSParser *parser, const char *fs_path, const LintOptions *options,
               const LintPass *pass, FileReport *report, LintWorker *worker);
/* Lints `length` bytes as if they were a file's contents, with the same validation (size,
 * NUL, UTF-8, BOM) and the same report: the fuzz target's way in (fuzz/fuzz_lint.c). Like
 * lint_source, it lints a large text in a child process at once: call it where no other
 * thread runs. */
void lint_bytes(const Frontend *frontend, TSParser *parser, const char *bytes, size_t length,
                const LintOptions *options, FileReport *report, Arena *scratch);

/* A large file is linted in a child process, a fork of this one, which tree-sitter's heap
 * corruption cannot harm. fork copies only the calling thread: a lock another thread held in
 * the allocator (the sanitizers' allocators take no care of that) would stay locked in the
 * child. So forks happen where no other thread runs: lint_source forks at once, and after
 * lint_file the caller, once alone, starts a child for each report->large file and finishes
 * it (any number may run at once; finish each one). lint_large_start reads the file again;
 * it returns false, with report->error set if there is anything to say, when no child runs. */
typedef struct LintChild {
  pid_t pid;
  int channel;              /* the read end of the pipe the report comes through */
  uint32_t length;          /* of the source, for the message */
  bool needs_analysis;
} LintChild;

bool lint_large_start(const Frontend *frontend, TSParser *parser, const char *fs_path, const LintOptions *options,
                      const LintPass *pass, FileReport *report, Arena *scratch, LintChild *child);
/* Collects the child's report into `report` (its diagnostics, report->analysed and, for
 * pass->summarize, report->summary) and waits for it to end. */
void lint_large_finish(LintChild *child, FileReport *report, Arena *scratch);

#endif
