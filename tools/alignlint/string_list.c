#include "string_list.h"

#include "xalloc.h"

#include <stdlib.h>

void string_list_take(struct string_list *list, char *text) {
  /* count + 1 items for the terminating NULL */
  grow_array((void **)&list->items, sizeof *list->items, list->count + 1,
             &list->capacity);
  list->items[list->count++] = text;
  list->items[list->count] = NULL;
}

void string_list_add(struct string_list *list, const char *text) {
  string_list_take(list, xstrdup(text));
}

void string_list_free(struct string_list *list) {
  for (size_t i = 0; i < list->count; i++)
    free(list->items[i]);
  free(list->items);
  list->items = NULL;
  list->count = list->capacity = 0;
}
