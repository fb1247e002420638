#include "OfferReorderFix.h"

#include "LayoutChangeAllowed.h"
#include "MessageFormat.h"
#include "ReorderFix.h"

namespace alignlint {

// The refusals of this path, one place each.

static Refusal uncheckedCopy(clang::SourceLocation RecordLoc) {
  return Refusal::at(RecordLoc, "clang lays out a copy of this record "
                                "differently from the record itself, so it "
                                "cannot check the proposed order");
}

static Refusal modelMismatch(clang::SourceLocation RecordLoc,
                             const std::string &Mismatch) {
  return Refusal::at(RecordLoc,
                     formatMessage("clang lays out the proposed order "
                                   "differently from alignlint's model ({0})",
                                   Mismatch));
}

static FixOutcome reorderFix(const CheckContext &TU, const RecordModel &Model,
                             const size_t *Order,
                             const ProposedLayoutVerdict &Verdict,
                             bool SizeChanges, Finding &F) {
  if (!Verdict.Checked)
    return uncheckedCopy(F.RecordLoc);
  if (!Verdict.Agrees)
    return modelMismatch(F.RecordLoc, Verdict.Mismatch);
  LayoutChange Change;
  Change.Order = Order;
  Change.SizeChanges = SizeChanges;
  FixOutcome Allowed = layoutChangeAllowed(TU, Model, Change);
  if (!Allowed)
    return Allowed;
  return makeReorderFix(TU.Ctx, Model, Order, TU.Uses, TU.Claims, F.Fixes);
}

void offerReorderFix(const CheckContext &TU, const RecordModel &Model,
                     const size_t *Order, const ProposedLayoutVerdict &Verdict,
                     bool SizeChanges, Finding &F) {
  if (Verdict.Checked) // clang's layout of the order, for the findings file
    F.Proposed = Verdict.Proposed;
  FixOutcome Fix = reorderFix(TU, Model, Order, Verdict, SizeChanges, F);
  if (Fix)
    TU.Layouts.markChanged(Model.Record, Verdict.Proposed);
  else
    TU.refuse(F, Model.DisplayName, Fix.refusal());
}

} // namespace alignlint
