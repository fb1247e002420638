// C++ member initialization follows the declaration order, whatever order
// a constructor's member-initializer list is written in. A new field order
// gets the written lists reordered to match (so -Wreorder stays quiet); the
// orders initializers need are kept by the optimizer (OrderConstraints).
#ifndef ALIGNLINT_CONSTRUCTOR_INIT_REWRITER_H
#define ALIGNLINT_CONSTRUCTOR_INIT_REWRITER_H

#include "RecordPermutation.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"

#include <vector>

namespace alignlint {

/// Fails when an initializer (a constructor's, or a default member
/// initializer) uses `this` in a way alignlint cannot follow, or a
/// constructor initializes a member of an anonymous struct or union.
FixOutcome checkInitializersFollowable(
    clang::ASTContext &Ctx, const RecordPermutation &P,
    const std::vector<const clang::CXXConstructorDecl *> &Ctors);

/// Adds the edits that put each written member-initializer list in the new
/// order.
FixOutcome rewriteConstructorInits(
    clang::ASTContext &Ctx, const RecordPermutation &P,
    const std::vector<const clang::CXXConstructorDecl *> &Ctors,
    std::vector<clang::FixItHint> &Fixes);

} // namespace alignlint

#endif
