#include "DiagnosticSink.h"

#include "BaselineFilter.h"
#include "FixExport.h"

#include "llvm/Support/raw_ostream.h"

namespace alignlint {

SuppressionScope::SuppressionScope(clang::DiagnosticsEngine &Diags,
                                   bool Suppress)
    : Diags(Diags), Saved(Diags.getSuppressAllDiagnostics()) {
  Diags.setSuppressAllDiagnostics(Suppress);
}

SuppressionScope::~SuppressionScope() {
  Diags.setSuppressAllDiagnostics(Saved);
}

DiagnosticSink::DiagnosticSink(clang::DiagnosticsEngine &Diags,
                               FixExport *Export)
    : Diags(Diags), Export(Export),
      UserSuppressed(Diags.getSuppressAllDiagnostics()) {
  WarningID = Diags.getCustomDiagID(clang::DiagnosticsEngine::Warning, "%0");
  ErrorID = Diags.getCustomDiagID(clang::DiagnosticsEngine::Error, "%0");
  NoteID = Diags.getCustomDiagID(clang::DiagnosticsEngine::Note, "%0");
  RemarkID = Diags.getCustomDiagID(clang::DiagnosticsEngine::Remark, "%0");
}

// Custom diagnostics have a fixed level: clang never applies -Werror or -w
// to them (docs/design.md), so the plugin applies them itself.
clang::DiagnosticsEngine::Level DiagnosticSink::levelFor(Severity S) const {
  switch (S) {
  case Severity::Off:
    return clang::DiagnosticsEngine::Ignored;
  case Severity::Error:
    return clang::DiagnosticsEngine::Error;
  case Severity::Warning:
    break;
  }
  if (Diags.getIgnoreAllWarnings())
    return clang::DiagnosticsEngine::Ignored;
  if (Diags.getWarningsAsErrors())
    return clang::DiagnosticsEngine::Error;
  return clang::DiagnosticsEngine::Warning;
}

void DiagnosticSink::report(const Finding &F) {
  if (F.Level == Severity::Off)
    return;
  clang::DiagnosticsEngine::Level Level = levelFor(F.Level);
  if (Export)
    Export->addFinding(F, Level == clang::DiagnosticsEngine::Error);
  // A known finding stays in the export: apply can still fix it, and a new
  // baseline can be made from the same build.
  if (Level == clang::DiagnosticsEngine::Ignored || (Known && Known->hides(F)))
    return;
  SuppressionScope AsTheUserHasIt(Diags, UserSuppressed);
  std::string Text = F.Message + " [alignlint-" + ruleName(F.TheRule) + "]";
  {
    clang::DiagnosticBuilder DB = Diags.Report(
        F.RecordLoc,
        Level == clang::DiagnosticsEngine::Error ? ErrorID : WarningID);
    DB << Text;
    for (const clang::FixItHint &Fix : F.Fixes)
      DB << Fix;
  }
  for (const FindingNote &N : F.Notes) {
    Diags.Report(N.Loc, NoteID) << N.Text;
    printVerbatim(N.Verbatim);
  }
}

void DiagnosticSink::remark(clang::SourceLocation Loc, const std::string &Text,
                            const std::string &Verbatim) {
  SuppressionScope AsTheUserHasIt(Diags, UserSuppressed);
  Diags.Report(Loc, RemarkID) << Text;
  printVerbatim(Verbatim);
}

// Through the stream clang's text diagnostics use, so it lands right after
// the diagnostic it belongs to.
void DiagnosticSink::printVerbatim(const std::string &Text) {
  if (Text.empty() || UserSuppressed)
    return;
  llvm::errs() << Text;
  llvm::errs().flush();
}

void DiagnosticSink::problem(clang::SourceLocation Loc, const std::string &Text,
                             bool IsError) {
  if (IsError) {
    SuppressionScope AsTheUserHasIt(Diags, UserSuppressed);
    Diags.Report(Loc, ErrorID) << ("alignlint: " + Text);
    return;
  }
  clang::DiagnosticsEngine::Level Level = levelFor(Severity::Warning);
  if (Level == clang::DiagnosticsEngine::Ignored)
    return;
  SuppressionScope AsTheUserHasIt(Diags, UserSuppressed);
  Diags.Report(Loc,
               Level == clang::DiagnosticsEngine::Error ? ErrorID : WarningID)
      << (Text + " [alignlint-unused-suppression]");
}

} // namespace alignlint
