#include "output_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

const char *output_utf8(const char *text, char **owned) {
  *owned = NULL;
  size_t length = strlen(text);
  const unsigned char *bytes = (const unsigned char *)text;
  size_t i = 0;
  while (i < length) {
    size_t step = source_utf8_sequence_length(bytes + i, length - i);
    if (!step) break;
    i += step;
  }
  if (i == length) return text;
  char *copy = malloc(length * 3 + 1);
  if (!copy) return "?";
  size_t out = 0;
  for (i = 0; i < length;) {
    size_t step = source_utf8_sequence_length(bytes + i, length - i);
    if (step) {
      memcpy(copy + out, text + i, step);
      out += step, i += step;
    } else {
      memcpy(copy + out, "\xEF\xBF\xBD", 3);
      out += 3, i++;
    }
  }
  copy[out] = '\0';
  *owned = copy;
  return copy;
}

bool output_json_add_string(cJSON *object, const char *key, const char *text) {
  char *owned;
  bool ok = cJSON_AddStringToObject(object, key, output_utf8(text, &owned)) != NULL;
  free(owned);
  return ok;
}

static cJSON *output_json_position(SourcePosition position) {
  cJSON *object = cJSON_CreateObject();
  if (!object) return NULL;
  cJSON_AddNumberToObject(object, "row", position.line);
  cJSON_AddNumberToObject(object, "column", position.column);
  return object;
}

static bool output_json_add_position(cJSON *object, const char *key, SourcePosition position) {
  cJSON *value = output_json_position(position);
  return value && cJSON_AddItemToObject(object, key, value);
}

cJSON *output_json_item(const Diagnostic *diagnostic) {
  cJSON *item = cJSON_CreateObject();
  if (!item) return NULL;
  bool ok = cJSON_AddStringToObject(item, "code", diagnostic->code) &&
            cJSON_AddStringToObject(item, "name", diagnostic->name) &&
            cJSON_AddStringToObject(item, "severity", severity_name(diagnostic->severity)) &&
            cJSON_AddStringToObject(item, "message", diagnostic->message) &&
            output_json_add_string(item, "filename", diagnostic->path) &&
            output_json_add_position(item, "location", diagnostic->start) &&
            output_json_add_position(item, "end_location", diagnostic->end);
  cJSON *related = ok ? cJSON_AddArrayToObject(item, "related") : NULL;
  ok = ok && related;
  for (uint32_t i = 0; ok && i < diagnostic->related_count; i++) {
    const DiagRelated *note = &diagnostic->related[i];
    cJSON *entry = cJSON_CreateObject();
    ok = entry && cJSON_AddItemToArray(related, entry) && cJSON_AddStringToObject(entry, "message", note->message) &&
         output_json_add_string(entry, "filename", note->path) &&
         output_json_add_position(entry, "location", note->start) &&
         output_json_add_position(entry, "end_location", note->end);
  }
  ok = ok && cJSON_AddNullToObject(item, "url");
  /* Only --show-suppressed lets suppressed reports through; they say so. */
  if (ok && diagnostic->suppressed) ok = cJSON_AddTrueToObject(item, "suppressed") != NULL;
  if (!ok) {
    cJSON_Delete(item);
    return NULL;
  }
  return item;
}

/* ---------------------------------------------------------------------------------------------
 * Paths and URIs. */

/* Appends `path` to the normalized absolute path in out[0..*length): "" and "." segments are
 * dropped, ".." removes the last segment (never above the root). `out` has room for both. */
static void output_path_append(char *out, size_t *length, const char *path) {
  const char *p = path;
  while (*p) {
    while (*p == '/') p++;
    const char *end = p;
    while (*end && *end != '/') end++;
    size_t segment = (size_t)(end - p);
    if (segment == 0 || (segment == 1 && p[0] == '.')) {
      /* nothing */
    } else if (segment == 2 && p[0] == '.' && p[1] == '.') {
      while (*length > 0 && out[*length - 1] != '/') (*length)--;
      if (*length > 0) (*length)--; /* the '/' before the segment */
    } else {
      out[(*length)++] = '/';
      memcpy(out + *length, p, segment);
      *length += segment;
    }
    p = end;
  }
  out[*length] = '\0';
}

char *output_repo_path(const char *path, const char *working_directory, bool *inside) {
  size_t path_length = strlen(path), directory_length = strlen(working_directory);
  char *absolute = malloc(path_length + directory_length + 3);
  char *directory = malloc(directory_length + 2);
  if (!absolute || !directory) {
    free(absolute);
    free(directory);
    return NULL;
  }
  size_t length = 0, base = 0;
  output_path_append(directory, &base, working_directory);
  if (path[0] != '/') output_path_append(absolute, &length, working_directory);
  output_path_append(absolute, &length, path);
  /* `base` is 0 for the root directory, whose every path is inside. */
  *inside = length > base && strncmp(absolute, directory, base) == 0 && absolute[base] == '/';
  free(directory);
  if (length == 0) {
    strcpy(absolute, "/");
  } else if (*inside) {
    memmove(absolute, absolute + base + 1, length - base);
  }
  return absolute;
}

char *output_uri_path(const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  size_t length = strlen(path);
  char *out = malloc(length * 3 + 1);
  if (!out) return NULL;
  size_t at = 0;
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    unsigned char c = *p;
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out[at++] = (char)c;
    } else {
      out[at++] = '%';
      out[at++] = hex[c >> 4];
      out[at++] = hex[c & 15];
    }
  }
  out[at] = '\0';
  return out;
}

char *output_file_uri(const char *absolute_path, bool directory) {
  char *encoded = output_uri_path(absolute_path);
  if (!encoded) return NULL;
  size_t length = strlen(encoded);
  bool slash = directory && (length == 0 || encoded[length - 1] != '/');
  char *uri = malloc(length + sizeof "file://" + 1);
  if (uri) sprintf(uri, "file://%s%s", encoded, slash ? "/" : "");
  free(encoded);
  return uri;
}

/* ---------------------------------------------------------------------------------------------
 * SHA-256 (FIPS 180-4), for fingerprints. */

typedef struct Sha256 {
  uint32_t state[8];
  uint64_t length; /* bytes hashed */
  unsigned char block[64];
  size_t used;
} Sha256;

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t sha256_rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

static void sha256_init(Sha256 *self) {
  static const uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(self->state, initial, sizeof initial);
  self->length = 0;
  self->used = 0;
}

static void sha256_compress(Sha256 *self) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++) {
    const unsigned char *b = self->block + 4 * i;
    w[i] = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | (uint32_t)b[3];
  }
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = sha256_rotr(w[i - 15], 7) ^ sha256_rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = sha256_rotr(w[i - 2], 17) ^ sha256_rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = self->state[0], b = self->state[1], c = self->state[2], d = self->state[3];
  uint32_t e = self->state[4], f = self->state[5], g = self->state[6], h = self->state[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (sha256_rotr(e, 6) ^ sha256_rotr(e, 11) ^ sha256_rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                  sha256_k[i] + w[i];
    uint32_t t2 = (sha256_rotr(a, 2) ^ sha256_rotr(a, 13) ^ sha256_rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
  }
  self->state[0] += a, self->state[1] += b, self->state[2] += c, self->state[3] += d;
  self->state[4] += e, self->state[5] += f, self->state[6] += g, self->state[7] += h;
}

static void sha256_update(Sha256 *self, const void *data, size_t size) {
  const unsigned char *bytes = data;
  self->length += size;
  while (size > 0) {
    size_t take = 64 - self->used < size ? 64 - self->used : size;
    memcpy(self->block + self->used, bytes, take);
    self->used += take, bytes += take, size -= take;
    if (self->used == 64) {
      sha256_compress(self);
      self->used = 0;
    }
  }
}

/* Finishes the hash into hex[65]. */
static void sha256_hex(Sha256 *self, char *hex) {
  uint64_t bits = self->length * 8;
  unsigned char pad = 0x80;
  sha256_update(self, &pad, 1);
  pad = 0;
  while (self->used != 56) sha256_update(self, &pad, 1);
  unsigned char length[8];
  for (int i = 0; i < 8; i++) length[i] = (unsigned char)(bits >> (56 - 8 * i));
  sha256_update(self, length, 8);
  for (int i = 0; i < 8; i++) sprintf(hex + 8 * i, "%08x", (unsigned)self->state[i]);
  hex[64] = '\0';
}

/* ---------------------------------------------------------------------------------------------
 * Fingerprints. */

typedef struct OutputFingerprintOrder {
  const char *line_hash;
  uint32_t index;
} OutputFingerprintOrder;

static int output_fingerprint_compare(const void *left_pointer, const void *right_pointer) {
  const OutputFingerprintOrder *left = left_pointer, *right = right_pointer;
  int by_hash = strcmp(left->line_hash, right->line_hash);
  if (by_hash) return by_hash;
  return left->index < right->index ? -1 : left->index > right->index;
}

bool output_fingerprints(const Diagnostic *const *diagnostics, uint32_t count, const char *working_directory,
                         OutputFingerprint *fingerprints) {
  OutputFingerprintOrder *order = malloc(sizeof *order * (count ? count : 1));
  if (!order) return false;
  for (uint32_t i = 0; i < count; i++) {
    const Diagnostic *diagnostic = diagnostics[i];
    bool inside;
    char *path = output_repo_path(diagnostic->path, working_directory, &inside);
    if (!path) {
      free(order);
      return false;
    }
    Sha256 hash;
    sha256_init(&hash);
    sha256_update(&hash, "looplint\n", 9);
    sha256_update(&hash, diagnostic->code, strlen(diagnostic->code) + 1);
    sha256_update(&hash, path, strlen(path) + 1);
    free(path);
    for (const char *p = diagnostic->line_text ? diagnostic->line_text : ""; *p; p++) {
      if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n' && *p != '\f' && *p != '\v') sha256_update(&hash, p, 1);
    }
    sha256_hex(&hash, fingerprints[i].line_hash);
    order[i] = (OutputFingerprintOrder){fingerprints[i].line_hash, i};
  }
  qsort(order, count, sizeof *order, output_fingerprint_compare);
  for (uint32_t i = 0; i < count; i++) {
    OutputFingerprint *fingerprint = &fingerprints[order[i].index];
    bool same = i > 0 && strcmp(order[i - 1].line_hash, order[i].line_hash) == 0;
    fingerprint->occurrence = same ? fingerprints[order[i - 1].index].occurrence + 1 : 1;
    char occurrence[16];
    int occurrence_length = snprintf(occurrence, sizeof occurrence, ":%u", (unsigned)fingerprint->occurrence);
    Sha256 hash;
    sha256_init(&hash);
    sha256_update(&hash, fingerprint->line_hash, 64);
    sha256_update(&hash, occurrence, (size_t)occurrence_length);
    sha256_hex(&hash, fingerprint->issue_hash);
  }
  free(order);
  return true;
}

bool output_json_print(FILE *stream, cJSON *document, bool ok, bool formatted) {
  char *text = ok && document ? (formatted ? cJSON_Print(document) : cJSON_PrintUnformatted(document)) : NULL;
  cJSON_Delete(document);
  if (!text) return false;
  fputs(text, stream);
  fputc('\n', stream);
  free(text);
  return true;
}
