#include "tu_findings.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

static const char *string_at(json_t *object, const char *key) {
  const char *value = json_string_value(json_object_get(object, key));
  return value ? value : "";
}

static long integer_at(json_t *object, const char *key) {
  return (long)json_integer_value(json_object_get(object, key));
}

static void read_finding(json_t *item, struct tu_finding *out) {
  json_t *location = json_object_get(item, "location");
  json_t *record = json_object_get(item, "record");
  json_t *bytes = json_object_get(item, "bytes");
  json_t *lines = json_object_get(item, "cache_lines");
  json_t *fix = json_object_get(item, "fix");
  memset(out, 0, sizeof *out);
  out->rule = string_at(item, "rule");
  out->is_error = strcmp(string_at(item, "level"), "error") == 0;
  out->message = string_at(item, "message");
  out->file = string_at(location, "file");
  out->offset = (size_t)integer_at(location, "offset");
  out->line = integer_at(location, "line");
  out->record_name = string_at(record, "qualified_name");
  if (!*out->record_name)
    out->record_name = string_at(record, "name");
  out->has_bytes = json_is_object(bytes);
  out->bytes_current = integer_at(bytes, "current");
  out->bytes_proposed = integer_at(bytes, "proposed");
  out->lines_current = integer_at(lines, "current");
  out->lines_proposed = integer_at(lines, "proposed");
  out->fix_state = string_at(fix, "state");
  out->fix_reason = string_at(fix, "reason");
}

static int check_header(json_t *root, const char *path) {
  if (strcmp(string_at(root, "format"), "alignlint-findings") != 0) {
    fprintf(stderr, "alignlint: error: %s is not an alignlint findings file\n",
            path);
    return -1;
  }
  if (integer_at(root, "version") != 1) {
    fprintf(stderr,
            "alignlint: error: %s has findings format version %ld; this "
            "alignlint reads version 1\n",
            path, integer_at(root, "version"));
    return -1;
  }
  if (!json_is_array(json_object_get(root, "findings"))) {
    fprintf(stderr, "alignlint: error: %s has no \"findings\" array\n", path);
    return -1;
  }
  return 0;
}

int read_tu_findings(const char *path, tu_finding_callback *callback,
                     void *context) {
  json_error_t error;
  json_t *root = json_load_file(path, 0, &error);
  if (!root) {
    fprintf(stderr, "alignlint: error: %s:%d: %s\n", path, error.line,
            error.text);
    return -1;
  }
  int status = check_header(root, path);
  if (status == 0) {
    size_t index;
    json_t *item;
    json_array_foreach(json_object_get(root, "findings"), index, item) {
      struct tu_finding finding;
      read_finding(item, &finding);
      callback(&finding, context);
    }
  }
  json_decref(root);
  return status;
}
