// Rule hot-fields: hot fields together at the front, with the shared
// reorder fix-it.
#include "CacheLineChecks.h"
#include "CacheLineText.h"
#include "FixExport.h"
#include "LayoutChangeGuard.h"
#include "LayoutPins.h"
#include "OrderConstraints.h"
#include "ProposedLayoutCheck.h"
#include "ReorderFix.h"

namespace alignlint {

using namespace clang;

void CacheLineChecks::checkHotFields(
    const RecordAfterFixes &Record,
    const std::vector<const FieldDecl *> &Fields, bool FieldOrderReported) {
  const RecordModel &Model = Record.model();
  al_record View = Model.view();
  uint64_t Line = TU.Opts.CacheLineBytes;
  al_hot_fields_finding Found;
  if (!al_rule_hot_fields(&View, Line, &Found))
    return;
  // The TU's code may need more orders kept: the rule again under all.
  std::vector<al_order_constraint> AllOrders;
  if (Found.fixable && !FieldOrderReported) {
    const RecordUses *Uses = TU.Uses().find(Model.Record);
    OrderConstraintSet UseOrders = useOrderConstraints(TU.Ctx, Model, Uses);
    LayoutPins Pins = findLayoutPins(TU.Ctx, Uses, Model);
    if (!UseOrders.empty() || !Pins.Orders.Constraints.empty()) {
      AllOrders = joinConstraints(Model, UseOrders);
      AllOrders.insert(AllOrders.end(), Pins.Orders.Constraints.begin(),
                       Pins.Orders.Constraints.end());
      View.constraints = AllOrders.data();
      View.constraint_count = AllOrders.size();
      al_hot_fields_finding_free(&Found);
      if (!al_rule_hot_fields(&View, Line, &Found))
        return;
    }
  }
  Finding F;
  F.TheRule = Rule::HotFields;
  F.Record = Model.Record;
  F.RecordLoc = TU.reportLoc(Model.Record);
  for (size_t G = 0; G < Found.group_count; ++G) {
    const al_hot_group_report &R = Found.groups[G];
    if (!R.violated)
      continue;
    std::string Name;
    std::string Misplaced;
    size_t MisplacedCount = 0;
    for (size_t M = 0; M < Model.Members.size(); ++M) {
      const al_member &Member = Model.Members[M];
      if (Member.hot_group != R.group)
        continue;
      if (Name.empty())
        Name = groupName(Fields[M], "hot");
      if (!Found.out_of_place[M] || Member.size_bits == 0)
        continue;
      al_line_span Lines =
          al_line_span_of(Member.offset_bits, Member.size_bits, 8 * Line);
      Misplaced += std::string(MisplacedCount++ ? ", " : "") +
                   quoted(memberLabel(Model, M)) + " (" +
                   linesText(Lines.first, Lines.last) + ")";
    }
    std::string Text = (Name.empty() ? std::string("hot fields")
                                     : "fields of hot group " + quoted(Name)) +
                       " of '" + Model.DisplayName +
                       "' are not together at the start of "
                       "the record in as few cache lines as they fit";
    if (MisplacedCount)
      Text += ": " + Misplaced + (MisplacedCount == 1 ? " is" : " are") +
              " out of place";
    if (R.current_lines > R.plan_lines)
      Text += "; they touch " + std::to_string(R.current_lines) +
              " cache lines, " + std::to_string(R.plan_lines) + " would do";
    if (R.current_straddles > R.plan_straddles)
      Text += ", and " + std::to_string(R.current_straddles) +
              " of them cross a line boundary";
    if (R.total_bytes > Line)
      Text += "; the hot set is " + std::to_string(R.total_bytes) +
              " bytes, larger than one " + std::to_string(Line) +
              "-byte cache line, so it needs at least " +
              std::to_string((R.total_bytes + Line - 1) / Line) + " lines";
    F.addProblem(F.RecordLoc, Text);
  }
  const size_t *Order = Found.plan.order;
  F.Notes.push_back({F.RecordLoc, suggestedOrderNote(Model, Order)});
  addResizedNote(Record, F);
  if (!Found.fixable && Found.constrained_unit != AL_NO_MEMBER) {
    TU.refuse(F, Model.DisplayName, F.RecordLoc,
              "an order its fields must keep holds hot field '" +
                  Model.unitLabel(Found.constrained_unit) +
                  "' behind members that are not hot");
  } else if (!Found.fixable) {
    TU.refuse(
        F, Model.DisplayName, F.RecordLoc,
        "a hot field sits behind a member that never moves (zero-size, "
        "over-aligned, contended or ignored), so reordering cannot bring it "
        "to the front");
  } else if (FieldOrderReported) {
    F.Notes.push_back({F.RecordLoc, "the field-order fix-it for this record "
                                    "applies this order"});
  } else {
    ProposedLayoutVerdict Verdict =
        checkProposedLayout(TU.Ctx, Model, Order, Record.types());
    Refusal Why;
    // The size changes when it differs from the current one: by this fix,
    // or by its members' fixes the model counts.
    if (!Verdict.Checked)
      TU.refuse(F, Model.DisplayName, F.RecordLoc,
                "clang lays out a copy of this record differently from the "
                "record itself, so it cannot check the proposed order");
    else if (!Verdict.Agrees)
      TU.refuse(
          F, Model.DisplayName, F.RecordLoc,
          "clang lays out the proposed order differently from alignlint's "
          "model (" +
              Verdict.Mismatch + ")");
    else if (!layoutChangeAllowed(TU, Model,
                                  {Order, al_simulate(&View, Order, nullptr) !=
                                              Model.CurrentSizeBytes},
                                  Why) ||
             !makeReorderFix(TU.Ctx, Model, Order, TU.Uses, TU.Claims, F.Fixes,
                             Why))
      TU.refuse(F, Model.DisplayName, Why.Loc, Why.Reason);
    else
      TU.Layouts.markChanged(Model.Record, Verdict.Proposed);
    if (Verdict.Checked && Verdict.Agrees)
      F.Proposed = Verdict.Proposed;
  }
  al_hot_fields_finding_free(&Found);
  TU.Sink.report(F);
}

} // namespace alignlint
