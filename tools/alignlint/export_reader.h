/* Reading a fix export directory: every *.yaml file in it is one
 * clang::tooling::TranslationUnitDiagnostics document, as written by
 * `clang-tidy --export-fixes` or by the alignlint plugin (see
 * docs/export-format.md). */
#ifndef ALIGNLINT_EXPORT_READER_H
#define ALIGNLINT_EXPORT_READER_H

#include <stddef.h>

struct replacement {
  char *file_path; /* resolved against the diagnostic's BuildDirectory */
  size_t offset;
  size_t length;
  char *text; /* may hold NUL bytes, hence text_length */
  size_t text_length;
};

struct diagnostic {
  char *name;
  char *message;
  char *file_path; /* resolved; "" when the diagnostic has no location */
  size_t file_offset;
  struct replacement *replacements;
  size_t replacement_count;
  char *origin; /* "<yaml file>:<line>", for messages */
  size_t unit;  /* index of its translation unit in diagnostic_list.units */
};

/* One exported document: one compile of one main file. */
struct translation_unit {
  char *main_file; /* resolved MainSourceFile */
  char *export_file;
};

struct diagnostic_list {
  struct diagnostic *items;
  size_t count;
  size_t capacity;
  struct translation_unit *units;
  size_t unit_count;
  size_t unit_capacity;
};

/* Appends the diagnostics of every *.yaml file in `dir` (in file name order)
 * to `out`. Notes are not read: like clang-apply-replacements, only the
 * diagnostic's own replacements form its fix. On any unreadable or malformed
 * file (or directory entry), prints an error naming the file and line and
 * returns -1: a repeated or unknown key, a missing or mistyped value, a
 * document without its closing "..." (a truncated file). */
int read_export_dir(const char *dir, struct diagnostic_list *out);

#endif
