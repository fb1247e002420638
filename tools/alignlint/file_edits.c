#include "file_edits.h"

#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

void add_edit(struct edit_list *list, struct edit edit) {
  grow_array((void **)&list->items, sizeof *list->items, list->count,
             &list->capacity);
  list->items[list->count++] = edit;
}

static int compare_sizes(size_t a, size_t b) { return (a > b) - (a < b); }

/* Orders by range and text only: which fix an edit came from is no part of
 * what it does. */
static int compare_edits(const void *a_ptr, const void *b_ptr) {
  const struct edit *a = a_ptr, *b = b_ptr;
  int order = compare_sizes(a->offset, b->offset);
  if (!order)
    order = compare_sizes(a->length, b->length);
  if (!order) {
    size_t common =
        a->text_length < b->text_length ? a->text_length : b->text_length;
    order = memcmp(a->text, b->text, common);
  }
  return order ? order : compare_sizes(a->text_length, b->text_length);
}

void sort_edits(struct edit_list *list) {
  qsort(list->items, list->count, sizeof *list->items, compare_edits);
}

void remove_duplicate_edits(struct edit_list *list) {
  size_t kept = 0;
  for (size_t i = 0; i < list->count; i++)
    if (kept == 0 || compare_edits(&list->items[kept - 1], &list->items[i]))
      list->items[kept++] = list->items[i];
  list->count = kept;
}

static size_t edit_end(const struct edit *edit) {
  return edit->offset + edit->length;
}

int find_conflict(const struct edit_list *list, const struct edit **first,
                  const struct edit **second) {
  /* In offset order, an edit overlaps an earlier one iff it starts before
   * the furthest end seen so far; a same-offset pair is always adjacent. */
  const struct edit *furthest = NULL;
  for (size_t i = 0; i < list->count; i++) {
    const struct edit *edit = &list->items[i];
    const struct edit *previous = i ? &list->items[i - 1] : NULL;
    if (previous && compare_edits(previous, edit) == 0)
      continue;
    const struct edit *other = NULL;
    if (previous && previous->offset == edit->offset)
      other = previous;
    else if (furthest && edit->offset < edit_end(furthest))
      other = furthest;
    if (other) {
      *first = other;
      *second = edit;
      return 1;
    }
    if (!furthest || edit_end(edit) > edit_end(furthest))
      furthest = edit;
  }
  return 0;
}

const struct edit *find_edit_out_of_range(const struct edit_list *list,
                                          size_t size) {
  for (size_t i = 0; i < list->count; i++) {
    const struct edit *edit = &list->items[i];
    if (edit->offset > size || edit->length > size - edit->offset)
      return edit;
  }
  return NULL;
}

char *apply_edits(const char *content, size_t range_start, size_t range_end,
                  const struct edit *edits, size_t count, size_t *new_size) {
  size_t size = range_end - range_start;
  for (size_t i = 0; i < count; i++)
    size = size - edits[i].length + edits[i].text_length;
  char *result = xmalloc(size);
  char *out = result;
  size_t copied_up_to = range_start;
  for (size_t i = 0; i < count; i++) {
    memcpy(out, content + copied_up_to, edits[i].offset - copied_up_to);
    out += edits[i].offset - copied_up_to;
    memcpy(out, edits[i].text, edits[i].text_length);
    out += edits[i].text_length;
    copied_up_to = edit_end(&edits[i]);
  }
  memcpy(out, content + copied_up_to, range_end - copied_up_to);
  *new_size = size;
  return result;
}
