#include "edit_plan.h"

#include "apply.h"
#include "digest.h"
#include "file_content.h"
#include "xalloc.h"

#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct record_target {
  char *path; /* realpath */
  size_t offset;
};

/* Splits "PATH:OFFSET" at its last colon. */
static int parse_record(const char *record, struct record_target *out) {
  const char *colon = strrchr(record, ':');
  if (!colon || colon == record || colon[1] == '\0')
    return -1;
  char *end;
  unsigned long long offset = strtoull(colon + 1, &end, 10);
  if (*end != '\0')
    return -1;
  char *path = xmalloc((size_t)(colon - record) + 1);
  memcpy(path, record, (size_t)(colon - record));
  path[colon - record] = '\0';
  out->path = realpath(path, NULL);
  out->offset = (size_t)offset;
  free(path);
  return out->path ? 0 : -1;
}

static int is_target(struct record_key key, const struct record_target *t) {
  if (key.offset != t->offset)
    return 0;
  char *real = realpath(key.file_path, NULL);
  int same = real && strcmp(real, t->path) == 0;
  free(real);
  return same;
}

/* The fixes and vetoes of the record only (every digest kept): apply then
 * decides about this record alone. Keys get the one resolved path, so both
 * lists stay sorted. */
static struct fix_set record_subset(const struct fix_set *set,
                                    const struct record_target *target) {
  struct fix_set subset = *set;
  subset.fixes = xmalloc((set->fix_count + 1) * sizeof *subset.fixes);
  subset.vetoes = xmalloc((set->veto_count + 1) * sizeof *subset.vetoes);
  subset.fix_count = subset.veto_count = 0;
  for (size_t i = 0; i < set->fix_count; i++)
    if (is_target(set->fixes[i].key, target)) {
      subset.fixes[subset.fix_count] = set->fixes[i];
      subset.fixes[subset.fix_count++].key.file_path = target->path;
    }
  for (size_t i = 0; i < set->veto_count; i++)
    if (is_target(set->vetoes[i].key, target)) {
      subset.vetoes[subset.veto_count] = set->vetoes[i];
      subset.vetoes[subset.veto_count++].key.file_path = target->path;
    }
  return subset;
}

struct applied_fixes {
  const struct fix **items;
  size_t count;
  size_t capacity;
};

static void note_applied(const struct fix *fix, void *context) {
  struct applied_fixes *applied = context;
  grow_array((void **)&applied->items, sizeof *applied->items, applied->count,
             &applied->capacity);
  applied->items[applied->count++] = fix;
}

static json_t *edit_json(const struct replacement *replacement) {
  json_t *text = json_stringn(replacement->text, replacement->text_length);
  if (!text)
    return NULL; /* not UTF-8 */
  return json_pack("{s:I, s:I, s:o}", "offset", (json_int_t)replacement->offset,
                   "length", (json_int_t)replacement->length, "text", text);
}

/* The file entry for `path`, added to `files` when new. */
static json_t *file_entry(json_t *files, const char *path) {
  char *real = realpath(path, NULL);
  const char *name = real ? real : path;
  size_t index;
  json_t *file;
  json_array_foreach(files, index, file) {
    if (strcmp(json_string_value(json_object_get(file, "path")), name) == 0) {
      free(real);
      return file;
    }
  }
  file = json_pack("{s:s, s:[]}", "path", name, "edits");
  /* The text the edits are for: apply has just checked it against the
   * export, and the editor offers the edits only while it is unchanged. */
  struct file_content content;
  if (read_file_content(name, &content) == 0) {
    char digest[DIGEST_TEXT_SIZE];
    digest_text(content.bytes, content.size, digest);
    json_object_set_new(file, "digest", json_string(digest));
    free(content.bytes);
  }
  json_array_append_new(files, file);
  free(real);
  return file;
}

/* Each file's edits, in offset order, each once. NULL when an edit is not
 * UTF-8 text (JSON cannot carry it). */
static json_t *files_json(const struct applied_fixes *applied) {
  json_t *files = json_array();
  for (size_t f = 0; f < applied->count; f++) {
    const struct fix *fix = applied->items[f];
    for (size_t r = 0; r < fix->replacement_count; r++) {
      const struct replacement *replacement = &fix->replacements[r];
      if (r > 0 &&
          compare_replacements(&fix->replacements[r - 1], replacement) == 0)
        continue;
      json_t *edit = edit_json(replacement);
      if (!edit) {
        json_decref(files);
        return NULL;
      }
      json_array_append_new(
          json_object_get(file_entry(files, replacement->file_path), "edits"),
          edit);
    }
  }
  return files;
}

/* apply's messages, one per line. */
static json_t *refusals_json(const char *messages) {
  json_t *refusals = json_array();
  for (const char *line = messages; *line;) {
    size_t length = strcspn(line, "\n");
    if (length > 0)
      json_array_append_new(refusals, json_stringn(line, length));
    line += length + (line[length] == '\n');
  }
  return refusals;
}

static json_t *decide(const struct fix_set *set, const char *record,
                      const struct record_target *target) {
  struct fix_set subset = record_subset(set, target);
  struct applied_fixes applied = {0};
  char *messages = NULL;
  size_t messages_size = 0;
  FILE *message_stream = open_memstream(&messages, &messages_size);
  struct apply_options options = {.dry_run = 1,
                                  .decide_only = 1,
                                  .messages = message_stream,
                                  .on_applied = note_applied,
                                  .context = &applied};
  struct apply_summary summary;
  if (subset.fix_count > 0)
    apply_fix_set(&subset, &options, &summary);
  else
    fprintf(message_stream,
            "no translation unit of the compile database proposes a fix for "
            "the record at %s:%zu\n",
            target->path, target->offset);
  fclose(message_stream);
  json_t *files = applied.count > 0 ? files_json(&applied) : NULL;
  json_t *plan = json_pack("{s:s}", "record", record);
  if (files && json_array_size(files) > 0) {
    json_object_set_new(plan, "message",
                        json_string(applied.items[0]->message));
    json_object_set_new(plan, "files", files);
  } else {
    json_decref(files);
    json_t *refusals = refusals_json(messages ? messages : "");
    if (applied.count > 0)
      json_array_append_new(
          refusals, json_string("the fix's text is not UTF-8, which an editor "
                                "edit cannot carry"));
    json_object_set_new(plan, "refusals", refusals);
  }
  free(messages);
  free(applied.items);
  free(subset.fixes);
  free(subset.vetoes);
  return plan;
}

int write_edit_plan(const struct fix_set *set, const char *record, FILE *out) {
  struct record_target target;
  if (parse_record(record, &target) != 0) {
    fprintf(stderr,
            "alignlint: error: --record needs PATH:OFFSET of an existing "
            "file, not '%s'\n",
            record);
    return 2;
  }
  json_t *plan = decide(set, record, &target);
  int offered = json_object_get(plan, "files") != NULL;
  json_dumpf(plan, out, JSON_INDENT(2));
  fputc('\n', out);
  json_decref(plan);
  free(target.path);
  return offered ? 0 : 1;
}
