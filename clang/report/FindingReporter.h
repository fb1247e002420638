// Where the checks send their findings. The core knows only this interface;
// each front-end implements it: the compiler plugin with clang diagnostics
// (DiagnosticSink), the clang-tidy module with its checks' diag().
#ifndef ALIGNLINT_FINDING_REPORTER_H
#define ALIGNLINT_FINDING_REPORTER_H

#include "Finding.h"

#include <string>

namespace alignlint {

class FindingReporter {
public:
  virtual ~FindingReporter() = default;

  /// One rule's finding on one record, with its notes and fix-its.
  virtual void report(const Finding &F) = 0;

  /// A remark that is not a finding (the layout diagram on request).
  virtual void remark(clang::SourceLocation Loc, const std::string &Text,
                      const std::string &Verbatim) = 0;

  /// A problem of alignlint's set-up or of the user's comments, not of a
  /// record: a bad configuration file (an error; Loc may be invalid), a
  /// suppression comment that suppresses nothing (a warning).
  virtual void problem(clang::SourceLocation Loc, const std::string &Text,
                       bool IsError) = 0;
};

} // namespace alignlint

#endif
