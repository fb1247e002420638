// Rule hot-fields: hot fields together at the front, with the shared
// reorder fix-it.
#include "Annotations.h"
#include "CacheLineChecks.h"
#include "CacheLineText.h"
#include "FixExport.h"
#include "LayoutPins.h"
#include "MessageFormat.h"
#include "OfferReorderFix.h"
#include "OrderConstraints.h"
#include "ProposedLayoutCheck.h"
#include "ReorderFix.h"

namespace alignlint {

using namespace clang;

// The messages of rule hot-fields, one place each.

/// One violated hot group: where its fields are and where they could be.
static std::string groupMessage(const al_hot_group_report &R,
                                const std::string &Name,
                                const std::string &DisplayName,
                                const std::string &Misplaced,
                                size_t MisplacedCount, uint64_t Line) {
  std::string Group =
      Name.empty() ? "hot fields"
                   : formatMessage("fields of hot group {0}", quoted(Name));
  std::string Text =
      formatMessage("{0} of '{1}' are not together at the start of the record "
                    "in as few cache lines as they fit",
                    Group, DisplayName);
  if (MisplacedCount)
    Text += formatMessage(": {0} {1} out of place", Misplaced,
                          MisplacedCount == 1 ? "is" : "are");
  if (R.current_lines > R.plan_lines)
    Text += formatMessage("; they touch {0} cache lines, {1} would do",
                          R.current_lines, R.plan_lines);
  if (R.current_straddles > R.plan_straddles)
    Text += formatMessage(", and {0} of them cross a line boundary",
                          R.current_straddles);
  if (R.total_bytes > Line)
    Text +=
        formatMessage("; the hot set is {0} bytes, larger than one "
                      "{1}-byte cache line, so it needs at least {2} lines",
                      R.total_bytes, Line, (R.total_bytes + Line - 1) / Line);
  return Text;
}

/// "'len' (line 1)", one misplaced member of a hot group.
static std::string misplacedMember(const std::string &Label,
                                   al_line_span Lines) {
  return formatMessage("{0} ({1})", quoted(Label),
                       linesText(Lines.first, Lines.last));
}

static Refusal constrainedHotField(clang::SourceLocation RecordLoc,
                                   const std::string &Unit) {
  return Refusal::at(
      RecordLoc, formatMessage("an order its fields must keep holds hot "
                               "field '{0}' behind members that are not hot",
                               Unit));
}

static Refusal hotFieldBehindFence(clang::SourceLocation RecordLoc) {
  return Refusal::at(
      RecordLoc,
      "a hot field sits behind a member that never moves (zero-size, "
      "over-aligned, contended or ignored), so reordering cannot bring it to "
      "the front");
}

static const char *const FieldOrderAppliesNote =
    "the field-order fix-it for this record applies this order";

/// The message for the violated hot group Group of Found.
static std::string violatedGroupMessage(
    const RecordModel &Model, const std::vector<const FieldDecl *> &Fields,
    const al_hot_fields_finding &Found, size_t Group, uint64_t Line) {
  const al_hot_group_report &R = Found.groups[Group];
  std::string Name;
  std::string Misplaced;
  size_t MisplacedCount = 0;
  for (size_t M = 0; M < Model.Members.size(); ++M) {
    const al_member &Member = Model.Members[M];
    if (Member.hot_group != R.group)
      continue;
    if (Name.empty())
      Name = annotationGroupName(Fields[M], "hot");
    if (!Found.out_of_place[M] || Member.size_bits == 0)
      continue;
    al_line_span Lines =
        al_line_span_of(Member.offset_bits, Member.size_bits, 8 * Line);
    Misplaced += std::string(MisplacedCount++ ? ", " : "") +
                 misplacedMember(memberLabel(Model, M), Lines);
  }
  return groupMessage(R, Name, Model.DisplayName, Misplaced, MisplacedCount,
                      Line);
}

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
  for (size_t G = 0; G < Found.group_count; ++G)
    if (Found.groups[G].violated)
      F.addProblem(F.RecordLoc,
                   violatedGroupMessage(Model, Fields, Found, G, Line));
  const size_t *Order = Found.plan.order;
  F.Notes.push_back({F.RecordLoc, suggestedOrderNote(Model, Order)});
  addResizedNote(Record, F);
  if (!Found.fixable && Found.constrained_unit != AL_NO_MEMBER)
    TU.refuse(F, Model.DisplayName,
              constrainedHotField(F.RecordLoc,
                                  Model.unitLabel(Found.constrained_unit)));
  else if (!Found.fixable)
    TU.refuse(F, Model.DisplayName, hotFieldBehindFence(F.RecordLoc));
  else if (FieldOrderReported)
    F.Notes.push_back({F.RecordLoc, FieldOrderAppliesNote});
  else
    // The size changes when it differs from the current one: by this fix,
    // or by its members' fixes the model counts.
    offerReorderFix(
        TU, Model, Order,
        checkProposedLayout(TU.Ctx, Model, Order, Record.types()),
        al_simulate(&View, Order, nullptr) != Model.CurrentSizeBytes, F);
  al_hot_fields_finding_free(&Found);
  TU.Sink.report(F);
}

} // namespace alignlint
