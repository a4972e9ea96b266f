/* A map from names (byte strings) to 32-bit values, in an arena: open addressing, grown
 * by doubling. Keys are not copied: they must live as long as the map. */
#ifndef LOOPLINT_NAME_MAP_H
#define LOOPLINT_NAME_MAP_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

#define NAME_MAP_ABSENT UINT32_MAX

typedef struct NameMapSlot {
  const char *key;           /* NULL: empty */
  uint32_t length;
  uint32_t hash;
  uint32_t value;
} NameMapSlot;

typedef struct NameMap {
  Arena *arena;
  NameMapSlot *slots;
  uint32_t capacity;         /* a power of two, or 0 */
  uint32_t count;
} NameMap;

void name_map_init(NameMap *self, Arena *arena);
/* Sizes the map for `count` keys up front (no growth, hence no dead slots in the arena). */
void name_map_reserve(NameMap *self, uint32_t count);
uint32_t name_map_hash(const char *key, uint32_t length);
/* The value of `key`, or NAME_MAP_ABSENT. */
uint32_t name_map_get(const NameMap *self, const char *key, uint32_t length);
/* Sets `key` to `value`; returns the slot's previous value (NAME_MAP_ABSENT if new). */
uint32_t name_map_put(NameMap *self, const char *key, uint32_t length, uint32_t value);

#endif
