#include "applicable_fix.h"

#include "digest.h"

#include <stdio.h>
#include <string.h>

/* Why apply refuses `fix` (the TUs disagree, or one vetoed the record),
 * or NULL. */
static const char *refusal_of(const struct fix_set *set,
                              const struct fix *fix) {
  if (fix->refusal)
    return fix->refusal;
  for (size_t i = 0; i < set->veto_count; i++)
    if (compare_record_keys(set->vetoes[i].key, fix->key) == 0)
      return set->vetoes[i].message;
  return NULL;
}

static int carries(const struct fix *fix,
                   const struct finding_replacement *wanted) {
  for (size_t i = 0; i < fix->replacement_count; i++) {
    const struct replacement *replacement = &fix->replacements[i];
    if (strcmp(replacement->file_path, wanted->file) == 0 &&
        replacement->offset == wanted->offset &&
        replacement->length == wanted->length &&
        replacement->text_length == strlen(wanted->text) &&
        memcmp(replacement->text, wanted->text, replacement->text_length) == 0)
      return 1;
  }
  return 0;
}

/* A file `fix` edits whose content is no longer what the export recorded
 * (files without a digest are taken as they are), or NULL. */
static const char *changed_file(const struct fix_set *set,
                                const struct fix *fix,
                                struct source_cache *sources) {
  for (size_t r = 0; r < fix->replacement_count; r++) {
    const char *path = fix->replacements[r].file_path;
    const struct source_file *file = source_file(sources, path);
    if (!file->bytes)
      return path;
    char now[DIGEST_TEXT_SIZE];
    digest_text(file->bytes, file->size, now);
    for (size_t d = 0; d < set->digest_count; d++)
      if (strcmp(set->digests[d].file_path, path) == 0 &&
          !digest_texts_equal(set->digests[d].digest, now))
        return path;
  }
  return NULL;
}

const struct fix *applicable_fix(const struct fix_set *set,
                                 const struct finding *finding,
                                 struct source_cache *sources) {
  if (strcmp(finding->fix_state, "offered") != 0 ||
      finding->replacement_count == 0)
    return NULL;
  struct record_key key = {finding->location.file, finding->location.offset};
  const struct fix *found = NULL;
  for (size_t i = 0; i < set->fix_count && !found; i++)
    if (compare_record_keys(set->fixes[i].key, key) == 0 &&
        carries(&set->fixes[i], &finding->replacements[0]))
      found = &set->fixes[i];
  const char *why = NULL, *detail = NULL;
  if (!found)
    why = "the export holds no such fix";
  else if ((detail = refusal_of(set, found)) != NULL)
    why = "alignlint apply refuses it";
  else if ((detail = changed_file(set, found, sources)) != NULL)
    why = "a file it edits changed since the export";
  if (!why)
    return found;
  fprintf(stderr, "alignlint: note: %s:%u:%u: the fix is left out: %s%s%s\n",
          finding->location.file, finding->location.line,
          finding->location.column, why, detail ? ": " : "",
          detail ? detail : "");
  return NULL;
}
