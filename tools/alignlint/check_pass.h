/* One pass of the plugin over the TUs of a compilation database, in
 * parallel, each TU's findings streamed into a summary. */
#ifndef ALIGNLINT_CHECK_PASS_H
#define ALIGNLINT_CHECK_PASS_H

#include "check_options.h"
#include "compile_db.h"
#include "summary.h"

/* Checks every TU of `db`, gathering the YAML exports and findings files of
 * all TUs in `export_dir` (which must exist) and adding their findings to
 * `summary`. Filtering a finding out (a baseline) is `keep`'s job: NULL
 * keeps all. Returns -1 if the scratch folder cannot be made or the run
 * was interrupted (SIGINT, SIGTERM). */
int run_check_pass(const struct check_options *options,
                   const struct compile_db *db, const char *export_dir,
                   finding_filter *keep, void *keep_context,
                   struct summary *summary);

#endif
