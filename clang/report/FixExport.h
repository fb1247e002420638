// Writes a translation unit's fixes, vetoes and file digests as a
// clang-apply-replacements YAML file (docs/export-format.md).
#ifndef ALIGNLINT_FIX_EXPORT_H
#define ALIGNLINT_FIX_EXPORT_H

#include "DiagnosticSink.h"

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Diagnostic.h"

#include <set>
#include <string>
#include <vector>

namespace alignlint {

class FixExport {
public:
  FixExport(const clang::SourceManager &SM, const clang::LangOptions &LangOpts,
            std::string Dir, std::string OutputFile);

  /// The finding with its fixes, and its veto if it has one.
  void addFinding(const Finding &F, bool IsError);

  /// Writes the YAML file atomically. On failure returns false and sets
  /// Error; nothing in the directory is left half-written.
  bool write(std::string &Error);

private:
  clang::tooling::DiagnosticMessage messageAt(clang::SourceLocation Loc,
                                              const std::string &Text) const;
  std::string realPathOf(clang::FileID File) const;
  std::string fileName() const;
  std::string yamlText();

  const clang::SourceManager &SM;
  const clang::LangOptions &LangOpts;
  std::string Dir, OutputFile, BuildDirectory;
  std::vector<clang::tooling::Diagnostic> Diagnostics;
  std::set<clang::FileID> EditedFiles;   // each gets a digest
};

} // namespace alignlint

#endif
