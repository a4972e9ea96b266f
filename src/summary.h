/* What one analysed file tells the repository index: its functions and classes, the names
 * its module binds (re-exports included), every call that reaches a function of the run
 * with its execution context, the facts rules exported, and the names rules asked about.
 * Built in the worker right after the file's rules ran; small, and it outlives the file's
 * tree and model (it lives in the file report's arena). */
#ifndef LOOPLINT_SUMMARY_H
#define LOOPLINT_SUMMARY_H

#include "modules.h"
#include "semantic.h"

typedef struct SummaryFunction {
  const char *name;          /* "main", "Client.start"; NULL for nested functions and lambdas */
  const char *label;         /* for messages: "main()", "Client.__init__()", "a lambda" */
  bool coroutine;            /* async def or generator coroutine: reach does not pass through */
  bool reach_asked;          /* a rule asked how it is reached */
  unsigned local_reach;      /* SEM_REACH_* as the file alone shows it */
  SourcePosition start, end; /* its name */
} SummaryFunction;

typedef struct SummaryClass {
  const char *name;          /* top-level classes: "Client"; NULL for the others */
  SemIndex init;             /* its __init__ (own or a same-file base's), or SEM_NONE */
  SourcePosition start, end; /* its name */
} SummaryClass;

typedef enum SummaryExportKind {
  SUMMARY_EXPORT_FUNCTION,
  SUMMARY_EXPORT_CLASS,
  SUMMARY_EXPORT_IMPORT,     /* a module-level import: a re-export */
  SUMMARY_EXPORT_STAR,       /* `from m import *`: every public name of m */
  SUMMARY_EXPORT_OTHER,      /* any other binding: it hides what an import bound before */
} SummaryExportKind;

typedef struct SummaryExport {
  const char *name;          /* the module-level name (STAR: NULL) */
  SummaryExportKind kind;
  SemIndex index;            /* FUNCTION / CLASS */
  const char *import_path;   /* IMPORT / STAR: what it imports ("pkg.mod.f", ".mod") */
} SummaryExport;

typedef struct SummaryEdge {
  SemIndex caller;           /* the function the call is in, or SEM_NONE (module level) */
  SemContext context;
  bool proven_no_loop;       /* the code around the call has proven no loop runs */
  SemIndex local_target;     /* the function of this file it reaches, or SEM_NONE */
  uint32_t target_file;      /* else: the file its callee's module is */
  const char *target_name;   /* ... and the name in that module ("main", "Client", "Client.build") */
  SourcePosition start, end; /* the call */
} SummaryEdge;

typedef struct SummaryFact {
  SemIndex function;         /* the symbol: a function, */
  SemIndex klass;            /* or a class (the other is SEM_NONE) */
  SemExternalFact fact;
  bool at_any_call_site;     /* can give a report wherever the symbol is used */
} SummaryFact;

/* What `from this_module import *` takes (Python's rule, as far as the text shows it). */
typedef enum SummaryStarNames {
  SUMMARY_STAR_PUBLIC,       /* no __all__: every name that does not start with "_" */
  SUMMARY_STAR_LISTED,       /* the names of __all__: one literal list or tuple of strings */
  SUMMARY_STAR_ANY,          /* an __all__ built otherwise (+=, .extend, conditions): any name */
} SummaryStarNames;

typedef struct FileSummary {
  SummaryFunction *functions; /* by the model's function index */
  uint32_t function_count;
  SummaryClass *classes;     /* by the model's class index */
  uint32_t class_count;
  SummaryExport *exports;
  uint32_t export_count;
  SummaryEdge *edges;
  uint32_t edge_count;
  SummaryFact *facts;
  uint32_t fact_count;
  SemQuestion *questions;    /* what rules asked about other files (distinct) */
  uint32_t question_count;
  SummaryStarNames star_names;
  const char **star_listed;  /* SUMMARY_STAR_LISTED: the names */
  uint32_t star_listed_count;
} FileSummary;

/* Builds the summary of `file` (the run's index of it) in `arena`: from the model, what the
 * rules asked (`questions`) and exported (`facts`, copied). `scratch` holds what is needed
 * only while building. */
FileSummary *summary_build(Arena *arena, Arena *scratch, const SemModel *model, const SemQuestions *questions,
                           const SummaryFact *facts, uint32_t fact_count, const ModuleTable *modules, uint32_t file);

/* A summary made in a child process (lint.c lints a large file in a fork) travels back
 * through a pipe: `put` appends bytes to the message, `get` takes them in order (false at its
 * end). Strings the child made travel; pointers the parent made before the fork (rule codes,
 * fact keys, the path) keep their values. summary_read returns NULL on a truncated message. */
typedef void (*SummaryPut)(void *wire, const void *data, size_t size);
typedef bool (*SummaryGet)(void *wire, void *data, size_t size);
void summary_write(const FileSummary *self, SummaryPut put, void *wire);
/* A string (NULL included) on the same wire, for what travels with a summary. */
void summary_put_string(SummaryPut put, void *wire, const char *text);
bool summary_get_string(Arena *arena, SummaryGet get, void *wire, const char **text);
FileSummary *summary_read(Arena *arena, SummaryGet get, void *wire);

#endif
