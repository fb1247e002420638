/* Reads the JSON findings files of docs/findings-format.md with jansson:
 * every key the format has is checked, and an error names the file, the
 * place in it and the problem. */
#include "findings_file.h"

#include "file_tree.h"
#include "first_of_equals.h"
#include "xalloc.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FINDINGS_SUFFIX ".findings.json"
#define FINDINGS_FORMAT "alignlint-findings"
#define FINDINGS_VERSION 1
/* What cache_line_bytes is when a file does not say. */
#define DEFAULT_CACHE_LINE_BYTES 64

/* Where in which file a value is read, for error messages:
 * "DIR/conn.0123456789abcdef.findings.json: findings[2].location: ...". */
struct json_place {
  const char *file;
  char path[96];
};

__attribute__((format(printf, 2, 3))) static int
report_at(const struct json_place *place, const char *format, ...) {
  fprintf(stderr, "alignlint: error: %s: ", place->file);
  if (place->path[0])
    fprintf(stderr, "%s: ", place->path);
  va_list args;
  va_start(args, format);
  vfprintf(stderr, format, args);
  va_end(args);
  fputc('\n', stderr);
  return -1;
}

/* The place of a member (".key") or element ("[index]") of `outer`. The
 * deepest is "findings[N].layout.before.fields[N]": no truncation. */
static struct json_place member_place(const struct json_place *outer,
                                      const char *key) {
  struct json_place place = {outer->file, ""};
  if (snprintf(place.path, sizeof place.path, "%s%s%s", outer->path,
               outer->path[0] ? "." : "", key) < 0)
    place.path[0] = '\0';
  return place;
}

static struct json_place element_place(const struct json_place *outer,
                                       size_t index) {
  struct json_place place = {outer->file, ""};
  if (snprintf(place.path, sizeof place.path, "%s[%zu]", outer->path, index) <
      0)
    place.path[0] = '\0';
  return place;
}

/* The value of `key`, which must have `type` (JSON_TRUE: true or false);
 * NULL (after an error) when it is missing or mistyped. A nullable key may
 * hold null: then *is_null is set and NULL returned without an error. */
static json_t *typed_member(const struct json_place *place, json_t *object,
                            const char *key, json_type type, int *is_null) {
  static const char *const type_names[] = {
      [JSON_OBJECT] = "an object", [JSON_ARRAY] = "an array",
      [JSON_STRING] = "a string",  [JSON_INTEGER] = "an integer",
      [JSON_REAL] = "a number",    [JSON_TRUE] = "a boolean",
      [JSON_FALSE] = "a boolean",  [JSON_NULL] = "null"};
  json_t *value = json_object_get(object, key);
  if (!value) {
    report_at(place, "missing key '%s'", key);
    return NULL;
  }
  if (is_null && json_is_null(value)) {
    *is_null = 1;
    return NULL;
  }
  if (json_typeof(value) != type &&
      !(type == JSON_TRUE && json_is_boolean(value))) {
    report_at(place, "'%s' must be %s", key, type_names[type]);
    return NULL;
  }
  return value;
}

static int read_string(const struct json_place *place, json_t *object,
                       const char *key, char **out) {
  json_t *value = typed_member(place, object, key, JSON_STRING, NULL);
  if (!value)
    return -1;
  *out = xstrdup(json_string_value(value));
  return 0;
}

static int read_flag(const struct json_place *place, json_t *object,
                     const char *key, bool *out) {
  json_t *value = typed_member(place, object, key, JSON_TRUE, NULL);
  if (!value)
    return -1;
  *out = json_is_true(value);
  return 0;
}

static int read_count(const struct json_place *place, json_t *object,
                      const char *key, uint64_t max, uint64_t *out) {
  json_t *value = typed_member(place, object, key, JSON_INTEGER, NULL);
  if (!value)
    return -1;
  json_int_t number = json_integer_value(value);
  if (number < 0 || (uint64_t)number > max)
    return report_at(place, "'%s' is out of range: %lld", key,
                     (long long)number);
  *out = (uint64_t)number;
  return 0;
}

static int read_size(const struct json_place *place, json_t *object,
                     const char *key, size_t *out) {
  uint64_t value = 0;
  if (read_count(place, object, key, SIZE_MAX, &value))
    return -1;
  *out = (size_t)value;
  return 0;
}

static int read_line_number(const struct json_place *place, json_t *object,
                            const char *key, unsigned *out) {
  uint64_t value = 0;
  if (read_count(place, object, key, 0xffffffffu, &value))
    return -1;
  *out = (unsigned)value;
  return 0;
}

/* One of `allowed` (NULL-terminated). */
static int read_choice(const struct json_place *place, json_t *object,
                       const char *key, const char *const *allowed,
                       char **out) {
  if (read_string(place, object, key, out))
    return -1;
  for (const char *const *choice = allowed; *choice; choice++)
    if (strcmp(*out, *choice) == 0)
      return 0;
  return report_at(place, "unknown %s '%s'", key, *out);
}

/* Reads one element of an array of objects into `element` (zeroed). */
typedef int read_element(const struct json_place *place, json_t *object,
                         void *element);

/* The array of objects `key` of `object` (`what` names one in errors) into
 * a new array of *count elements of `size` bytes; *count counts the
 * elements begun, so that freeing them frees what a failure left. */
static int read_objects(const struct json_place *outer, json_t *object,
                        const char *key, const char *what, size_t size,
                        read_element *read, void **items, size_t *count) {
  json_t *array = typed_member(outer, object, key, JSON_ARRAY, NULL);
  if (!array)
    return -1;
  struct json_place list_place = member_place(outer, key);
  *items = xmalloc(json_array_size(array) * size);
  for (size_t i = 0; i < json_array_size(array); i++) {
    struct json_place place = element_place(&list_place, i);
    json_t *item = json_array_get(array, i);
    if (!json_is_object(item))
      return report_at(&place, "%s must be an object", what);
    void *element = (char *)*items + (*count)++ * size;
    memset(element, 0, size);
    if (read(&place, item, element))
      return -1;
  }
  return 0;
}

static int read_location(const struct json_place *outer, json_t *finding,
                         struct finding_location *out) {
  json_t *object = typed_member(outer, finding, "location", JSON_OBJECT, NULL);
  if (!object)
    return -1;
  struct json_place place = member_place(outer, "location");
  if (read_string(&place, object, "file", &out->file) ||
      read_size(&place, object, "offset", &out->offset) ||
      read_line_number(&place, object, "line", &out->line) ||
      read_line_number(&place, object, "column", &out->column) ||
      read_line_number(&place, object, "end_line", &out->end_line) ||
      read_line_number(&place, object, "end_column", &out->end_column))
    return -1;
  if (out->line == 0 || out->column == 0)
    return report_at(&place, "'line' and 'column' are 1-based, not 0");
  return 0;
}

static int read_record(const struct json_place *outer, json_t *finding,
                       struct finding *out) {
  json_t *object = typed_member(outer, finding, "record", JSON_OBJECT, NULL);
  if (!object)
    return -1;
  struct json_place place = member_place(outer, "record");
  return read_string(&place, object, "name", &out->record_name) ||
                 read_string(&place, object, "qualified_name",
                             &out->qualified_name) ||
                 read_string(&place, object, "kind", &out->record_kind)
             ? -1
             : 0;
}

/* A nullable {"current": N, "proposed": N}; *present (when not NULL) says
 * whether it is there. */
static int read_sizes(const struct json_place *outer, json_t *finding,
                      const char *key, bool *present, uint64_t *current,
                      uint64_t *proposed) {
  int is_null = 0;
  json_t *object = typed_member(outer, finding, key, JSON_OBJECT, &is_null);
  if (is_null)
    return 0;
  if (!object)
    return -1;
  struct json_place place = member_place(outer, key);
  if (present)
    *present = true;
  return read_count(&place, object, "current", UINT64_MAX, current) ||
                 read_count(&place, object, "proposed", UINT64_MAX, proposed)
             ? -1
             : 0;
}

static int read_replacement(const struct json_place *place, json_t *object,
                            void *element) {
  struct finding_replacement *out = element;
  return read_string(place, object, "file", &out->file) ||
                 read_size(place, object, "offset", &out->offset) ||
                 read_size(place, object, "length", &out->length) ||
                 read_string(place, object, "text", &out->text)
             ? -1
             : 0;
}

static int read_fix(const struct json_place *outer, json_t *finding,
                    struct finding *out) {
  static const char *const states[] = {"offered", "refused", "none", NULL};
  json_t *object = typed_member(outer, finding, "fix", JSON_OBJECT, NULL);
  if (!object)
    return -1;
  struct json_place place = member_place(outer, "fix");
  return read_choice(&place, object, "state", states, &out->fix_state) ||
                 read_string(&place, object, "reason", &out->fix_reason) ||
                 read_objects(&place, object, "replacements", "a replacement",
                              sizeof *out->replacements, read_replacement,
                              (void **)&out->replacements,
                              &out->replacement_count)
             ? -1
             : 0;
}

static int read_note(const struct json_place *place, json_t *object,
                     void *element) {
  struct finding_note *out = element;
  return read_string(place, object, "message", &out->message) ||
                 read_string(place, object, "file", &out->file) ||
                 read_line_number(place, object, "line", &out->line) ||
                 read_line_number(place, object, "column", &out->column)
             ? -1
             : 0;
}

static int read_field(const struct json_place *place, json_t *object,
                      void *element) {
  struct layout_field *out = element;
  return read_string(place, object, "name", &out->name) ||
                 read_string(place, object, "type", &out->type) ||
                 read_count(place, object, "offset_bits", UINT64_MAX,
                            &out->offset_bits) ||
                 read_count(place, object, "size_bits", UINT64_MAX,
                            &out->size_bits) ||
                 read_flag(place, object, "bitfield", &out->bitfield) ||
                 read_flag(place, object, "hot", &out->hot) ||
                 read_flag(place, object, "contended", &out->contended)
             ? -1
             : 0;
}

/* The nullable layout `key` of `object`: *out stays NULL for null. */
static int read_layout(const struct json_place *outer, json_t *object,
                       const char *key, struct record_layout **out) {
  int is_null = 0;
  json_t *source = typed_member(outer, object, key, JSON_OBJECT, &is_null);
  if (is_null)
    return 0;
  if (!source)
    return -1;
  struct json_place place = member_place(outer, key);
  struct record_layout *layout = xmalloc(sizeof *layout);
  memset(layout, 0, sizeof *layout);
  *out = layout;
  return read_count(&place, source, "size_bytes", UINT64_MAX,
                    &layout->size_bytes) ||
                 read_count(&place, source, "align_bytes", UINT64_MAX,
                            &layout->align_bytes) ||
                 read_objects(&place, source, "fields", "a field",
                              sizeof *layout->fields, read_field,
                              (void **)&layout->fields, &layout->field_count)
             ? -1
             : 0;
}

/* "layout": {"before": ..., "after": ...}, or null. */
static int read_layouts(const struct json_place *outer, json_t *finding,
                        struct finding *out) {
  int is_null = 0;
  json_t *object =
      typed_member(outer, finding, "layout", JSON_OBJECT, &is_null);
  if (is_null)
    return 0;
  if (!object)
    return -1;
  struct json_place place = member_place(outer, "layout");
  return read_layout(&place, object, "before", &out->before) ||
                 read_layout(&place, object, "after", &out->after)
             ? -1
             : 0;
}

static int read_finding(const struct json_place *place, json_t *object,
                        struct finding *out) {
  static const char *const levels[] = {"warning", "error", NULL};
  if (!json_is_object(object))
    return report_at(place, "a finding must be an object");
  return read_string(place, object, "rule", &out->rule) ||
                 read_choice(place, object, "level", levels, &out->level) ||
                 read_string(place, object, "message", &out->message) ||
                 read_location(place, object, &out->location) ||
                 read_record(place, object, out) ||
                 read_sizes(place, object, "bytes", &out->has_bytes,
                            &out->bytes_current, &out->bytes_proposed) ||
                 read_sizes(place, object, "cache_lines", NULL,
                            &out->lines_current, &out->lines_proposed) ||
                 read_fix(place, object, out) ||
                 read_objects(place, object, "notes", "a note",
                              sizeof *out->notes, read_note,
                              (void **)&out->notes, &out->note_count) ||
                 read_layouts(place, object, out)
             ? -1
             : 0;
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
  free(finding->location.file);
  free(finding->record_name);
  free(finding->qualified_name);
  free(finding->record_kind);
  free(finding->fix_state);
  free(finding->fix_reason);
  for (size_t i = 0; i < finding->replacement_count; i++) {
    free(finding->replacements[i].file);
    free(finding->replacements[i].text);
  }
  free(finding->replacements);
  for (size_t i = 0; i < finding->note_count; i++) {
    free(finding->notes[i].message);
    free(finding->notes[i].file);
  }
  free(finding->notes);
  free_layout(finding->before);
  free_layout(finding->after);
}

/* The format and version: a reader must not guess at a file it does not
 * know (docs/findings-format.md). */
static int check_header(const struct json_place *place, json_t *root) {
  if (!json_is_object(root))
    return report_at(place, "not a findings file: the top level must be an "
                            "object");
  json_t *format = json_object_get(root, "format");
  if (!json_is_string(format) ||
      strcmp(json_string_value(format), FINDINGS_FORMAT) != 0)
    return report_at(place, "not a findings file: 'format' must be '%s'",
                     FINDINGS_FORMAT);
  json_t *version = json_object_get(root, "version");
  if (!json_is_integer(version) ||
      json_integer_value(version) != FINDINGS_VERSION)
    return report_at(place,
                     "unknown findings file version (this alignlint reads "
                     "version %d; use the alignlint of the plugin that wrote "
                     "it)",
                     FINDINGS_VERSION);
  return 0;
}

static unsigned cache_line_bytes_of(json_t *root) {
  json_t *line = json_object_get(root, "cache_line_bytes");
  return json_is_integer(line) && json_integer_value(line) > 0
             ? (unsigned)json_integer_value(line)
             : DEFAULT_CACHE_LINE_BYTES;
}

static int read_findings_array(const struct json_place *file_place,
                               json_t *root, struct finding_list *out) {
  json_t *array = typed_member(file_place, root, "findings", JSON_ARRAY, NULL);
  if (!array)
    return -1;
  unsigned cache_line_bytes = cache_line_bytes_of(root);
  struct json_place list_place = member_place(file_place, "findings");
  for (size_t i = 0; i < json_array_size(array); i++) {
    struct json_place place = element_place(&list_place, i);
    grow_array((void **)&out->items, sizeof *out->items, out->count,
               &out->capacity);
    struct finding *finding = &out->items[out->count];
    memset(finding, 0, sizeof *finding);
    finding->cache_line_bytes = cache_line_bytes;
    finding->unit_count = 1;
    if (read_finding(&place, json_array_get(array, i), finding)) {
      free_finding(finding);
      return -1;
    }
    out->count++;
  }
  return 0;
}

static int load_json(const struct json_place *place, json_t **root) {
  json_error_t error;
  *root = json_load_file(place->file, 0, &error);
  if (*root)
    return 0;
  if (error.line > 0)
    return report_at(place, "line %d, column %d: %s", error.line, error.column,
                     error.text);
  return report_at(place, "%s", error.text);
}

int read_findings_file(const char *path, struct finding_list *out) {
  struct json_place place = {path, ""};
  json_t *root;
  if (load_json(&place, &root))
    return -1;
  size_t count_before = out->count;
  int status = check_header(&place, root);
  if (status == 0)
    status = read_findings_array(&place, root, out);
  json_decref(root);
  if (status == 0) {
    out->file_count++;
    return 0;
  }
  while (out->count > count_before)
    free_finding(&out->items[--out->count]);
  return -1;
}

int read_findings_dir(const char *dir, struct finding_list *out) {
  struct string_list names = {0};
  if (list_directory(dir, FINDINGS_SUFFIX, &names) != 0) {
    fprintf(stderr,
            "alignlint: error: cannot read the export directory %s: %s\n", dir,
            strerror(errno));
    return -1;
  }
  int status = 0;
  for (size_t i = 0; i < names.count && status == 0; i++) {
    if (names.items[i][0] == '.')
      continue; /* hidden: not the plugin's */
    char *path = xasprintf("%s/%s", dir, names.items[i]);
    status = read_findings_file(path, out);
    free(path);
  }
  string_list_free(&names);
  return status;
}

int require_findings_files(const char *dir, const struct finding_list *list) {
  if (list->file_count > 0)
    return 0;
  fprintf(stderr,
          "alignlint: error: %s holds no *" FINDINGS_SUFFIX " files: "
          "compile with -fplugin-arg-alignlint-export-fixes=%s first\n",
          dir, dir);
  return -1;
}

int compare_finding_keys(const struct finding *left,
                         const struct finding *right) {
  int order = strcmp(left->location.file, right->location.file);
  if (order == 0 && left->location.offset != right->location.offset)
    order = left->location.offset < right->location.offset ? -1 : 1;
  if (order == 0)
    order = strcmp(left->rule, right->rule);
  return order;
}

static int compare_keys(const void *left, const void *right) {
  return compare_finding_keys(left, right);
}

static void count_repeat(void *repeat, void *first) {
  ((struct finding *)first)->unit_count +=
      ((struct finding *)repeat)->unit_count;
  free_finding(repeat);
}

void deduplicate_findings(struct finding_list *list) {
  list->count =
      keep_first_of_equals(list->items, list->count, sizeof *list->items,
                           compare_keys, count_repeat);
}

uint64_t finding_bytes_wasted(const struct finding *finding) {
  if (!finding->has_bytes || finding->bytes_proposed >= finding->bytes_current)
    return 0;
  return finding->bytes_current - finding->bytes_proposed;
}

void free_finding_list(struct finding_list *list) {
  for (size_t i = 0; i < list->count; i++)
    free_finding(&list->items[i]);
  free(list->items);
  memset(list, 0, sizeof *list);
}
