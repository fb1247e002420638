#include "command_line.h"

#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

struct word {
  char *text;
  size_t length;
  size_t capacity;
};

static void word_add(struct word *word, char c) {
  /* length + 1 for the terminating NUL */
  grow_array((void **)&word->text, 1, word->length + 1, &word->capacity);
  word->text[word->length++] = c;
  word->text[word->length] = '\0';
}

static int is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Reads one word starting at *cursor (not a blank); returns -1 for an
 * unterminated quote. */
static int read_word(const char **cursor, struct word *word) {
  const char *p = *cursor;
  for (; *p && !is_blank(*p); p++) {
    if (*p == '\\' && p[1]) {
      word_add(word, *++p);
    } else if (*p == '\'') {
      const char *end = strchr(p + 1, '\'');
      if (!end)
        return -1;
      for (p++; p < end; p++)
        word_add(word, *p);
    } else if (*p == '"') {
      for (p++; *p && *p != '"'; p++) {
        if (*p == '\\' && p[1] && strchr("\"\\$`", p[1]))
          p++;
        word_add(word, *p);
      }
      if (!*p)
        return -1;
    } else {
      word_add(word, *p);
    }
  }
  *cursor = p;
  return 0;
}

int split_command_line(const char *command, struct string_list *out) {
  const char *p = command;
  for (;;) {
    while (is_blank(*p))
      p++;
    if (!*p)
      return 0;
    struct word word = {NULL, 0, 0};
    word_add(&word, '\0'); /* an empty quoted word is still a word */
    word.length = 0;
    if (read_word(&p, &word) != 0) {
      free(word.text);
      return -1;
    }
    string_list_take(out, word.text);
  }
}
