// planPositional: the index arithmetic of rewriting a positional initializer
// for a new field order (clang/fixes/PositionalPlan.h), without clang.
#include "PositionalPlan.h"

#include "check.h"

#include <initializer_list>

using namespace alignlint;

namespace {

/// A unit whose values are the elements [First, Last] (-1: not written).
WrittenUnit unit(long First, long Last) {
  WrittenUnit U;
  U.First = First;
  U.Last = Last;
  return U;
}

WrittenUnit partial(WrittenUnit U) {
  U.Partial = true;
  return U;
}

PositionalShape shape(std::initializer_list<WrittenUnit> Units, long Last,
                      bool CanDesignate = false, long FieldsBegin = 0) {
  PositionalShape S;
  S.Units = Units;
  S.FieldsBegin = FieldsBegin;
  S.Last = Last;
  S.CanDesignate = CanDesignate;
  return S;
}

/// Whether Plan's moves are exactly Expected, as {slot, unit} pairs.
bool movesAre(const PositionalPlan &Plan,
              std::initializer_list<std::pair<size_t, size_t>> Expected) {
  if (Plan.Moves.size() != Expected.size())
    return false;
  size_t I = 0;
  for (const auto &E : Expected) {
    if (Plan.Moves[I].Slot != E.first || Plan.Moves[I].Unit != E.second)
      return false;
    ++I;
  }
  return true;
}

bool hasProblem(const PositionalPlan &Plan, PositionalProblem Problem) {
  return Plan.Problem == Problem;
}

void completeListIsPermuted() {
  const size_t Order[] = {2, 0, 1};
  PositionalPlan Plan =
      planPositional(shape({unit(0, 0), unit(1, 2), unit(3, 3)}, 3), Order);
  CHECK(hasProblem(Plan, PositionalProblem::None), "no problem");
  CHECK(movesAre(Plan, {{0, 2}, {1, 0}, {2, 1}}), "every slot takes its unit");
  for (const PositionalMove &M : Plan.Moves)
    CHECK(!M.Braced && !M.Designated, "plain values");
}

void keptOrderMovesNothing() {
  const size_t Order[] = {0, 1, 2};
  PositionalPlan Plan =
      planPositional(shape({unit(0, 0), unit(1, 1), unit(2, 2)}, 2), Order);
  CHECK(hasProblem(Plan, PositionalProblem::None) && Plan.Moves.empty(),
        "%zu moves", Plan.Moves.size());
}

void nothingWrittenMovesNothing() {
  const size_t Order[] = {1, 0};
  PositionalPlan Plan =
      planPositional(shape({unit(-1, -1), unit(-1, -1)}, 0), Order);
  CHECK(hasProblem(Plan, PositionalProblem::None) && Plan.Moves.empty(),
        "%zu moves", Plan.Moves.size());
}

void valuesOutOfOrderAreRefused() {
  const size_t Order[] = {1, 0, 2};
  // A gap between the units' elements.
  CHECK(hasProblem(planPositional(shape({unit(0, 0), unit(2, 2)}, 2), Order),
                   PositionalProblem::OutOfOrder),
        "gap");
  // A unit written after one that is not.
  CHECK(hasProblem(planPositional(
                       shape({unit(-1, -1), unit(0, 0), unit(1, 1)}, 1), Order),
                   PositionalProblem::OutOfOrder),
        "skipped unit");
  // Elements after the last unit's.
  CHECK(hasProblem(planPositional(shape({unit(0, 0), unit(1, 1)}, 2), Order),
                   PositionalProblem::OutOfOrder),
        "trailing element");
  // The fields start after the bases' elements.
  CHECK(hasProblem(
            planPositional(shape({unit(0, 0), unit(1, 1)}, 1, false, 1), Order),
            PositionalProblem::OutOfOrder),
        "field values must start where the bases' end");
}

void partialUnitInTheMiddleIsRefused() {
  const size_t Order[] = {1, 0};
  PositionalPlan Plan =
      planPositional(shape({partial(unit(0, 0)), unit(1, 1)}, 1), Order);
  CHECK(hasProblem(Plan, PositionalProblem::PartialInMiddle), "problem %d",
        int(Plan.Problem));
}

void cxxPartialListKeepsAPrefix() {
  // Two of three units written: fine while they stay the first two.
  const size_t Swap[] = {1, 0, 2};
  PositionalPlan Plan =
      planPositional(shape({unit(0, 0), unit(1, 1), unit(-1, -1)}, 1), Swap);
  CHECK(hasProblem(Plan, PositionalProblem::None), "problem %d",
        int(Plan.Problem));
  CHECK(movesAre(Plan, {{0, 1}, {1, 0}}), "the two written units swap");
  // The left-out unit would come first: C++ has no designators for that.
  const size_t LeftOutFirst[] = {2, 0, 1};
  CHECK(hasProblem(
            planPositional(shape({unit(0, 0), unit(1, 1), unit(-1, -1)}, 1),
                           LeftOutFirst),
            PositionalProblem::OmitsEarlierFields),
        "left-out unit first");
}

void partialUnitMustStayLast() {
  // Unit 2 is partly written; {1, 2, 0} moves unit 1 first, then would put
  // unit 2 in the middle: one move, then the problem.
  const size_t Order[] = {1, 2, 0};
  PositionalPlan Plan = planPositional(
      shape({unit(0, 0), unit(1, 1), partial(unit(2, 3))}, 3), Order);
  CHECK(hasProblem(Plan, PositionalProblem::PartialNoLongerLast) &&
            Plan.ProblemUnit == 2,
        "problem %d on unit %zu", int(Plan.Problem), Plan.ProblemUnit);
  CHECK(movesAre(Plan, {{0, 1}}), "the move before the problem");
  // Into the last slot it may go.
  const size_t ToLast[] = {1, 0, 2};
  CHECK(hasProblem(planPositional(
                       shape({unit(0, 0), unit(1, 1), partial(unit(2, 3))}, 3),
                       ToLast),
                   PositionalProblem::None),
        "partial unit stays last");
}

void elidedAggregateGetsBracesUnlessLast() {
  WrittenUnit Elided = unit(2, 3);
  Elided.NeedsBraces = true;
  const size_t Order[] = {2, 0, 1};
  PositionalPlan Plan =
      planPositional(shape({unit(0, 0), unit(1, 1), Elided}, 3), Order);
  CHECK(movesAre(Plan, {{0, 2}, {1, 0}, {2, 1}}), "all move");
  CHECK(Plan.Moves.size() == 3 && Plan.Moves[0].Braced &&
            !Plan.Moves[1].Braced && !Plan.Moves[2].Braced,
        "only the elided aggregate, now first, is braced");
  // Moved to the last slot, its values need no braces of their own.
  WrittenUnit ElidedFirst = unit(0, 1);
  ElidedFirst.NeedsBraces = true;
  const size_t ToLast[] = {1, 2, 0};
  PositionalPlan Last =
      planPositional(shape({ElidedFirst, unit(2, 2), unit(3, 3)}, 3), ToLast);
  CHECK(movesAre(Last, {{0, 1}, {1, 2}, {2, 0}}), "all move");
  for (const PositionalMove &M : Last.Moves)
    CHECK(!M.Braced, "slot %zu: no braces in the last slot", M.Slot);
}

void cPartialListGetsDesignators() {
  // Units 0 and 1 of three written; the new order puts 1 first and 0 last.
  const size_t Order[] = {1, 2, 0};
  PositionalPlan Plan = planPositional(
      shape({unit(0, 0), unit(1, 1), unit(-1, -1)}, 1, true), Order);
  CHECK(hasProblem(Plan, PositionalProblem::None), "problem %d",
        int(Plan.Problem));
  CHECK(movesAre(Plan, {{0, 1}, {1, 0}}), "written units in the new order");
  for (const PositionalMove &M : Plan.Moves)
    CHECK(M.Designated && !M.Braced, "designated values");
  // Written units that keep their places need nothing.
  const size_t Kept[] = {0, 1, 3, 2};
  CHECK(
      planPositional(
          shape({unit(0, 0), unit(1, 1), unit(-1, -1), unit(-1, -1)}, 1, true),
          Kept)
          .Moves.empty(),
      "written units keep their places");
  // An anonymous member has no name to designate.
  WrittenUnit Anonymous = unit(1, 1);
  Anonymous.WritesAnonymousMember = true;
  CHECK(hasProblem(
            planPositional(
                shape({unit(0, 0), Anonymous, unit(-1, -1)}, 1, true), Order),
            PositionalProblem::AnonymousDesignator),
        "anonymous member");
}

} // namespace

int main() {
  completeListIsPermuted();
  keptOrderMovesNothing();
  nothingWrittenMovesNothing();
  valuesOutOfOrderAreRefused();
  partialUnitInTheMiddleIsRefused();
  cxxPartialListKeepsAPrefix();
  partialUnitMustStayLast();
  elidedAggregateGetsBracesUnlessLast();
  cPartialListGetsDesignators();
  return check_report("positional_plan");
}
