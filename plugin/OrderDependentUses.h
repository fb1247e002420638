// Code in a translation unit whose meaning depends on a record's field order
// (positional initializers, constructor initializer lists, ...). A record
// with such a use gets no field-order fix-it in this TU.
#ifndef ALIGNLINT_ORDER_DEPENDENT_USES_H
#define ALIGNLINT_ORDER_DEPENDENT_USES_H

#include "clang/AST/ASTContext.h"

#include <map>
#include <string>

namespace alignlint {

struct OrderDependentUse {
  clang::SourceLocation Loc;
  std::string What;   // "positional initializer", ...
};

/// The first order-dependent use of each record (by canonical declaration)
/// in the translation unit.
using OrderDependentUses = std::map<const clang::RecordDecl *, OrderDependentUse>;

OrderDependentUses findOrderDependentUses(clang::ASTContext &Ctx);

} // namespace alignlint

#endif
