#include "source_text.h"

#include "file_content.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static void index_lines(struct source_file *file) {
  size_t capacity = 0;
  grow_array((void **)&file->line_starts, sizeof *file->line_starts, 0,
             &capacity);
  file->line_starts[file->line_count++] = 0;
  for (size_t i = 0; i < file->size; i++) {
    if (file->bytes[i] != '\n')
      continue;
    grow_array((void **)&file->line_starts, sizeof *file->line_starts,
               file->line_count, &capacity);
    file->line_starts[file->line_count++] = i + 1;
  }
}

const struct source_file *source_file(struct source_cache *cache,
                                      const char *path) {
  for (size_t i = 0; i < cache->count; i++)
    if (strcmp(cache->files[i].path, path) == 0)
      return &cache->files[i];
  grow_array((void **)&cache->files, sizeof *cache->files, cache->count,
             &cache->capacity);
  struct source_file *file = &cache->files[cache->count++];
  memset(file, 0, sizeof *file);
  file->path = xstrdup(path);
  struct file_content content;
  if (read_file_content(path, &content) == 0) {
    file->bytes = content.bytes;
    file->size = content.size;
    index_lines(file);
  }
  return file;
}

/* The length of the UTF-8 sequence at `bytes` (at most `available` bytes),
 * or 1 for a byte that starts no valid sequence: each such byte counts as
 * one character, as decoders that replace or escape it do. */
static size_t sequence_length(const unsigned char *bytes, size_t available) {
  size_t length = bytes[0] < 0x80   ? 1
                  : bytes[0] < 0xc2 ? 0
                  : bytes[0] < 0xe0 ? 2
                  : bytes[0] < 0xf0 ? 3
                  : bytes[0] < 0xf5 ? 4
                                    : 0;
  if (length == 0 || length > available)
    return 1;
  for (size_t i = 1; i < length; i++)
    if ((bytes[i] & 0xc0) != 0x80)
      return 1;
  return length;
}

size_t character_count(const struct source_file *file, size_t begin,
                       size_t end) {
  if (!file->bytes || end > file->size || begin > end)
    return end > begin ? end - begin : 0;
  size_t characters = 0;
  for (size_t i = begin; i < end; characters++)
    i += sequence_length((const unsigned char *)file->bytes + i, end - i);
  return characters;
}

size_t character_offset(const struct source_file *file, size_t offset) {
  if (!file->bytes || offset > file->size)
    return offset;
  return character_count(file, 0, offset);
}

unsigned character_column(const struct source_file *file, unsigned line,
                          unsigned column) {
  if (!file->bytes || line == 0 || line > file->line_count || column == 0)
    return column;
  size_t start = file->line_starts[line - 1];
  if (start + column - 1 > file->size)
    return column;
  return (unsigned)character_count(file, start, start + column - 1) + 1;
}

void free_source_cache(struct source_cache *cache) {
  for (size_t i = 0; i < cache->count; i++) {
    free(cache->files[i].path);
    free(cache->files[i].bytes);
    free(cache->files[i].line_starts);
  }
  free(cache->files);
  memset(cache, 0, sizeof *cache);
}
