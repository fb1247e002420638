// Rule field-order: a record that reordering would make smaller gets a
// warning with the saving, and a fix-it when the rewrite is provably safe.
#ifndef ALIGNLINT_FIELD_ORDER_CHECK_H
#define ALIGNLINT_FIELD_ORDER_CHECK_H

#include "CheckContext.h"
#include "RecordModelBuilder.h"

namespace alignlint {

class FieldOrderCheck {
public:
  explicit FieldOrderCheck(const CheckContext &TU);

  /// Returns whether the record was reported. A record with a finding gets
  /// its TU pins (LayoutPins) added to its constraints.
  bool check(RecordModel &Model);

private:
  /// Adds the fix-its to F, or a note saying why there are none (and a veto
  /// for the export). Returns whether the fix was made.
  bool addFixOrRefusal(const RecordModel &Model, const size_t *Order,
                       Finding &F);
  void addLayoutNotes(const RecordModel &Model, const size_t *Order,
                      Finding &F);

  const CheckContext &TU;
};

} // namespace alignlint

#endif
