/* The findings of a project, read from the per-TU findings files the plugin
 * writes (docs/findings-format.md), a finding in a header counted once. */
#ifndef ALIGNLINT_FINDINGS_H
#define ALIGNLINT_FINDINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct layout_field {
  char *name;
  char *type;
  uint64_t offset_bits;
  uint64_t size_bits;
  bool bitfield;
  bool hot;
  bool contended;
};

/* A record's fields as clang lays them out (or as a fix would). */
struct record_layout {
  uint64_t size_bytes;
  uint64_t align_bytes;
  struct layout_field *fields;
  size_t field_count;
};

struct finding {
  char *rule; /* without the alignlint- prefix */
  char *level;
  char *message;
  char *file; /* the record's name: file, offset, line, column */
  uint64_t offset;
  unsigned line;
  unsigned column;
  char *record_name;
  char *record_kind;
  bool has_bytes; /* false for rules that say nothing about size */
  uint64_t bytes_current;
  uint64_t bytes_proposed;
  uint64_t lines_current;
  uint64_t lines_proposed;
  char *fix_state; /* offered, refused or none */
  char *fix_reason;
  unsigned cache_line_bytes;
  struct record_layout *before; /* NULL when the file has none */
  struct record_layout *after;  /* NULL when there is no fix */
  size_t unit_count;            /* translation units reporting it */
};

struct finding_list {
  struct finding *items;
  size_t count;
  size_t capacity;
  size_t file_count; /* findings files read */
};

/* Appends the findings of every *.findings.json file in `dir` (in file name
 * order) to `out`; a finding already in `out` (same rule, file and offset)
 * only counts one more translation unit. On an unreadable or malformed file,
 * prints an error naming it and returns -1. */
int read_findings_dir(const char *dir, struct finding_list *out);

void free_finding_list(struct finding_list *list);

#endif
