// Rewrites a record's brace initializers for a new field order: complete
// positional lists are permuted (element text and comments kept), partial
// positional lists in C get designators, C++20 designated lists are put in
// the new declaration order. `{}` and `{0}` stay as written.
#ifndef ALIGNLINT_INITIALIZER_REWRITER_H
#define ALIGNLINT_INITIALIZER_REWRITER_H

#include "RecordPermutation.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <vector>

namespace alignlint {

/// One initializer of the record: a semantic InitListExpr of its type, and
/// the written braced list that holds its elements (its own, or with brace
/// elision an enclosing one).
struct ListSite {
  const clang::InitListExpr *Semantic = nullptr;
  const clang::InitListExpr *Host = nullptr; // syntactic form
  bool OwnBraces = false;
};

/// Whether the semantic list E was written with its own braces.
bool hasOwnBraces(const clang::InitListExpr *E, const clang::SourceManager &SM,
                  const clang::LangOptions &LO);

/// Adds the edits for every site, or refuses at the site with the reason.
FixOutcome rewriteInitializers(clang::ASTContext &Ctx,
                               const RecordPermutation &P,
                               const std::vector<ListSite> &Sites,
                               std::vector<clang::FixItHint> &Fixes);

} // namespace alignlint

#endif
