// Writes a translation unit's fixes, vetoes and file digests as a
// clang-apply-replacements YAML file (docs/export-format.md), and next to it
// the findings file (docs/findings-format.md).
#ifndef ALIGNLINT_FIX_EXPORT_H
#define ALIGNLINT_FIX_EXPORT_H

#include "Finding.h"
#include "FindingsFile.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Diagnostic.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace alignlint {

class FixExport {
public:
  FixExport(clang::ASTContext &Ctx, const PluginOptions &Opts, std::string Dir,
            std::string OutputFile);

  /// The finding with its fixes, and its veto if it has one.
  void addFinding(const Finding &F, bool IsError);

  /// After the findings: what this TU saw of each record defined in a
  /// header (a non-system file other than the main file) that it uses or
  /// has a finding for, and its verdict on it (docs/export-format.md).
  /// `alignlint apply` fixes a header record only if every TU that saw it
  /// agrees.
  void addHeaderRecordViews(llvm::ArrayRef<const clang::RecordDecl *> Records,
                            const std::set<const clang::RecordDecl *> &Used);

  /// Writes the YAML file and the findings file atomically. On failure returns
  /// false and sets Error; nothing in the directory is left half-written.
  bool write(std::string &Error);

private:
  clang::tooling::DiagnosticMessage messageAt(clang::SourceLocation Loc,
                                              const std::string &Text) const;
  std::string realPathOf(clang::FileID File) const;
  /// "<main file name>.<16 hex digits>": one per compile of a main file.
  std::string fileStem() const;
  std::string yamlText();
  std::string noFindingReason() const;
  void addRecordView(const clang::RecordDecl *RD, clang::SourceLocation Key);

  const clang::SourceManager &SM;
  const clang::LangOptions &LangOpts;
  const PluginOptions &Opts;
  std::string Dir, OutputFile, BuildDirectory;
  std::vector<clang::tooling::Diagnostic> Diagnostics;
  std::set<clang::FileID> EditedFiles; // each gets a digest
  /// What this TU's findings said about a record.
  struct RecordVerdict {
    bool HasFix = false;
    std::string Veto; // a refusal wins over another rule's fix
  };
  /// By record key: the file location of the record's name.
  std::map<clang::SourceLocation, RecordVerdict> Verdicts;
  FindingsFile Findings;
};

} // namespace alignlint

#endif
