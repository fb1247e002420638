// Turns rule findings into clang diagnostics (with -Werror / -w applied the
// way clang applies them to its own warnings) and hands them to the export.
#ifndef ALIGNLINT_DIAGNOSTIC_SINK_H
#define ALIGNLINT_DIAGNOSTIC_SINK_H

#include "PluginOptions.h"

#include "clang/Basic/Diagnostic.h"

#include <string>
#include <vector>

namespace alignlint {

class FixExport;

struct FindingNote {
  FindingNote(clang::SourceLocation Loc, std::string Text,
              std::string Verbatim = "")
      : Loc(Loc), Text(std::move(Text)), Verbatim(std::move(Verbatim)) {}

  clang::SourceLocation Loc;
  std::string Text;
  /// Printed as is after the note (a layout diagram): clang 14 folds the
  /// lines of a diagnostic's message into one.
  std::string Verbatim;
};

/// One rule's verdict on one record.
struct Finding {
  Rule TheRule = Rule::FieldOrder;
  clang::SourceLocation RecordLoc;   // the record's name: the record key
  std::string Message;
  std::vector<clang::FixItHint> Fixes;  // all stand or fall together
  std::vector<FindingNote> Notes;
  /// Set when the record's fix was refused ("<record>: <why>"): the export
  /// then vetoes the record, so that no other TU fixes it either.
  std::string Veto;

  /// A rule that finds several problems in one record reports the first as
  /// the message and each further one as an "also:" note at Loc.
  void addProblem(clang::SourceLocation Loc, const std::string &Text) {
    if (Message.empty())
      Message = Text;
    else
      Notes.push_back({Loc, "also: " + Text});
  }
};

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

class DiagnosticSink {
public:
  DiagnosticSink(clang::DiagnosticsEngine &Diags, const PluginOptions &Opts,
                 FixExport *Export);

  /// Reports F at the level its rule has after -Werror/-w; records it for
  /// the export when its rule is enabled.
  void report(const Finding &F);

  /// A remark that is not a finding (the layout diagram on request).
  void remark(clang::SourceLocation Loc, const std::string &Text,
              const std::string &Verbatim);

  /// Reports a problem with alignlint's own set-up (bad export directory).
  void reportSetupError(const std::string &Message);

private:
  clang::DiagnosticsEngine::Level levelFor(Rule R) const;
  void printVerbatim(const std::string &Text);

  clang::DiagnosticsEngine &Diags;
  const PluginOptions &Opts;
  FixExport *Export;
  bool UserSuppressed;   // the engine's state before alignlint suppressed it
  unsigned WarningID, ErrorID, NoteID, RemarkID;
};

} // namespace alignlint

#endif
