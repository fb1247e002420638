// Which findings a baseline hides from this compile: the finding's identity
// (rule, record's qualified name, its file's real path) has an entry, and
// the record wastes no more bytes than the entry says (docs/baseline-sarif.md).
#ifndef ALIGNLINT_BASELINE_FILTER_H
#define ALIGNLINT_BASELINE_FILTER_H

#include "Baseline.h"
#include "Finding.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

#include <map>
#include <string>

namespace alignlint {

/// The record's name in a baseline identity: with namespaces and enclosing
/// classes; an anonymous record's typedef name; "(anonymous)" without one.
std::string baselineRecordName(const clang::RecordDecl *RD);

class BaselineFilter {
public:
  /// Records: the TU's record definitions, to find each finding's record.
  BaselineFilter(const Baseline &Known, const clang::SourceManager &SM,
                 llvm::ArrayRef<const clang::RecordDecl *> Records);

  /// Whether F is known: in the baseline, and no worse than its entry.
  bool hides(const Finding &F) const;

private:
  std::string realPathOf(clang::SourceLocation Loc) const;

  const Baseline &Known;
  const clang::SourceManager &SM;
  /// By the location findings are reported at (Finding::RecordLoc).
  std::map<clang::SourceLocation, const clang::RecordDecl *> RecordsByLoc;
};

} // namespace alignlint

#endif
