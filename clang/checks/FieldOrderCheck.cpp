#include "FieldOrderCheck.h"

#include "Annotations.h"
#include "FixExport.h"
#include "LayoutChangeGuard.h"
#include "ProposedLayoutCheck.h"
#include "ReorderFix.h"

#include "clang/AST/DeclCXX.h"

#include <algorithm>

#include <cstdlib>

namespace alignlint {

using namespace clang;

FieldOrderCheck::FieldOrderCheck(const CheckContext &TU) : TU(TU) {}

static std::string plural(uint64_t N, const char *Word) {
  return std::to_string(N) + " " + Word + (N == 1 ? "" : "s");
}

static std::string savingMessage(const RecordModel &Model,
                                 uint64_t ProposedBytes, uint64_t LineBytes) {
  uint64_t CurrentBytes = Model.CurrentSizeBytes;
  std::string Message = "'" + Model.DisplayName + "' is " +
                        std::to_string(CurrentBytes) + " bytes but could be " +
                        std::to_string(ProposedBytes) +
                        ": reordering its fields removes " +
                        plural(CurrentBytes - ProposedBytes, "byte") +
                        " of padding";
  uint64_t CurrentLines = (CurrentBytes + LineBytes - 1) / LineBytes;
  uint64_t ProposedLines = (ProposedBytes + LineBytes - 1) / LineBytes;
  if (ProposedLines < CurrentLines)
    Message +=
        " and saves " + plural(CurrentLines - ProposedLines, "cache line");
  return Message;
}

/// "'struct inner'" or "'struct a' and 'struct b'" or "'a', 'b' and 'c'".
static std::string recordList(const std::vector<const RecordDecl *> &Records) {
  std::string List;
  for (size_t I = 0; I < Records.size(); ++I) {
    if (I)
      List += I + 1 == Records.size() ? " and " : ", ";
    List += "'" + recordDisplayName(Records[I]) + "'";
  }
  return List;
}

/// Why the claim is not the saving of this fix alone.
static std::string
resizedMembersNote(const RecordModel &Model,
                   const std::vector<const RecordDecl *> &Resized,
                   uint64_t ProposedBytes) {
  return "'" + Model.DisplayName + "' could be " +
         std::to_string(ProposedBytes) + " bytes with " + recordList(Resized) +
         " reordered as suggested (" +
         (Resized.size() == 1 ? "its fix-it is" : "their fix-its are") +
         " in this run too)";
}

bool FieldOrderCheck::check(const RecordModel &Written) {
  if (ignoresRule(Written.Record, Rule::FieldOrder))
    return false;
  // Members whose types this run's fixes change count with their new size.
  RecordModel AfterFixes;
  std::vector<const RecordDecl *> Resized;
  bool ModeledAfterFixes =
      TU.Layouts.modelAfterFixes(Written, AfterFixes, Resized);
  const RecordModel &Model = ModeledAfterFixes ? AfterFixes : Written;
  al_record View = Model.view();
  al_field_order_options Options = {TU.Opts.MinSavedBytes, TU.Opts.CacheLineBytes};
  al_field_order_finding Found;
  if (!al_rule_field_order(&View, &Options, &Found))
    return false;
  const size_t *Order = Found.plan.order;

  // Where a member's new layout is unknown, the claim is the one this fix
  // alone gives, and the fix waits for the member's (layoutMayChange).
  ProposedLayoutVerdict Verdict = checkProposedLayout(
      TU.Ctx, Model, Order,
      ModeledAfterFixes ? TU.Layouts.typesAfterFixes() : writtenTypes());
  // A size claim is clang's layout of the proposed order, or nothing.
  if (!Verdict.Checked ||
      Verdict.ClangSizeBytes + TU.Opts.MinSavedBytes > Found.current_bytes) {
    al_plan_free(&Found.plan);
    return false;
  }
  Finding F;
  F.TheRule = Rule::FieldOrder;
  F.RecordLoc = TU.reportLoc(Model.Record);
  F.Message = savingMessage(Model, Verdict.ClangSizeBytes,
                            TU.Opts.CacheLineBytes);
  F.Notes.push_back({F.RecordLoc, suggestedOrderNote(Model, Order)});
  if (!Resized.empty())
    F.Notes.push_back(
        {F.RecordLoc,
         resizedMembersNote(Model, Resized, Verdict.ClangSizeBytes)});
  if (!Verdict.Agrees)
    TU.refuse(F, Model.DisplayName, F.RecordLoc,
           "clang lays out the proposed order differently from alignlint's "
           "model (" + Verdict.Mismatch + ")");
  else if (addFixOrRefusal(Model, Order, F))
    TU.Layouts.markChanged(Model.Record, Verdict.Proposed);
  if (TU.Opts.ShowLayout)
    addLayoutNotes(Model, Order, F);
  TU.Sink.report(F);
  al_plan_free(&Found.plan);
  return true;
}

bool FieldOrderCheck::addFixOrRefusal(const RecordModel &Model,
                                      const size_t *Order, Finding &F) {
  Refusal Why;
  if (layoutMayChange(Model, TU.Overlays, TU.Layouts,
                      /*ModeledAfterFixes=*/true, Why) &&
      makeReorderFix(TU.Ctx, Model, Order, TU.Uses, TU.Claims, F.Fixes, Why))
    return true;
  TU.refuse(F, Model.DisplayName, Why.Loc, Why.Reason);
  return false;
}

void FieldOrderCheck::addLayoutNotes(const RecordModel &Model,
                                     const size_t *Order, Finding &F) {
  al_record View = Model.diagramView();
  char *Current = al_layout_diagram(&View, nullptr, TU.Opts.CacheLineBytes);
  char *Proposed = al_layout_diagram(&View, Order, TU.Opts.CacheLineBytes);
  if (Current)
    F.Notes.push_back({F.RecordLoc, "current layout:", Current});
  if (Proposed)
    F.Notes.push_back({F.RecordLoc, "proposed layout:", Proposed});
  std::free(Current);
  std::free(Proposed);
}

} // namespace alignlint
