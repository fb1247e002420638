#include "FieldOrderCheck.h"

#include "Annotations.h"
#include "FixExport.h"
#include "LayoutPins.h"
#include "MessageFormat.h"
#include "OfferReorderFix.h"
#include "OrderConstraints.h"
#include "ProposedLayoutCheck.h"
#include "ReorderFix.h"

#include "clang/AST/DeclCXX.h"

#include <algorithm>

#include <cstdlib>

namespace alignlint {

using namespace clang;

FieldOrderCheck::FieldOrderCheck(const CheckContext &TU) : TU(TU) {}

// The messages of rule field-order, one place each.

static std::string plural(uint64_t N, const char *Word) {
  return formatMessage("{0} {1}{2}", N, Word, N == 1 ? "" : "s");
}

/// AfterFixesBytes: the size once the fixes of its members are applied,
/// which is what the reorder saves from; it is the current size when they
/// shrink the record or there are none, and is named when they grow it.
static std::string
savingMessage(const RecordModel &Model, uint64_t AfterFixesBytes,
              uint64_t ProposedBytes, uint64_t LineBytes,
              const std::vector<const RecordDecl *> &Resized) {
  uint64_t CurrentBytes = Model.CurrentSizeBytes;
  bool Grows = ProposedBytes >= CurrentBytes;
  uint64_t FromBytes = Grows ? AfterFixesBytes : CurrentBytes;
  std::string AfterFixes =
      Grows ? formatMessage(", {0} with the fix for {1},", AfterFixesBytes,
                            recordList(Resized))
            : "";
  std::string Message =
      formatMessage("'{0}' is {1} bytes{2} but could be {3}: reordering its "
                    "fields removes {4} of padding",
                    Model.DisplayName, CurrentBytes, AfterFixes, ProposedBytes,
                    plural(FromBytes - ProposedBytes, "byte"));
  uint64_t FromLines = (FromBytes + LineBytes - 1) / LineBytes;
  uint64_t ProposedLines = (ProposedBytes + LineBytes - 1) / LineBytes;
  if (ProposedLines < FromLines)
    Message += " and saves " + plural(FromLines - ProposedLines, "cache line");
  return Message;
}

/// Why the claim is not the saving of this fix alone.
static std::string
resizedMembersNote(const RecordModel &Model,
                   const std::vector<const RecordDecl *> &Resized,
                   uint64_t ProposedBytes) {
  return formatMessage(
      "'{0}' could be {1} bytes with {2} fixed as suggested ({3} in this run "
      "too)",
      Model.DisplayName, ProposedBytes, recordList(Resized),
      Resized.size() == 1 ? "its fix-it is" : "their fix-its are");
}

static std::string pinNote(const RecordModel::ConstraintReason &Pin) {
  return "the suggested order " + Pin.Text;
}

static std::string unconstrainedNote(uint64_t FreeBytes) {
  return formatMessage(
      "without keeping the orders below, it could be {0} bytes", FreeBytes);
}

static const char *const CurrentLayoutLabel = "current layout:";
static const char *const ProposedLayoutLabel = "proposed layout:";

bool FieldOrderCheck::check(RecordAfterFixes &Record) {
  // Members whose types this run's fixes change count with their new size.
  RecordModel &Model = Record.model();
  const std::vector<const RecordDecl *> &Resized = Record.resized();
  if (ignoresRule(Model.Record, Rule::FieldOrder))
    return false;
  al_record View = Model.view();
  al_field_order_options Options = {TU.Opts.MinSavedBytes,
                                    TU.Opts.CacheLineBytes};
  al_field_order_finding Found;
  if (!al_rule_field_order(&View, &Options, &Found))
    return false;
  // The TU's code may need more orders kept (only a record with a finding
  // pays for the scan): the rule again under all of them.
  const RecordUses *Uses = TU.Uses().find(Model.Record);
  size_t PinsBegin = Model.Constraints.size();
  std::vector<RecordModel::ConstraintReason> Pins =
      addLayoutPins(TU.Ctx, Uses, Model);
  OrderConstraintSet UseOrders = useOrderConstraints(TU.Ctx, Model, Uses);
  std::vector<al_order_constraint> AllOrders;
  if (!UseOrders.empty() || !Pins.empty()) {
    AllOrders = joinConstraints(Model, UseOrders);
    View.constraints = AllOrders.data();
    View.constraint_count = AllOrders.size();
    al_plan_free(&Found.plan);
    if (!al_rule_field_order(&View, &Options, &Found))
      return false; // nothing saved under the orders the code needs
  }
  const size_t *Order = Found.plan.order;

  // Where a member's new layout is unknown, the claim is the one this fix
  // alone gives, and the fix waits for the member's (layoutMayChange).
  ProposedLayoutVerdict Verdict =
      checkProposedLayout(TU.Ctx, Model, Order, Record.types());
  // A size claim is clang's layout of the proposed order, or nothing.
  if (!Verdict.Checked ||
      Verdict.ClangSizeBytes + TU.Opts.MinSavedBytes > Found.current_bytes) {
    al_plan_free(&Found.plan);
    return false;
  }
  Finding F;
  F.TheRule = Rule::FieldOrder;
  F.Record = Model.Record;
  F.RecordLoc = TU.reportLoc(Model.Record);
  F.Message = savingMessage(Model, Found.current_bytes, Verdict.ClangSizeBytes,
                            TU.Opts.CacheLineBytes, Resized);
  F.Notes.push_back({F.RecordLoc, suggestedOrderNote(Model, Order)});
  for (const RecordModel::ConstraintReason &R : Pins)
    F.Notes.push_back({R.Loc, pinNote(R)});
  if (View.constraint_count)
    addUnconstrainedNote(Model, PinsBegin, UseOrders, Verdict.ClangSizeBytes,
                         F);
  if (!Resized.empty())
    F.Notes.push_back(
        {F.RecordLoc,
         resizedMembersNote(Model, Resized, Verdict.ClangSizeBytes)});
  offerReorderFix(TU, Model, Order, Verdict, /*SizeChanges=*/true, F);
  if (TU.Opts.ShowLayout)
    addLayoutNotes(Model, Order, F);
  TU.Sink.report(F);
  al_plan_free(&Found.plan);
  return true;
}

void FieldOrderCheck::addUnconstrainedNote(const RecordModel &Model,
                                           size_t PinsBegin,
                                           const OrderConstraintSet &UseOrders,
                                           uint64_t ProposedBytes, Finding &F) {
  // Pins (which have notes of their own) are kept; the other orders not.
  al_record Free = Model.view();
  Free.constraints = Model.Constraints.data() + PinsBegin;
  Free.constraint_count = Model.Constraints.size() - PinsBegin;
  al_field_order_options Options = {1, TU.Opts.CacheLineBytes};
  al_field_order_finding Found;
  if (!al_rule_field_order(&Free, &Options, &Found))
    return;
  uint64_t FreeBytes = Found.proposed_bytes;
  al_plan_free(&Found.plan);
  if (FreeBytes >= ProposedBytes)
    return;
  F.Notes.push_back({F.RecordLoc, unconstrainedNote(FreeBytes)});
  for (const auto *Reasons : {&Model.ConstraintReasons, &UseOrders.Reasons})
    for (const RecordModel::ConstraintReason &R : *Reasons)
      F.Notes.push_back({R.Loc, R.Text});
}

void FieldOrderCheck::addLayoutNotes(const RecordModel &Model,
                                     const size_t *Order, Finding &F) {
  al_record View = Model.diagramView();
  char *Current = al_layout_diagram(&View, nullptr, TU.Opts.CacheLineBytes);
  char *Proposed = al_layout_diagram(&View, Order, TU.Opts.CacheLineBytes);
  if (Current)
    F.Notes.push_back({F.RecordLoc, CurrentLayoutLabel, Current});
  if (Proposed)
    F.Notes.push_back({F.RecordLoc, ProposedLayoutLabel, Proposed});
  std::free(Current);
  std::free(Proposed);
}

} // namespace alignlint
