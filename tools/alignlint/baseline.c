#include "baseline.h"

#include "atomic_write.h"
#include "path_resolve.h"
#include "project_root.h"
#include "xalloc.h"

#include "yaml_source.h"
#include <errno.h>
#include <inttypes.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#define BASELINE_FORMAT "alignlint-baseline"
#define BASELINE_VERSION "1"

/* ---- the entries: sorted by identity, one per identity ---- */

static int compare_identity(const char *rule, const char *record,
                            const char *file,
                            const struct baseline_entry *entry) {
  int order = strcmp(file, entry->file);
  if (order == 0)
    order = strcmp(record, entry->record);
  if (order == 0)
    order = strcmp(rule, entry->rule);
  return order;
}

static int compare_entries(const void *a, const void *b) {
  const struct baseline_entry *left = a;
  return compare_identity(left->rule, left->record, left->file, b);
}

static void add_entry(struct baseline *baseline, const char *rule,
                      const char *record, const char *file,
                      uint64_t bytes_wasted) {
  grow_array((void **)&baseline->entries, sizeof *baseline->entries,
             baseline->count, &baseline->capacity);
  baseline->entries[baseline->count++] = (struct baseline_entry){
      xstrdup(rule), xstrdup(record), xstrdup(file), bytes_wasted};
}

static void free_entry(struct baseline_entry *entry) {
  free(entry->rule);
  free(entry->record);
  free(entry->file);
}

/* Sorts the entries and merges those with one identity, keeping the larger
 * waste. */
static void sort_and_merge(struct baseline *baseline) {
  if (baseline->count == 0)
    return;
  qsort(baseline->entries, baseline->count, sizeof *baseline->entries,
        compare_entries);
  size_t kept = 1;
  for (size_t i = 1; i < baseline->count; i++) {
    struct baseline_entry *last = &baseline->entries[kept - 1];
    struct baseline_entry *entry = &baseline->entries[i];
    if (compare_entries(last, entry) != 0) {
      baseline->entries[kept++] = *entry;
      continue;
    }
    if (entry->bytes_wasted > last->bytes_wasted)
      last->bytes_wasted = entry->bytes_wasted;
    free_entry(entry);
  }
  baseline->count = kept;
}

void baseline_from_findings(const struct finding_list *findings,
                            const char *root, struct baseline *out) {
  memset(out, 0, sizeof *out);
  out->root = xstrdup(root);
  for (size_t i = 0; i < findings->count; i++) {
    const struct finding *finding = &findings->items[i];
    add_entry(out, finding->rule, finding->qualified_name,
              baseline_file_of(out, finding), finding_bytes_wasted(finding));
  }
  sort_and_merge(out);
}

const char *baseline_file_of(const struct baseline *baseline,
                             const struct finding *finding) {
  return path_below_root(finding->location.file, baseline->root);
}

const struct baseline_entry *baseline_find(const struct baseline *baseline,
                                           const char *rule, const char *record,
                                           const char *file) {
  size_t low = 0, high = baseline->count;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    int order =
        compare_identity(rule, record, file, &baseline->entries[middle]);
    if (order == 0)
      return &baseline->entries[middle];
    if (order < 0)
      high = middle;
    else
      low = middle + 1;
  }
  return NULL;
}

static const struct baseline_entry *entry_of(const struct baseline *baseline,
                                             const struct finding *finding) {
  return baseline_find(baseline, finding->rule, finding->qualified_name,
                       baseline_file_of(baseline, finding));
}

enum baseline_verdict baseline_judge(const struct baseline *baseline,
                                     const struct finding *finding) {
  const struct baseline_entry *entry = entry_of(baseline, finding);
  if (!entry)
    return BASELINE_NEW;
  return finding_bytes_wasted(finding) > entry->bytes_wasted ? BASELINE_WORSE
                                                             : BASELINE_KNOWN;
}

int baseline_contains(const struct baseline *baseline,
                      const struct finding *finding) {
  return baseline_judge(baseline, finding) == BASELINE_KNOWN;
}

size_t baseline_stale_entries(const struct baseline *baseline,
                              const struct finding_list *findings,
                              unsigned char *stale) {
  memset(stale, 1, baseline->count);
  for (size_t i = 0; i < findings->count; i++) {
    const struct baseline_entry *entry =
        entry_of(baseline, &findings->items[i]);
    if (entry)
      stale[entry - baseline->entries] = 0;
  }
  size_t count = 0;
  for (size_t i = 0; i < baseline->count; i++)
    count += stale[i];
  return count;
}

void free_baseline(struct baseline *baseline) {
  for (size_t i = 0; i < baseline->count; i++)
    free_entry(&baseline->entries[i]);
  free(baseline->entries);
  free(baseline->root);
  memset(baseline, 0, sizeof *baseline);
}

/* ---- writing ---- */

struct text_buffer {
  char *bytes;
  size_t size, capacity;
};

static int append_to_buffer(void *data, unsigned char *bytes, size_t size) {
  struct text_buffer *buffer = data;
  if (buffer->size + size > buffer->capacity) {
    buffer->capacity = (buffer->size + size) * 2;
    buffer->bytes = xrealloc(buffer->bytes, buffer->capacity);
  }
  memcpy(buffer->bytes + buffer->size, bytes, size);
  buffer->size += size;
  return 1;
}

static int emit(yaml_emitter_t *emitter, yaml_event_t *event) {
  return yaml_emitter_emit(emitter, event) ? 0 : -1;
}

static int emit_scalar(yaml_emitter_t *emitter, const char *text) {
  yaml_event_t event;
  yaml_scalar_event_initialize(&event, NULL, NULL, (yaml_char_t *)text,
                               (int)strlen(text), 1, 1, YAML_ANY_SCALAR_STYLE);
  return emit(emitter, &event);
}

static int emit_pair(yaml_emitter_t *emitter, const char *key,
                     const char *value) {
  return emit_scalar(emitter, key) || emit_scalar(emitter, value) ? -1 : 0;
}

static int emit_mapping_start(yaml_emitter_t *emitter) {
  yaml_event_t event;
  yaml_mapping_start_event_initialize(&event, NULL, NULL, 1,
                                      YAML_BLOCK_MAPPING_STYLE);
  return emit(emitter, &event);
}

static int emit_mapping_end(yaml_emitter_t *emitter) {
  yaml_event_t event;
  yaml_mapping_end_event_initialize(&event);
  return emit(emitter, &event);
}

static int emit_entry(yaml_emitter_t *emitter,
                      const struct baseline_entry *entry) {
  char bytes[24];
  snprintf(bytes, sizeof bytes, "%" PRIu64, entry->bytes_wasted);
  return emit_mapping_start(emitter) ||
                 emit_pair(emitter, "rule", entry->rule) ||
                 emit_pair(emitter, "record", entry->record) ||
                 emit_pair(emitter, "file", entry->file) ||
                 emit_pair(emitter, "bytes_wasted", bytes) ||
                 emit_mapping_end(emitter)
             ? -1
             : 0;
}

static int emit_entries(yaml_emitter_t *emitter,
                        const struct baseline *baseline) {
  yaml_event_t event;
  yaml_sequence_start_event_initialize(
      &event, NULL, NULL, 1,
      baseline->count ? YAML_BLOCK_SEQUENCE_STYLE : YAML_FLOW_SEQUENCE_STYLE);
  if (emit_scalar(emitter, "entries") || emit(emitter, &event))
    return -1;
  for (size_t i = 0; i < baseline->count; i++)
    if (emit_entry(emitter, &baseline->entries[i]))
      return -1;
  yaml_sequence_end_event_initialize(&event);
  return emit(emitter, &event);
}

static int emit_document(yaml_emitter_t *emitter,
                         const struct baseline *baseline,
                         const char *relative_root) {
  yaml_event_t event;
  yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
  if (emit(emitter, &event))
    return -1;
  yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1);
  if (emit(emitter, &event) || emit_mapping_start(emitter) ||
      emit_pair(emitter, "format", BASELINE_FORMAT) ||
      emit_pair(emitter, "version", BASELINE_VERSION) ||
      emit_pair(emitter, "root", relative_root) ||
      emit_entries(emitter, baseline) || emit_mapping_end(emitter))
    return -1;
  yaml_document_end_event_initialize(&event, 1);
  if (emit(emitter, &event))
    return -1;
  yaml_stream_end_event_initialize(&event);
  return emit(emitter, &event);
}

/* The folder of `path` as an absolute real path. */
static char *folder_of(const char *path) {
  char *copy = xstrdup(path);
  char *folder = resolve_path(dirname(copy), NULL);
  free(copy);
  return folder;
}

int write_baseline(const struct baseline *baseline, const char *path) {
  char *folder = folder_of(path);
  char *relative_root = relative_path_between(folder, baseline->root);
  free(folder);
  struct text_buffer text = {0};
  yaml_emitter_t emitter;
  yaml_emitter_initialize(&emitter);
  yaml_emitter_set_output(&emitter, append_to_buffer, &text);
  yaml_emitter_set_unicode(&emitter, 1);
  yaml_emitter_set_width(&emitter, -1);
  int status = emit_document(&emitter, baseline, relative_root);
  if (status)
    fprintf(stderr, "alignlint: error: cannot write %s: %s\n", path,
            emitter.problem ? emitter.problem : "YAML emitter failed");
  yaml_emitter_delete(&emitter);
  free(relative_root);
  struct pending_write pending;
  if (status == 0)
    status = open_pending_write(&pending, path);
  if (status == 0)
    status =
        commit_pending_write(&pending, text.bytes, text.size, new_file_mode());
  free(text.bytes);
  return status;
}

/* ---- reading ---- */

/* Every key of `mapping` is a scalar from `allowed` (NULL-terminated) and
 * none is repeated; each of `allowed` is there, as a scalar, unless it is
 * `entries`. Fills values[i] with the node of allowed[i]. */
static int read_mapping(const struct yaml_source *source, yaml_node_t *mapping,
                        const char *const *allowed, yaml_node_t **values) {
  size_t count = 0;
  while (allowed[count])
    values[count++] = NULL;
  if (mapping->type != YAML_MAPPING_NODE)
    return report_at(source, mapping, "expected a mapping");
  for (yaml_node_pair_t *pair = mapping->data.mapping.pairs.start;
       pair < mapping->data.mapping.pairs.top; pair++) {
    yaml_node_t *key = yaml_document_get_node(source->document, pair->key);
    const char *name = key->type == YAML_SCALAR_NODE
                           ? (const char *)key->data.scalar.value
                           : "";
    size_t index = 0;
    while (index < count && strcmp(allowed[index], name) != 0)
      index++;
    if (index == count)
      return report_at(source, key, "unknown key '%s'", name);
    if (values[index])
      return report_at(source, key, "duplicate key '%s'", name);
    values[index] = yaml_document_get_node(source->document, pair->value);
    if (strcmp(name, "entries") != 0 && values[index]->type != YAML_SCALAR_NODE)
      return report_at(source, values[index], "'%s' must be a scalar", name);
  }
  for (size_t i = 0; i < count; i++)
    if (!values[i])
      return report_at(source, mapping, "missing key '%s'", allowed[i]);
  return 0;
}

static const char *scalar(const yaml_node_t *node) {
  return (const char *)node->data.scalar.value;
}

static int read_bytes_wasted(const struct yaml_source *source,
                             yaml_node_t *node, uint64_t *out) {
  const char *digits = scalar(node);
  char *end;
  errno = 0;
  unsigned long long value = strtoull(digits, &end, 10);
  if (digits[0] < '0' || digits[0] > '9' || *end || errno)
    return report_at(source, node,
                     "'bytes_wasted' must be a number of bytes, not '%s'",
                     digits);
  *out = value;
  return 0;
}

static int read_entries(const struct yaml_source *source, yaml_node_t *list,
                        struct baseline *out) {
  static const char *const entry_keys[] = {"rule", "record", "file",
                                           "bytes_wasted", NULL};
  if (list->type != YAML_SEQUENCE_NODE)
    return report_at(source, list, "'entries' must be a sequence");
  for (yaml_node_item_t *item = list->data.sequence.items.start;
       item < list->data.sequence.items.top; item++) {
    yaml_node_t *node = yaml_document_get_node(source->document, *item);
    yaml_node_t *values[4];
    uint64_t bytes_wasted = 0;
    if (read_mapping(source, node, entry_keys, values) ||
        read_bytes_wasted(source, values[3], &bytes_wasted))
      return -1;
    add_entry(out, scalar(values[0]), scalar(values[1]), scalar(values[2]),
              bytes_wasted);
  }
  return 0;
}

static int read_document(const struct yaml_source *source, const char *path,
                         struct baseline *out) {
  static const char *const top_keys[] = {"format", "version", "root", "entries",
                                         NULL};
  yaml_node_t *root_node = yaml_document_get_root_node(source->document);
  yaml_node_t *values[4];
  if (!root_node)
    return report_at(source, NULL, "empty file, expected a baseline");
  if (read_mapping(source, root_node, top_keys, values))
    return -1;
  if (strcmp(scalar(values[0]), BASELINE_FORMAT) != 0)
    return report_at(source, values[0],
                     "not a baseline: 'format' must be '" BASELINE_FORMAT "'");
  if (strcmp(scalar(values[1]), BASELINE_VERSION) != 0)
    return report_at(source, values[1],
                     "unknown baseline version '%s' (this alignlint reads "
                     "version " BASELINE_VERSION ")",
                     scalar(values[1]));
  char *folder = folder_of(path);
  out->root = resolve_path(scalar(values[2]), folder);
  free(folder);
  if (read_entries(source, values[3], out))
    return -1;
  sort_and_merge(out);
  return 0;
}

int read_baseline(const char *path, struct baseline *out) {
  memset(out, 0, sizeof *out);
  FILE *stream = fopen(path, "rb");
  if (!stream) {
    fprintf(stderr, "alignlint: error: cannot read the baseline %s: %s\n", path,
            strerror(errno));
    return -1;
  }
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, stream);
  yaml_document_t document;
  int status;
  if (!yaml_parser_load(&parser, &document)) {
    status = report_parse_error(path, &parser);
  } else {
    struct yaml_source source = {path, &document};
    status = read_document(&source, path, out);
    yaml_document_delete(&document);
  }
  yaml_parser_delete(&parser);
  fclose(stream);
  if (status)
    free_baseline(out);
  return status;
}
