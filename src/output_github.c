/* GitHub Actions workflow commands, one annotation per diagnostic (docs/ci.md):
 *
 *   ::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE name::MESSAGE
 *
 * escaped as @actions/core does: in the message '%' '\r' '\n' become %25 %0D %0A; in property
 * values ':' and ',' also become %3A %2C. Related locations follow the message on lines of
 * their own ("PATH:L:C: note"). Paths are shown as given on the command line (the runner
 * resolves them against the workspace); bytes that are not UTF-8 become U+FFFD. */
#include <stdlib.h>

#include "output.h"
#include "output_common.h"

static void github_escape(FILE *stream, const char *text, bool property) {
  for (const char *p = text; *p; p++) {
    switch (*p) {
      case '%': fputs("%25", stream); break;
      case '\r': fputs("%0D", stream); break;
      case '\n': fputs("%0A", stream); break;
      case ':':
        if (property) fputs("%3A", stream);
        else fputc(':', stream);
        break;
      case ',':
        if (property) fputs("%2C", stream);
        else fputc(',', stream);
        break;
      default: fputc(*p, stream);
    }
  }
}

bool output_github(FILE *stream, const Diagnostic *const *diagnostics, uint32_t count) {
  for (uint32_t i = 0; i < count; i++) {
    const Diagnostic *diagnostic = diagnostics[i];
    char *path_owned;
    const char *path = output_utf8(diagnostic->path, &path_owned);
    fprintf(stream, "::%s file=", diagnostic->severity == SEVERITY_ERROR ? "error" : "warning");
    github_escape(stream, path, true);
    fprintf(stream, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=", (unsigned)diagnostic->start.line,
            (unsigned)diagnostic->start.column, (unsigned)diagnostic->end.line, (unsigned)diagnostic->end.column);
    github_escape(stream, diagnostic->code, true);
    fputc(' ', stream);
    github_escape(stream, diagnostic->name, true);
    fputs("::", stream);
    char *owned;
    github_escape(stream, output_utf8(diagnostic->message, &owned), false);
    free(owned);
    for (uint32_t r = 0; r < diagnostic->related_count; r++) {
      const DiagRelated *note = &diagnostic->related[r];
      fputs("%0A", stream);
      github_escape(stream, output_utf8(note->path, &owned), false);
      free(owned);
      fprintf(stream, ":%u:%u: ", (unsigned)note->start.line, (unsigned)note->start.column);
      github_escape(stream, output_utf8(note->message, &owned), false);
      free(owned);
    }
    fputc('\n', stream);
    free(path_owned);
  }
  return true;
}
