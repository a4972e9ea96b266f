/* A small C interface to toml++ (Debian libtomlplusplus-dev): parse a file, walk its tables,
 * read values, and tell where each key and value stands (1-based line and column), so that
 * configuration errors can name file:line:column. Implemented in toml_adapter.cpp. */
#ifndef LOOPLINT_TOML_ADAPTER_H
#define LOOPLINT_TOML_ADAPTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct TomlDocument TomlDocument;
typedef struct TomlNode TomlNode;

typedef enum TomlKind {
  TOML_KIND_TABLE,
  TOML_KIND_ARRAY,
  TOML_KIND_STRING,
  TOML_KIND_INTEGER,
  TOML_KIND_FLOAT,
  TOML_KIND_BOOLEAN,
  TOML_KIND_DATE_TIME,
} TomlKind;

typedef struct TomlPosition {
  uint32_t line;
  uint32_t column;
} TomlPosition;

/* Parses a file. On failure returns NULL, with the parser's message in `message` and where it
 * stopped in *position (0:0 when the file cannot be read). */
TomlDocument *toml_document_parse_file(const char *path, char *message, size_t message_size, TomlPosition *position);
void toml_document_delete(TomlDocument *document);
const TomlNode *toml_document_root(const TomlDocument *document);

TomlKind toml_node_kind(const TomlNode *node);
TomlPosition toml_node_position(const TomlNode *node);
const char *toml_kind_name(TomlKind kind);

/* Tables: a value by key (NULL if absent), and every entry in document order. */
const TomlNode *toml_table_get(const TomlNode *table, const char *key);
typedef void (*TomlEntryVisitor)(void *context, const char *key, TomlPosition key_position, const TomlNode *value);
void toml_table_each(const TomlNode *table, TomlEntryVisitor visit, void *context);

size_t toml_array_size(const TomlNode *array);
const TomlNode *toml_array_at(const TomlNode *array, size_t index);

/* The value of a string node (NUL-terminated, owned by the document) or of a boolean. */
const char *toml_node_string(const TomlNode *node);
bool toml_node_boolean(const TomlNode *node);

#ifdef __cplusplus
}
#endif

#endif
