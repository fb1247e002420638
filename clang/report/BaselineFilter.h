// Which findings a baseline hides from this compile: the finding's identity
// (rule, record's qualified name, its file's real path) has an entry, and
// the record wastes no more bytes than the entry says (docs/baseline-sarif.md).
// The identity and the sizes are those the findings file gives
// (baselineRecordName, FindingSizes.h), so the plugin and `alignlint
// baseline` agree.
#ifndef ALIGNLINT_BASELINE_FILTER_H
#define ALIGNLINT_BASELINE_FILTER_H

#include "Baseline.h"
#include "Finding.h"

#include "clang/AST/ASTContext.h"

#include <string>

namespace alignlint {

/// The record's name in a baseline identity: with namespaces and enclosing
/// classes; an anonymous record's typedef name, else "(anonymous)" inside
/// its enclosing named record.
std::string baselineRecordName(const clang::RecordDecl *RD);

class BaselineFilter {
public:
  BaselineFilter(const Baseline &Known, clang::ASTContext &Ctx)
      : Known(Known), Ctx(Ctx) {}

  /// Whether F is known: in the baseline, and no worse than its entry.
  bool hides(const Finding &F) const;

private:
  uint64_t bytesWasted(const Finding &F) const;

  const Baseline &Known;
  clang::ASTContext &Ctx;
};

} // namespace alignlint

#endif
