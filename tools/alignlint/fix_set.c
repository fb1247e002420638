#include "fix_set.h"

#include "digest.h"
#include "header_agreement.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIX_PREFIX "alignlint-"
#define VETO_NAME "alignlint-veto"
#define DIGEST_NAME "alignlint-file-digest"

static int compare_sizes(size_t a, size_t b) { return (a > b) - (a < b); }

static int compare_bytes(const char *a, size_t a_length, const char *b,
                         size_t b_length) {
  int order = memcmp(a, b, a_length < b_length ? a_length : b_length);
  return order ? order : compare_sizes(a_length, b_length);
}

int compare_replacements(const void *a_ptr, const void *b_ptr) {
  const struct replacement *a = a_ptr, *b = b_ptr;
  int order = strcmp(a->file_path, b->file_path);
  if (!order)
    order = compare_sizes(a->offset, b->offset);
  if (!order)
    order = compare_sizes(a->length, b->length);
  if (!order)
    order = compare_bytes(a->text, a->text_length, b->text, b->text_length);
  return order;
}

int compare_record_keys(struct record_key a, struct record_key b) {
  int order = strcmp(a.file_path, b.file_path);
  return order ? order : compare_sizes(a.offset, b.offset);
}

/* Orders by key, then by replacement set, so that identical fixes end up
 * next to each other. The origin does not take part: copies of one fix from
 * different TUs compare equal. */
static int compare_fixes(const void *a_ptr, const void *b_ptr) {
  const struct fix *a = a_ptr, *b = b_ptr;
  int order = compare_record_keys(a->key, b->key);
  if (!order)
    order = compare_sizes(a->replacement_count, b->replacement_count);
  for (size_t i = 0; !order && i < a->replacement_count; i++)
    order = compare_replacements(&a->replacements[i], &b->replacements[i]);
  return order;
}

static int is_fix(const struct diagnostic *diagnostic) {
  return strncmp(diagnostic->name, FIX_PREFIX, sizeof FIX_PREFIX - 1) == 0 &&
         strcmp(diagnostic->name, VETO_NAME) != 0 &&
         strcmp(diagnostic->name, DIGEST_NAME) != 0 &&
         strcmp(diagnostic->name, RECORD_VIEW_NAME) != 0 &&
         diagnostic->replacement_count > 0;
}

static struct record_key key_of(const struct diagnostic *diagnostic) {
  return (struct record_key){diagnostic->file_path, diagnostic->file_offset};
}

static void add_fix(struct fix_set *set, size_t *capacity,
                    struct diagnostic *diagnostic) {
  qsort(diagnostic->replacements, diagnostic->replacement_count,
        sizeof *diagnostic->replacements, compare_replacements);
  grow_array((void **)&set->fixes, sizeof *set->fixes, set->fix_count,
             capacity);
  set->fixes[set->fix_count++] = (struct fix){key_of(diagnostic),
                                              diagnostic->message,
                                              diagnostic->origin,
                                              diagnostic->replacements,
                                              diagnostic->replacement_count,
                                              diagnostic->unit,
                                              NULL};
}

static void add_veto(struct fix_set *set, size_t *capacity,
                     const struct diagnostic *diagnostic) {
  grow_array((void **)&set->vetoes, sizeof *set->vetoes, set->veto_count,
             capacity);
  set->vetoes[set->veto_count++] =
      (struct veto){key_of(diagnostic), diagnostic->message};
}

static int add_digest(struct fix_set *set, size_t *capacity,
                      const struct diagnostic *diagnostic) {
  if (strncmp(diagnostic->message, OLD_DIGEST_PREFIX,
              sizeof OLD_DIGEST_PREFIX - 1) == 0) {
    fprintf(stderr,
            "alignlint: error: %s: written by an older alignlint (SHA-256 "
            "digests); compile again with the export on to refresh it\n",
            diagnostic->origin);
    return -1;
  }
  if (!digest_text_is_valid(diagnostic->message) || !diagnostic->file_path[0]) {
    fprintf(stderr,
            "alignlint: error: %s: %s needs a FilePath and a Message "
            "'" DIGEST_PREFIX "<16 hex digits>', not '%s'\n",
            diagnostic->origin, DIGEST_NAME, diagnostic->message);
    return -1;
  }
  grow_array((void **)&set->digests, sizeof *set->digests, set->digest_count,
             capacity);
  set->digests[set->digest_count++] =
      (struct file_digest){diagnostic->file_path, diagnostic->message};
  return 0;
}

/* Sorts an array and keeps the first of each run of equal elements. */
static void sort_unique(void *items, size_t *count, size_t size,
                        int (*compare)(const void *, const void *)) {
  if (*count == 0)
    return;
  char *base = items;
  qsort(base, *count, size, compare);
  size_t kept = 1;
  for (size_t i = 1; i < *count; i++)
    if (compare(base + (kept - 1) * size, base + i * size))
      memmove(base + kept++ * size, base + i * size, size);
  *count = kept;
}

static int compare_vetoes(const void *a_ptr, const void *b_ptr) {
  const struct veto *a = a_ptr, *b = b_ptr;
  int order = compare_record_keys(a->key, b->key);
  return order ? order : strcmp(a->message, b->message);
}

static int compare_digests(const void *a_ptr, const void *b_ptr) {
  const struct file_digest *a = a_ptr, *b = b_ptr;
  int order = strcmp(a->file_path, b->file_path);
  return order ? order : strcmp(a->digest, b->digest);
}

static int add_view(struct record_view **views, size_t *count, size_t *capacity,
                    const struct diagnostic *diagnostic) {
  grow_array((void **)views, sizeof **views, *count, capacity);
  if (parse_record_view(diagnostic, &(*views)[*count]))
    return -1;
  ++*count;
  return 0;
}

static int compare_views(const void *a_ptr, const void *b_ptr) {
  const struct record_view *a = a_ptr, *b = b_ptr;
  int order = compare_record_keys(a->key, b->key);
  return order ? order : compare_sizes(a->unit, b->unit);
}

int build_fix_set(struct diagnostic_list *diagnostics, struct fix_set *out) {
  size_t fix_capacity = 0, veto_capacity = 0, digest_capacity = 0;
  struct record_view *views = NULL;
  size_t view_count = 0, view_capacity = 0;
  memset(out, 0, sizeof *out);
  for (size_t i = 0; i < diagnostics->count; i++) {
    struct diagnostic *diagnostic = &diagnostics->items[i];
    if (strcmp(diagnostic->name, VETO_NAME) == 0)
      add_veto(out, &veto_capacity, diagnostic);
    else if (strcmp(diagnostic->name, DIGEST_NAME) == 0) {
      if (add_digest(out, &digest_capacity, diagnostic))
        return -1;
    } else if (strcmp(diagnostic->name, RECORD_VIEW_NAME) == 0) {
      if (add_view(&views, &view_count, &view_capacity, diagnostic))
        return -1;
    } else if (is_fix(diagnostic))
      add_fix(out, &fix_capacity, diagnostic);
  }
  qsort(views, view_count, sizeof *views, compare_views);
  settle_header_fixes(diagnostics, views, view_count, &out->fixes,
                      &out->fix_count);
  free(views);
  /* The same fix, veto and header digest come from every TU that includes
   * the header: keep one of each. */
  sort_unique(out->fixes, &out->fix_count, sizeof *out->fixes, compare_fixes);
  sort_unique(out->vetoes, &out->veto_count, sizeof *out->vetoes,
              compare_vetoes);
  sort_unique(out->digests, &out->digest_count, sizeof *out->digests,
              compare_digests);
  return 0;
}
