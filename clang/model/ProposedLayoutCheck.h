// Checks a proposed field order against clang itself: builds a copy of the
// record with its fields in the new order and asks clang to lay it out.
#ifndef ALIGNLINT_PROPOSED_LAYOUT_CHECK_H
#define ALIGNLINT_PROPOSED_LAYOUT_CHECK_H

#include "DetachedRecord.h"
#include "RecordModelBuilder.h"

#include <string>

namespace alignlint {

struct ProposedLayoutVerdict {
  /// false: a copy of the record in its written order is not laid out as
  /// the record itself, so a copy in another order proves nothing.
  bool Checked = false;
  bool Agrees = false; // clang's offsets and size equal the engine's
  uint64_t ClangSizeBytes = 0;
  std::string Mismatch; // the first difference, for the note
  /// The copy in the proposed order, with member types as TypesAfterFixes
  /// gives them: the record's layout once its fix is applied.
  const clang::RecordDecl *Proposed = nullptr;
};

/// Lays out Model's units in Order with clang (fields of the types
/// TypesAfterFixes gives them) and compares every member offset and the
/// size with the engine's simulation of that order.
ProposedLayoutVerdict checkProposedLayout(clang::ASTContext &Ctx,
                                          const RecordModel &Model,
                                          const size_t *Order,
                                          const TypeFor &TypesAfterFixes);

} // namespace alignlint

#endif
