#include "compile_db.h"

#include "command_line.h"
#include "first_of_equals.h"
#include "path_resolve.h"
#include "xalloc.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int has_source_extension(const char *file) {
  static const char *const extensions[] = {".c",   ".cc", ".cpp", ".cxx",
                                           ".c++", ".cp", ".C",   ".CPP",
                                           ".i",   ".ii", ".m",   ".mm"};
  const char *dot = strrchr(file, '.');
  if (!dot)
    return 0;
  for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++)
    if (strcmp(dot, extensions[i]) == 0)
      return 1;
  return 0;
}

/* bear records the compiler's own -cc1 runs of some builds and the
 * dependency scans (-M, -MM) and preprocessor runs (-E) of others; they
 * compile nothing. */
static int compiles_nothing(const struct string_list *argv) {
  if (argv->count > 1 && strcmp(argv->items[1], "-cc1") == 0)
    return 1;
  for (size_t i = 1; i < argv->count; i++)
    if (strcmp(argv->items[i], "-M") == 0 ||
        strcmp(argv->items[i], "-MM") == 0 || strcmp(argv->items[i], "-E") == 0)
      return 1;
  return 0;
}

static int read_arguments(json_t *entry, struct string_list *argv) {
  json_t *arguments = json_object_get(entry, "arguments");
  if (json_is_array(arguments)) {
    size_t i;
    json_t *value;
    json_array_foreach(arguments, i, value) {
      if (!json_is_string(value))
        return -1;
      string_list_add(argv, json_string_value(value));
    }
    return argv->count ? 0 : -1;
  }
  const char *command = json_string_value(json_object_get(entry, "command"));
  if (!command || split_command_line(command, argv) != 0)
    return -1;
  return argv->count ? 0 : -1;
}

static int read_entry(json_t *entry, struct compile_command *out) {
  const char *directory =
      json_string_value(json_object_get(entry, "directory"));
  const char *file = json_string_value(json_object_get(entry, "file"));
  memset(out, 0, sizeof *out);
  if (!directory || !file || read_arguments(entry, &out->argv) != 0) {
    string_list_free(&out->argv);
    return -1;
  }
  out->directory = resolve_path(directory, "");
  out->file = resolve_path(file, out->directory);
  return 0;
}

static void free_command(struct compile_command *command) {
  free(command->directory);
  free(command->file);
  string_list_free(&command->argv);
}

static int read_entries(json_t *root, const char *path,
                        struct compile_db *out) {
  if (!json_is_array(root)) {
    fprintf(stderr,
            "alignlint: error: %s: expected a JSON array of compile "
            "commands\n",
            path);
    return -1;
  }
  size_t index;
  json_t *entry;
  json_array_foreach(root, index, entry) {
    struct compile_command command;
    if (!json_is_object(entry) || read_entry(entry, &command) != 0) {
      fprintf(stderr,
              "alignlint: error: %s: entry %zu needs \"directory\", \"file\" "
              "and \"arguments\" or \"command\"\n",
              path, index + 1);
      return -1;
    }
    if (!has_source_extension(command.file) ||
        compiles_nothing(&command.argv)) {
      free_command(&command);
      out->skipped++;
      continue;
    }
    grow_array((void **)&out->items, sizeof *out->items, out->count,
               &out->capacity);
    out->items[out->count++] = command;
  }
  return 0;
}

static int compare_files(const void *a, const void *b) {
  return strcmp(((const struct compile_command *)a)->file,
                ((const struct compile_command *)b)->file);
}

static void free_repeat(void *repeat, void *first) {
  (void)first;
  free_command(repeat);
}

/* Keeps the first entry of each file: a file compiled twice (a static and
 * a shared library) has the same records, checked once as run-clang-tidy
 * does. */
static void drop_repeated_files(struct compile_db *db) {
  size_t kept = keep_first_of_equals(db->items, db->count, sizeof *db->items,
                                     compare_files, free_repeat);
  db->repeated = db->count - kept;
  db->count = kept;
}

int read_compile_db(const char *build_dir, struct compile_db *out) {
  memset(out, 0, sizeof *out);
  char *path = xasprintf("%s/compile_commands.json", build_dir);
  json_error_t error;
  json_t *root = json_load_file(path, 0, &error);
  int status = -1;
  if (!root)
    fprintf(stderr, "alignlint: error: %s:%d: %s\n", path, error.line,
            error.text);
  else
    status = read_entries(root, path, out);
  if (status == 0)
    drop_repeated_files(out);
  json_decref(root);
  free(path);
  if (status != 0)
    free_compile_db(out);
  return status;
}

static int file_is_selected(const char *file, char **resolved,
                            size_t file_count, unsigned char *used) {
  int selected = 0;
  for (size_t i = 0; i < file_count; i++)
    if (strcmp(file, resolved[i]) == 0)
      selected = used[i] = 1;
  return selected;
}

int select_compile_commands(struct compile_db *db, char **files,
                            size_t file_count) {
  char **resolved = xmalloc(file_count * sizeof *resolved);
  unsigned char *used = xmalloc(file_count);
  memset(used, 0, file_count);
  for (size_t i = 0; i < file_count; i++)
    resolved[i] = resolve_path(files[i], "");
  size_t kept = 0;
  for (size_t i = 0; i < db->count; i++) {
    if (file_is_selected(db->items[i].file, resolved, file_count, used))
      db->items[kept++] = db->items[i];
    else
      free_command(&db->items[i]);
  }
  db->count = kept;
  int status = 0;
  for (size_t i = 0; i < file_count; i++) {
    if (!used[i]) {
      fprintf(stderr,
              "alignlint: error: %s has no entry in the compilation "
              "database\n",
              files[i]);
      status = -1;
    }
    free(resolved[i]);
  }
  free(resolved);
  free(used);
  return status;
}

void free_compile_db(struct compile_db *db) {
  for (size_t i = 0; i < db->count; i++)
    free_command(&db->items[i]);
  free(db->items);
  memset(db, 0, sizeof *db);
}
