/* The HTML layout report: one self-contained page (inline CSS, JS and SVG,
 * nothing fetched) with a sortable, filterable table of the findings and, for
 * each flagged record, a picture of its layout now and after the fix. */
#ifndef ALIGNLINT_REPORT_HTML_H
#define ALIGNLINT_REPORT_HTML_H

#include "findings_file.h"

/* Writes `out_dir`/index.html (creating `out_dir` when missing) from
 * `findings` (read with read_findings_dir, then deduplicate_findings).
 * Returns 0, or -1 after printing why. */
int report_write_html(const struct finding_list *findings, const char *out_dir);

#endif
