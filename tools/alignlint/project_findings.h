/* A project's findings as the baseline and SARIF see them: every finding of
 * every TU's findings file (findings_file.h), a header's finding once, in
 * the order of their record keys. */
#ifndef ALIGNLINT_PROJECT_FINDINGS_H
#define ALIGNLINT_PROJECT_FINDINGS_H

#include "findings_file.h"

/* Reads every *.findings.json file in `dir` into `out`, then keeps one
 * finding per (rule, location.file, location.offset) and sorts them by
 * file, offset and rule. On an unreadable or malformed file (or a
 * directory without findings files) prints an error naming the file and
 * the problem and returns -1. */
int read_project_findings(const char *dir, struct finding_list *out);

#endif
