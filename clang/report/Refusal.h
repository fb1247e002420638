// The one vocabulary for refused fixes. A Refusal says why a fix-it cannot be
// made safely, and where (it becomes a "no fix-it" note at the user's line);
// every step that may refuse a fix returns a FixOutcome:
//   return Refusal::at(Loc, "a field is written in another file");
//   return FixOutcome::ok();
#ifndef ALIGNLINT_REFUSAL_H
#define ALIGNLINT_REFUSAL_H

#include "clang/Basic/SourceLocation.h"

#include <string>
#include <utility>

namespace alignlint {

struct Refusal {
  clang::SourceLocation Loc;
  std::string Reason;

  static Refusal at(clang::SourceLocation Loc, std::string Reason) {
    return Refusal{Loc, std::move(Reason)};
  }
};

/// Either ok or a Refusal; tests true when ok. A step passes a refusal on
/// with `if (!Done) return Done;`.
class [[nodiscard]] FixOutcome {
public:
  FixOutcome(Refusal Why) : Refused(true), Why(std::move(Why)) {}
  static FixOutcome ok() { return FixOutcome(); }

  explicit operator bool() const { return !Refused; }
  /// Only when refused.
  const Refusal &refusal() const { return Why; }

private:
  FixOutcome() = default;

  bool Refused = false;
  Refusal Why;
};

} // namespace alignlint

#endif
