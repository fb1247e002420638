/* A growable, NULL-terminated list of owned strings: an argv. */
#ifndef ALIGNLINT_STRING_LIST_H
#define ALIGNLINT_STRING_LIST_H

#include <stddef.h>

struct string_list {
  char **items; /* always NULL-terminated once something was added */
  size_t count;
  size_t capacity;
};

/* Appends a copy of `text`. */
void string_list_add(struct string_list *list, const char *text);
/* Appends `text` itself; the list takes ownership. */
void string_list_take(struct string_list *list, char *text);
void string_list_free(struct string_list *list);

#endif
