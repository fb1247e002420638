// The orders a field-order fix keeps (docs/safety.md, "Orders the fix
// keeps"): relative orders of units that the optimizer must respect
// instead of refusing the whole record.
//  - from the record itself: members whose initialization or destruction
//    may have an effect (constructed in declaration order, destroyed in
//    reverse); a default member initializer that reads another member;
//    a field whose type or bound uses a name an earlier field, or a
//    declaration between the fields, declares;
//  - from the TU's uses (the one scan): the members whose elements in an
//    initializer list, or whose initializers in a constructor, have effects
//    (clang evaluates both in field order, C's designated and positional
//    lists included); a constructor initializer that reads another member.
#ifndef ALIGNLINT_ORDER_CONSTRAINTS_H
#define ALIGNLINT_ORDER_CONSTRAINTS_H

#include "OrderDependentUses.h"
#include "RecordModelBuilder.h"
#include "RecordPermutation.h"
#include "Refusal.h"

#include "clang/AST/ASTContext.h"

#include <vector>

namespace alignlint {

struct OrderConstraintSet {
  std::vector<al_order_constraint> Constraints;
  std::vector<size_t> ReasonOf; // per constraint: index in Reasons
  std::vector<RecordModel::ConstraintReason> Reasons;

  bool empty() const { return Constraints.empty(); }
  void appendTo(RecordModel &Model) const;
};

/// The orders Model's own declaration needs.
OrderConstraintSet declarationOrderConstraints(clang::ASTContext &Ctx,
                                               const RecordModel &Model);

/// The orders the TU's uses of the record need (Uses may be null).
OrderConstraintSet useOrderConstraints(clang::ASTContext &Ctx,
                                       const RecordModel &Model,
                                       const RecordUses *Uses);

/// Model's constraints followed by Extra's, for one engine view.
std::vector<al_order_constraint>
joinConstraints(const RecordModel &Model, const OrderConstraintSet &Extra);

/// Refuses, naming the reason, when P breaks one of Set's orders.
FixOutcome keepsOrders(const OrderConstraintSet &Set,
                       const RecordPermutation &P);

} // namespace alignlint

#endif
