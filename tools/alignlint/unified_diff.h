/* Showing edits as a unified diff that `patch -p1` and `git apply` accept. */
#ifndef ALIGNLINT_UNIFIED_DIFF_H
#define ALIGNLINT_UNIFIED_DIFF_H

#include "file_edits.h"

#include <stddef.h>
#include <stdio.h>

/* Writes the diff from `content` to `content` with `edits` applied (sorted,
 * no conflicts, no duplicates), with 3 lines of context and the headers
 * "--- a/<display_path>" and "+++ b/<display_path>". */
void write_unified_diff(FILE *out, const char *display_path,
                        const char *content, size_t size,
                        const struct edit_list *edits);

#endif
