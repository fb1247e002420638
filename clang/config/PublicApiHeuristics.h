// Signs that a record defined in a header is part of a library's ABI, for
// projects whose configuration does not list their public headers
// (docs/configuration.md): a version suffix on its name, a version or size
// field first, or a header that declares exported functions.
#ifndef ALIGNLINT_PUBLIC_API_HEURISTICS_H
#define ALIGNLINT_PUBLIC_API_HEURISTICS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <map>
#include <string>

namespace alignlint {

class PublicApiHeuristics {
public:
  explicit PublicApiHeuristics(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// Why RD (defined in the header File) looks public, as a clause
  /// ("its name ends with the version suffix 'V1'"); empty when nothing
  /// says so.
  std::string reasonFor(const clang::RecordDecl *RD, clang::FileID File);

private:
  void findExportingHeaders();
  void visitDeclaration(const clang::Decl *D);

  clang::ASTContext &Ctx;
  bool Scanned = false; // the walk runs on the first header record asked
  /// Headers declaring exported functions: why, from their first one.
  std::map<clang::FileID, std::string> ExportingHeaders;
};

} // namespace alignlint

#endif
