/* One pass of the plugin over the TUs of a compilation database, in
 * parallel, each TU's findings streamed into a summary. */
#ifndef ALIGNLINT_CHECK_PASS_H
#define ALIGNLINT_CHECK_PASS_H

#include "check_options.h"
#include "compile_db.h"
#include "summary.h"
#include "tu_findings.h"

/* What a pass checks and where its results go. */
struct check_run {
  const struct check_options *options;
  const struct compile_db *db;
  const char *export_dir; /* must exist */
  finding_filter *keep;   /* NULL keeps every finding */
  void *keep_context;
};

/* Checks every TU of run->db, gathering the YAML exports and findings files
 * of all TUs in run->export_dir and adding their findings to `summary`.
 * Filtering a finding out (a baseline) is run->keep's job. Returns -1 if
 * the scratch folder cannot be made or the run was interrupted (SIGINT,
 * SIGTERM). */
int run_check_pass(const struct check_run *run, struct summary *summary);

#endif
