#include "check.h"

#include "check_args.h"
#include "check_fix.h"
#include "check_handoffs.h"
#include "check_pass.h"
#include "compile_db.h"
#include "file_tree.h"
#include "plugin_locate.h"
#include "summary.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum check_status {
  CHECK_CLEAN = 0,
  CHECK_ERRORS_FOUND = 1,
  CHECK_TOOL_FAILED = 2,
};

/* Whether `program` can be run: as a path, or found in PATH. */
static int is_runnable(const char *program) {
  if (strchr(program, '/'))
    return access(program, X_OK) == 0;
  const char *path = getenv("PATH");
  int found = 0;
  while (path && *path && !found) {
    size_t length = strcspn(path, ":");
    char *candidate = xasprintf("%.*s/%s", (int)length, path, program);
    found = access(candidate, X_OK) == 0;
    free(candidate);
    path += length + (path[length] == ':');
  }
  return found;
}

static int find_tools(struct check_options *options) {
  if (!is_runnable(options->clang)) {
    fprintf(stderr, "alignlint: error: cannot run clang '%s' (use --clang=)\n",
            options->clang);
    return -1;
  }
  if (!options->plugin)
    options->plugin = find_plugin_path();
  if (!options->plugin || access(options->plugin, R_OK) != 0) {
    fprintf(stderr,
            "alignlint: error: cannot find the plugin libalignlint.so%s%s "
            "(use --plugin=)\n",
            options->plugin ? " at " : "",
            options->plugin ? options->plugin : "");
    return -1;
  }
  return 0;
}

static int read_database(const struct check_options *options,
                         struct compile_db *db) {
  if (read_compile_db(options->build_dir, db) != 0)
    return -1;
  if (options->file_count &&
      select_compile_commands(db, options->files, options->file_count) != 0)
    return -1;
  if (db->count == 0) {
    fprintf(stderr,
            "alignlint: error: %s/compile_commands.json compiles no "
            "C or C++ file\n",
            options->build_dir);
    return -1;
  }
  return 0;
}

/* The folder the passes gather exports in: --export-fixes, or a scratch
 * folder (*scratch says so) removed at the end. */
static char *open_export_dir(const struct check_options *options,
                             int *scratch) {
  *scratch = !options->export_dir;
  if (options->export_dir) {
    if (make_directories(options->export_dir) != 0)
      return NULL;
    clear_export_dir(options->export_dir);
    return xstrdup(options->export_dir);
  }
  return make_scratch_dir("alignlint-exports");
}

/* The passes, the summary and the hand-offs; returns the exit status. */
static int check_project(const struct check_options *options,
                         const struct compile_db *db, const char *export_dir,
                         struct check_baseline *baseline) {
  struct summary summary;
  memset(&summary, 0, sizeof summary);
  struct check_run run = {options, db, export_dir,
                          baseline ? finding_is_new : NULL, baseline};
  int failed = options->fix ? run_fix_rounds(&run, &summary)
                            : run_check_pass(&run, &summary);
  summary.tus_skipped = db->skipped + db->repeated;
  /* In a dry run, stdout carries the diff alone. */
  if (!failed)
    summary_print(&summary, options->dry_run ? stderr : stdout);
  if (options->sarif_path &&
      write_check_sarif(export_dir, options->sarif_path) != 0)
    failed = -1;
  if (options->html_dir && write_check_html(export_dir, options->html_dir) != 0)
    failed = -1;
  size_t errors = summary_error_count(&summary);
  size_t checked = summary.tus_checked;
  summary_free(&summary);
  /* Not one TU checked: the tools, not the code, are at fault. */
  if (failed || checked == 0)
    return CHECK_TOOL_FAILED;
  return errors ? CHECK_ERRORS_FOUND : CHECK_CLEAN;
}

static int run_check(struct check_options *options) {
  struct compile_db db;
  if (find_tools(options) != 0 || read_database(options, &db) != 0)
    return CHECK_TOOL_FAILED;
  struct check_baseline *baseline = NULL;
  if (options->baseline_path &&
      !(baseline = open_check_baseline(options->baseline_path))) {
    free_compile_db(&db);
    return CHECK_TOOL_FAILED;
  }
  int scratch;
  char *export_dir = open_export_dir(options, &scratch);
  int status = export_dir ? check_project(options, &db, export_dir, baseline)
                          : CHECK_TOOL_FAILED;
  if (export_dir && scratch)
    remove_tree(export_dir);
  free(export_dir);
  close_check_baseline(baseline);
  free_compile_db(&db);
  return status;
}

int command_check(int argc, char **argv) {
  struct check_options options;
  enum check_args_result parsed = parse_check_args(argc, argv, &options);
  int status = CHECK_TOOL_FAILED;
  if (parsed == CHECK_ARGS_HELP) {
    fputs(check_usage_text, stdout);
    status = CHECK_CLEAN;
  } else if (parsed == CHECK_ARGS_RUN) {
    status = run_check(&options);
  }
  free(options.files);
  free(options.plugin);
  string_list_free(&options.plugin_args);
  return status;
}
