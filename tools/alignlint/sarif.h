/* One SARIF 2.1.0 log of an export's findings, in the subset GitHub code
 * scanning reads (docs/baseline-sarif.md): the rules, one result per
 * finding (a header's findings once), each at a path relative to the
 * project root (uriBaseId SRCROOT), with fingerprints from the baseline
 * identity, the notes as related locations and the fixes
 * `alignlint apply` would apply. */
#ifndef ALIGNLINT_SARIF_H
#define ALIGNLINT_SARIF_H

#include "fix_set.h"
#include "project_findings.h"

#include <jansson.h>

/* The partialFingerprints key; its value is XXH64 over the identity. */
#define SARIF_FINGERPRINT_KEY "alignlintIdentity/v1"

/* The log as a JSON tree (the caller owns it). `fixes` is the export's
 * fix set (NULL: no fixes); `root` the absolute project root. */
json_t *sarif_log(const struct finding_list *findings,
                  const struct fix_set *fixes, const char *root);

/* Reads the findings and fixes in `export_dir` and writes the log to
 * `path` atomically. Returns 0, or -1 after an error (then nothing is
 * written). */
int write_export_sarif(const char *export_dir, const char *root,
                       const char *path);

#endif
