/* The edits to one file: ordering, duplicates, conflicts, and applying them
 * to the file's content. */
#ifndef ALIGNLINT_FILE_EDITS_H
#define ALIGNLINT_FILE_EDITS_H

#include <stddef.h>

struct edit {
  size_t offset;
  size_t length;
  const char *text;
  size_t text_length;
  size_t fix_index; /* the fix it belongs to */
};

struct edit_list {
  struct edit *items;
  size_t count;
  size_t capacity;
};

void add_edit(struct edit_list *list, struct edit edit);

/* Sorts by offset, then length, then text: identical edits become
 * neighbours. */
void sort_edits(struct edit_list *list);

/* Drops all but one of each run of identical edits (same range and text) in
 * a sorted list. */
void remove_duplicate_edits(struct edit_list *list);

/* Two edits conflict when their ranges overlap, or when they start at the
 * same offset (the order of two insertions there would be a guess); edits
 * that only touch end-to-start do not. Identical edits do not conflict.
 * Returns 1 and sets *first / *second to a conflicting pair of the sorted
 * list, or returns 0. */
int find_conflict(const struct edit_list *list, const struct edit **first,
                  const struct edit **second);

/* The first edit that reaches beyond `size` bytes, or NULL. */
const struct edit *find_edit_out_of_range(const struct edit_list *list,
                                          size_t size);

/* Returns newly allocated bytes: content[range_start, range_end) with
 * edits[0..count) applied. The edits are sorted, do not conflict and lie
 * within the range. */
char *apply_edits(const char *content, size_t range_start, size_t range_end,
                  const struct edit *edits, size_t count, size_t *new_size);

#endif
