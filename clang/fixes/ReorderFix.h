// The one reorder fix-it, shared by every rule that reorders fields
// (field-order, hot-fields): the edits that move each unit's text into its
// new slot, plus the rewrites of the code in this translation unit that
// depends on the order, all or nothing.
#ifndef ALIGNLINT_REORDER_FIX_H
#define ALIGNLINT_REORDER_FIX_H

#include "FixClaims.h"
#include "OrderDependentUses.h"
#include "RecordModelBuilder.h"
#include "Refusal.h"

#include "clang/Basic/Diagnostic.h"

#include <string>
#include <vector>

namespace alignlint {

/// Fills Fixes with the edits that give Model's units the order Order
/// (Order[slot] = unit) and rewrite its initializers and constructor lists,
/// and claims them. Refuses, with Fixes untouched, when any part cannot be
/// made safely. Uses is asked for only once the record's own text can be
/// permuted: the scan of the TU is the costly part.
FixOutcome makeReorderFix(clang::ASTContext &Ctx, const RecordModel &Model,
                          const size_t *Order, const UsesOnDemand &Uses,
                          FixClaims &Claims,
                          std::vector<clang::FixItHint> &Fixes);

/// "suggested order: buf, len, fd"; the first 32 of a longer order.
std::string suggestedOrderNote(const RecordModel &Model, const size_t *Order);

} // namespace alignlint

#endif
