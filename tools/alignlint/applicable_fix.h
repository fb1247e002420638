/* The edits `alignlint apply` would make for one finding: the export's fix
 * of its record (for a header record, the one settled across every TU that
 * saw it, with each TU's own edits), unless a TU vetoed the record or a
 * file it edits changed since the export. SARIF carries these, so that
 * applying a SARIF fix does what `alignlint apply` does. */
#ifndef ALIGNLINT_APPLICABLE_FIX_H
#define ALIGNLINT_APPLICABLE_FIX_H

#include "fix_set.h"
#include "project_findings.h"
#include "source_text.h"

/* The fix of `set` that carries `finding`'s edits, or NULL when the
 * finding offers none or apply would refuse it. Reads the edited files
 * through `sources` to compare them with the export's digests; says on
 * stderr why an offered fix is left out. */
const struct fix *applicable_fix(const struct fix_set *set,
                                 const struct finding *finding,
                                 struct source_cache *sources);

#endif
