#include "check_handoffs.h"

#include "baseline.h"
#include "findings.h"
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

/* What baseline_contains() decides for a whole project's finding, for one
 * finding as it streams in from a TU. */
int finding_is_new(const struct tu_finding *finding, void *context) {
  const struct baseline *baseline =
      &((struct check_baseline *)context)->entries;
  const struct baseline_entry *entry =
      baseline_find(baseline, finding->rule, finding->record_name,
                    path_below_root(finding->file, baseline->root));
  if (!entry)
    return 1;
  uint64_t wasted = 0;
  if (finding->has_bytes && finding->bytes_proposed < finding->bytes_current)
    wasted = (uint64_t)(finding->bytes_current - finding->bytes_proposed);
  return wasted > entry->bytes_wasted;
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
  if (status == 0)
    status = report_write_html(&findings, out_dir);
  free_finding_list(&findings);
  return status;
}
