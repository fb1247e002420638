// The one veto path for every fix that changes a record's layout: field-order
// and hot-fields (a new order), contended (alignment), and any later rule.
// Each check says what it forbids; a change is allowed only when no check
// forbids what it changes.
#ifndef ALIGNLINT_LAYOUT_CHANGE_ALLOWED_H
#define ALIGNLINT_LAYOUT_CHANGE_ALLOWED_H

#include "CheckContext.h"
#include "RecordModelBuilder.h"
#include "Refusal.h"

namespace alignlint {

/// What a fix does to a record's layout.
struct LayoutChange {
  /// The new order (Order[slot] = unit), or null when the order stays (an
  /// alignment change moves fields but keeps the first one at offset 0).
  const size_t *Order = nullptr;
  bool SizeChanges = false;
};

/// Refused, at the user's line, when
///  - the record's file forbids fixes (TU.NoFixReason: a library's public
///    ABI, a generated file);
///  - a union stores the record beside other members (any change);
///  - a member's or base's type is a record whose layout a fix made earlier
///    in this TU changes, and no copy shows that new layout (two fixes of
///    one record, or a copy clang lays out differently), so the model
///    (RecordAfterFixes) could not use it and that fix must land first (any
///    change);
///  - code ties the record's bytes to positions: I/O, a byte range that is
///    not whole records, its bytes read as another type, memory from
///    outside the program, an order of bytes, offsetof asserted (any
///    change);
///  - code asserts on its size (a change of size);
///  - a pointer conversion reads it through another type: allowed when that
///    is its first field's type (or a record whose first member it is) and
///    the first field stays first;
///  - code or a comment depends on the order: __builtin_dump_struct, "keep
///    in this order", or a pin (LayoutPins) the new order breaks (a new
///    order).
FixOutcome layoutChangeAllowed(const CheckContext &TU, const RecordModel &Model,
                               const LayoutChange &Change);

} // namespace alignlint

#endif
