// Checks a proposed field order against clang itself: builds a copy of the
// record with its fields in the new order and asks clang to lay it out.
#ifndef ALIGNLINT_PROPOSED_LAYOUT_CHECK_H
#define ALIGNLINT_PROPOSED_LAYOUT_CHECK_H

#include "RecordModelBuilder.h"

#include <string>

namespace alignlint {

struct ProposedLayoutVerdict {
  bool Checked = false;      // false: C++ bases/vptr, only the model vouches
  bool Agrees = false;       // clang's offsets and size equal the engine's
  uint64_t ClangSizeBytes = 0;
  std::string Mismatch;      // the first difference, for the note
};

/// Lays out Model's units in Order with clang and compares every member
/// offset and the size with the engine's simulation of that order.
ProposedLayoutVerdict checkProposedLayout(clang::ASTContext &Ctx,
                                          const RecordModel &Model,
                                          const size_t *Order);

} // namespace alignlint

#endif
