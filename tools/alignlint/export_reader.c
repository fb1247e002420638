#include "export_reader.h"

#include "file_tree.h"
#include "path_resolve.h"
#include "xalloc.h"

#include "yaml_source.h"
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <yaml.h>

static yaml_node_t *mapping_value(const struct yaml_source *source,
                                  yaml_node_t *mapping, const char *key) {
  for (yaml_node_pair_t *pair = mapping->data.mapping.pairs.start;
       pair < mapping->data.mapping.pairs.top; pair++) {
    yaml_node_t *key_node = yaml_document_get_node(source->document, pair->key);
    if (key_node->type == YAML_SCALAR_NODE &&
        strcmp((const char *)key_node->data.scalar.value, key) == 0)
      return yaml_document_get_node(source->document, pair->value);
  }
  return NULL;
}

/* clang's DiagnosticsYaml.h: the keys each mapping may have. */
static const char *const document_keys[] = {"MainSourceFile", "Diagnostics",
                                            NULL};
static const char *const diagnostic_keys[] = {
    "DiagnosticName", "DiagnosticMessage", "Notes",
    "Level",          "BuildDirectory",    NULL};
static const char *const message_keys[] = {
    "Message", "FilePath", "FileOffset", "Replacements", "Ranges", NULL};
static const char *const replacement_keys[] = {"FilePath", "Offset", "Length",
                                               "ReplacementText", NULL};
static const char *const range_keys[] = {"FilePath", "FileOffset", "Length",
                                         NULL};

static int is_listed(const char *key, const char *const *allowed) {
  for (; *allowed; allowed++)
    if (strcmp(key, *allowed) == 0)
      return 1;
  return 0;
}

/* Every key of `mapping` is a scalar from `allowed`, and none is repeated: a
 * repeated key (a lost "- FilePath:" line) must not be read as "the last
 * value wins". */
static int check_keys(const struct yaml_source *source, yaml_node_t *mapping,
                      const char *const *allowed) {
  for (yaml_node_pair_t *pair = mapping->data.mapping.pairs.start;
       pair < mapping->data.mapping.pairs.top; pair++) {
    yaml_node_t *key = yaml_document_get_node(source->document, pair->key);
    if (key->type != YAML_SCALAR_NODE)
      return report_at(source, key, "a key must be a scalar");
    const char *name = (const char *)key->data.scalar.value;
    if (!is_listed(name, allowed))
      return report_at(source, key, "unknown key '%s'", name);
    for (yaml_node_pair_t *earlier = mapping->data.mapping.pairs.start;
         earlier < pair; earlier++) {
      yaml_node_t *other =
          yaml_document_get_node(source->document, earlier->key);
      if (strcmp((const char *)other->data.scalar.value, name) == 0)
        return report_at(source, key, "duplicate key '%s'", name);
    }
  }
  return 0;
}

/* Checks the keys of each mapping in the optional sequence `key` of
 * `mapping` (notes and ranges, which are not read otherwise). */
static int check_list_keys(const struct yaml_source *source,
                           yaml_node_t *mapping, const char *key,
                           const char *const *allowed);

/* Looks up `key` in `mapping` and checks that its value has `type`.
 * Returns 0 with *value == NULL when an optional key is absent. */
static int get_field(const struct yaml_source *source, yaml_node_t *mapping,
                     const char *key, yaml_node_type_t type, int required,
                     yaml_node_t **value) {
  static const char *const type_names[] = {
      [YAML_SCALAR_NODE] = "a scalar",
      [YAML_SEQUENCE_NODE] = "a sequence",
      [YAML_MAPPING_NODE] = "a mapping",
  };
  *value = mapping_value(source, mapping, key);
  if (!*value)
    return required ? report_at(source, mapping, "missing key '%s'", key) : 0;
  if ((*value)->type != type)
    return report_at(source, *value, "'%s' must be %s", key, type_names[type]);
  return 0;
}

static int check_list_keys(const struct yaml_source *source,
                           yaml_node_t *mapping, const char *key,
                           const char *const *allowed) {
  yaml_node_t *list;
  if (get_field(source, mapping, key, YAML_SEQUENCE_NODE, 0, &list))
    return -1;
  for (yaml_node_item_t *item = list ? list->data.sequence.items.start : NULL;
       list && item < list->data.sequence.items.top; item++) {
    yaml_node_t *node = yaml_document_get_node(source->document, *item);
    if (node->type != YAML_MAPPING_NODE)
      return report_at(source, node, "each of '%s' must be a mapping", key);
    if (check_keys(source, node, allowed))
      return -1;
  }
  return 0;
}

static int get_string(const struct yaml_source *source, yaml_node_t *mapping,
                      const char *key, int required, char **text,
                      size_t *length) {
  yaml_node_t *node;
  if (get_field(source, mapping, key, YAML_SCALAR_NODE, required, &node))
    return -1;
  const char *value = node ? (const char *)node->data.scalar.value : "";
  size_t value_length = node ? node->data.scalar.length : 0;
  *text = xmemdup(value, value_length);
  if (length)
    *length = value_length;
  return 0;
}

static int get_offset(const struct yaml_source *source, yaml_node_t *mapping,
                      const char *key, int required, size_t *offset) {
  yaml_node_t *node;
  *offset = 0;
  if (get_field(source, mapping, key, YAML_SCALAR_NODE, required, &node))
    return -1;
  if (!node)
    return 0;
  const char *digits = (const char *)node->data.scalar.value;
  char *end;
  errno = 0;
  unsigned long long value = strtoull(digits, &end, 10);
  if (digits[0] < '0' || digits[0] > '9' || *end || errno || value > SIZE_MAX)
    return report_at(source, node, "'%s' must be a byte offset, not '%s'", key,
                     digits);
  *offset = (size_t)value;
  return 0;
}

static int read_replacement(const struct yaml_source *source, yaml_node_t *node,
                            const char *build_dir, struct replacement *out) {
  char *raw_path;
  if (node->type != YAML_MAPPING_NODE)
    return report_at(source, node, "a replacement must be a mapping");
  if (check_keys(source, node, replacement_keys) ||
      get_string(source, node, "FilePath", 1, &raw_path, NULL) ||
      get_offset(source, node, "Offset", 1, &out->offset) ||
      get_offset(source, node, "Length", 1, &out->length) ||
      get_string(source, node, "ReplacementText", 1, &out->text,
                 &out->text_length))
    return -1;
  out->file_path = resolve_path(raw_path, build_dir);
  free(raw_path);
  return 0;
}

static int read_replacements(const struct yaml_source *source,
                             yaml_node_t *message, const char *build_dir,
                             struct diagnostic *out) {
  yaml_node_t *list;
  if (get_field(source, message, "Replacements", YAML_SEQUENCE_NODE, 0, &list))
    return -1;
  if (!list)
    return 0;
  yaml_node_item_t *first = list->data.sequence.items.start;
  size_t count = (size_t)(list->data.sequence.items.top - first);
  out->replacements = xmalloc(count * sizeof *out->replacements);
  for (size_t i = 0; i < count; i++) {
    yaml_node_t *item = yaml_document_get_node(source->document, first[i]);
    if (read_replacement(source, item, build_dir, &out->replacements[i]))
      return -1;
    out->replacement_count++;
  }
  return 0;
}

static int read_diagnostic(const struct yaml_source *source, yaml_node_t *node,
                           struct diagnostic *out) {
  yaml_node_t *message;
  char *build_dir, *raw_path;
  memset(out, 0, sizeof *out);
  if (node->type != YAML_MAPPING_NODE)
    return report_at(source, node, "a diagnostic must be a mapping");
  out->origin =
      xasprintf("%s:%zu", source->file_name, node->start_mark.line + 1);
  if (check_keys(source, node, diagnostic_keys) ||
      check_list_keys(source, node, "Notes", message_keys) ||
      get_string(source, node, "DiagnosticName", 1, &out->name, NULL) ||
      get_string(source, node, "BuildDirectory", 0, &build_dir, NULL) ||
      get_field(source, node, "DiagnosticMessage", YAML_MAPPING_NODE, 1,
                &message) ||
      check_keys(source, message, message_keys) ||
      check_list_keys(source, message, "Ranges", range_keys) ||
      get_string(source, message, "Message", 1, &out->message, NULL) ||
      get_string(source, message, "FilePath", 0, &raw_path, NULL) ||
      get_offset(source, message, "FileOffset", 0, &out->file_offset) ||
      read_replacements(source, message, build_dir, out))
    return -1;
  if (raw_path[0]) {
    out->file_path = resolve_path(raw_path, build_dir);
    free(raw_path);
  } else {
    out->file_path = raw_path;
  }
  free(build_dir);
  return 0;
}

static int read_document(const struct yaml_source *source,
                         struct diagnostic_list *out) {
  yaml_node_t *root = yaml_document_get_root_node(source->document);
  yaml_node_t *main_file, *list;
  if (root->type != YAML_MAPPING_NODE)
    return report_at(source, root, "not a TranslationUnitDiagnostics document");
  if (check_keys(source, root, document_keys) ||
      get_field(source, root, "MainSourceFile", YAML_SCALAR_NODE, 1,
                &main_file) ||
      get_field(source, root, "Diagnostics", YAML_SEQUENCE_NODE, 1, &list))
    return -1;
  size_t unit = out->unit_count;
  grow_array((void **)&out->units, sizeof *out->units, out->unit_count,
             &out->unit_capacity);
  out->units[out->unit_count++] = (struct translation_unit){
      resolve_path((const char *)main_file->data.scalar.value, NULL),
      xstrdup(source->file_name)};
  for (yaml_node_item_t *item = list->data.sequence.items.start;
       item < list->data.sequence.items.top; item++) {
    grow_array((void **)&out->items, sizeof *out->items, out->count,
               &out->capacity);
    yaml_node_t *node = yaml_document_get_node(source->document, *item);
    if (read_diagnostic(source, node, &out->items[out->count]))
      return -1;
    out->items[out->count].unit = unit;
    out->count++;
  }
  return 0;
}

/* Reads every document in the stream; clang writes exactly one. */
static int read_export_file(const char *file_name, FILE *stream,
                            struct diagnostic_list *out) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, stream);
  int status = 0, documents = 0;
  for (;;) {
    yaml_document_t document;
    if (!yaml_parser_load(&parser, &document)) {
      status = report_parse_error(file_name, &parser);
      break;
    }
    struct yaml_source source = {file_name, &document};
    int at_end = yaml_document_get_root_node(&document) == NULL;
    if (!at_end) {
      documents++;
      status = read_document(&source, out);
      /* clang's emitter ends each document with "...": a file cut short at
       * a line boundary can still parse. */
      if (status == 0 && document.end_implicit) {
        fprintf(stderr,
                "alignlint: error: %s:%zu: truncated: the document does not "
                "end with '...'\n",
                file_name, document.end_mark.line + 1);
        status = -1;
      }
    }
    yaml_document_delete(&document);
    if (at_end || status)
      break;
  }
  yaml_parser_delete(&parser);
  if (status == 0 && documents == 0) {
    fprintf(stderr,
            "alignlint: error: %s:1: empty file, expected a "
            "TranslationUnitDiagnostics document\n",
            file_name);
    status = -1;
  }
  return status;
}

/* The paths of the *.yaml files of `dir`, sorted. */
static int list_yaml_files(const char *dir, char ***paths, size_t *count) {
  struct string_list names = {0};
  *paths = NULL;
  *count = 0;
  if (list_directory(dir, ".yaml", &names) != 0) {
    fprintf(stderr, "alignlint: error: cannot read directory %s: %s\n", dir,
            strerror(errno));
    return -1;
  }
  *paths = xmalloc((names.count + 1) * sizeof **paths);
  int status = 0;
  for (size_t i = 0; i < names.count; i++) {
    char *path = xasprintf("%s/%s", dir, names.items[i]);
    (*paths)[(*count)++] = path;
    /* An entry that is not a readable file may be a lost export: an error,
     * not a silent skip. */
    struct stat info;
    if (stat(path, &info) != 0) {
      fprintf(stderr, "alignlint: error: cannot read %s: %s\n", path,
              errno == ENOENT ? "dangling symbolic link" : strerror(errno));
      status = -1;
    } else if (!S_ISREG(info.st_mode)) {
      fprintf(stderr, "alignlint: error: cannot read %s: not a regular file\n",
              path);
      status = -1;
    }
  }
  string_list_free(&names);
  return status;
}

int read_export_dir(const char *dir, struct diagnostic_list *out) {
  char **paths;
  size_t count;
  int status = list_yaml_files(dir, &paths, &count);
  for (size_t i = 0; i < count && status == 0; i++) {
    FILE *stream = fopen(paths[i], "rb");
    if (!stream) {
      fprintf(stderr, "alignlint: error: cannot read %s: %s\n", paths[i],
              strerror(errno));
      status = -1;
      break;
    }
    status = read_export_file(paths[i], stream, out);
    fclose(stream);
  }
  for (size_t i = 0; i < count; i++)
    free(paths[i]);
  free(paths);
  return status;
}
