#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void) {
  fputs("alignlint: error: out of memory\n", stderr);
  exit(2);
}

void *xmalloc(size_t size) {
  void *ptr = malloc(size ? size : 1);
  if (!ptr)
    out_of_memory();
  return ptr;
}

void *xrealloc(void *ptr, size_t size) {
  void *grown = realloc(ptr, size ? size : 1);
  if (!grown)
    out_of_memory();
  return grown;
}

char *xmemdup(const char *bytes, size_t length) {
  char *copy = xmalloc(length + 1);
  memcpy(copy, bytes, length);
  copy[length] = '\0';
  return copy;
}

char *xstrdup(const char *text) { return xmemdup(text, strlen(text)); }

char *xasprintf(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int length = vsnprintf(NULL, 0, format, args);
  va_end(args);
  if (length < 0)
    out_of_memory();
  char *text = xmalloc((size_t)length + 1);
  va_start(args, format);
  vsnprintf(text, (size_t)length + 1, format, args);
  va_end(args);
  return text;
}

void grow_array(void **items, size_t item_size, size_t count,
                size_t *capacity) {
  if (count < *capacity)
    return;
  while (count >= *capacity)
    *capacity = *capacity ? *capacity * 2 : 8;
  *items = xrealloc(*items, *capacity * item_size);
}
