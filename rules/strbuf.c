/* A growable string buffer. */
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static bool reserve(al_strbuf *buf, size_t extra) {
  size_t needed = buf->len + extra + 1;
  if (needed <= buf->cap)
    return true;
  size_t cap = buf->cap ? buf->cap : 256;
  while (cap < needed)
    cap *= 2;
  char *data = realloc(buf->data, cap);
  if (!data)
    return false;
  buf->data = data;
  buf->cap = cap;
  return true;
}

void al_strbuf_printf(al_strbuf *buf, const char *format, ...) {
  if (buf->failed)
    return;
  va_list args;
  va_start(args, format);
  int length = vsnprintf(NULL, 0, format, args);
  va_end(args);
  if (length < 0 || !reserve(buf, (size_t)length)) {
    buf->failed = true;
    return;
  }
  va_start(args, format);
  vsnprintf(buf->data + buf->len, (size_t)length + 1, format, args);
  va_end(args);
  buf->len += (size_t)length;
}

char *al_strbuf_take(al_strbuf *buf) {
  if (!buf->failed && !reserve(buf, 0))
    buf->failed = true;
  char *text = NULL;
  if (buf->failed) {
    free(buf->data);
  } else {
    text = buf->data;
    text[buf->len] = '\0';
  }
  *buf = (al_strbuf){0};
  return text;
}
