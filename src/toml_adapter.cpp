// The C interface of toml_adapter.h over toml++ 3. TomlNode is a toml::node; TomlDocument owns
// the parsed toml::table. No exception crosses into C.
#include "toml_adapter.h"

#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <toml++/toml.h>

struct TomlDocument {
  toml::table table;
};

static const toml::node *node_of(const TomlNode *node) { return reinterpret_cast<const toml::node *>(node); }
static const TomlNode *handle_of(const toml::node *node) { return reinterpret_cast<const TomlNode *>(node); }

static TomlPosition position_of(const toml::source_region &region) {
  return TomlPosition{static_cast<uint32_t>(region.begin.line), static_cast<uint32_t>(region.begin.column)};
}

extern "C" TomlDocument *toml_document_parse_file(const char *path, char *message, size_t message_size,
                                                  TomlPosition *position) {
  *position = TomlPosition{0, 0};
  try {
    TomlDocument *document = new TomlDocument{toml::parse_file(std::string(path))};
    return document;
  } catch (const toml::parse_error &error) {
    std::snprintf(message, message_size, "%.*s", static_cast<int>(error.description().size()),
                  error.description().data());
    *position = position_of(error.source());
  } catch (const std::bad_alloc &) {
    std::snprintf(message, message_size, "out of memory");
  } catch (const std::exception &error) {
    std::snprintf(message, message_size, "%s", error.what());
  }
  return nullptr;
}

extern "C" void toml_document_delete(TomlDocument *document) { delete document; }

extern "C" const TomlNode *toml_document_root(const TomlDocument *document) { return handle_of(&document->table); }

extern "C" TomlKind toml_node_kind(const TomlNode *handle) {
  switch (node_of(handle)->type()) {
    case toml::node_type::table: return TOML_KIND_TABLE;
    case toml::node_type::array: return TOML_KIND_ARRAY;
    case toml::node_type::string: return TOML_KIND_STRING;
    case toml::node_type::integer: return TOML_KIND_INTEGER;
    case toml::node_type::floating_point: return TOML_KIND_FLOAT;
    case toml::node_type::boolean: return TOML_KIND_BOOLEAN;
    default: return TOML_KIND_DATE_TIME;
  }
}

extern "C" const char *toml_kind_name(TomlKind kind) {
  switch (kind) {
    case TOML_KIND_TABLE: return "a table";
    case TOML_KIND_ARRAY: return "an array";
    case TOML_KIND_STRING: return "a string";
    case TOML_KIND_INTEGER: return "an integer";
    case TOML_KIND_FLOAT: return "a float";
    case TOML_KIND_BOOLEAN: return "a boolean";
    case TOML_KIND_DATE_TIME: return "a date/time";
  }
  return "a value";
}

extern "C" TomlPosition toml_node_position(const TomlNode *handle) { return position_of(node_of(handle)->source()); }

extern "C" const TomlNode *toml_table_get(const TomlNode *handle, const char *key) {
  const toml::table *table = node_of(handle)->as_table();
  if (!table) return nullptr;
  const toml::node *value = table->get(key);
  return value ? handle_of(value) : nullptr;
}

extern "C" void toml_table_each(const TomlNode *handle, TomlEntryVisitor visit, void *context) {
  const toml::table *table = node_of(handle)->as_table();
  if (!table) return;
  for (auto &&[key, value] : *table) {
    std::string name(key.str());
    visit(context, name.c_str(), position_of(key.source()), handle_of(&value));
  }
}

extern "C" size_t toml_array_size(const TomlNode *handle) {
  const toml::array *array = node_of(handle)->as_array();
  return array ? array->size() : 0;
}

extern "C" const TomlNode *toml_array_at(const TomlNode *handle, size_t index) {
  const toml::array *array = node_of(handle)->as_array();
  return array && index < array->size() ? handle_of(array->get(index)) : nullptr;
}

extern "C" const char *toml_node_string(const TomlNode *handle) {
  const toml::value<std::string> *value = node_of(handle)->as_string();
  return value ? value->get().c_str() : "";
}

extern "C" bool toml_node_boolean(const TomlNode *handle) {
  const toml::value<bool> *value = node_of(handle)->as_boolean();
  return value && value->get();
}
