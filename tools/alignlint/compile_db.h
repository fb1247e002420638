/* Reading a compilation database (compile_commands.json, as CMake, Meson,
 * bear and compiledb write it) through jansson. */
#ifndef ALIGNLINT_COMPILE_DB_H
#define ALIGNLINT_COMPILE_DB_H

#include "string_list.h"

#include <stddef.h>

struct compile_command {
  char *directory;         /* absolute: where the compiler ran */
  char *file;              /* absolute real path of the source file */
  struct string_list argv; /* the compiler and its arguments */
};

struct compile_db {
  struct compile_command *items;
  size_t count;
  size_t capacity;
  size_t skipped;  /* entries that compile no C or C++ source */
  size_t repeated; /* entries of a file that an earlier entry compiles */
};

/* Reads BUILD_DIR/compile_commands.json. Entries that compile no C or C++
 * file (assembler, bear's -cc1 and -M records) are counted in `skipped`;
 * only the first entry of each file is kept (the others are `repeated`). Prints
 * an error naming the file and returns -1 if it is missing or malformed. */
int read_compile_db(const char *build_dir, struct compile_db *out);

/* Keeps only the entries whose file is one of `files` (paths as the user
 * gave them). Prints an error and returns -1 for a file that has no entry. */
int select_compile_commands(struct compile_db *db, char **files,
                            size_t file_count);

void free_compile_db(struct compile_db *db);

#endif
