/* The distinct findings of a run, keyed by (rule, file, offset) as
 * docs/findings-format.md says readers deduplicate them. */
#ifndef ALIGNLINT_RECORD_TABLE_H
#define ALIGNLINT_RECORD_TABLE_H

#include "tu_findings.h"

#include <stddef.h>

enum fix_state { FIX_NONE, FIX_OFFERED, FIX_REFUSED };

/* One finding about one record, merged over the TUs that report it. */
struct record_tally {
  char *rule;
  char *file;
  size_t offset;
  long line;
  char *name;
  int is_error; /* some TU reported it as an error */
  int has_bytes;
  long bytes_current, bytes_proposed;
  long lines_current, lines_proposed;
  enum fix_state fix;
  char *refusal; /* the first TU's reason when some TU refused the fix */
  size_t tu_count;
};

struct record_table {
  struct record_tally **slots; /* NULL or a tally; open addressing */
  size_t slot_count;
  size_t count;
};

/* Adds one TU's finding: a new tally, or the TU counted into the existing
 * one (a refusal in any TU makes the fix refused: `alignlint apply` would
 * refuse it too). Returns the tally. */
struct record_tally *record_table_add(struct record_table *table,
                                      const struct finding *finding);

/* The tallies, in no particular order, in a new array of table->count. */
struct record_tally **record_table_items(const struct record_table *table);

void record_table_free(struct record_table *table);

#endif
