// Turns rule findings into clang diagnostics (with -Werror / -w applied the
// way clang applies them to its own warnings) and hands them to the export:
// the compiler plugin's FindingReporter.
#ifndef ALIGNLINT_DIAGNOSTIC_SINK_H
#define ALIGNLINT_DIAGNOSTIC_SINK_H

#include "FindingReporter.h"
#include "PluginOptions.h"

#include "clang/Basic/Diagnostic.h"

#include <string>

namespace alignlint {

class BaselineFilter;
class FixExport;

/// Sets the engine's suppress-all flag for a scope, then restores it.
/// alignlint lays out records the compile itself never needs, and detached
/// reordered copies; clang warns about their padding as it lays them out
/// (-Wpadded, -Wpacked), which the same compile without the plugin would
/// not print. So the consumer holds clang's diagnostics back while
/// alignlint works, and the sink lets alignlint's own through.
class SuppressionScope {
public:
  SuppressionScope(clang::DiagnosticsEngine &Diags, bool Suppress);
  ~SuppressionScope();
  SuppressionScope(const SuppressionScope &) = delete;
  SuppressionScope &operator=(const SuppressionScope &) = delete;

private:
  clang::DiagnosticsEngine &Diags;
  bool Saved;
};

class DiagnosticSink : public FindingReporter {
public:
  DiagnosticSink(clang::DiagnosticsEngine &Diags, FixExport *Export);

  /// Reports F at its level after -Werror/-w; records it for the export
  /// when its rule is enabled.
  void report(const Finding &F) override;

  /// A remark that is not a finding (the layout diagram on request).
  void remark(clang::SourceLocation Loc, const std::string &Text,
              const std::string &Verbatim) override;

  /// An error is "alignlint: Text"; a warning is tagged
  /// [alignlint-unused-suppression] and follows -Werror/-w.
  void problem(clang::SourceLocation Loc, const std::string &Text,
               bool IsError) override;

  /// From now on, findings the baseline knows (no worse than its entry)
  /// are not reported; the export still gets them.
  void setBaseline(const BaselineFilter *Known) { this->Known = Known; }

private:
  clang::DiagnosticsEngine::Level levelFor(Severity S) const;
  void printVerbatim(const std::string &Text);

  clang::DiagnosticsEngine &Diags;
  FixExport *Export;
  const BaselineFilter *Known = nullptr;
  bool UserSuppressed; // the engine's state before alignlint suppressed it
  unsigned WarningID, ErrorID, NoteID, RemarkID;
};

} // namespace alignlint

#endif
