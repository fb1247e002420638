/* `alignlint apply --edits-json FILE --record PATH:OFFSET DIR`: what apply
 * would do for one record, as JSON for the editor server (alignlint-clangd):
 * the agreed edits of every file, or the reasons apply refuses them. The
 * decision is apply's own (apply_fix_set on the record's fixes), so the
 * editor's project-wide quick-fix is never less safe than apply. */
#ifndef ALIGNLINT_EDIT_PLAN_H
#define ALIGNLINT_EDIT_PLAN_H

#include "fix_set.h"

#include <stdio.h>

/* Writes the plan for the record whose name is at `record` ("PATH:OFFSET",
 * PATH resolved with realpath) to `out`:
 *   {"record": R, "message": M, "files": [{"path": P, "digest": D, "edits":
 *     [{"offset": N, "length": N, "text": S}]}]}   (exit 0)
 * D is the XXH64 ("xxh64:<hex>") of the file the edits are for.
 *   {"record": R, "refusals": [S, ...]}              (exit 1)
 * Returns the exit status: 0 offered, 1 refused, 2 `record` malformed. */
int write_edit_plan(const struct fix_set *set, const char *record, FILE *out);

#endif
