/* One arena per linted file: everything a file needs (source copy, line index, semantic
 * model, strings, messages) is bump-allocated here and freed in one call. */
#ifndef LOOPLINT_ARENA_H
#define LOOPLINT_ARENA_H

#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
  ArenaChunk *head;
  size_t total;         /* bytes reserved, for statistics */
} Arena;

void arena_init(Arena *self);
void arena_free(Arena *self);
/* Empties the arena for reuse, keeping one chunk (the largest of ordinary size) so that the
 * next file's allocations need no malloc: one arena per worker serves every file. */
void arena_reset(Arena *self);
/* Zeroed, max-aligned memory; aborts on exhaustion (an allocation failure is not recoverable). */
void *arena_alloc(Arena *self, size_t size);
/* Grows an arena array: returns a new block of new_count elements holding the old ones. */
void *arena_grow(Arena *self, void *old, size_t elem_size, size_t old_count, size_t new_count);
/* As arena_alloc, without zeroing: for buffers that are filled at once (file contents). */
void *arena_alloc_uninitialized(Arena *self, size_t size);
char *arena_strndup(Arena *self, const char *text, size_t len);
char *arena_strdup(Arena *self, const char *text);
char *arena_sprintf(Arena *self, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* The strings up to a NULL, one after the other: arena_sprintf's "%s%s..." without its cost,
 * for hot paths. */
char *arena_concat(Arena *self, ...) __attribute__((sentinel));

/* Append-only array in an arena: `ARENA_PUSH(arena, items, count, capacity) = value;` */
#define ARENA_PUSH(arena, items, count, capacity)                                              \
  (*((count) < (capacity)                                                                      \
         ? &(items)[(count)++]                                                                 \
         : ((items) = arena_grow((arena), (items), sizeof *(items), (count),                   \
                                 (capacity) = (capacity) ? 2 * (capacity) : 8),                \
            &(items)[(count)++])))

#endif
