/* The few file-system operations a check run needs for its scratch
 * folders. */
#ifndef ALIGNLINT_FILE_TREE_H
#define ALIGNLINT_FILE_TREE_H

#include "string_list.h"

/* mkdir -p; prints an error and returns -1 on failure. */
int make_directories(const char *path);

/* A new folder $TMPDIR/<name>.XXXXXX (/tmp without TMPDIR), to be freed
 * and removed by the caller. Prints an error and returns NULL on failure. */
char *make_scratch_dir(const char *name);

/* rm -rf, without following symlinks. */
void remove_tree(const char *path);

/* Moves `from` to `to`: rename(), or copy and unlink across file systems.
 * Prints an error and returns -1 on failure. */
int move_file(const char *from, const char *to);

/* Appends to `names` the names of the entries of `dir` that end with
 * `suffix` (and are longer than it), sorted: runs are reproducible whatever
 * order the directory returns. Returns -1, errno set, when `dir` cannot be
 * read. */
int list_directory(const char *dir, const char *suffix,
                   struct string_list *names);

/* Calls `visit` with the path of each entry of `dir` whose name ends with
 * `suffix`, hidden ones (a leading dot) left out. */
void for_each_file(const char *dir, const char *suffix,
                   void (*visit)(const char *path, const char *name,
                                 void *context),
                   void *context);

#endif
