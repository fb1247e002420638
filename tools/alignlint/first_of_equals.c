#include "first_of_equals.h"

#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* An item to sort; it carries the comparison, as qsort passes no context. */
struct sort_entry {
  const char *item;
  int (*compare)(const void *, const void *);
};

/* Equal items by their place in the list: the first leads its set. */
static int by_item_then_place(const void *a, const void *b) {
  const struct sort_entry *left = a, *right = b;
  int order = left->compare(left->item, right->item);
  return order ? order
               : (left->item > right->item) - (left->item < right->item);
}

size_t keep_first_of_equals(void *items, size_t count, size_t size,
                            int (*compare)(const void *, const void *),
                            repeat_handler *drop) {
  if (count < 2)
    return count;
  char *base = items;
  struct sort_entry *sorted = xmalloc(count * sizeof *sorted);
  bool *repeats = xmalloc(count * sizeof *repeats);
  for (size_t i = 0; i < count; i++) {
    sorted[i] = (struct sort_entry){base + i * size, compare};
    repeats[i] = false;
  }
  qsort(sorted, count, sizeof *sorted, by_item_then_place);
  for (size_t i = 1, first = 0; i < count; i++) {
    if (compare(sorted[first].item, sorted[i].item) != 0) {
      first = i;
      continue;
    }
    drop((void *)sorted[i].item, (void *)sorted[first].item);
    repeats[(size_t)(sorted[i].item - base) / size] = true;
  }
  size_t kept = 0;
  for (size_t i = 0; i < count; i++)
    if (!repeats[i]) {
      if (kept != i)
        memcpy(base + kept * size, base + i * size, size);
      kept++;
    }
  free(sorted);
  free(repeats);
  return kept;
}
