/* Source files as SARIF counts in them: clang's lines and columns count
 * bytes, SARIF's (columnKind "unicodeCodePoints") count characters. Each
 * file is read once, when a position in it is first converted. */
#ifndef ALIGNLINT_SOURCE_TEXT_H
#define ALIGNLINT_SOURCE_TEXT_H

#include <stddef.h>

struct source_file {
  char *path;
  char *bytes; /* NULL when the file cannot be read */
  size_t size;
  size_t *line_starts; /* byte offset of each line's first byte */
  size_t line_count;
};

struct source_cache {
  struct source_file *files;
  size_t count;
  size_t capacity;
};

/* The file at `path`, read on first use. */
const struct source_file *source_file(struct source_cache *cache,
                                      const char *path);

/* The 1-based character column of the 1-based byte column `column` on
 * `line`; `column` itself when the file is unreadable or too short. */
unsigned character_column(const struct source_file *file, unsigned line,
                          unsigned column);

/* The character offset of byte `offset`; `offset` itself when the file is
 * unreadable or shorter. */
size_t character_offset(const struct source_file *file, size_t offset);

/* The characters in bytes [begin, end) of the file. */
size_t character_count(const struct source_file *file, size_t begin,
                       size_t end);

void free_source_cache(struct source_cache *cache);

#endif
