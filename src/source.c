#include "source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Returns the length of the valid UTF-8 sequence at text[0], or 0 if it is invalid
 * (overlong forms, surrogates and code points above U+10FFFF are invalid). */
/* strerror() may use a static buffer; files are read on worker threads. */
static const char *source_error_text(Arena *arena, int error) {
  char buffer[256];
  buffer[0] = '\0';
  if (strerror_r(error, buffer, sizeof buffer) != 0 || !buffer[0]) snprintf(buffer, sizeof buffer, "error %d", error);
  return arena_strdup(arena, buffer);
}

size_t source_utf8_sequence_length(const unsigned char *text, size_t available) {
  unsigned char lead = text[0];
  if (lead < 0x80) return 1;
  size_t length;
  uint32_t min_code, code;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, min_code = 0x80, code = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, min_code = 0x800, code = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, min_code = 0x10000, code = lead & 0x07;
  } else {
    return 0;
  }
  if (available < length) return 0;
  for (size_t i = 1; i < length; i++) {
    if ((text[i] & 0xC0) != 0x80) return 0;
    code = (code << 6) | (text[i] & 0x3F);
  }
  if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

static uint32_t source_count_line(const unsigned char *text, size_t offset) {
  uint32_t line = 1;
  for (size_t i = 0; i < offset; i++) {
    if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n')) line++;
  }
  return line;
}

/* Validates a buffer that is the source's own (length + 1 bytes, NUL at the end): one pass
 * finds NULs (memchr), one checks UTF-8 eight ASCII bytes at a time. The line index comes
 * later (source_index_lines), for the files that are analysed. */
static SourceStatus source_adopt(Arena *arena, const char *display_path, char *buffer, size_t length, Source *out,
                                 const char **error) {
  memset(out, 0, sizeof *out);
  out->path = display_path;
  unsigned char *text = (unsigned char *)buffer;
  if (length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF) {
    text += 3;
    length -= 3;
  }
  /* A binary file is reported as such, not as bad UTF-8. */
  const void *nul = memchr(text, '\0', length);
  if (nul) {
    size_t at = (size_t)((const unsigned char *)nul - text);
    *error = arena_sprintf(arena, "contains a NUL byte at line %u (a binary file?)", source_count_line(text, at));
    return SOURCE_ERROR_BINARY;
  }
  for (size_t i = 0; i < length;) {
    uint64_t word;
    while (i + 8 <= length && (memcpy(&word, text + i, 8), (word & 0x8080808080808080ull) == 0)) i += 8;
    while (i < length && text[i] < 0x80) i++;
    if (i >= length) break;
    size_t step = source_utf8_sequence_length(text + i, length - i);
    if (step == 0) {
      size_t line_start = i;
      while (line_start > 0 && text[line_start - 1] != '\n' && text[line_start - 1] != '\r') line_start--;
      *error = arena_sprintf(arena, "is not valid UTF-8 (byte 0x%02X at line %u, byte column %zu)", text[i],
                             source_count_line(text, i), i - line_start + 1);
      return SOURCE_ERROR_NOT_UTF8;
    }
    i += step;
  }
  out->text = (const char *)text;
  out->length = (uint32_t)length;
  return SOURCE_OK;
}

void source_index_lines(Arena *arena, Source *source) {
  if (source->line_starts) return;
  unsigned char *text = (unsigned char *)source->text; /* the source's own buffer (source_adopt) */
  size_t length = source->length;
  /* Python accepts a lone CR as a line end; tree-sitter-python does not. Turning it into LF
   * keeps every byte offset unchanged, and then lines end at LF only. */
  for (unsigned char *cr = memchr(text, '\r', length); cr; cr = memchr(cr + 1, '\r', length - (size_t)(cr + 1 - text))) {
    if (cr + 1 >= text + length || cr[1] != '\n') *cr = '\n';
    if (cr + 1 >= text + length) break;
  }
  uint32_t lines = 1;
  for (const unsigned char *at = memchr(text, '\n', length); at; at = memchr(at + 1, '\n', length - (size_t)(at + 1 - text))) {
    lines++;
    if (at + 1 >= text + length) break;
  }
  uint32_t *starts = arena_alloc_uninitialized(arena, sizeof *starts * (lines + 1));
  uint32_t line = 0;
  starts[line++] = 0;
  for (const unsigned char *at = memchr(text, '\n', length); at; at = memchr(at + 1, '\n', length - (size_t)(at + 1 - text))) {
    starts[line++] = (uint32_t)(at + 1 - text);
    if (at + 1 >= text + length) break;
  }
  starts[line] = (uint32_t)length; /* sentinel: the end of the text */
  source->line_starts = starts;
  source->line_count = lines;
}

SourceStatus source_from_bytes(Arena *arena, const char *display_path, const char *bytes,
                               size_t length, Source *out, const char **error) {
  if (length > SOURCE_MAX_BYTES) {
    memset(out, 0, sizeof *out);
    out->path = display_path;
    *error = arena_sprintf(arena, "file is larger than %zu MiB", SOURCE_MAX_BYTES >> 20);
    return SOURCE_ERROR_TOO_LARGE;
  }
  char *copy = arena_alloc_uninitialized(arena, length + 1);
  memcpy(copy, bytes, length);
  copy[length] = '\0';
  return source_adopt(arena, display_path, copy, length, out, error);
}

/* Reads straight into the file's arena (no second copy), then validates in place. */
static SourceStatus source_read_all(Arena *arena, int fd, size_t size_hint, const char *display_path,
                                    Source *out, const char **error) {
  /* Room for the file, the NUL, and one byte more so that the final read (of 0 bytes, the end
   * of file) needs no growth: a file is read without any copy. */
  size_t capacity = size_hint + 2, length = 0;
  char *buffer = arena_alloc_uninitialized(arena, capacity);
  for (;;) {
    if (length + 1 >= capacity) { /* keep one byte for the terminating NUL */
      if (capacity > SOURCE_MAX_BYTES) {
        *error = arena_sprintf(arena, "file is larger than %zu MiB", SOURCE_MAX_BYTES >> 20);
        return SOURCE_ERROR_TOO_LARGE;
      }
      char *grown = arena_alloc_uninitialized(arena, capacity * 2);
      memcpy(grown, buffer, length);
      buffer = grown;
      capacity *= 2;
    }
    ssize_t got = read(fd, buffer + length, capacity - 1 - length);
    if (got < 0) {
      if (errno == EINTR) continue;
      *error = arena_sprintf(arena, "cannot read: %s", source_error_text(arena, errno));
      return SOURCE_ERROR_IO;
    }
    if (got == 0) break;
    length += (size_t)got;
  }
  if (length > SOURCE_MAX_BYTES) {
    *error = arena_sprintf(arena, "file is larger than %zu MiB", SOURCE_MAX_BYTES >> 20);
    return SOURCE_ERROR_TOO_LARGE;
  }
  buffer[length] = '\0';
  return source_adopt(arena, display_path, buffer, length, out, error);
}

SourceStatus source_read_fd(Arena *arena, int fd, const char *display_path, Source *out,
                            const char **error) {
  return source_read_all(arena, fd, 64 * 1024, display_path, out, error);
}

SourceStatus source_read_file(Arena *arena, const char *fs_path, const char *display_path,
                              Source *out, const char **error) {
  /* O_NONBLOCK: opening a FIFO must not hang; we reject anything but regular files below. */
  int fd = open(fs_path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    *error = arena_sprintf(arena, "cannot open: %s", source_error_text(arena, errno));
    return SOURCE_ERROR_IO;
  }
  struct stat info;
  if (fstat(fd, &info) != 0) {
    *error = arena_sprintf(arena, "cannot stat: %s", source_error_text(arena, errno));
    close(fd);
    return SOURCE_ERROR_IO;
  }
  if (!S_ISREG(info.st_mode)) {
    close(fd);
    *error = S_ISDIR(info.st_mode)    ? "is a directory"
             : S_ISFIFO(info.st_mode) ? "is a FIFO, not a regular file (read a pipe with -)"
             : S_ISCHR(info.st_mode)  ? "is a character device, not a regular file"
             : S_ISBLK(info.st_mode)  ? "is a block device, not a regular file"
             : S_ISSOCK(info.st_mode) ? "is a socket, not a regular file"
                                      : "is not a regular file";
    return SOURCE_ERROR_NOT_FILE;
  }
  if ((size_t)info.st_size > SOURCE_MAX_BYTES) {
    close(fd);
    *error = arena_sprintf(arena, "file is larger than %zu MiB", SOURCE_MAX_BYTES >> 20);
    return SOURCE_ERROR_TOO_LARGE;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  SourceStatus status = source_read_all(arena, fd, (size_t)info.st_size, display_path, out, error);
  close(fd);
  return status;
}

SourcePosition source_position(const Source *self, uint32_t byte_offset) {
  if (byte_offset > self->length) byte_offset = self->length;
  /* Binary search for the last line start <= offset. */
  uint32_t low = 0, high = self->line_count;
  while (high - low > 1) {
    uint32_t mid = low + (high - low) / 2;
    if (self->line_starts[mid] <= byte_offset) low = mid;
    else high = mid;
  }
  uint32_t column = 1;
  for (uint32_t i = self->line_starts[low]; i < byte_offset; i++) {
    if (((unsigned char)self->text[i] & 0xC0) != 0x80) column++;
  }
  return (SourcePosition){low + 1, column};
}

SourcePosition source_position_near(const Source *self, uint32_t byte_offset, SourceCursor *cursor) {
  if (byte_offset > self->length) byte_offset = self->length;
  uint32_t line = cursor->position.line;
  if (line > 0 && byte_offset >= self->line_starts[line - 1] &&
      (byte_offset < self->line_starts[line] || (line == self->line_count && byte_offset <= self->length))) {
    uint32_t column = cursor->position.column;
    for (uint32_t i = cursor->byte; i < byte_offset; i++) {
      if (((unsigned char)self->text[i] & 0xC0) != 0x80) column++;
    }
    for (uint32_t i = byte_offset; i < cursor->byte; i++) {
      if (((unsigned char)self->text[i] & 0xC0) != 0x80) column--;
    }
    cursor->position.column = column;
  } else {
    cursor->position = source_position(self, byte_offset);
  }
  cursor->byte = byte_offset;
  return cursor->position;
}

const char *source_line_text(const Source *self, uint32_t line, uint32_t *length) {
  if (line == 0 || line > self->line_count) {
    *length = 0;
    return "";
  }
  uint32_t start = self->line_starts[line - 1];
  uint32_t end = self->line_starts[line];
  while (end > start && (self->text[end - 1] == '\n' || self->text[end - 1] == '\r')) end--;
  *length = end - start;
  return self->text + start;
}
