// Rule field-order: a record that reordering would make smaller gets a
// warning with the saving, and a fix-it when the rewrite is provably safe.
#ifndef ALIGNLINT_FIELD_ORDER_CHECK_H
#define ALIGNLINT_FIELD_ORDER_CHECK_H

#include "CheckContext.h"
#include "FixedLayouts.h"
#include "OrderConstraints.h"
#include "RecordModelBuilder.h"

namespace alignlint {

class FieldOrderCheck {
public:
  explicit FieldOrderCheck(const CheckContext &TU);

  /// Returns whether the record was reported. A record with a finding gets
  /// its TU pins (LayoutPins) added to its constraints.
  bool check(RecordAfterFixes &Record);

private:
  /// When the orders kept cost bytes: a note with the size the record
  /// could have without them (pins, Model.Constraints from PinsBegin on,
  /// still kept), and one note per reason.
  void addUnconstrainedNote(const RecordModel &Model, size_t PinsBegin,
                            const OrderConstraintSet &UseOrders,
                            uint64_t ProposedBytes, Finding &F);
  void addLayoutNotes(const RecordModel &Model, const size_t *Order,
                      Finding &F);

  const CheckContext &TU;
};

} // namespace alignlint

#endif
