// The sizes a finding reports: its record's now and in the layout the rule
// proposes. The findings file writes them (FindingsFile.cpp) and the
// baseline compares them (BaselineFilter.cpp): one computation, so that the
// plugin and `alignlint baseline` agree.
#ifndef ALIGNLINT_FINDING_SIZES_H
#define ALIGNLINT_FINDING_SIZES_H

#include "Finding.h"

#include "clang/AST/ASTContext.h"

#include <cstdint>

namespace alignlint {

/// Whether clang can lay RD out: a complete, valid, non-dependent record.
bool hasLayout(const clang::RecordDecl *RD);

struct FindingSizes {
  uint64_t Current;  // bytes
  uint64_t Proposed; // Current when the rule proposes no layout
};

/// F's sizes; F.Record must have a layout (hasLayout).
FindingSizes findingSizes(clang::ASTContext &Ctx, const Finding &F);

} // namespace alignlint

#endif
