/* Dropping the repeats of a list while keeping its order: the first of
 * the items that compare equal stays where it was, the others go. Used for
 * a header's finding reported by every TU that includes it and for a file
 * compiled twice in a compilation database. */
#ifndef ALIGNLINT_FIRST_OF_EQUALS_H
#define ALIGNLINT_FIRST_OF_EQUALS_H

#include <stddef.h>

/* Called for each item that repeats an earlier one (`first`), before the
 * list closes over it: merge what counts into `first`, free `repeat`. */
typedef void repeat_handler(void *repeat, void *first);

/* Keeps the first of each set of `count` items of `size` bytes at `items`
 * that `compare` (a qsort comparison) finds equal, in list order, calling
 * `drop` for each other one. Returns how many are kept. O(n log n). */
size_t keep_first_of_equals(void *items, size_t count, size_t size,
                            int (*compare)(const void *, const void *),
                            repeat_handler *drop);

#endif
