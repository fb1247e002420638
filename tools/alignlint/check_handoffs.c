#include "check_handoffs.h"

#include <stdio.h>

static void not_in_this_build(const char *option) {
  fprintf(stderr,
          "alignlint: error: %s is not available in this build of "
          "alignlint\n",
          option);
}

struct check_baseline *open_check_baseline(const char *path) {
  (void)path;
  not_in_this_build("--baseline");
  return NULL;
}

int finding_is_new(const struct tu_finding *finding, void *baseline) {
  (void)finding, (void)baseline;
  return 1;
}

void close_check_baseline(struct check_baseline *baseline) { (void)baseline; }

int write_check_sarif(const char *findings_dir, const char *path) {
  (void)findings_dir, (void)path;
  not_in_this_build("--sarif");
  return -1;
}

int write_check_html(const char *findings_dir, const char *out_dir) {
  (void)findings_dir, (void)out_dir;
  not_in_this_build("--html");
  return -1;
}
