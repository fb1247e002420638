#include "FieldOrderCheck.h"

#include "Annotations.h"
#include "FixExport.h"
#include "LayoutChangeGuard.h"
#include "LayoutPins.h"
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
                                 const al_field_order_finding &Found,
                                 uint64_t ProposedBytes) {
  std::string Message = "'" + Model.DisplayName + "' is " +
                        std::to_string(Found.current_bytes) +
                        " bytes but could be " + std::to_string(ProposedBytes) +
                        ": reordering its fields removes " +
                        plural(Found.current_bytes - ProposedBytes, "byte") +
                        " of padding";
  if (Found.proposed_cache_lines < Found.current_cache_lines)
    Message += " and saves " +
               plural(Found.current_cache_lines - Found.proposed_cache_lines,
                      "cache line");
  return Message;
}


bool FieldOrderCheck::check(RecordModel &Model) {
  if (ignoresRule(Model.Record, Rule::FieldOrder))
    return false;
  al_record View = Model.view();
  al_field_order_options Options = {TU.Opts.MinSavedBytes, TU.Opts.CacheLineBytes};
  al_field_order_finding Found;
  if (!al_rule_field_order(&View, &Options, &Found))
    return false;
  // Only a record with a finding pays for the TU scan its pins need.
  if (addLayoutPins(TU.Ctx, TU.Uses().find(Model.Record), Model)) {
    al_plan_free(&Found.plan);
    View = Model.view();
    if (!al_rule_field_order(&View, &Options, &Found))
      return false;
  }
  const size_t *Order = Found.plan.order;

  ProposedLayoutVerdict Verdict = checkProposedLayout(TU.Ctx, Model, Order);
  uint64_t ProposedBytes =
      Verdict.Checked ? Verdict.ClangSizeBytes : Found.proposed_bytes;
  if (ProposedBytes + TU.Opts.MinSavedBytes > Found.current_bytes) {
    al_plan_free(&Found.plan);    // clang does not confirm the saving
    return false;
  }
  Finding F;
  F.TheRule = Rule::FieldOrder;
  F.RecordLoc = TU.reportLoc(Model.Record);
  F.Message = savingMessage(Model, Found, ProposedBytes);
  F.Notes.push_back({F.RecordLoc, suggestedOrderNote(Model, Order)});
  for (const RecordModel::ConstraintReason &R : Model.ConstraintReasons)
    F.Notes.push_back({R.Loc, "the suggested order " + R.Text});
  if (Verdict.Checked && !Verdict.Agrees)
    TU.refuse(F, Model.DisplayName, F.RecordLoc,
           "clang lays out the proposed order differently from alignlint's "
           "model (" + Verdict.Mismatch + ")");
  else
    addFixOrRefusal(Model, Order, F);
  if (TU.Opts.ShowLayout)
    addLayoutNotes(Model, Order, F);
  TU.Sink.report(F);
  al_plan_free(&Found.plan);
  return true;
}

bool FieldOrderCheck::addFixOrRefusal(const RecordModel &Model,
                                      const size_t *Order, Finding &F) {
  Refusal Why;
  if (layoutChangeAllowed(TU, Model, {Order, true}, Why) &&
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
