/* A source file in memory: validated UTF-8 text (BOM stripped), its line index, and byte
 * offset -> line/column conversion. Columns count characters (code points), not bytes. */
#ifndef LOOPLINT_SOURCE_H
#define LOOPLINT_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef enum SourceStatus {
  SOURCE_OK = 0,
  SOURCE_ERROR_IO,          /* cannot open or read */
  SOURCE_ERROR_NOT_FILE,    /* a directory, FIFO, device ... */
  SOURCE_ERROR_TOO_LARGE,
  SOURCE_ERROR_BINARY,      /* contains a NUL byte */
  SOURCE_ERROR_NOT_UTF8,
} SourceStatus;

typedef struct Source {
  const char *path;          /* as shown to the user */
  const char *text;          /* NUL-terminated copy, without a leading UTF-8 BOM */
  uint32_t length;
  const uint32_t *line_starts; /* NULL until source_index_lines() */
  uint32_t line_count;
} Source;

typedef struct SourcePosition {
  uint32_t line;    /* 1-based */
  uint32_t column;  /* 1-based, in characters */
} SourcePosition;

/* The largest file looplint reads (tree-sitter uses 32-bit offsets). */
#define SOURCE_MAX_BYTES ((size_t)512 * 1024 * 1024)

/* A byte that can be part of a Python identifier: ASCII letters, digits, "_", and every byte
 * of a non-ASCII character (its identifier status is not checked). */
static inline bool source_is_identifier_byte(unsigned char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Reads `fs_path`; on failure returns the status and an explanation in *error (in `arena`). */
SourceStatus source_read_file(Arena *arena, const char *fs_path, const char *display_path,
                              Source *out, const char **error);
/* Reads all of a file descriptor (stdin) into memory. */
SourceStatus source_read_fd(Arena *arena, int fd, const char *display_path, Source *out,
                            const char **error);
/* Validates and indexes `bytes` (copied into the arena). */
SourceStatus source_from_bytes(Arena *arena, const char *display_path, const char *bytes,
                               size_t length, Source *out, const char **error);

/* The length of the valid UTF-8 sequence at text[0], or 0 if it is not valid UTF-8. */
size_t source_utf8_sequence_length(const unsigned char *text, size_t available);

/* Builds the line index (and turns lone CRs into LF, which tree-sitter needs); done once, for
 * files that are analysed. Positions and line texts need it. */
void source_index_lines(Arena *arena, Source *self);

SourcePosition source_position(const Source *self, uint32_t byte_offset);

/* The last position a cursor gave: the next one on the same line costs the distance between
 * them, not the distance from the line's start (a line may be megabytes long). Zero: unset. */
typedef struct SourceCursor {
  uint32_t byte;
  SourcePosition position;
} SourceCursor;
SourcePosition source_position_near(const Source *self, uint32_t byte_offset, SourceCursor *cursor);
/* The text of 1-based line `line`, without its terminator. */
const char *source_line_text(const Source *self, uint32_t line, uint32_t *length);

#endif
