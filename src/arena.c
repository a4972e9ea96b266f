#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Under AddressSanitizer every allocation is its own island: the chunk is poisoned, each
 * allocation unpoisoned to its exact size, with a poisoned gap after it. Without this, an
 * overflow from one arena allocation into the next (most of a file's data lives in arenas)
 * is invisible to ASan, in `make test-sanitize` and in the fuzz targets alike. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
enum { ARENA_REDZONE = 16 };
#else
#define ASAN_POISON_MEMORY_REGION(address, size) ((void)(address), (void)(size))
#define ASAN_UNPOISON_MEMORY_REGION(address, size) ((void)(address), (void)(size))
enum { ARENA_REDZONE = 0 };
#endif

struct ArenaChunk {
  ArenaChunk *next;
  size_t used;
  size_t capacity;
  max_align_t data[];
};

/* Chunks grow geometrically from small: many arenas (one per file report) hold only a few
 * hundred bytes, while a big file's model needs megabytes. */
enum { ARENA_CHUNK_FIRST = 1024, ARENA_CHUNK_MAX = 1024 * 1024 };

void arena_init(Arena *self) {
  self->head = NULL;
  self->total = 0;
}

void arena_free(Arena *self) {
  ArenaChunk *chunk = self->head;
  while (chunk) {
    ArenaChunk *next = chunk->next;
    free(chunk);
    chunk = next;
  }
  self->head = NULL;
  self->total = 0;
}

void arena_reset(Arena *self) {
  ArenaChunk *kept = NULL;
  for (ArenaChunk *chunk = self->head; chunk;) {
    ArenaChunk *next = chunk->next;
    if (chunk->capacity <= ARENA_CHUNK_MAX && (!kept || chunk->capacity > kept->capacity)) {
      if (kept) free(kept);
      kept = chunk;
    } else {
      free(chunk); /* a file-sized chunk is not worth keeping */
    }
    chunk = next;
  }
  self->head = kept;
  self->total = kept ? kept->capacity : 0;
  if (kept) {
    kept->next = NULL;
    kept->used = 0;
    ASAN_POISON_MEMORY_REGION(kept->data, kept->capacity);
  }
}

static ArenaChunk *arena_chunk_new(size_t min_size, size_t previous) {
  size_t capacity = previous ? previous * 2 : ARENA_CHUNK_FIRST;
  if (capacity > ARENA_CHUNK_MAX) capacity = ARENA_CHUNK_MAX;
  if (capacity < min_size) capacity = min_size;
  ArenaChunk *chunk = malloc(sizeof *chunk + capacity);
  if (!chunk) {
    fputs("looplint: out of memory\n", stderr);
    abort();
  }
  chunk->next = NULL;
  chunk->used = 0;
  chunk->capacity = capacity;
  ASAN_POISON_MEMORY_REGION(chunk->data, capacity);
  return chunk;
}

void *arena_alloc_uninitialized(Arena *self, size_t size) {
  const size_t align = sizeof(max_align_t);
  size_t requested = size ? size : 1;
  size = (size + ARENA_REDZONE + align - 1) & ~(align - 1);
  if (size == 0) size = align;
  ArenaChunk *chunk = self->head;
  if (!chunk || chunk->capacity - chunk->used < size) {
    chunk = arena_chunk_new(size, chunk ? chunk->capacity : 0);
    chunk->next = self->head;
    self->head = chunk;
    self->total += chunk->capacity;
  }
  void *result = (char *)chunk->data + chunk->used;
  chunk->used += size;
  ASAN_UNPOISON_MEMORY_REGION(result, requested);
  return result;
}

void *arena_alloc(Arena *self, size_t size) {
  void *result = arena_alloc_uninitialized(self, size);
  memset(result, 0, size ? size : 1);
  return result;
}

void *arena_grow(Arena *self, void *old, size_t elem_size, size_t old_count, size_t new_count) {
  void *result = arena_alloc_uninitialized(self, elem_size * new_count); /* the caller fills what it uses */
  if (old_count) memcpy(result, old, elem_size * old_count);
  return result;
}

char *arena_strndup(Arena *self, const char *text, size_t len) {
  char *copy = arena_alloc(self, len + 1);
  memcpy(copy, text, len);
  copy[len] = '\0';
  return copy;
}

char *arena_strdup(Arena *self, const char *text) { return arena_strndup(self, text, strlen(text)); }

char *arena_sprintf(Arena *self, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int needed = vsnprintf(NULL, 0, format, args);
  va_end(args);
  if (needed < 0) return arena_strdup(self, "");
  char *buffer = arena_alloc(self, (size_t)needed + 1);
  va_start(args, format);
  vsnprintf(buffer, (size_t)needed + 1, format, args);
  va_end(args);
  return buffer;
}

char *arena_concat(Arena *self, ...) {
  va_list args;
  va_start(args, self);
  size_t length = 0;
  for (const char *part; (part = va_arg(args, const char *));) length += strlen(part);
  va_end(args);
  char *result = arena_alloc_uninitialized(self, length + 1);
  char *at = result;
  va_start(args, self);
  for (const char *part; (part = va_arg(args, const char *));) {
    size_t part_length = strlen(part);
    memcpy(at, part, part_length);
    at += part_length;
  }
  va_end(args);
  *at = '\0';
  return result;
}
