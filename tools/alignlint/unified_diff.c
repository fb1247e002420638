#include "unified_diff.h"

#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

#define CONTEXT_LINES 3

/* Where each line starts; starts[line_count] == size. */
struct line_index {
  const char *content;
  size_t size;
  size_t *starts;
  size_t line_count;
};

/* A run of whole lines that some edits change; lines [first_line,
 * past_line) of the old file are replaced as a unit. */
struct change_block {
  size_t first_line;
  size_t past_line;
  const struct edit *edits;
  size_t edit_count;
};

/* The text of a hunk is collected before its header, which holds counts. */
struct hunk_text {
  char *bytes;
  size_t length;
  size_t capacity;
  size_t old_lines;
  size_t new_lines;
};

static struct line_index index_lines(const char *content, size_t size) {
  struct line_index index = {content, size, NULL, 0};
  size_t capacity = 0;
  for (size_t offset = 0; offset < size;) {
    grow_array((void **)&index.starts, sizeof *index.starts, index.line_count,
               &capacity);
    index.starts[index.line_count++] = offset;
    const char *newline = memchr(content + offset, '\n', size - offset);
    offset = newline ? (size_t)(newline - content) + 1 : size;
  }
  grow_array((void **)&index.starts, sizeof *index.starts, index.line_count,
             &capacity);
  index.starts[index.line_count] = size;
  return index;
}

/* The line holding byte `offset`. The end of a file that ends in a newline
 * (or is empty) belongs to no line: that gives line_count. */
static size_t line_of(const struct line_index *index, size_t offset) {
  if (offset >= index->size &&
      (index->size == 0 || index->content[index->size - 1] == '\n'))
    return index->line_count;
  size_t low = 0, high = index->line_count - 1;
  while (low < high) {
    size_t middle = (low + high + 1) / 2;
    if (index->starts[middle] <= offset)
      low = middle;
    else
      high = middle - 1;
  }
  return low;
}

/* An edit changes the lines from its start to the line holding the byte just
 * after it: if it removes a newline, that next line is joined in. */
static void lines_of_edit(const struct line_index *index,
                          const struct edit *edit, size_t *first,
                          size_t *past) {
  size_t last = line_of(index, edit->offset + edit->length);
  *first = line_of(index, edit->offset);
  *past = last < index->line_count ? last + 1 : index->line_count;
}

/* Groups the edits into blocks: edits on the same or adjacent lines share a
 * block, so that a reordered run of fields shows as all its old lines, then
 * all its new ones. */
static struct change_block *find_blocks(const struct line_index *index,
                                        const struct edit_list *edits,
                                        size_t *block_count) {
  struct change_block *blocks = NULL;
  size_t capacity = 0;
  *block_count = 0;
  for (size_t i = 0; i < edits->count; i++) {
    size_t first, past;
    lines_of_edit(index, &edits->items[i], &first, &past);
    struct change_block *current =
        *block_count ? &blocks[*block_count - 1] : NULL;
    if (current && first <= current->past_line) {
      if (past > current->past_line)
        current->past_line = past;
      current->edit_count++;
      continue;
    }
    grow_array((void **)&blocks, sizeof *blocks, *block_count, &capacity);
    blocks[(*block_count)++] =
        (struct change_block){first, past, &edits->items[i], 1};
  }
  return blocks;
}

static void append(struct hunk_text *hunk, const char *bytes, size_t length) {
  while (hunk->length + length >= hunk->capacity)
    grow_array((void **)&hunk->bytes, 1, hunk->length + length,
               &hunk->capacity);
  memcpy(hunk->bytes + hunk->length, bytes, length);
  hunk->length += length;
}

/* Appends `prefix` and one line, which may lack its newline only at the end
 * of the file. */
static void append_line(struct hunk_text *hunk, char prefix, const char *line,
                        size_t length) {
  static const char no_newline[] = "\n\\ No newline at end of file\n";
  append(hunk, &prefix, 1);
  append(hunk, line, length);
  if (length == 0 || line[length - 1] != '\n')
    append(hunk, no_newline, sizeof no_newline - 1);
}

/* Appends old lines [first, past), each with `prefix`. */
static void append_old_lines(struct hunk_text *hunk,
                             const struct line_index *index, char prefix,
                             size_t first, size_t past) {
  for (size_t line = first; line < past; line++)
    append_line(hunk, prefix, index->content + index->starts[line],
                index->starts[line + 1] - index->starts[line]);
}

/* Appends `text` as '+' lines; returns how many. */
static size_t append_new_lines(struct hunk_text *hunk, const char *text,
                               size_t length) {
  size_t lines = 0;
  for (size_t offset = 0; offset < length; lines++) {
    const char *newline = memchr(text + offset, '\n', length - offset);
    size_t end = newline ? (size_t)(newline - text) + 1 : length;
    append_line(hunk, '+', text + offset, end - offset);
    offset = end;
  }
  return lines;
}

static void append_block(struct hunk_text *hunk, const struct line_index *index,
                         const struct change_block *block) {
  size_t new_size;
  char *new_text = apply_edits(index->content, index->starts[block->first_line],
                               index->starts[block->past_line], block->edits,
                               block->edit_count, &new_size);
  append_old_lines(hunk, index, '-', block->first_line, block->past_line);
  hunk->old_lines += block->past_line - block->first_line;
  hunk->new_lines += append_new_lines(hunk, new_text, new_size);
  free(new_text);
}

static void append_context(struct hunk_text *hunk,
                           const struct line_index *index, size_t first,
                           size_t past) {
  append_old_lines(hunk, index, ' ', first, past);
  hunk->old_lines += past - first;
  hunk->new_lines += past - first;
}

/* A range's start in a hunk header is 1-based, or names the line before an
 * empty range. */
static size_t header_start(size_t first_line, size_t line_count) {
  return line_count ? first_line + 1 : first_line;
}

/* Writes the hunk made of blocks[0..count); *line_delta is how many lines the
 * earlier hunks added (negative: removed), and is updated. */
static void write_hunk(FILE *out, const struct line_index *index,
                       const struct change_block *blocks, size_t count,
                       long *line_delta) {
  size_t first = blocks[0].first_line;
  size_t begin = first > CONTEXT_LINES ? first - CONTEXT_LINES : 0;
  size_t end = blocks[count - 1].past_line + CONTEXT_LINES;
  if (end > index->line_count)
    end = index->line_count;
  struct hunk_text hunk = {0};
  append_context(&hunk, index, begin, first);
  for (size_t i = 0; i < count; i++) {
    if (i > 0)
      append_context(&hunk, index, blocks[i - 1].past_line,
                     blocks[i].first_line);
    append_block(&hunk, index, &blocks[i]);
  }
  append_context(&hunk, index, blocks[count - 1].past_line, end);
  size_t new_begin = (size_t)((long)begin + *line_delta);
  fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n", header_start(begin, hunk.old_lines),
          hunk.old_lines, header_start(new_begin, hunk.new_lines),
          hunk.new_lines);
  fwrite(hunk.bytes, 1, hunk.length, out);
  *line_delta += (long)hunk.new_lines - (long)hunk.old_lines;
  free(hunk.bytes);
}

/* The C escape of a byte that has a one-letter one, or 0. */
static char letter_escape(unsigned char byte) {
  static const char bytes[] = "\a\b\t\n\v\f\r\"\\";
  static const char letters[] = "abtnvfr\"\\";
  const char *found = byte ? strchr(bytes, byte) : NULL;
  return found ? letters[found - bytes] : 0;
}

static int path_needs_quotes(const char *path) {
  for (const unsigned char *c = (const unsigned char *)path; *c; c++)
    if (*c <= ' ' || *c >= 0x7f || letter_escape(*c))
      return 1;
  return 0;
}

/* Writes "<prefix><path>" as git does: as is when that is safe, otherwise
 * in double quotes with C escapes (a space, a tab, a non-ASCII byte), which
 * GNU patch and git apply both read back. */
static void write_diff_path(FILE *out, const char *prefix, const char *path) {
  if (!path_needs_quotes(path)) {
    fprintf(out, "%s%s", prefix, path);
    return;
  }
  fprintf(out, "\"%s", prefix);
  for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
    char letter = letter_escape(*c);
    if (letter)
      fprintf(out, "\\%c", letter);
    else if (*c < ' ' || *c >= 0x7f)
      fprintf(out, "\\%03o", *c);
    else
      fputc(*c, out);
  }
  fputc('"', out);
}

void write_unified_diff(FILE *out, const char *display_path,
                        const char *content, size_t size,
                        const struct edit_list *edits) {
  struct line_index index = index_lines(content, size);
  size_t block_count;
  struct change_block *blocks = find_blocks(&index, edits, &block_count);
  fputs("--- ", out);
  write_diff_path(out, "a/", display_path);
  fputs("\n+++ ", out);
  write_diff_path(out, "b/", display_path);
  fputc('\n', out);
  long line_delta = 0;
  /* Blocks closer than twice the context share a hunk, as in diff(1). */
  for (size_t first = 0, past; first < block_count; first = past) {
    for (past = first + 1;
         past < block_count &&
         blocks[past].first_line - blocks[past - 1].past_line <=
             2 * CONTEXT_LINES;
         past++)
      ;
    write_hunk(out, &index, blocks + first, past - first, &line_delta);
  }
  free(blocks);
  free(index.starts);
}
