/* Where `alignlint check` hands its results to the tools of other parts of
 * alignlint: the baseline and SARIF readers and writers, and the HTML
 * report. The SARIF and HTML writers take the folder holding the run's
 * findings files (docs/findings-format.md); the baseline judges each
 * finding as it streams in. The bodies here say that this build lacks the
 * tool; the merge wires them to the real functions:
 *   --baseline: read_baseline() once, baseline_contains() per finding
 *               (a struct finding made from the tu_finding's rule,
 *               qualified name, location.file and bytes);
 *   --sarif:    write_export_sarif(findings_dir, project root, path);
 *   --html:     read_findings_dir(findings_dir) then report_write_html(). */
#ifndef ALIGNLINT_CHECK_HANDOFFS_H
#define ALIGNLINT_CHECK_HANDOFFS_H

#include "tu_findings.h"

struct check_baseline;

/* --baseline FILE: the findings to leave out. Prints an error and returns
 * NULL if it cannot be read. */
struct check_baseline *open_check_baseline(const char *path);
/* Whether `finding` is new: not in the baseline. */
int finding_is_new(const struct tu_finding *finding, void *baseline);
void close_check_baseline(struct check_baseline *baseline);

/* --sarif FILE from the findings files in `findings_dir`. Returns -1 after
 * printing an error. */
int write_check_sarif(const char *findings_dir, const char *path);

/* --html DIR: report_write_html() of the report tool. Returns -1 after
 * printing an error. */
int write_check_html(const char *findings_dir, const char *out_dir);

#endif
