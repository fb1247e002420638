#include "PositionalPlan.h"

#include <algorithm>

namespace alignlint {

namespace {

PositionalPlan refused(PositionalPlan Plan, PositionalProblem Problem,
                       size_t Unit = 0) {
  Plan.Problem = Problem;
  Plan.ProblemUnit = Unit;
  return Plan;
}

/// How many units are written, all first and one after another; or a
/// problem.
PositionalProblem countWritten(const PositionalShape &Shape, size_t &Written) {
  const std::vector<WrittenUnit> &Units = Shape.Units;
  Written = 0;
  for (size_t U = 0; U < Units.size(); ++U) {
    if (Units[U].First < 0)
      continue;
    long Expected = U ? Units[U - 1].Last + 1 : Shape.FieldsBegin;
    if (U != Written || Units[U].First != Expected)
      return PositionalProblem::OutOfOrder;
    ++Written;
  }
  if (Written == 0)
    return PositionalProblem::None;
  if (Units[Written - 1].Last != Shape.Last)
    return PositionalProblem::OutOfOrder;
  for (size_t U = 0; U + 1 < Written; ++U)
    if (Units[U].Partial)
      return PositionalProblem::PartialInMiddle;
  return PositionalProblem::None;
}

/// Without designators: the written units must be the first ones in the
/// new order, and only the last slot may take a partly written unit.
PositionalPlan permuteInPlace(const PositionalShape &Shape, size_t Written,
                              const size_t *Order) {
  PositionalPlan Plan;
  for (size_t Slot = 0; Slot < Written; ++Slot)
    if (Order[Slot] >= Written)
      return refused(Plan, PositionalProblem::OmitsEarlierFields);
  for (size_t Slot = 0; Slot < Written; ++Slot) {
    size_t U = Order[Slot];
    if (U == Slot)
      continue;
    bool LastSlot = Slot + 1 == Written;
    const WrittenUnit &Unit = Shape.Units[U];
    if (Unit.Partial && !LastSlot)
      return refused(Plan, PositionalProblem::PartialNoLongerLast, U);
    PositionalMove Move;
    Move.Slot = Slot;
    Move.Unit = U;
    Move.Braced = Unit.NeedsBraces && !LastSlot;
    Plan.Moves.push_back(Move);
  }
  return Plan;
}

/// A list that leaves out fields, with designators: the written units in
/// their new order, each value named, so the order no longer matters.
PositionalPlan designate(const PositionalShape &Shape, size_t Written,
                         const std::vector<size_t> &NewUnitPos) {
  PositionalPlan Plan;
  bool Moves = false;
  for (size_t U = 0; U < Written; ++U)
    Moves = Moves || NewUnitPos[U] != U;
  if (!Moves)
    return Plan; // the written fields keep their places
  std::vector<size_t> ByNewOrder;
  for (size_t U = 0; U < Written; ++U) {
    if (Shape.Units[U].WritesAnonymousMember)
      return refused(Plan, PositionalProblem::AnonymousDesignator, U);
    ByNewOrder.push_back(U);
  }
  std::sort(ByNewOrder.begin(), ByNewOrder.end(),
            [&](size_t A, size_t B) { return NewUnitPos[A] < NewUnitPos[B]; });
  for (size_t Slot = 0; Slot < Written; ++Slot) {
    PositionalMove Move;
    Move.Slot = Slot;
    Move.Unit = ByNewOrder[Slot];
    Move.Designated = true;
    Plan.Moves.push_back(Move);
  }
  return Plan;
}

} // namespace

PositionalPlan planPositional(const PositionalShape &Shape,
                              const size_t *Order) {
  size_t Written = 0;
  PositionalProblem Counted = countWritten(Shape, Written);
  if (Counted != PositionalProblem::None)
    return refused(PositionalPlan(), Counted);
  if (Written == 0)
    return PositionalPlan();
  size_t Units = Shape.Units.size();
  if (Written == Units || !Shape.CanDesignate)
    return permuteInPlace(Shape, Written, Order);
  std::vector<size_t> NewUnitPos(Units);
  for (size_t Slot = 0; Slot < Units; ++Slot)
    NewUnitPos[Order[Slot]] = Slot;
  return designate(Shape, Written, NewUnitPos);
}

} // namespace alignlint
