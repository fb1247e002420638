// Code whose meaning depends on where a record's fields sit in memory, not
// just on their names: reordering the fields would silently change it. A
// record with such a use keeps its warning but gets no fix-it
// (docs/safety.md lists the forms and why each one is refused).
#ifndef ALIGNLINT_LAYOUT_DEPENDENT_USES_H
#define ALIGNLINT_LAYOUT_DEPENDENT_USES_H

#include "RecordPermutation.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <functional>
#include <string>
#include <vector>

namespace alignlint {

/// The struct or class (canonical declaration) of type T, or null for
/// unions and non-records.
const clang::RecordDecl *structOf(clang::QualType T);

/// A pointer cast between the record and another type: safe only when the
/// other type is its first field's and that field stays first.
struct RecordPointerCast {
  clang::SourceLocation Loc;
  clang::QualType Other;   // canonical, unqualified pointee
};

struct LayoutFacts {
  clang::SourceLocation Loc;   // the first use that forbids any reordering
  std::string What;
  std::vector<RecordPointerCast> Casts;
};

/// Finds layout-dependent uses in expressions and declarations handed to it
/// by the translation-unit scan; Note(record, loc, reason) and
/// Cast(record, loc, other type) receive what it finds.
class LayoutUseDetector {
public:
  using NoteFn = std::function<void(const clang::RecordDecl *,
                                    clang::SourceLocation, const std::string &)>;
  using CastFn = std::function<void(const clang::RecordDecl *,
                                    clang::SourceLocation, clang::QualType)>;
  LayoutUseDetector(clang::ASTContext &Ctx, NoteFn Note, CastFn Cast)
      : Ctx(Ctx), Note(std::move(Note)), Cast(std::move(Cast)) {}

  void binaryOperator(const clang::BinaryOperator *BO);
  void call(const clang::CallExpr *CE);
  void staticAssert(const clang::Expr *Cond, clang::SourceLocation Loc);
  void cast(const clang::CastExpr *CE);

private:
  clang::ASTContext &Ctx;
  NoteFn Note;
  CastFn Cast;
};

/// Whether the facts allow the new order; if not, Why says where and why.
bool layoutAllowsReorder(const LayoutFacts &Facts, const RecordPermutation &P,
                         clang::ASTContext &Ctx, Refusal &Why);

} // namespace alignlint

#endif
