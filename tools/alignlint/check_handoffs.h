/* Where `alignlint check` hands its results to the other tools of
 * alignlint: the baseline (judging each finding as it streams in), SARIF
 * and the HTML report (both from the folder holding the run's findings
 * files, docs/findings-format.md). */
#ifndef ALIGNLINT_CHECK_HANDOFFS_H
#define ALIGNLINT_CHECK_HANDOFFS_H

#include "tu_findings.h"

struct check_baseline;

/* --baseline FILE: the findings to leave out. Prints an error and returns
 * NULL if it cannot be read. */
struct check_baseline *open_check_baseline(const char *path);
/* Whether `finding` is new: not in the baseline. */
int finding_is_new(const struct finding *finding, void *baseline);
void close_check_baseline(struct check_baseline *baseline);

/* --sarif FILE from the findings files in `findings_dir`. Returns -1 after
 * printing an error. */
int write_check_sarif(const char *findings_dir, const char *path);

/* --html DIR: report_write_html() of the report tool. Returns -1 after
 * printing an error. */
int write_check_html(const char *findings_dir, const char *out_dir);

#endif
