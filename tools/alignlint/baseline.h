/* The baseline: the findings a project knows about, so that a build fails
 * only on new ones (docs/baseline-sarif.md). An entry's identity is the
 * rule, the record's qualified name and its file relative to the project
 * root, never a line number, so it survives unrelated edits; a record that
 * now wastes more bytes than its entry says is new again.
 *
 * The file (YAML, written with libyaml's emitter):
 *
 *   format: alignlint-baseline
 *   version: 1
 *   root: ..            # the project root, relative to this file's folder
 *   entries:
 *     - rule: field-order
 *       record: conn
 *       file: src/conn.h
 *       bytes_wasted: 16
 */
#ifndef ALIGNLINT_BASELINE_H
#define ALIGNLINT_BASELINE_H

#include "project_findings.h"

#include <stddef.h>
#include <stdint.h>

struct baseline_entry {
  char *rule;   /* "field-order" */
  char *record; /* the record's qualified name */
  char *file;   /* relative to the root; absolute when outside it */
  uint64_t bytes_wasted;
};

struct baseline {
  struct baseline_entry *entries; /* sorted by file, record, rule */
  size_t count;
  size_t capacity;
  char *root; /* absolute */
};

enum baseline_verdict {
  BASELINE_NEW,   /* no entry for the finding's identity */
  BASELINE_KNOWN, /* an entry, and the record wastes no more than it says */
  BASELINE_WORSE  /* an entry, but the record wastes more bytes now */
};

/* The baseline of `findings` (deduplicated), with paths relative to `root`
 * (absolute). Findings with one identity (two records of one name in one
 * file) share an entry holding the larger waste. */
void baseline_from_findings(const struct finding_list *findings,
                            const char *root, struct baseline *out);

/* Writes `baseline` to `path` atomically (never half-written); its root is
 * stored relative to the folder of `path`. Returns 0, or -1 after an
 * error. */
int write_baseline(const struct baseline *baseline, const char *path);

/* Reads the baseline file `path`; its root is resolved against the folder
 * of `path`. On an unreadable or malformed file prints an error naming the
 * file, the line and the problem and returns -1. */
int read_baseline(const char *path, struct baseline *out);

/* `finding`'s file as the baseline names it: below the root, relative. */
const char *baseline_file_of(const struct baseline *baseline,
                             const struct finding *finding);

/* The entry with the identity (rule, record, file); NULL when none. */
const struct baseline_entry *baseline_find(const struct baseline *baseline,
                                           const char *rule, const char *record,
                                           const char *file);

/* What the baseline says of `finding`. */
enum baseline_verdict baseline_judge(const struct baseline *baseline,
                                     const struct finding *finding);

/* Whether `finding` is known: in the baseline and no worse than its entry.
 * A finding for which this is 0 is what a gate on new findings reports. */
int baseline_contains(const struct baseline *baseline,
                      const struct finding *finding);

/* Sets stale[i] to 1 for each entry i that no finding in `findings` has the
 * identity of (a fixed or removed record), to 0 otherwise; returns the
 * number of stale entries. `stale` holds baseline->count flags. */
size_t baseline_stale_entries(const struct baseline *baseline,
                              const struct finding_list *findings,
                              unsigned char *stale);

void free_baseline(struct baseline *baseline);

#endif
