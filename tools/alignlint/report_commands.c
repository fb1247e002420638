#include "report_commands.h"

#include "baseline.h"
#include "project_findings.h"
#include "project_root.h"
#include "sarif.h"
#include "xalloc.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum report_status { REPORT_OK = 0, REPORT_STALE = 1, REPORT_ERROR = 2 };

struct report_arguments {
  const char *root;   /* --root, or NULL */
  const char *output; /* -o, or NULL */
  int stale;          /* --stale */
  const char *operands[2];
  size_t operand_count;
};

static int usage_error(const char *command, const char *format,
                       const char *argument) {
  fprintf(stderr, "alignlint: error: %s: ", command);
  fprintf(stderr, format, argument);
  fprintf(stderr, " (see alignlint --help)\n");
  return REPORT_ERROR;
}

/* Reads --root DIR, -o FILE, --stale (when `allow_stale`) and up to two
 * operands. Returns -1 after a usage error. */
static int parse_arguments(const char *command, int argc, char **argv,
                           int allow_stale, struct report_arguments *out) {
  memset(out, 0, sizeof *out);
  for (int i = 0; i < argc; i++) {
    const char *argument = argv[i];
    const char **value = strcmp(argument, "--root") == 0 ? &out->root
                         : strcmp(argument, "-o") == 0   ? &out->output
                                                         : NULL;
    if (value) {
      if (i + 1 == argc)
        return usage_error(command, "'%s' needs a value", argument), -1;
      *value = argv[++i];
    } else if (allow_stale && strcmp(argument, "--stale") == 0) {
      out->stale = 1;
    } else if (argument[0] == '-' && argument[1] != '\0') {
      return usage_error(command, "unknown option '%s'", argument), -1;
    } else if (out->operand_count == 2) {
      return usage_error(command, "extra argument '%s'", argument), -1;
    } else {
      out->operands[out->operand_count++] = argument;
    }
  }
  size_t wanted = out->stale ? 2 : 1;
  if (out->operand_count != wanted)
    return usage_error(command, "%s",
                       out->stale ? "--stale needs the export directory and "
                                    "the baseline file"
                                  : "needs the export directory"),
           -1;
  if (out->stale && (out->output || out->root))
    return usage_error(command, "%s",
                       "--stale takes neither -o nor --root (the baseline "
                       "names its root)"),
           -1;
  return 0;
}

/* Lists the entries of `baseline_path` that no finding of the export
 * matches any more; 1 when there are some. */
static int list_stale_entries(const char *export_dir,
                              const char *baseline_path) {
  struct finding_list findings = {0};
  struct baseline baseline;
  if (read_project_findings(export_dir, &findings))
    return REPORT_ERROR;
  if (read_baseline(baseline_path, &baseline)) {
    free_finding_list(&findings);
    return REPORT_ERROR;
  }
  unsigned char *stale = xmalloc(baseline.count);
  size_t stale_count = baseline_stale_entries(&baseline, &findings, stale);
  for (size_t i = 0; i < baseline.count; i++) {
    const struct baseline_entry *entry = &baseline.entries[i];
    if (stale[i])
      printf("%s: %s [alignlint-%s] %" PRIu64 " bytes\n", entry->file,
             entry->record, entry->rule, entry->bytes_wasted);
  }
  fprintf(stderr, "alignlint: %zu of %zu baseline entries are stale\n",
          stale_count, baseline.count);
  free(stale);
  free_baseline(&baseline);
  free_finding_list(&findings);
  return stale_count ? REPORT_STALE : REPORT_OK;
}

static int make_baseline(const char *export_dir, const char *root,
                         const char *output) {
  struct finding_list findings = {0};
  if (read_project_findings(export_dir, &findings)) {
    fprintf(stderr, "alignlint: %s not written\n", output);
    return REPORT_ERROR;
  }
  struct baseline baseline;
  baseline_from_findings(&findings, root, &baseline);
  int status = write_baseline(&baseline, output);
  if (status == 0)
    fprintf(stderr,
            "alignlint: %zu baseline entries from %zu findings of %zu "
            "translation units written to %s\n",
            baseline.count, findings.count, findings.file_count, output);
  free_baseline(&baseline);
  free_finding_list(&findings);
  return status ? REPORT_ERROR : REPORT_OK;
}

int command_baseline(int argc, char **argv) {
  struct report_arguments arguments;
  if (parse_arguments("baseline", argc, argv, 1, &arguments))
    return REPORT_ERROR;
  if (arguments.stale)
    return list_stale_entries(arguments.operands[0], arguments.operands[1]);
  char *root = find_project_root(arguments.root);
  if (!root)
    return REPORT_ERROR;
  int status = make_baseline(arguments.operands[0], root,
                             arguments.output ? arguments.output
                                              : "alignlint-baseline.yaml");
  free(root);
  return status;
}

int command_sarif(int argc, char **argv) {
  struct report_arguments arguments;
  if (parse_arguments("sarif", argc, argv, 0, &arguments))
    return REPORT_ERROR;
  char *root = find_project_root(arguments.root);
  if (!root)
    return REPORT_ERROR;
  const char *output = arguments.output ? arguments.output : "alignlint.sarif";
  int status = write_export_sarif(arguments.operands[0], root, output);
  if (status)
    fprintf(stderr, "alignlint: %s not written\n", output);
  free(root);
  return status ? REPORT_ERROR : REPORT_OK;
}
