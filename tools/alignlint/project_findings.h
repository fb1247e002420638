/* Reading the findings files the plugin writes next to its YAML export
 * (DIR/<stem>.findings.json, docs/findings-format.md): every finding of
 * every TU, with a header's findings deduplicated across TUs. What the
 * baseline, SARIF and `alignlint check` start from. */
#ifndef ALIGNLINT_PROJECT_FINDINGS_H
#define ALIGNLINT_PROJECT_FINDINGS_H

#include <stddef.h>
#include <stdint.h>

struct project_replacement {
  char *file; /* absolute real path */
  size_t offset;
  size_t length;
  char *text;
};

struct project_note {
  char *message;
  char *file; /* "" for a note with no location */
  unsigned line, column;
};

/* The record's name: the record key of the YAML export is (file, offset). */
struct project_location {
  char *file;
  size_t offset;
  unsigned line, column, end_line, end_column; /* 1-based */
};

struct project_finding {
  char *rule;  /* without the "alignlint-" prefix: "field-order" */
  char *level; /* "warning" or "error" */
  char *message;
  struct project_location location;
  char *record_name;
  char *qualified_name; /* the baseline identity uses it */
  int has_bytes;        /* 0 when the file says "bytes": null */
  uint64_t bytes_current, bytes_proposed;
  char *fix_state; /* "offered", "refused" or "none" */
  char *fix_reason;
  struct project_replacement *replacements;
  size_t replacement_count;
  struct project_note *notes;
  size_t note_count;
  char *origin; /* the findings file it was read from, for messages */
};

struct project_findings {
  struct project_finding *items;
  size_t count;
  size_t capacity;
  size_t file_count; /* findings files read */
};

/* Reads every *.findings.json file in `dir` into `out`, then keeps one
 * finding per (rule, location.file, location.offset): a header's finding
 * appears in the file of every TU that includes it. The findings are left
 * sorted by file, offset and rule. On an unreadable or malformed file (or
 * a directory without findings files) prints an error naming the file and
 * the problem and returns -1. */
int read_project_findings(const char *dir, struct project_findings *out);

/* Reads one findings file, appending its findings to `out` (no
 * deduplication). Returns 0, or -1 after printing an error. */
int read_project_findings_file(const char *path, struct project_findings *out);

/* Keeps the first of the findings with the same (rule, file, offset) and
 * sorts the list by file, offset and rule. */
void deduplicate_project_findings(struct project_findings *list);

/* Bytes the record wastes by this rule's measure: current minus proposed
 * size when the fix would shrink it, else 0 (also for rules that say
 * nothing about size). */
uint64_t project_finding_bytes_wasted(const struct project_finding *finding);

void free_project_findings(struct project_findings *list);

#endif
