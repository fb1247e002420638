/* What a whole `alignlint check` run found, aggregated per record as the
 * TUs finish (a header's finding counts once however many TUs report it),
 * and the report printed at the end. */
#ifndef ALIGNLINT_SUMMARY_H
#define ALIGNLINT_SUMMARY_H

#include "record_table.h"
#include "tu_findings.h"

#include <stdio.h>

enum { SUMMARY_FAILED_SHOWN = 10 };

struct failed_tu {
  char *file;
  char *first_error;
};

struct summary {
  struct record_table records;
  size_t tus_checked;
  size_t tus_failed;
  size_t tus_skipped; /* database entries not run: no C/C++ compile, or a
                         file an earlier entry compiles */
  struct failed_tu failed[SUMMARY_FAILED_SHOWN]; /* the first ones */
};

/* One finding of one TU. */
void summary_add_finding(struct summary *summary,
                         const struct finding *finding);
/* Distinct findings that some TU reported at error level. */
size_t summary_error_count(const struct summary *summary);
/* Distinct findings with a fix that no TU refused. */
size_t summary_offered_fix_count(const struct summary *summary);
/* A TU clang could not check, with the first error it printed. */
void summary_add_failed_tu(struct summary *summary, const char *file,
                           const char *first_error);

/* The report a person reads at the end of a run. */
void summary_print(const struct summary *summary, FILE *out);

void summary_free(struct summary *summary);

#endif
