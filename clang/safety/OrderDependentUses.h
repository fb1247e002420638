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
#include "InstantiationSites.h"
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
  std::string What; // "structured binding", ...
  /// The template code holding Loc, if any: a note about a use inside a
  /// library template goes to the user's line that instantiated it.
  const clang::FunctionDecl *Holder = nullptr;
};

struct RecordUses {
  std::vector<ListSite> Lists;
  std::vector<const clang::CXXConstructorDecl *> Constructors;
  OrderDependentUse Unrewritable; // the first; Loc invalid when none
  LayoutFacts Layout;
};

class OrderDependentUses {
public:
  /// The uses of a record (by canonical declaration), or null.
  const RecordUses *find(const clang::RecordDecl *RD) const;
  RecordUses &of(const clang::RecordDecl *RD);
  /// Every record with uses (canonical declarations) and its uses.
  const std::map<const clang::RecordDecl *, RecordUses> &all() const {
    return ByRecord;
  }
  /// The TU's function instantiations (filled by the scan).
  InstantiationSites &instantiations() { return Instantiations; }
  /// Where a note about U points: U.Loc, or for a use inside a library
  /// template the user's line that instantiated it, with Via set to the
  /// library function called there. Computed only for the notes made.
  clang::SourceLocation userSite(const OrderDependentUse &U,
                                 std::string &Via) const {
    return Instantiations.userSite(U.Loc, U.Holder, Via);
  }

private:
  std::map<const clang::RecordDecl *, RecordUses> ByRecord;
  InstantiationSites Instantiations;
};

/// How the scan walks statements. Fast walks the common node classes itself
/// and hands the rest to RecursiveASTVisitor; PlainRAV hands every node to
/// RecursiveASTVisitor, the reference Fast must agree with (a ctest compares
/// them: docs/design.md).
enum class StmtWalk { Fast, PlainRAV };

OrderDependentUses findOrderDependentUses(clang::ASTContext &Ctx,
                                          StmtWalk Walk = StmtWalk::Fast);

/// The uses of a TU, scanned on first call.
using UsesOnDemand = std::function<const OrderDependentUses &()>;

} // namespace alignlint

#endif
