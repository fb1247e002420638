// A proposed field order seen from the code that must follow it: where each
// unit and each field goes.
#ifndef ALIGNLINT_RECORD_PERMUTATION_H
#define ALIGNLINT_RECORD_PERMUTATION_H

#include "RecordModelBuilder.h"
#include "Refusal.h"

#include <vector>

namespace alignlint {

struct RecordPermutation {
  RecordPermutation(const RecordModel &Model, const size_t *Order)
      : Model(Model), Order(Order) {
    size_t Units = Model.UnitFields.size();
    NewUnitPos.assign(Units, 0);
    for (size_t Slot = 0; Slot < Units; ++Slot)
      NewUnitPos[Order[Slot]] = Slot;
    size_t Fields = 0;
    for (const auto &UnitFields : Model.UnitFields)
      Fields += UnitFields.size();
    NewFieldPos.assign(Fields, 0);
    size_t Pos = 0;
    for (size_t Slot = 0; Slot < Units; ++Slot)
      for (const clang::FieldDecl *FD : Model.UnitFields[Order[Slot]])
        NewFieldPos[FD->getFieldIndex()] = Pos++;
  }

  size_t unitCount() const { return NewUnitPos.size(); }
  size_t fieldCount() const { return NewFieldPos.size(); }

  const RecordModel &Model;
  const size_t *Order;             // Order[slot] = unit placed there
  std::vector<size_t> NewUnitPos;  // unit -> slot
  std::vector<size_t> NewFieldPos; // field index -> new declaration position
};

} // namespace alignlint

#endif
