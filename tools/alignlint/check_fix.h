/* `alignlint check --fix`: passes over the project, each followed by
 * `alignlint apply` of its exports, until a pass leaves nothing to apply. */
#ifndef ALIGNLINT_CHECK_FIX_H
#define ALIGNLINT_CHECK_FIX_H

#include "check_pass.h"

/* Runs passes (run_check_pass) into run->export_dir and applies their
 * fixes, printing each fix applied, until one applies nothing, a dry run
 * has shown its diff, or the rounds run out. `summary` ends as the last
 * pass's: what remains. Returns -1 when a pass or reading its export
 * failed. */
int run_fix_rounds(const struct check_run *run, struct summary *summary);

/* Removes the exports and findings files a pass left in `export_dir`. */
void clear_export_dir(const char *export_dir);

#endif
