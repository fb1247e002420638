// What a translation unit does with each record that a field-order fix must
// follow or respect, found in one pass over the TU (run only when some record
// has a finding):
//  - initializers and constructor initializer lists, which the fix rewrites
//    (InitializerRewriter, ConstructorInitRewriter);
//  - order-dependent code it cannot rewrite (structured bindings, ...);
//  - layout-dependent code (LayoutDependentUses).
#ifndef ALIGNLINT_ORDER_DEPENDENT_USES_H
#define ALIGNLINT_ORDER_DEPENDENT_USES_H

#include "InitializerRewriter.h"
#include "LayoutDependentUses.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"

#include <map>
#include <string>
#include <vector>

namespace alignlint {

struct OrderDependentUse {
  clang::SourceLocation Loc;
  std::string What;   // "structured binding", ...
};

struct RecordUses {
  std::vector<ListSite> Lists;
  std::vector<const clang::CXXConstructorDecl *> Constructors;
  OrderDependentUse Unrewritable;   // the first; Loc invalid when none
  LayoutFacts Layout;
};

class OrderDependentUses {
public:
  /// The uses of a record (by canonical declaration), or null.
  const RecordUses *find(const clang::RecordDecl *RD) const;
  RecordUses &of(const clang::RecordDecl *RD);

  /// Fixes of different records in one TU must not overlap (an initializer
  /// of one nested in a moved element of another's): the edits of a fix
  /// that is made are claimed; a later fix that overlaps them is refused.
  bool overlapsClaimed(const std::vector<clang::FixItHint> &Fixes,
                       const clang::SourceManager &SM,
                       clang::SourceLocation &At, std::string &Owner) const;
  void claim(const std::vector<clang::FixItHint> &Fixes,
             const clang::SourceManager &SM, const std::string &Owner) const;

private:
  struct Claimed {
    clang::FileID File;
    unsigned Begin, End;
    std::string Owner;
  };
  std::map<const clang::RecordDecl *, RecordUses> ByRecord;
  mutable std::vector<Claimed> Claims;
};

OrderDependentUses findOrderDependentUses(clang::ASTContext &Ctx);

} // namespace alignlint

#endif
