// One analysis per translation unit, shared by the enabled alignlint checks.
// The analysis is whole-TU (one scan, fixes that claim text from each
// other), so it runs once, with every enabled rule on, when the first check
// is called; each check then reports its own rule's findings.
#ifndef ALIGNLINT_TIDY_SHARED_ANALYSIS_H
#define ALIGNLINT_TIDY_SHARED_ANALYSIS_H

#include "ConfigLookup.h"
#include "FindingReporter.h"

#include "clang/AST/ASTContext.h"

#include <vector>

namespace alignlint {

struct Remark {
  clang::SourceLocation Loc;
  std::string Text;
  std::string Verbatim;
};

struct Problem {
  clang::SourceLocation Loc;
  std::string Text;
  bool IsError;
};

/// What the analysis of one translation unit reported.
struct AnalysisResults : FindingReporter {
  std::vector<Finding> Findings; // in the order the rules reported them
  std::vector<Remark> Remarks;
  std::vector<Problem> Problems;

  void report(const Finding &F) override { Findings.push_back(F); }
  void remark(clang::SourceLocation Loc, const std::string &Text,
              const std::string &Verbatim) override {
    Remarks.push_back({Loc, Text, Verbatim});
  }
  void problem(clang::SourceLocation Loc, const std::string &Text,
               bool IsError) override {
    Problems.push_back({Loc, Text, IsError});
  }
};

/// The results for Ctx, analyzed with Sources on first call. Each of the
/// ReaderCount enabled checks calls this once per translation unit; after
/// the last call the results are dropped (the next ASTContext may reuse
/// this one's address).
class SharedAnalysis {
public:
  /// The returned reference stays valid until the next call.
  const AnalysisResults &resultsFor(clang::ASTContext &Ctx,
                                    const OptionSources &Sources,
                                    int ReaderCount);

private:
  clang::ASTContext *Analyzed = nullptr;
  int ReadsLeft = 0;
  AnalysisResults Results;
};

/// The one instance of the process (clang-tidy analyzes one TU at a time).
SharedAnalysis &sharedAnalysis();

} // namespace alignlint

#endif
