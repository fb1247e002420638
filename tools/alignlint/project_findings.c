#include "project_findings.h"

#include "xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FINDINGS_SUFFIX ".findings.json"
#define FINDINGS_FORMAT "alignlint-findings"
#define FINDINGS_VERSION 1

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
 * deepest is "findings[N].fix.replacements[N]": no truncation. */
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

/* The value of `key`, which must have `type`; NULL (after an error) when it
 * is missing or mistyped. A nullable key may hold null: then *is_null is
 * set and NULL returned without an error. */
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
  if (json_typeof(value) != type) {
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

static int read_location(const struct json_place *outer, json_t *finding,
                         struct project_location *out) {
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
                       struct project_finding *out) {
  json_t *object = typed_member(outer, finding, "record", JSON_OBJECT, NULL);
  if (!object)
    return -1;
  struct json_place place = member_place(outer, "record");
  return read_string(&place, object, "name", &out->record_name) ||
                 read_string(&place, object, "qualified_name",
                             &out->qualified_name)
             ? -1
             : 0;
}

static int read_bytes(const struct json_place *outer, json_t *finding,
                      struct project_finding *out) {
  int is_null = 0;
  json_t *object = typed_member(outer, finding, "bytes", JSON_OBJECT, &is_null);
  if (is_null)
    return 0;
  if (!object)
    return -1;
  struct json_place place = member_place(outer, "bytes");
  out->has_bytes = 1;
  return read_count(&place, object, "current", UINT64_MAX,
                    &out->bytes_current) ||
                 read_count(&place, object, "proposed", UINT64_MAX,
                            &out->bytes_proposed)
             ? -1
             : 0;
}

static int read_replacements(const struct json_place *outer, json_t *fix,
                             struct project_finding *out) {
  json_t *array = typed_member(outer, fix, "replacements", JSON_ARRAY, NULL);
  if (!array)
    return -1;
  struct json_place list_place = member_place(outer, "replacements");
  out->replacements =
      xmalloc(json_array_size(array) * sizeof *out->replacements);
  for (size_t i = 0; i < json_array_size(array); i++) {
    struct json_place place = element_place(&list_place, i);
    json_t *item = json_array_get(array, i);
    if (!json_is_object(item))
      return report_at(&place, "a replacement must be an object");
    struct project_replacement *replacement =
        &out->replacements[out->replacement_count++];
    memset(replacement, 0, sizeof *replacement);
    if (read_string(&place, item, "file", &replacement->file) ||
        read_size(&place, item, "offset", &replacement->offset) ||
        read_size(&place, item, "length", &replacement->length) ||
        read_string(&place, item, "text", &replacement->text))
      return -1;
  }
  return 0;
}

static int read_fix(const struct json_place *outer, json_t *finding,
                    struct project_finding *out) {
  static const char *const states[] = {"offered", "refused", "none", NULL};
  json_t *object = typed_member(outer, finding, "fix", JSON_OBJECT, NULL);
  if (!object)
    return -1;
  struct json_place place = member_place(outer, "fix");
  return read_choice(&place, object, "state", states, &out->fix_state) ||
                 read_string(&place, object, "reason", &out->fix_reason) ||
                 read_replacements(&place, object, out)
             ? -1
             : 0;
}

static int read_notes(const struct json_place *outer, json_t *finding,
                      struct project_finding *out) {
  json_t *array = typed_member(outer, finding, "notes", JSON_ARRAY, NULL);
  if (!array)
    return -1;
  struct json_place list_place = member_place(outer, "notes");
  out->notes = xmalloc(json_array_size(array) * sizeof *out->notes);
  for (size_t i = 0; i < json_array_size(array); i++) {
    struct json_place place = element_place(&list_place, i);
    json_t *item = json_array_get(array, i);
    if (!json_is_object(item))
      return report_at(&place, "a note must be an object");
    struct project_note *note = &out->notes[out->note_count++];
    memset(note, 0, sizeof *note);
    if (read_string(&place, item, "message", &note->message) ||
        read_string(&place, item, "file", &note->file) ||
        read_line_number(&place, item, "line", &note->line) ||
        read_line_number(&place, item, "column", &note->column))
      return -1;
  }
  return 0;
}

static int read_finding(const struct json_place *place, json_t *object,
                        struct project_finding *out) {
  static const char *const levels[] = {"warning", "error", NULL};
  if (!json_is_object(object))
    return report_at(place, "a finding must be an object");
  return read_string(place, object, "rule", &out->rule) ||
                 read_choice(place, object, "level", levels, &out->level) ||
                 read_string(place, object, "message", &out->message) ||
                 read_location(place, object, &out->location) ||
                 read_record(place, object, out) ||
                 read_bytes(place, object, out) ||
                 read_fix(place, object, out) || read_notes(place, object, out)
             ? -1
             : 0;
}

static void free_project_finding(struct project_finding *finding);

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

static int read_findings_array(const struct json_place *file_place,
                               json_t *root, struct project_findings *out) {
  json_t *array = typed_member(file_place, root, "findings", JSON_ARRAY, NULL);
  if (!array)
    return -1;
  struct json_place list_place = member_place(file_place, "findings");
  for (size_t i = 0; i < json_array_size(array); i++) {
    struct json_place place = element_place(&list_place, i);
    grow_array((void **)&out->items, sizeof *out->items, out->count,
               &out->capacity);
    struct project_finding *finding = &out->items[out->count];
    memset(finding, 0, sizeof *finding);
    finding->origin = xstrdup(file_place->file);
    if (read_finding(&place, json_array_get(array, i), finding)) {
      free_project_finding(finding);
      return -1;
    }
    out->count++;
  }
  return 0;
}

int read_project_findings_file(const char *path, struct project_findings *out) {
  struct json_place place = {path, ""};
  json_error_t error;
  json_t *root = json_load_file(path, 0, &error);
  if (!root) {
    if (error.line > 0)
      return report_at(&place, "line %d, column %d: %s", error.line,
                       error.column, error.text);
    return report_at(&place, "%s", error.text);
  }
  int status = check_header(&place, root);
  if (status == 0)
    status = read_findings_array(&place, root, out);
  json_decref(root);
  if (status == 0)
    out->file_count++;
  return status;
}

static int is_findings_file(const char *name) {
  size_t length = strlen(name), suffix = strlen(FINDINGS_SUFFIX);
  return name[0] != '.' && length > suffix &&
         strcmp(name + length - suffix, FINDINGS_SUFFIX) == 0;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The findings files' names in `dir`, sorted. Returns -1 after an error. */
static int list_findings_files(const char *dir, char ***names, size_t *count) {
  DIR *stream = opendir(dir);
  if (!stream) {
    fprintf(stderr,
            "alignlint: error: cannot read the export directory %s: "
            "%s\n",
            dir, strerror(errno));
    return -1;
  }
  size_t capacity = 0;
  *names = NULL;
  *count = 0;
  struct dirent *entry;
  while ((entry = readdir(stream)) != NULL) {
    if (!is_findings_file(entry->d_name))
      continue;
    grow_array((void **)names, sizeof **names, *count, &capacity);
    (*names)[(*count)++] = xstrdup(entry->d_name);
  }
  closedir(stream);
  qsort(*names, *count, sizeof **names, compare_names);
  return 0;
}

int read_project_findings(const char *dir, struct project_findings *out) {
  char **names;
  size_t count;
  if (list_findings_files(dir, &names, &count))
    return -1;
  int status = 0;
  if (count == 0) {
    fprintf(stderr,
            "alignlint: error: %s holds no *" FINDINGS_SUFFIX " files: "
            "compile with -fplugin-arg-alignlint-export-fixes=%s first\n",
            dir, dir);
    status = -1;
  }
  for (size_t i = 0; i < count; i++) {
    char *path = xasprintf("%s/%s", dir, names[i]);
    if (status == 0)
      status = read_project_findings_file(path, out);
    free(path);
    free(names[i]);
  }
  free(names);
  if (status == 0)
    deduplicate_project_findings(out);
  return status;
}

/* The order of the list: by record key, then rule; ties keep file order. */
static int compare_findings(const void *a, const void *b) {
  const struct project_finding *left = a, *right = b;
  int order = strcmp(left->location.file, right->location.file);
  if (order == 0 && left->location.offset != right->location.offset)
    order = left->location.offset < right->location.offset ? -1 : 1;
  if (order == 0)
    order = strcmp(left->rule, right->rule);
  return order;
}

/* A stable sort: the first TU's copy of a header finding is the one kept. */
static int compare_findings_stably(const void *a, const void *b) {
  int order = compare_findings(a, b);
  if (order == 0)
    order = a < b ? -1 : a > b;
  return order;
}

void deduplicate_project_findings(struct project_findings *list) {
  if (list->count == 0)
    return;
  qsort(list->items, list->count, sizeof *list->items, compare_findings_stably);
  size_t kept = 1;
  for (size_t i = 1; i < list->count; i++) {
    if (compare_findings(&list->items[kept - 1], &list->items[i]) == 0)
      free_project_finding(&list->items[i]);
    else
      list->items[kept++] = list->items[i];
  }
  list->count = kept;
}

uint64_t project_finding_bytes_wasted(const struct project_finding *finding) {
  if (!finding->has_bytes || finding->bytes_proposed >= finding->bytes_current)
    return 0;
  return finding->bytes_current - finding->bytes_proposed;
}

static void free_project_finding(struct project_finding *finding) {
  free(finding->rule);
  free(finding->level);
  free(finding->message);
  free(finding->location.file);
  free(finding->record_name);
  free(finding->qualified_name);
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
  free(finding->origin);
}

void free_project_findings(struct project_findings *list) {
  for (size_t i = 0; i < list->count; i++)
    free_project_finding(&list->items[i]);
  free(list->items);
  memset(list, 0, sizeof *list);
}
