/* Allocation helpers that never return NULL: a command-line tool has no
 * sensible way to continue after running out of memory. */
#ifndef ALIGNLINT_XALLOC_H
#define ALIGNLINT_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *text);
char *xmemdup(const char *bytes, size_t length);
/* printf into a freshly allocated string. */
char *xasprintf(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* Grows *items (of item_size bytes each) so that it holds at least count + 1
 * items; *capacity is updated. */
void grow_array(void **items, size_t item_size, size_t count, size_t *capacity);

#endif
