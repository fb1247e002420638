// The one way the rules that reorder fields (field-order, hot-fields) offer
// their fix-it: clang must lay out the proposed order as the engine does,
// the layout guard must allow the change and the rewrite must be safe;
// otherwise the finding says why there is no fix-it.
#ifndef ALIGNLINT_OFFER_REORDER_FIX_H
#define ALIGNLINT_OFFER_REORDER_FIX_H

#include "CheckContext.h"
#include "ProposedLayoutCheck.h"
#include "RecordModelBuilder.h"

namespace alignlint {

/// Adds the fix-its that give Model's units the order Order to F and marks
/// the record changed (FixedLayouts), or refuses F's fix with the reason.
/// SizeChanges: the new order changes the record's size.
void offerReorderFix(const CheckContext &TU, const RecordModel &Model,
                     const size_t *Order, const ProposedLayoutVerdict &Verdict,
                     bool SizeChanges, Finding &F);

} // namespace alignlint

#endif
