// Whether a fix may change a record's layout at all, whatever the fix
// (reorder or alignment): checked before any fix-it is built.
#ifndef ALIGNLINT_LAYOUT_CHANGE_GUARD_H
#define ALIGNLINT_LAYOUT_CHANGE_GUARD_H

#include "FixedLayouts.h"
#include "RecordModelBuilder.h"
#include "Refusal.h"
#include "UnionOverlays.h"

namespace alignlint {

/// False, with Why set, when
///  - a union stores the record beside other members: code may read its
///    bytes through them, so its layout is part of what the program means;
///  - a member's or base's type is a record whose layout a fix made earlier
///    in this TU changes, and Model was not computed with that new layout
///    (ModeledAfterFixes false: the cache-line rules), or no copy shows the
///    new layout (an alignment fix): that fix must land first.
bool layoutMayChange(const RecordModel &Model, const UnionOverlays &Overlays,
                     FixedLayouts &Layouts, bool ModeledAfterFixes,
                     Refusal &Why);

} // namespace alignlint

#endif
