// Why a fix-it cannot be made safely, and where: becomes a "no fix-it" note.
#ifndef ALIGNLINT_REFUSAL_H
#define ALIGNLINT_REFUSAL_H

#include "clang/Basic/SourceLocation.h"

#include <string>

namespace alignlint {

struct Refusal {
  clang::SourceLocation Loc;
  std::string Reason;

  /// Fills the refusal; returns false so callers can `return Why.set(...)`.
  bool set(clang::SourceLocation L, std::string R) {
    Loc = L;
    Reason = std::move(R);
    return false;
  }
};

} // namespace alignlint

#endif
