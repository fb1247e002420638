/* The findings files the plugin writes next to its YAML export
 * (DIR/<stem>.findings.json, docs/findings-format.md), read into one
 * struct per finding as the file has it. What `alignlint report`, the
 * baseline, SARIF and `alignlint check` all start from. */
#ifndef ALIGNLINT_FINDINGS_FILE_H
#define ALIGNLINT_FINDINGS_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The record's name: the record key of the YAML export is (file, offset). */
struct finding_location {
  char *file;
  size_t offset;
  unsigned line, column, end_line, end_column; /* 1-based */
};

struct finding_replacement {
  char *file; /* absolute real path */
  size_t offset;
  size_t length;
  char *text;
};

struct finding_note {
  char *message;
  char *file; /* "" for a note with no location */
  unsigned line, column;
};

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
  char *rule;  /* without the "alignlint-" prefix: "field-order" */
  char *level; /* "warning" or "error" */
  char *message;
  struct finding_location location;
  char *record_name;
  char *qualified_name; /* the baseline identity uses it */
  char *record_kind;    /* "struct", "class" or "union" */
  bool has_bytes;       /* false when the file says "bytes": null */
  uint64_t bytes_current, bytes_proposed;
  uint64_t lines_current, lines_proposed; /* 0 for "cache_lines": null */
  char *fix_state;                        /* "offered", "refused" or "none" */
  char *fix_reason;
  struct finding_replacement *replacements;
  size_t replacement_count;
  struct finding_note *notes;
  size_t note_count;
  struct record_layout *before; /* NULL when the file has none */
  struct record_layout *after;  /* NULL when there is no fix */
  unsigned cache_line_bytes;    /* the file's, which cache_lines count in */
  size_t unit_count;            /* translation units reporting it: 1 as read */
};

struct finding_list {
  struct finding *items;
  size_t count;
  size_t capacity;
  size_t file_count; /* findings files read */
};

/* Reads one findings file, appending its findings to `out`. On an
 * unreadable or malformed file prints an error naming the file and the
 * problem ("DIR/a.c.0123456789abcdef.findings.json: findings[2].location:
 * missing key 'offset'") and returns -1, `out` as it was. */
int read_findings_file(const char *path, struct finding_list *out);

/* Appends the findings of every *.findings.json file in `dir`, in file name
 * order. Returns -1 after printing an error (the first file that cannot be
 * read stops it). */
int read_findings_dir(const char *dir, struct finding_list *out);

/* Prints an error and returns -1 when no findings file has been read from
 * `dir` (the export of an older plugin, or a wrong path). */
int require_findings_files(const char *dir, const struct finding_list *list);

/* Keeps the first of the findings with the same (rule, location.file,
 * location.offset), in list order, and counts the others into its
 * unit_count: a header's finding is in the file of every TU that includes
 * it. */
void deduplicate_findings(struct finding_list *list);

/* Orders by location.file, location.offset, then rule: the record key. */
int compare_finding_keys(const struct finding *left,
                         const struct finding *right);

/* Bytes the record wastes by this rule's measure: current minus proposed
 * size when the fix would shrink it, else 0 (also for rules that say
 * nothing about size). */
uint64_t finding_bytes_wasted(const struct finding *finding);

void free_finding_list(struct finding_list *list);

#endif
