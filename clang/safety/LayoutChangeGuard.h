// Whether a fix may change a record's layout at all, whatever the fix
// (reorder or alignment): checked before any fix-it is built.
#ifndef ALIGNLINT_LAYOUT_CHANGE_GUARD_H
#define ALIGNLINT_LAYOUT_CHANGE_GUARD_H

#include "FixClaims.h"
#include "RecordModelBuilder.h"
#include "Refusal.h"
#include "UnionOverlays.h"

namespace alignlint {

/// False, with Why set, when
///  - a union stores the record beside other members: code may read its
///    bytes through them, so its layout is part of what the program means;
///  - a member's type is a record whose layout a fix made earlier in this
///    TU changes: the new layout would be computed from the old size, so
///    that fix must land first (alignlint then reports this one again).
bool layoutMayChange(const RecordModel &Model, const UnionOverlays &Overlays,
                     const FixClaims &Claims, Refusal &Why);

} // namespace alignlint

#endif
