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

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace alignlint {

struct OrderDependentUse {
  clang::SourceLocation Loc;
  std::string What;   // "structured binding", ...
  /// When the use is in library template code: the library function whose
  /// instantiation at Loc (the user's line) holds it.
  std::string Via;
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

private:
  std::map<const clang::RecordDecl *, RecordUses> ByRecord;
};

OrderDependentUses findOrderDependentUses(clang::ASTContext &Ctx);

/// The uses of a TU, scanned on first call.
using UsesOnDemand = std::function<const OrderDependentUses &()>;

} // namespace alignlint

#endif
