#include "check_handoffs.h"

#include "baseline.h"
#include "findings_file.h"
#include "project_root.h"
#include "report_html.h"
#include "sarif.h"

#include <stdlib.h>

struct check_baseline {
  struct baseline entries;
};

struct check_baseline *open_check_baseline(const char *path) {
  struct check_baseline *baseline = calloc(1, sizeof *baseline);
  if (!baseline || read_baseline(path, &baseline->entries) != 0) {
    free(baseline);
    return NULL;
  }
  return baseline;
}

int finding_is_new(const struct finding *finding, void *context) {
  return !baseline_contains(&((struct check_baseline *)context)->entries,
                            finding);
}

void close_check_baseline(struct check_baseline *baseline) {
  if (!baseline)
    return;
  free_baseline(&baseline->entries);
  free(baseline);
}

int write_check_sarif(const char *findings_dir, const char *path) {
  char *root = find_project_root(NULL);
  if (!root)
    return -1;
  int status = write_export_sarif(findings_dir, root, path);
  free(root);
  return status;
}

int write_check_html(const char *findings_dir, const char *out_dir) {
  struct finding_list findings = {0};
  int status = read_findings_dir(findings_dir, &findings);
  if (status == 0) {
    deduplicate_findings(&findings);
    status = report_write_html(&findings, out_dir);
  }
  free_finding_list(&findings);
  return status;
}
