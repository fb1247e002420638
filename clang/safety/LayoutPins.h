// Units a reorder must keep in place, and records it must not reorder at
// all, from what the code and its author say:
//  - memory allocated past the record's end (`malloc(sizeof(struct T) + n)`,
//    the "struct hack"): the last member grows into it, so it stays last;
//  - a comment on a field: "must be last", "must be first";
//  - a comment on the record or a field: "keep in this order", "do not
//    reorder" (a veto, not a pin).
#ifndef ALIGNLINT_LAYOUT_PINS_H
#define ALIGNLINT_LAYOUT_PINS_H

#include "LayoutDependentUses.h"
#include "OrderConstraints.h"
#include "OrderDependentUses.h"
#include "RecordModelBuilder.h"

#include "clang/AST/ASTContext.h"

#include <vector>

namespace alignlint {

struct LayoutPins {
  OrderConstraintSet Orders;  // the pins, with their reasons
  LayoutFacts::Use KeepOrder; // the comment that forbids any reorder
};

/// The pins of Model's record; Uses are its TU uses (may be null).
LayoutPins findLayoutPins(clang::ASTContext &Ctx, const RecordUses *Uses,
                          const RecordModel &Model);

/// Adds the pins to Model's Constraints (after the others); returns their
/// reasons, which a finding always notes (empty: no pins).
std::vector<RecordModel::ConstraintReason> addLayoutPins(clang::ASTContext &Ctx,
                                                         const RecordUses *Uses,
                                                         RecordModel &Model);

} // namespace alignlint

#endif
