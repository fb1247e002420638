/* A growable string buffer: append formatted text, take the result. */
#ifndef ALIGNLINT_STRBUF_H
#define ALIGNLINT_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct al_strbuf {
  char *data;
  size_t len;
  size_t cap;
  bool failed; /* an allocation failed; the text is incomplete */
} al_strbuf;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void al_strbuf_printf(al_strbuf *buf, const char *format, ...);

/* The text (caller frees), or NULL if any append failed. Empties buf. */
char *al_strbuf_take(al_strbuf *buf);

#endif
