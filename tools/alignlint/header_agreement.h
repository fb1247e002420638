/* A fix of a record defined in a header is one unit across all the
 * translation units that saw the record: it stands only if each of them
 * (as its alignlint-record-view says) proposed it, with the same edit of
 * the shared files, saw the same fields, and has not changed since the
 * export; then the header edit and every TU's own edits are applied
 * together. Otherwise the whole fix is refused. */
#ifndef ALIGNLINT_HEADER_AGREEMENT_H
#define ALIGNLINT_HEADER_AGREEMENT_H

#include "export_reader.h"
#include "fix_set.h"

#define RECORD_VIEW_NAME "alignlint-record-view"

struct record_view {
  struct record_key key;
  size_t unit;
  char digest[24];  /* "view:<16 hex digits>" */
  int proposes_fix; /* "fix", else "no-fix" */
  const char *what; /* the record's name, and for no-fix ": <reason>" */
};

/* Parses an alignlint-record-view diagnostic; prints an error naming its
 * origin and returns -1 when the message is malformed. */
int parse_record_view(const struct diagnostic *diagnostic,
                      struct record_view *out);

/* Replaces the per-TU copies in `fixes` of each record that has views by
 * one fix: the agreed one (shared edits once, plus each TU's own edits), or
 * the first copy with `refusal` set. `views` is sorted by key and unit. */
void settle_header_fixes(const struct diagnostic_list *diagnostics,
                         const struct record_view *views, size_t view_count,
                         struct fix **fixes, size_t *fix_count);

#endif
