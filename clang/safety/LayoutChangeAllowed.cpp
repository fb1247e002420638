#include "LayoutChangeAllowed.h"

#include "LayoutPins.h"
#include "UnionOverlays.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"

namespace alignlint {

using namespace clang;

namespace {

/// The fixed record that changes a member or base of type T from the layout
/// the model assumes (RecordAfterFixes: its new one, when known), or null
/// when there is none.
const RecordDecl *changedFromModel(QualType T, bool AsBase,
                                   FixedLayouts &Layouts) {
  const std::vector<const RecordDecl *> &Fixed = Layouts.fixedIn(T);
  if (Fixed.empty() || !Layouts.heldAfterFixes(T, AsBase).isNull())
    return nullptr;
  return Fixed.front();
}

/// Whether Outer holds Inner by value: as a member, an array element or a
/// base, at any depth (Depth bounds pathological nesting).
bool holdsByValue(const RecordDecl *Outer, const RecordDecl *Inner,
                  unsigned Depth = 0) {
  const RecordDecl *Def = Outer->getDefinition();
  if (!Def || Depth > 16)
    return false;
  auto Holds = [&](QualType T) {
    const RecordDecl *Stored = storedRecord(T);
    return Stored && (cast<RecordDecl>(Stored->getCanonicalDecl()) == Inner ||
                      holdsByValue(Stored, Inner, Depth + 1));
  };
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(Def))
    for (const CXXBaseSpecifier &Base : CXX->bases())
      if (Holds(Base.getType()))
        return true;
  for (const FieldDecl *FD : Def->fields())
    if (Holds(FD->getType()))
      return true;
  return false;
}

/// A record that holds this one by value changes with it: its size and the
/// offsets after this member. Code that asserts its size or ties its bytes
/// to positions forbids the change as it would for the record itself.
FixOutcome containersAllowChange(const CheckContext &TU,
                                 const RecordModel &Model) {
  const RecordDecl *Self = cast<RecordDecl>(Model.Record->getCanonicalDecl());
  for (const auto &Entry : TU.Uses().all()) {
    const LayoutFacts &Facts = Entry.second.Layout;
    for (LayoutTie Tie : {LayoutTie::Positions, LayoutTie::Size}) {
      const LayoutFacts::Use &Use = Facts.of(Tie);
      if (Use.Loc.isInvalid() || Entry.first == Self ||
          !holdsByValue(Entry.first, Self))
        continue;
      return Refusal::at(Use.Loc, "this code " + Use.What + " ('" +
                                      recordDisplayName(Entry.first) +
                                      "' holds '" + Model.DisplayName +
                                      "', whose fix changes its layout)");
    }
  }
  return FixOutcome::ok();
}

Refusal changedBy(const RecordDecl *Fixed, SourceLocation Loc,
                  const std::string &What) {
  return Refusal::at(Loc, "the fix for '" + recordDisplayName(Fixed) +
                              "' changes the size of " + What +
                              "; apply that fix and run alignlint again");
}

FixOutcome storageAllowsChange(const CheckContext &TU,
                               const RecordModel &Model) {
  const RecordDecl *RD = Model.Record;
  if (const RecordDecl *Union = TU.Overlays.unionOf(RD))
    return Refusal::at(Union->getLocation(),
                       "this union stores '" + Model.DisplayName +
                           "' beside other members; code may read its bytes "
                           "through them");
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    for (const CXXBaseSpecifier &Base : CXX->bases())
      if (const RecordDecl *Fixed =
              changedFromModel(Base.getType(), /*AsBase=*/true, TU.Layouts))
        return changedBy(
            Fixed, Base.getBaseTypeLoc(),
            "base class '" +
                recordDisplayName(Base.getType()->getAsRecordDecl()) + "'");
  for (const FieldDecl *FD : RD->fields())
    if (const RecordDecl *Fixed =
            changedFromModel(FD->getType(), /*AsBase=*/false, TU.Layouts))
      return changedBy(Fixed, FD->getLocation(),
                       "member '" + FD->getName().str() + "'");
  return FixOutcome::ok();
}

bool movesUnits(const RecordModel &Model, const size_t *Order) {
  for (size_t Slot = 0; Order && Slot < Model.UnitFields.size(); ++Slot)
    if (Order[Slot] != Slot)
      return true;
  return false;
}

FixOutcome tiesAllowChange(const LayoutFacts &Facts, const RecordModel &Model,
                           const LayoutChange &Change) {
  const LayoutFacts::Use &Positions = Facts.of(LayoutTie::Positions);
  if (Positions.Loc.isValid())
    return Refusal::at(Positions.Loc, "this code " + Positions.What);
  const LayoutFacts::Use &Size = Facts.of(LayoutTie::Size);
  if (Change.SizeChanges && Size.Loc.isValid())
    return Refusal::at(Size.Loc, "this code " + Size.What);
  const LayoutFacts::Use &Order = Facts.of(LayoutTie::Order);
  if (movesUnits(Model, Change.Order) && Order.Loc.isValid())
    return Refusal::at(Order.Loc, "this code " + Order.What);
  return FixOutcome::ok();
}

FixOutcome castsAllowChange(const LayoutFacts &Facts, const RecordModel &Model,
                            const LayoutChange &Change, ASTContext &Ctx) {
  const FieldDecl *First =
      Model.UnitFields.empty() ? nullptr : Model.UnitFields[0].front();
  bool FirstStays = !Change.Order || Change.Order[0] == 0;
  const RecordDecl *Self = cast<RecordDecl>(Model.Record->getCanonicalDecl());
  for (const RecordPointerCast &C : Facts.Casts) {
    bool IsFirstFieldType =
        First && Ctx.hasSameUnqualifiedType(First->getType(), C.Other);
    if (IsFirstFieldType && FirstStays && !Model.HasBasesOrVPtr)
      continue; // the first field stays at offset 0
    if (const RecordType *RT = C.Other->getAs<RecordType>()) {
      const RecordDecl *Outer = RT->getDecl()->getDefinition();
      if (Outer && !Outer->field_empty() &&
          structOf(Outer->field_begin()->getType()) == Self)
        continue; // this record is the first member ("base") of Outer
    }
    std::string Other = C.Other.getAsString(Ctx.getPrintingPolicy());
    return Refusal::at(
        C.Loc,
        "this cast between '" + Model.DisplayName + " *' and '" + Other +
            " *' " +
            (IsFirstFieldType ? "relies on the first field staying first"
                              : "reads the record through another type, which "
                                "depends on where its fields sit"));
  }
  return FixOutcome::ok();
}

/// The new order keeps every pin and every constraint of the model (a
/// safety net: the optimizer is given them and should never break one).
FixOutcome pinsAllowOrder(const CheckContext &TU, const RecordModel &Model,
                          const RecordUses *Uses, const size_t *Order) {
  LayoutPins Pins = findLayoutPins(TU.Ctx, Uses, Model);
  if (Pins.KeepOrder.Loc.isValid())
    return Refusal::at(Pins.KeepOrder.Loc, "this " + Pins.KeepOrder.What);
  RecordPermutation Perm(Model, Order);
  FixOutcome Kept = keepsOrders(Pins.Orders, Perm);
  if (!Kept)
    return Kept;
  for (const al_order_constraint &C : Model.Constraints)
    if (Perm.NewUnitPos[C.before_unit] > Perm.NewUnitPos[C.after_unit])
      return Refusal::at(Model.ConstraintReasons.empty()
                             ? TU.reportLoc(Model.Record)
                             : Model.ConstraintReasons.front().Loc,
                         "the new order breaks a constraint of the record");
  return FixOutcome::ok();
}

} // namespace

FixOutcome layoutChangeAllowed(const CheckContext &TU, const RecordModel &Model,
                               const LayoutChange &Change) {
  if (!TU.NoFixReason.empty())
    return Refusal::at(TU.reportLoc(Model.Record), TU.NoFixReason);
  FixOutcome Stored = storageAllowsChange(TU, Model);
  if (!Stored)
    return Stored;
  const RecordUses *Uses = TU.Uses().find(Model.Record);
  if (Uses) {
    FixOutcome Ties = tiesAllowChange(Uses->Layout, Model, Change);
    if (!Ties)
      return Ties;
    FixOutcome Casts = castsAllowChange(Uses->Layout, Model, Change, TU.Ctx);
    if (!Casts)
      return Casts;
  }
  FixOutcome Containers = containersAllowChange(TU, Model);
  if (!Containers)
    return Containers;
  if (!movesUnits(Model, Change.Order))
    return FixOutcome::ok();
  return pinsAllowOrder(TU, Model, Uses, Change.Order);
}

} // namespace alignlint
