// The findings file of a translation unit (docs/findings-format.md): every
// finding, fixed or not, with the record's identity, sizes and layouts, as
// JSON for the project-wide tools (baseline, SARIF, check, report, editor).
#ifndef ALIGNLINT_FINDINGS_FILE_H
#define ALIGNLINT_FINDINGS_FILE_H

#include "Finding.h"

#include "clang/AST/ASTContext.h"
#include "llvm/Support/JSON.h"

#include <string>

namespace alignlint {

class FindingsFile {
public:
  FindingsFile(clang::ASTContext &Ctx, const PluginOptions &Opts);

  /// F as this compile reports it (IsError: at error level).
  void add(const Finding &F, bool IsError);

  /// The whole file's JSON text.
  std::string text() const;

private:
  llvm::json::Object place(clang::SourceLocation Loc) const;
  llvm::json::Object nameLocation(clang::SourceLocation Loc) const;
  llvm::json::Object identity(const clang::RecordDecl *RD) const;
  llvm::json::Object fixOf(const Finding &F) const;
  llvm::json::Value layoutOf(const clang::RecordDecl *RD,
                             const clang::RecordDecl *Annotated) const;
  llvm::json::Object sizes(const Finding &F) const;

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const PluginOptions &Opts;
  llvm::json::Array Findings;
};

} // namespace alignlint

#endif
