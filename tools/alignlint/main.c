/* alignlint: the command-line companion of the alignlint Clang plugin. */
#include "apply.h"
#include "check.h"
#include "edit_plan.h"
#include "export_reader.h"
#include "findings_file.h"
#include "fix_set.h"
#include "report_commands.h"
#include "report_html.h"

#include <stdio.h>
#include <string.h>

#ifndef ALIGNLINT_VERSION
#error "ALIGNLINT_VERSION must be defined by the build"
#endif

enum exit_status {
  EXIT_ALL_APPLIED = 0,
  EXIT_SOME_REFUSED = 1,
  EXIT_USAGE_OR_INPUT_ERROR = 2,
};

static const char usage_text[] =
    "usage: alignlint apply [--dry-run] DIR\n"
    "       alignlint apply --edits-json FILE --record PATH:OFFSET DIR\n"
    "       alignlint check -p BUILD_DIR [options] [FILES...]\n"
    "       alignlint report DIR -o OUT_DIR\n"
    "       alignlint baseline [--root ROOT] [-o FILE] DIR\n"
    "       alignlint baseline --stale DIR BASELINE\n"
    "       alignlint sarif [--root ROOT] [-o FILE] DIR\n"
    "       alignlint --help | --version\n"
    "\n"
    "commands:\n"
    "  check        run the plugin over a project's compile_commands.json and\n"
    "               print a summary (alignlint check --help for its options)\n"
    "  apply DIR    apply the fixes that "
    "-fplugin-arg-alignlint-export-fixes=DIR\n"
    "               (or clang-tidy --export-fixes) wrote into DIR\n"
    "  report DIR   write OUT_DIR/index.html, one self-contained page with "
    "the\n"
    "               findings the plugin wrote into DIR and a picture of "
    "each\n"
    "               flagged record's layout now and after its fix\n"
    "  baseline DIR record the findings of DIR in FILE (default\n"
    "               alignlint-baseline.yaml); with\n"
    "               -fplugin-arg-alignlint-baseline=FILE the plugin then\n"
    "               reports only new or worse findings\n"
    "  baseline --stale DIR BASELINE\n"
    "               list the entries of BASELINE that no finding of DIR\n"
    "               matches any more (exit 1 when there are some)\n"
    "  sarif DIR    write the findings of DIR as one SARIF 2.1.0 log to\n"
    "               FILE (default alignlint.sarif), for code scanning\n"
    "\n"
    "ROOT is the project root that files are named relative to (default:\n"
    "the git work tree of the working directory, else the directory).\n"
    "\n"
    "options of apply:\n"
    "  --dry-run    print a unified diff of the changes (for patch -p1 or\n"
    "               git apply) and write nothing\n"
    "  --edits-json FILE --record PATH:OFFSET\n"
    "               write nothing; for the record whose name is at byte\n"
    "               OFFSET of PATH, write to FILE (- for stdout) as JSON\n"
    "               the edits apply would make to every file, or why it\n"
    "               refuses them (for editors, docs/alignlint-apply.md)\n"
    "\n"
    "Vetoed records, files changed since the export and files with\n"
    "conflicting edits are left untouched and reported.\n"
    "Exit status of apply: 0 all applied, 1 something refused, 2 usage or "
    "input\n"
    "error. Of report: 0 written, 2 usage or input error.\n";

static int usage_error(const char *format, const char *argument) {
  fputs("alignlint: error: ", stderr);
  fprintf(stderr, format, argument);
  fputs("\n\n", stderr);
  fputs(usage_text, stderr);
  return EXIT_USAGE_OR_INPUT_ERROR;
}

static void print_summary(const struct apply_options *options,
                          const struct apply_summary *summary) {
  fprintf(stderr,
          "alignlint: %s %zu fixes to %zu files; %zu vetoed, %zu stale, "
          "%zu conflicting",
          options->dry_run ? "would apply" : "applied", summary->applied_fixes,
          summary->edited_files, summary->vetoed_fixes, summary->stale_files,
          summary->conflicting_files);
  if (summary->failed_files)
    fprintf(stderr, ", %zu failed", summary->failed_files);
  fputc('\n', stderr);
}

/* The one record's plan (edit_plan.h) instead of applying. */
static int write_plan(const struct fix_set *set, const char *record,
                      const char *plan_path) {
  FILE *out = strcmp(plan_path, "-") == 0 ? stdout : fopen(plan_path, "w");
  if (!out) {
    fprintf(stderr, "alignlint: error: cannot write %s\n", plan_path);
    return EXIT_USAGE_OR_INPUT_ERROR;
  }
  int status = write_edit_plan(set, record, out);
  if (out != stdout && fclose(out) != 0) {
    fprintf(stderr, "alignlint: error: cannot write %s\n", plan_path);
    return EXIT_USAGE_OR_INPUT_ERROR;
  }
  return status;
}

static int run_apply(const char *dir, const struct apply_options *options,
                     const char *record, const char *plan_path) {
  struct diagnostic_list diagnostics = {0};
  struct fix_set set;
  if (read_export_dir(dir, &diagnostics) != 0 ||
      build_fix_set(&diagnostics, &set) != 0) {
    fputs("alignlint: nothing applied\n", stderr);
    return EXIT_USAGE_OR_INPUT_ERROR;
  }
  if (plan_path)
    return write_plan(&set, record, plan_path);
  struct apply_summary summary;
  apply_fix_set(&set, options, &summary);
  print_summary(options, &summary);
  return apply_summary_has_refusals(&summary) ? EXIT_SOME_REFUSED
                                              : EXIT_ALL_APPLIED;
}

static int command_apply(int argc, char **argv) {
  struct apply_options options = {0};
  const char *dir = NULL, *record = NULL, *plan_path = NULL;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--dry-run") == 0)
      options.dry_run = 1;
    else if ((strcmp(argv[i], "--edits-json") == 0 ||
              strcmp(argv[i], "--record") == 0) &&
             i + 1 == argc)
      return usage_error("option '%s' needs a value", argv[i]);
    else if (strcmp(argv[i], "--edits-json") == 0)
      plan_path = argv[++i];
    else if (strcmp(argv[i], "--record") == 0)
      record = argv[++i];
    else if (strcmp(argv[i], "--help") == 0) {
      fputs(usage_text, stdout);
      return EXIT_ALL_APPLIED;
    } else if (argv[i][0] == '-' && argv[i][1] != '\0')
      return usage_error("unknown option '%s' for apply (valid: --dry-run, "
                         "--edits-json, --record, --help)",
                         argv[i]);
    else if (dir)
      return usage_error("apply takes one directory; extra argument '%s'",
                         argv[i]);
    else
      dir = argv[i];
  }
  if (!dir)
    return usage_error("%s", "apply needs the export directory");
  if (!record != !plan_path)
    return usage_error("%s", "--edits-json and --record go together");
  return run_apply(dir, &options, record, plan_path);
}

static int run_report(const char *dir, const char *out_dir) {
  struct finding_list findings = {0};
  int status = read_findings_dir(dir, &findings);
  if (status == 0)
    status = require_findings_files(dir, &findings);
  if (status == 0) {
    deduplicate_findings(&findings);
    status = report_write_html(&findings, out_dir);
  }
  if (status == 0)
    fprintf(stderr, "alignlint: wrote %s/index.html (%zu findings)\n", out_dir,
            findings.count);
  else
    fputs("alignlint: no report written\n", stderr);
  free_finding_list(&findings);
  return status == 0 ? EXIT_ALL_APPLIED : EXIT_USAGE_OR_INPUT_ERROR;
}

static int command_report(int argc, char **argv) {
  const char *dir = NULL, *out_dir = NULL;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "-o") == 0) {
      if (i + 1 == argc)
        return usage_error("%s", "-o needs the directory to write to");
      out_dir = argv[++i];
    } else if (strcmp(argv[i], "--help") == 0) {
      fputs(usage_text, stdout);
      return EXIT_ALL_APPLIED;
    } else if (argv[i][0] == '-' && argv[i][1] != '\0')
      return usage_error("unknown option '%s' for report (valid: -o OUT_DIR, "
                         "--help)",
                         argv[i]);
    else if (dir)
      return usage_error("report takes one directory; extra argument '%s'",
                         argv[i]);
    else
      dir = argv[i];
  }
  if (!dir)
    return usage_error("%s", "report needs the export directory");
  if (!out_dir)
    return usage_error("%s", "report needs -o OUT_DIR, where index.html goes");
  return run_report(dir, out_dir);
}

int main(int argc, char **argv) {
  if (argc < 2)
    return usage_error("%s", "no command given (valid: apply, baseline, check, "
                             "report, sarif, --help, --version)");
  const char *command = argv[1];
  if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0) {
    fputs(usage_text, stdout);
    return EXIT_ALL_APPLIED;
  }
  if (strcmp(command, "--version") == 0) {
    printf("alignlint %s\n", ALIGNLINT_VERSION);
    return EXIT_ALL_APPLIED;
  }
  if (strcmp(command, "apply") == 0)
    return command_apply(argc - 2, argv + 2);
  if (strcmp(command, "baseline") == 0)
    return command_baseline(argc - 2, argv + 2);
  if (strcmp(command, "check") == 0)
    return command_check(argc - 2, argv + 2);
  if (strcmp(command, "report") == 0)
    return command_report(argc - 2, argv + 2);
  if (strcmp(command, "sarif") == 0)
    return command_sarif(argc - 2, argv + 2);
  return usage_error("unknown command '%s' (valid: apply, baseline, check, "
                     "report, sarif, --help, --version)",
                     command);
}
