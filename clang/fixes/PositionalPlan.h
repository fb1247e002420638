// The index arithmetic of rewriting a positional brace initializer for a
// new field order, as a pure function: from where each unit's values are
// written (element ranges) and the permutation to the moves that put them
// in the new order, or the problem that forbids it. InitializerRewriter
// turns the moves into edits.
#ifndef ALIGNLINT_POSITIONAL_PLAN_H
#define ALIGNLINT_POSITIONAL_PLAN_H

#include <cstddef>
#include <vector>

namespace alignlint {

/// Where one unit's values are in the list, and how.
struct WrittenUnit {
  long First = -1, Last = -1; // elements, inclusive; -1: not written
  bool Partial = false;       // some of its fields have no value written
  /// One brace-elided aggregate without all its values: it needs its own
  /// braces unless it stays last.
  bool NeedsBraces = false;
  bool WritesAnonymousMember = false; // a value of an anonymous member
};

/// The written list, for the record's units in declaration order.
struct PositionalShape {
  std::vector<WrittenUnit> Units;
  long FieldsBegin = 0; // the first element of a field (bases come before)
  long Last = 0;        // the last element of the record
  /// A list that leaves out fields may get designators (C) instead of
  /// having to be a prefix of the new order (C++).
  bool CanDesignate = false;
};

/// Elements [Units[Slot].First, Units[Slot].Last] get the values of unit
/// Unit (its core, then its trail).
struct PositionalMove {
  size_t Slot = 0;
  size_t Unit = 0;
  bool Braced = false;     // the values get their own braces
  bool Designated = false; // `.field = value` for each field of the unit
};

enum class PositionalProblem {
  None,
  OutOfOrder,          // the values do not follow the fields in order
  PartialInMiddle,     // a unit before the last written one is partial
  OmitsEarlierFields,  // no designators, and a left-out unit comes first
  PartialNoLongerLast, // ProblemUnit is partly written and would move
  AnonymousDesignator, // an anonymous member's value would need a name
};

/// Moves in order; a problem stops the plan after the moves before it
/// (the edits of those are tried first, as they come first in the list).
struct PositionalPlan {
  std::vector<PositionalMove> Moves;
  PositionalProblem Problem = PositionalProblem::None;
  size_t ProblemUnit = 0;
};

/// Order[slot] = the unit placed there, for Shape.Units.size() units.
PositionalPlan planPositional(const PositionalShape &Shape,
                              const size_t *Order);

} // namespace alignlint

#endif
