/* Reads the JSON findings files of docs/findings-format.md with jansson. */
#include "findings.h"
#include "xalloc.h"

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char findings_suffix[] = ".findings.json";

/* Where a value is read from, for error messages. */
struct read_context {
  const char *path;
  size_t finding_index;
  bool failed;
};

static void report_bad_value(struct read_context *context, const char *key,
                             const char *expected) {
  if (!context->failed)
    fprintf(stderr,
            "alignlint: error: %s: finding %zu: '%s' is missing or not %s\n",
            context->path, context->finding_index, key, expected);
  context->failed = true;
}

static json_t *get_object(json_t *parent, const char *key,
                          struct read_context *context) {
  json_t *value = json_object_get(parent, key);
  if (!json_is_object(value)) {
    report_bad_value(context, key, "an object");
    return NULL;
  }
  return value;
}

/* An object, or NULL without complaint when the key holds null. */
static json_t *get_nullable_object(json_t *parent, const char *key,
                                   struct read_context *context) {
  json_t *value = json_object_get(parent, key);
  if (!value || json_is_null(value))
    return NULL;
  return get_object(parent, key, context);
}

static char *get_string(json_t *parent, const char *key,
                        struct read_context *context) {
  json_t *value = parent ? json_object_get(parent, key) : NULL;
  if (!json_is_string(value)) {
    report_bad_value(context, key, "a string");
    return xstrdup("");
  }
  return xstrdup(json_string_value(value));
}

static uint64_t get_count(json_t *parent, const char *key,
                          struct read_context *context) {
  json_t *value = parent ? json_object_get(parent, key) : NULL;
  if (!json_is_integer(value) || json_integer_value(value) < 0) {
    report_bad_value(context, key, "a non-negative integer");
    return 0;
  }
  return (uint64_t)json_integer_value(value);
}

static bool get_flag(json_t *parent, const char *key,
                     struct read_context *context) {
  json_t *value = json_object_get(parent, key);
  if (!json_is_boolean(value)) {
    report_bad_value(context, key, "true or false");
    return false;
  }
  return json_is_true(value);
}

static void read_field(json_t *source, struct layout_field *field,
                       struct read_context *context) {
  if (!json_is_object(source)) {
    report_bad_value(context, "fields[]", "an object");
    source = NULL;
  }
  field->name = get_string(source, "name", context);
  field->type = get_string(source, "type", context);
  field->offset_bits = get_count(source, "offset_bits", context);
  field->size_bits = get_count(source, "size_bits", context);
  field->bitfield = source && get_flag(source, "bitfield", context);
  field->hot = source && get_flag(source, "hot", context);
  field->contended = source && get_flag(source, "contended", context);
}

static struct record_layout *read_layout(json_t *source,
                                         struct read_context *context) {
  if (!source)
    return NULL;
  struct record_layout *layout = xmalloc(sizeof *layout);
  layout->size_bytes = get_count(source, "size_bytes", context);
  layout->align_bytes = get_count(source, "align_bytes", context);
  json_t *fields = json_object_get(source, "fields");
  if (!json_is_array(fields)) {
    report_bad_value(context, "fields", "an array");
    fields = NULL;
  }
  layout->field_count = fields ? json_array_size(fields) : 0;
  layout->fields = xmalloc((layout->field_count + 1) * sizeof *layout->fields);
  for (size_t i = 0; i < layout->field_count; i++)
    read_field(json_array_get(fields, i), &layout->fields[i], context);
  return layout;
}

static void read_finding(json_t *source, unsigned cache_line_bytes,
                         struct finding *finding,
                         struct read_context *context) {
  memset(finding, 0, sizeof *finding);
  finding->rule = get_string(source, "rule", context);
  finding->level = get_string(source, "level", context);
  finding->message = get_string(source, "message", context);
  json_t *location = get_object(source, "location", context);
  finding->file = get_string(location, "file", context);
  finding->offset = get_count(location, "offset", context);
  finding->line = (unsigned)get_count(location, "line", context);
  finding->column = (unsigned)get_count(location, "column", context);
  json_t *record = get_object(source, "record", context);
  finding->record_name = get_string(record, "name", context);
  finding->record_kind = get_string(record, "kind", context);
  json_t *bytes = get_nullable_object(source, "bytes", context);
  finding->has_bytes = bytes != NULL;
  if (bytes) {
    finding->bytes_current = get_count(bytes, "current", context);
    finding->bytes_proposed = get_count(bytes, "proposed", context);
  }
  json_t *lines = get_nullable_object(source, "cache_lines", context);
  if (lines) {
    finding->lines_current = get_count(lines, "current", context);
    finding->lines_proposed = get_count(lines, "proposed", context);
  }
  json_t *fix = get_object(source, "fix", context);
  finding->fix_state = get_string(fix, "state", context);
  finding->fix_reason = get_string(fix, "reason", context);
  finding->cache_line_bytes = cache_line_bytes;
  json_t *layout = get_nullable_object(source, "layout", context);
  if (layout) {
    finding->before =
        read_layout(get_nullable_object(layout, "before", context), context);
    finding->after =
        read_layout(get_nullable_object(layout, "after", context), context);
  }
  finding->unit_count = 1;
}

static void free_layout(struct record_layout *layout) {
  if (!layout)
    return;
  for (size_t i = 0; i < layout->field_count; i++) {
    free(layout->fields[i].name);
    free(layout->fields[i].type);
  }
  free(layout->fields);
  free(layout);
}

static void free_finding(struct finding *finding) {
  free(finding->rule);
  free(finding->level);
  free(finding->message);
  free(finding->file);
  free(finding->record_name);
  free(finding->record_kind);
  free(finding->fix_state);
  free(finding->fix_reason);
  free_layout(finding->before);
  free_layout(finding->after);
}

/* A finding in a header is in the file of every TU that includes it. */
static struct finding *find_same(struct finding_list *list,
                                 const struct finding *finding) {
  for (size_t i = 0; i < list->count; i++) {
    struct finding *other = &list->items[i];
    if (other->offset == finding->offset &&
        strcmp(other->rule, finding->rule) == 0 &&
        strcmp(other->file, finding->file) == 0)
      return other;
  }
  return NULL;
}

static void add_finding(struct finding_list *list, struct finding *finding) {
  struct finding *same = find_same(list, finding);
  if (same) {
    same->unit_count++;
    free_finding(finding);
    return;
  }
  grow_array((void **)&list->items, sizeof *list->items, list->count,
             &list->capacity);
  list->items[list->count++] = *finding;
}

static int check_header(json_t *root, const char *path, unsigned *line_bytes) {
  json_t *format = json_object_get(root, "format");
  json_t *version = json_object_get(root, "version");
  if (!json_is_string(format) ||
      strcmp(json_string_value(format), "alignlint-findings") != 0) {
    fprintf(stderr,
            "alignlint: error: %s: not an alignlint findings file (its "
            "'format' is not \"alignlint-findings\")\n",
            path);
    return -1;
  }
  if (!json_is_integer(version) || json_integer_value(version) != 1) {
    fprintf(stderr,
            "alignlint: error: %s: findings format version is not 1, the "
            "only version this alignlint reads\n",
            path);
    return -1;
  }
  json_t *line = json_object_get(root, "cache_line_bytes");
  *line_bytes = json_is_integer(line) && json_integer_value(line) > 0
                    ? (unsigned)json_integer_value(line)
                    : 64;
  return 0;
}

static int read_findings_file(const char *path, struct finding_list *out) {
  json_error_t error;
  json_t *root = json_load_file(path, 0, &error);
  if (!root) {
    fprintf(stderr, "alignlint: error: %s:%d: %s\n", path, error.line,
            error.text);
    return -1;
  }
  unsigned cache_line_bytes;
  json_t *findings = json_object_get(root, "findings");
  int status = check_header(root, path, &cache_line_bytes);
  if (status == 0 && !json_is_array(findings)) {
    fprintf(stderr, "alignlint: error: %s: 'findings' is not an array\n", path);
    status = -1;
  }
  for (size_t i = 0; status == 0 && i < json_array_size(findings); i++) {
    struct read_context context = {path, i, false};
    struct finding finding;
    json_t *source = json_array_get(findings, i);
    if (!json_is_object(source))
      report_bad_value(&context, "findings[]", "an object");
    else
      read_finding(source, cache_line_bytes, &finding, &context);
    if (context.failed) {
      if (json_is_object(source))
        free_finding(&finding);
      status = -1;
    } else
      add_finding(out, &finding);
  }
  json_decref(root);
  out->file_count += status == 0;
  return status;
}

static bool is_findings_file(const char *name) {
  size_t length = strlen(name);
  size_t suffix_length = sizeof findings_suffix - 1;
  return length > suffix_length &&
         strcmp(name + length - suffix_length, findings_suffix) == 0;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int read_findings_dir(const char *dir, struct finding_list *out) {
  DIR *stream = opendir(dir);
  if (!stream) {
    fprintf(stderr, "alignlint: error: cannot read directory %s: ", dir);
    perror(NULL);
    return -1;
  }
  char **names = NULL;
  size_t count = 0, capacity = 0;
  for (struct dirent *entry; (entry = readdir(stream));) {
    if (!is_findings_file(entry->d_name))
      continue;
    grow_array((void **)&names, sizeof *names, count, &capacity);
    names[count++] = xstrdup(entry->d_name);
  }
  closedir(stream);
  qsort(names, count, sizeof *names, compare_names);
  int status = 0;
  for (size_t i = 0; i < count; i++) {
    char *path = xasprintf("%s/%s", dir, names[i]);
    if (read_findings_file(path, out) != 0)
      status = -1;
    free(path);
    free(names[i]);
  }
  free(names);
  return status;
}

void free_finding_list(struct finding_list *list) {
  for (size_t i = 0; i < list->count; i++)
    free_finding(&list->items[i]);
  free(list->items);
  memset(list, 0, sizeof *list);
}
