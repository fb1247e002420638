#include "RuleCheck.h"

#include "SharedAnalysis.h"
#include "TidyOptions.h"

#include "ClangTidyDiagnosticConsumer.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace alignlint {

using namespace clang;
using namespace clang::ast_matchers;

// The first enabled check in rule order speaks for all of them: it reports
// bad option values and the remarks that belong to no rule.
static bool isFirstEnabled(Rule R, tidy::ClangTidyContext &Context) {
  for (int I = 0; I < RuleCount; ++I)
    if (Context.isCheckEnabled(checkNameOf(Rule(I))))
      return Rule(I) == R;
  return false;
}

RuleCheck::RuleCheck(Rule TheRule, llvm::StringRef Name,
                     tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), TheRule(TheRule), Context(Context),
      Sources{"",
              readTidyOverrides(*Context, isFirstEnabled(TheRule, *Context))} {
  for (int I = 0; I < RuleCount; ++I)
    EnabledChecks += Context->isCheckEnabled(checkNameOf(Rule(I)));
}

void RuleCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

// The plugin prints a diagnostic's verbatim text (a layout diagram) on the
// lines after it; clang-tidy prints diagnostics after the analysis, so the
// text ends the message instead, from the next line on.
static std::string withVerbatim(const std::string &Text,
                                const std::string &Verbatim) {
  if (Verbatim.empty())
    return Text;
  std::string Lines = Verbatim;
  if (Lines.back() == '\n')
    Lines.pop_back();
  return Text + "\n" + Lines;
}

void RuleCheck::check(const MatchFinder::MatchResult &Result) {
  const AnalysisResults &Results =
      sharedAnalysis().resultsFor(*Result.Context, Sources, EnabledChecks);
  for (const Finding &F : Results.Findings)
    if (F.TheRule == TheRule)
      emit(F);
  if (!isFirstEnabled(TheRule, *Context))
    return;
  for (const Remark &R : Results.Remarks)
    diag(R.Loc, "%0", DiagnosticIDs::Remark)
        << withVerbatim(R.Text, R.Verbatim);
  for (const Problem &P : Results.Problems)
    emitProblem(P);
}

// A bad .alignlint.yaml is an error of clang-tidy's configuration; a stale
// suppression a warning of the check that speaks for all.
void RuleCheck::emitProblem(const Problem &P) {
  if (P.IsError)
    Context->configurationDiag("alignlint: %0", DiagnosticIDs::Error) << P.Text;
  else
    diag(P.Loc, "%0") << P.Text;
}

// The warning (or error) carries the fix-its; the notes follow it, as the
// plugin's. An error needs no WarningsAsErrors: clang-tidy exits with 1, and
// applies fixes only with --fix-errors.
void RuleCheck::emit(const Finding &F) {
  {
    DiagnosticIDs::Level Level = F.Level == Severity::Error
                                     ? DiagnosticIDs::Error
                                     : DiagnosticIDs::Warning;
    DiagnosticBuilder Warning = diag(F.RecordLoc, "%0", Level) << F.Message;
    for (const FixItHint &Fix : F.Fixes)
      Warning << Fix;
  }
  for (const FindingNote &N : F.Notes)
    diag(N.Loc, "%0", DiagnosticIDs::Note) << withVerbatim(N.Text, N.Verbatim);
}

// The options as clang-tidy sets them (without .alignlint.yaml, which is
// read per folder).
void RuleCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Map) {
  PluginOptions Opts;
  std::string Ignored; // readTidyOverrides made only valid arguments
  for (const std::string &Argument : Sources.Overrides)
    applyPluginArg(Argument, Opts, Ignored);
  storeTidyOptions(Opts, Options, Map);
}

} // namespace alignlint
