// The record definitions of a translation unit that alignlint analyzes, in
// the order clang completed them: a member's or base's type is complete
// before its container.
#ifndef ALIGNLINT_TRANSLATION_UNIT_RECORDS_H
#define ALIGNLINT_TRANSLATION_UNIT_RECORDS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <vector>

namespace alignlint {

struct TranslationUnitRecords {
  std::vector<const clang::RecordDecl *> Records; // structs and classes
  std::vector<const clang::RecordDecl *> Unions;  // anonymous ones too

  /// Keeps Tag if it is a record definition alignlint looks at.
  void add(const clang::TagDecl *Tag);
};

/// Walks a finished AST for its record definitions, each after the records
/// nested in it, for front-ends that do not see Sema complete them (the
/// clang-tidy module). Template instantiations come in AST order, which
/// can differ from the order Sema instantiated them.
TranslationUnitRecords collectRecords(clang::ASTContext &Ctx);

} // namespace alignlint

#endif
