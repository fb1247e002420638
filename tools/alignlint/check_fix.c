#include "check_fix.h"

#include "apply.h"
#include "export_reader.h"
#include "file_tree.h"
#include "fix_set.h"
#include "path_resolve.h"

#include <stdio.h>
#include <string.h>

/* One round normally applies everything (docs/alignlint-apply.md); the few
 * fixes deferred to a second run need one more, the last pass confirms. */
enum { MAX_APPLY_ROUNDS = 3 };

static void remove_file(const char *path, const char *name, void *context) {
  (void)name, (void)context;
  remove(path);
}

void clear_export_dir(const char *export_dir) {
  for_each_file(export_dir, ".yaml", remove_file, NULL);
  for_each_file(export_dir, ".findings.json", remove_file, NULL);
}

static void print_applied(const struct fix *fix, void *context) {
  FILE *out = context;
  fprintf(out, "  fixed %s: %s\n", path_below_cwd(fix->key.file_path),
          fix->message);
}

/* Applies the exports of the last pass; returns the number of fixes applied,
 * or -1. The export's lists are not freed: a run has a few rounds. */
static long apply_round(const struct check_options *options,
                        const char *export_dir, size_t round) {
  struct diagnostic_list diagnostics;
  memset(&diagnostics, 0, sizeof diagnostics);
  struct fix_set set;
  if (read_export_dir(export_dir, &diagnostics) != 0 ||
      build_fix_set(&diagnostics, &set) != 0)
    return -1;
  /* In a dry run, stdout carries the diff alone. */
  FILE *out = options->dry_run ? stderr : stdout;
  struct apply_options apply = {
      .dry_run = options->dry_run, .on_applied = print_applied, .context = out};
  struct apply_summary summary;
  fprintf(out, "alignlint: round %zu:\n", round);
  apply_fix_set(&set, &apply, &summary);
  fprintf(out,
          "alignlint: round %zu %s %zu fixes to %zu files (%zu vetoed, %zu "
          "stale, %zu conflicting, %zu failed)\n",
          round, options->dry_run ? "would apply" : "applied",
          summary.applied_fixes, summary.edited_files, summary.vetoed_fixes,
          summary.stale_files, summary.conflicting_files, summary.failed_files);
  return (long)summary.applied_fixes;
}

int run_fix_rounds(const struct check_run *run, struct summary *summary) {
  for (size_t round = 1;; round++) {
    summary_free(summary);
    memset(summary, 0, sizeof *summary);
    clear_export_dir(run->export_dir);
    if (run_check_pass(run, summary) != 0)
      return -1;
    if (round > MAX_APPLY_ROUNDS) {
      if (summary_offered_fix_count(summary))
        fprintf(stderr,
                "alignlint: stopped after %d rounds of fixes; run again to "
                "apply what remains\n",
                MAX_APPLY_ROUNDS);
      return 0;
    }
    /* A TU that was not checked may use any record (a positional
     * initializer, a memcpy of its bytes): the fixes would not account for
     * it. The editor's project-wide fix refuses the same way. */
    if (summary->tus_failed) {
      fprintf(stderr,
              "alignlint: no fixes applied: %zu TUs could not be checked, "
              "so their uses of the records are unknown\n",
              summary->tus_failed);
      return 0;
    }
    long applied = apply_round(run->options, run->export_dir, round);
    if (applied < 0)
      return -1;
    if (applied == 0 || run->options->dry_run)
      return 0;
  }
}
