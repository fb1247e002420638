#include "project_findings.h"

#include <stdlib.h>

static int compare_findings(const void *a, const void *b) {
  return compare_finding_keys(a, b);
}

int read_project_findings(const char *dir, struct finding_list *out) {
  if (read_findings_dir(dir, out) || require_findings_files(dir, out))
    return -1;
  deduplicate_findings(out);
  /* The keys are distinct now: any sort gives the same order. */
  qsort(out->items, out->count, sizeof *out->items, compare_findings);
  return 0;
}
