/* Text from user code (record and field names, messages, paths) written into
 * HTML or SVG: every character that could open markup or end an attribute
 * value is written as an entity. */
#ifndef ALIGNLINT_HTML_ESCAPE_H
#define ALIGNLINT_HTML_ESCAPE_H

#include <stdio.h>

/* Writes `text` escaped for element content and quoted attribute values. */
void write_escaped(FILE *out, const char *text);

/* Writes at most `max_chars` characters of `text` (UTF-8 characters, not
 * bytes), escaped, ending in an ellipsis when it was cut. */
void write_escaped_cut(FILE *out, const char *text, size_t max_chars);

/* How many UTF-8 characters `text` holds. */
size_t utf8_length(const char *text);

#endif
