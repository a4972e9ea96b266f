#include "name_map.h"

#include <string.h>

void name_map_init(NameMap *self, Arena *arena) {
  self->arena = arena;
  self->slots = NULL;
  self->capacity = 0;
  self->count = 0;
}

/* Eight bytes per step, then a final mix so the low bits (the slot) depend on every byte.
 * The keys are identifiers, dotted names and paths (60-100 bytes), where byte-wise FNV-1a
 * spent a dependent multiply per byte. */
uint32_t name_map_hash(const char *key, uint32_t length) {
  uint64_t hash = 0x9E3779B97F4A7C15u ^ length;
  for (; length >= 8; key += 8, length -= 8) {
    uint64_t word;
    memcpy(&word, key, 8);
    hash = (hash ^ word) * 0xBF58476D1CE4E5B9u;
    hash ^= hash >> 31;
  }
  uint64_t tail = 0;
  for (uint32_t i = 0; i < length; i++) tail |= (uint64_t)(unsigned char)key[i] << (8 * i);
  hash = (hash ^ tail) * 0x94D049BB133111EBu;
  hash ^= hash >> 29;
  hash *= 0xBF58476D1CE4E5B9u;
  return (uint32_t)(hash ^ (hash >> 32));
}

static NameMapSlot *name_map_slot(const NameMap *self, const char *key, uint32_t length, uint32_t hash) {
  uint32_t mask = self->capacity - 1;
  for (uint32_t at = hash & mask;; at = (at + 1) & mask) {
    NameMapSlot *slot = &self->slots[at];
    if (!slot->key || (slot->hash == hash && slot->length == length && memcmp(slot->key, key, length) == 0)) {
      return slot;
    }
  }
}

uint32_t name_map_get(const NameMap *self, const char *key, uint32_t length) {
  if (!self->capacity) return NAME_MAP_ABSENT;
  const NameMapSlot *slot = name_map_slot(self, key, length, name_map_hash(key, length));
  return slot->key ? slot->value : NAME_MAP_ABSENT;
}

static void name_map_resize(NameMap *self, uint32_t capacity) {
  NameMapSlot *old = self->slots;
  uint32_t old_capacity = self->capacity;
  self->capacity = capacity;
  self->slots = arena_alloc(self->arena, sizeof *self->slots * self->capacity);
  for (uint32_t i = 0; i < old_capacity; i++) {
    if (old[i].key) *name_map_slot(self, old[i].key, old[i].length, old[i].hash) = old[i];
  }
}

void name_map_reserve(NameMap *self, uint32_t count) {
  uint32_t capacity = 16;
  while (capacity / 4 * 3 < count + 1) capacity *= 2;
  if (capacity > self->capacity) name_map_resize(self, capacity);
}

uint32_t name_map_put(NameMap *self, const char *key, uint32_t length, uint32_t value) {
  if ((self->count + 1) * 4 > self->capacity * 3) name_map_resize(self, self->capacity ? self->capacity * 2 : 16); /* load <= 3/4 */
  uint32_t hash = name_map_hash(key, length);
  NameMapSlot *slot = name_map_slot(self, key, length, hash);
  uint32_t previous = slot->key ? slot->value : NAME_MAP_ABSENT;
  if (!slot->key) {
    *slot = (NameMapSlot){.key = key, .length = length, .hash = hash};
    self->count++;
  }
  slot->value = value;
  return previous;
}
