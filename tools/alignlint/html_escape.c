#include "html_escape.h"

#include <stdbool.h>

static bool is_continuation_byte(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

static void write_escaped_char(FILE *out, char c) {
  switch (c) {
  case '&':
    fputs("&amp;", out);
    break;
  case '<':
    fputs("&lt;", out);
    break;
  case '>':
    fputs("&gt;", out);
    break;
  case '"':
    fputs("&quot;", out);
    break;
  case '\'':
    fputs("&#39;", out);
    break;
  default:
    fputc(c, out);
  }
}

void write_escaped(FILE *out, const char *text) {
  for (; *text; text++)
    write_escaped_char(out, *text);
}

size_t utf8_length(const char *text) {
  size_t length = 0;
  for (; *text; text++)
    length += !is_continuation_byte((unsigned char)*text);
  return length;
}

void write_escaped_cut(FILE *out, const char *text, size_t max_chars) {
  if (utf8_length(text) <= max_chars) {
    write_escaped(out, text);
    return;
  }
  size_t kept = 0;
  for (; *text; text++) {
    if (!is_continuation_byte((unsigned char)*text) && ++kept == max_chars)
      break;
    write_escaped_char(out, *text);
  }
  fputs("\xE2\x80\xA6", out); /* U+2026 HORIZONTAL ELLIPSIS */
}
