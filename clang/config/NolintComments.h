// clang-tidy's suppression comments, read by the core so that the plugin
// honours them as clang-tidy does: NOLINT and NOLINT(checks) on a line,
// NOLINTNEXTLINE(checks) on the line above, NOLINTBEGIN(checks) ...
// NOLINTEND(checks) around it. checks is a comma-separated list of globs
// ("alignlint-*"; clang-tidy ignores negative ones there); without a list,
// or with one missing its ")", a directive covers every check.
#ifndef ALIGNLINT_NOLINT_COMMENTS_H
#define ALIGNLINT_NOLINT_COMMENTS_H

#include "clang/Basic/SourceManager.h"

#include <map>
#include <string>
#include <vector>

namespace alignlint {

struct NolintDirective {
  enum Kind { SameLine, NextLine, Begin, End };
  Kind TheKind = SameLine;
  unsigned Line = 0;    // 1-based
  unsigned EndLine = 0; // a Begin's matching End; 0 when unmatched
  bool HasChecks = false;
  std::string Checks; // the text between the parentheses
  clang::SourceLocation Loc;
  bool Used = false; // it suppressed a finding

  /// Whether its check list covers the check named Name.
  bool covers(llvm::StringRef Name) const;
  /// Whether its list names alignlint's checks (bare NOLINT may be meant
  /// for any tool, so it is never called unused).
  bool namesAlignlint() const;
};

class NolintComments {
public:
  explicit NolintComments(const clang::SourceManager &SM) : SM(SM) {}

  /// The directives of File that suppress the check Name at Line.
  std::vector<NolintDirective *> covering(clang::FileID File, unsigned Line,
                                          llvm::StringRef Name);

  /// Reads File's directives now (so that unused() sees them).
  void scan(clang::FileID File) { directivesOf(File); }

  /// The directives naming alignlint checks that suppressed nothing, in the
  /// files read so far.
  std::vector<const NolintDirective *> unused() const;

private:
  std::vector<NolintDirective> &directivesOf(clang::FileID File);

  const clang::SourceManager &SM;
  std::map<clang::FileID, std::vector<NolintDirective>> Files;
};

} // namespace alignlint

#endif
