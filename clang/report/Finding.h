// A rule's verdict on one record: message, notes, fix-its, and whether the
// fix was refused. What the checks produce and every front-end reports.
#ifndef ALIGNLINT_FINDING_H
#define ALIGNLINT_FINDING_H

#include "PluginOptions.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"

#include <string>
#include <vector>

namespace alignlint {

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
  const clang::RecordDecl *Record = nullptr; // the record it is about
  /// The level the options of the record's file give the rule (set by the
  /// analysis before the finding reaches a FindingReporter).
  Severity Level = Severity::Warning;
  clang::SourceLocation RecordLoc; // the record's name: the record key
  std::string Message;
  std::vector<clang::FixItHint> Fixes; // all stand or fall together
  std::vector<FindingNote> Notes;
  /// Set when the record's fix was refused ("<record>: <why>"): the export
  /// then vetoes the record, so that no other TU fixes it either.
  std::string Veto;
  /// Why the fix was refused (the note's text without "no fix-it: ").
  std::string RefusalReason;
  /// The record as the rule proposes to lay it out: a detached copy laid
  /// out by clang (also when the fix is refused); null when the rule
  /// proposes no layout. The findings file shows it next to Record's.
  const clang::RecordDecl *Proposed = nullptr;

  /// A rule that finds several problems in one record reports the first as
  /// the message and each further one as an "also:" note at Loc.
  void addProblem(clang::SourceLocation Loc, const std::string &Text) {
    if (Message.empty())
      Message = Text;
    else
      Notes.push_back({Loc, "also: " + Text});
  }
};

} // namespace alignlint

#endif
