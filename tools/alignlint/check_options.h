/* The options of `alignlint check` (docs/check.md). */
#ifndef ALIGNLINT_CHECK_OPTIONS_H
#define ALIGNLINT_CHECK_OPTIONS_H

#include "string_list.h"

#include <stddef.h>

struct check_options {
  const char *build_dir; /* -p: holds compile_commands.json */
  char **files;          /* the TUs to check; all when file_count is 0 */
  size_t file_count;
  size_t jobs;                    /* -j */
  const char *clang;              /* --clang */
  char *plugin;                   /* --plugin, or found next to alignlint */
  struct string_list plugin_args; /* -fplugin-arg-alignlint-... */
  int quiet;
  int fix;
  int dry_run;
  const char *export_dir;    /* --export-fixes */
  const char *sarif_path;    /* --sarif */
  const char *baseline_path; /* --baseline */
  const char *html_dir;      /* --html */
};

#endif
