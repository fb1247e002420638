#include "tu_findings.h"

int read_tu_findings(const char *path, tu_finding_callback *callback,
                     void *context) {
  struct finding_list findings = {0};
  int status = read_findings_file(path, &findings);
  for (size_t i = 0; i < findings.count; i++)
    callback(&findings.items[i], context);
  free_finding_list(&findings);
  return status;
}
