/* Applying a fix set to the files it edits, refusing what is unsafe:
 * vetoed records, stale files, conflicting edits, unwritable files. */
#ifndef ALIGNLINT_APPLY_H
#define ALIGNLINT_APPLY_H

#include "fix_set.h"

#include <stddef.h>
#include <stdio.h>

struct apply_options {
  int dry_run; /* print a unified diff to stdout instead of writing */
  /* Called for each fix applied (in a dry run: that would be), or NULL. */
  void (*on_applied)(const struct fix *fix, void *context);
  void *context;
  int decide_only; /* with dry_run: print no diff either */
  FILE *messages;  /* where refusals are reported; NULL: stderr */
};

struct apply_summary {
  size_t applied_fixes;
  size_t edited_files;
  size_t vetoed_fixes;
  size_t stale_files;
  size_t conflicting_files;
  size_t failed_files; /* unreadable or unwritable */
};

/* Applies every fix that is safe to apply and reports each refusal on
 * options->messages. A fix that edits several files is applied only if all of
 * them can be edited. */
void apply_fix_set(const struct fix_set *set,
                   const struct apply_options *options,
                   struct apply_summary *summary);

/* Whether anything was refused. */
int apply_summary_has_refusals(const struct apply_summary *summary);

#endif
