// One clang-tidy check per alignlint rule (alignlint-field-order, ...). All
// match the translation unit and report their rule's share of the shared
// analysis through their own diag(), so the check name, NOLINT and
// WarningsAsErrors work per check.
#ifndef ALIGNLINT_TIDY_RULE_CHECK_H
#define ALIGNLINT_TIDY_RULE_CHECK_H

#include "ConfigLookup.h"
#include "Finding.h"
#include "SharedAnalysis.h"

#include "ClangTidyCheck.h"

namespace alignlint {

class RuleCheck : public clang::tidy::ClangTidyCheck {
public:
  RuleCheck(Rule TheRule, llvm::StringRef Name,
            clang::tidy::ClangTidyContext *Context);

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Map) override;

private:
  void emit(const Finding &F);
  void emitProblem(const Problem &P);

  const Rule TheRule;
  clang::tidy::ClangTidyContext *const Context; // the base's is private
  const OptionSources Sources; // .alignlint.yaml under clang-tidy's settings
  int EnabledChecks = 0;
};

/// Makes the check for R, for ClangTidyCheckFactories.
template <Rule R> class RuleCheckFor : public RuleCheck {
public:
  RuleCheckFor(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : RuleCheck(R, Name, Context) {}
};

} // namespace alignlint

#endif
