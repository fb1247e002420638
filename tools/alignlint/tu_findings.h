/* Streaming one TU's findings file (docs/findings-format.md) through a
 * callback, as `alignlint check` reads each TU's file when the TU ends:
 * nothing of it is kept. */
#ifndef ALIGNLINT_TU_FINDINGS_H
#define ALIGNLINT_TU_FINDINGS_H

#include "findings_file.h"

/* The findings live until the callback returns. */
typedef void tu_finding_callback(const struct finding *finding, void *context);

/* Whether `alignlint check` counts a finding (a baseline leaves some out). */
typedef int finding_filter(const struct finding *finding, void *context);

/* Calls `callback` for each finding of the file at `path`. Prints an error
 * naming the file and the problem and returns -1 (before any call) if it
 * cannot be read or is not a findings file this reader knows. */
int read_tu_findings(const char *path, tu_finding_callback *callback,
                     void *context);

#endif
