#include "file_tree.h"

#include "file_content.h"
#include "xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *make_scratch_dir(const char *name) {
  const char *tmp = getenv("TMPDIR");
  char *dir = xasprintf("%s/%s.XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
  if (mkdtemp(dir))
    return dir;
  perror("alignlint: error: cannot create a scratch folder");
  free(dir);
  return NULL;
}

int make_directories(const char *path) {
  char *copy = xstrdup(path);
  int status = 0;
  for (char *p = copy + 1; status == 0; p++) {
    int at_end = *p == '\0';
    if (*p != '/' && !at_end)
      continue;
    *p = '\0';
    if (mkdir(copy, 0777) != 0 && errno != EEXIST) {
      fprintf(stderr, "alignlint: error: cannot create %s: %s\n", copy,
              strerror(errno));
      status = -1;
    }
    if (at_end)
      break;
    *p = '/';
  }
  free(copy);
  return status;
}

static int remove_entry(const char *path, const struct stat *info, int type,
                        struct FTW *walk) {
  (void)info, (void)type, (void)walk;
  remove(path);
  return 0;
}

void remove_tree(const char *path) {
  nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int copy_file(const char *from, const char *to) {
  struct file_content content;
  if (read_file_content(from, &content) != 0)
    return -1;
  FILE *out = fopen(to, "wb");
  int status = -1;
  if (out) {
    size_t written = fwrite(content.bytes, 1, content.size, out);
    status = fclose(out) == 0 && written == content.size ? 0 : -1;
  }
  free(content.bytes);
  return status;
}

int move_file(const char *from, const char *to) {
  if (rename(from, to) == 0)
    return 0;
  if (errno == EXDEV && copy_file(from, to) == 0 && unlink(from) == 0)
    return 0;
  fprintf(stderr, "alignlint: error: cannot move %s to %s: %s\n", from, to,
          strerror(errno));
  return -1;
}

static int has_suffix(const char *name, const char *suffix) {
  size_t length = strlen(name), suffix_length = strlen(suffix);
  return length > suffix_length &&
         strcmp(name + length - suffix_length, suffix) == 0;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int list_directory(const char *dir, const char *suffix,
                   struct string_list *names) {
  DIR *handle = opendir(dir);
  if (!handle)
    return -1;
  size_t first = names->count;
  struct dirent *entry;
  while ((entry = readdir(handle)) != NULL)
    if (has_suffix(entry->d_name, suffix))
      string_list_add(names, entry->d_name);
  closedir(handle);
  qsort(names->items + first, names->count - first, sizeof *names->items,
        compare_names);
  return 0;
}

void for_each_file(const char *dir, const char *suffix,
                   void (*visit)(const char *path, const char *name,
                                 void *context),
                   void *context) {
  struct string_list names = {0};
  if (list_directory(dir, suffix, &names) == 0)
    for (size_t i = 0; i < names.count; i++) {
      if (names.items[i][0] == '.')
        continue;
      char *path = xasprintf("%s/%s", dir, names.items[i]);
      visit(path, names.items[i], context);
      free(path);
    }
  string_list_free(&names);
}
