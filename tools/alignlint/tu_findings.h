/* Streaming one TU's findings file (docs/findings-format.md) through a
 * callback, as `alignlint check` reads each TU's file when the TU ends:
 * nothing of it is kept. */
#ifndef ALIGNLINT_TU_FINDINGS_H
#define ALIGNLINT_TU_FINDINGS_H

#include <stddef.h>

/* One finding, as the callback sees it: the strings live until it returns.
 * Absent strings are "". */
struct tu_finding {
  const char *rule; /* "field-order", ... */
  int is_error;     /* "level": "error" */
  const char *message;
  const char *file; /* location.file: with `offset`, the record key */
  size_t offset;
  long line;
  const char *record_name; /* qualified_name, or name */
  int has_bytes;           /* "bytes" is not null */
  long bytes_current, bytes_proposed;
  long lines_current, lines_proposed;
  const char *fix_state; /* "offered", "refused" or "none" */
  const char *fix_reason;
};

typedef void tu_finding_callback(const struct tu_finding *finding,
                                 void *context);

/* Calls `callback` for each finding of the file at `path`. Prints an error
 * naming the file and returns -1 if it cannot be read, is not a findings
 * file or has a version this reader does not know. */
int read_tu_findings(const char *path, tu_finding_callback *callback,
                     void *context);

#endif
