// Uses of a record's object representation (its bytes), classified by what
// they tie to the layout. A use that treats the object as a whole and as its
// own type (assignment, a copy or fill of whole objects between objects of
// the same type, free, an equality test of the bytes) ties nothing. Any use
// that ties bytes to positions (a byte range that is not the whole object,
// the bytes read as another type, memory from outside the program's typed
// objects, an ordering of bytes, I/O) forbids a change of the layout; a few
// forbid less (docs/safety.md has the table and the reason for each).
#ifndef ALIGNLINT_LAYOUT_DEPENDENT_USES_H
#define ALIGNLINT_LAYOUT_DEPENDENT_USES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"

#include <functional>
#include <string>
#include <vector>

namespace alignlint {

/// The struct or class (canonical declaration) of type T, or null for
/// unions and non-records.
const clang::RecordDecl *structOf(clang::QualType T);

/// What a use ties, from most to least forbidding.
enum class LayoutTie {
  Positions, // any change of an offset or of the size
  Size,      // a change of the size (`_Static_assert(sizeof(R) == 24)`)
  Order,     // a change of the declaration order (`__builtin_dump_struct`)
  Tail,      // which member is last: memory is allocated past the record
};

/// A pointer conversion between the record and another type: safe only when
/// the other type is its first field's and that field stays first.
struct RecordPointerCast {
  clang::SourceLocation Loc;
  clang::QualType Other; // canonical, unqualified pointee
};

/// The first use of each tie (Loc invalid when none), and the casts.
struct LayoutFacts {
  struct Use {
    clang::SourceLocation Loc;
    std::string What; // "moves the record's raw bytes with fwrite: ..."
  };
  Use Ties[4]; // indexed by LayoutTie
  std::vector<RecordPointerCast> Casts;

  const Use &of(LayoutTie T) const { return Ties[static_cast<int>(T)]; }
  Use &of(LayoutTie T) { return Ties[static_cast<int>(T)]; }
};

/// Classifies the expressions and declarations handed to it by the
/// translation-unit scan; Note(record, loc, tie, reason) and Cast(record,
/// loc, other type) receive what it finds.
class LayoutUseDetector {
public:
  using NoteFn =
      std::function<void(const clang::RecordDecl *, clang::SourceLocation,
                         LayoutTie, const std::string &)>;
  using CastFn = std::function<void(const clang::RecordDecl *,
                                    clang::SourceLocation, clang::QualType)>;
  LayoutUseDetector(clang::ASTContext &Ctx, NoteFn Note, CastFn Cast)
      : Ctx(Ctx), Note(std::move(Note)), Cast(std::move(Cast)) {}

  void binaryOperator(const clang::BinaryOperator *BO);
  void call(const clang::CallExpr *CE);
  void returnStmt(const clang::ReturnStmt *RS);
  void staticAssert(const clang::Expr *Cond, clang::SourceLocation Loc);
  void cast(const clang::CastExpr *CE);

private:
  void byteFunction(const clang::CallExpr *CE, llvm::StringRef Name);
  void spanFromField(const clang::CallExpr *CE, llvm::StringRef Name,
                     const clang::Expr *Pointer, const clang::Expr *Size);
  void spanFromStart(const clang::CallExpr *CE, llvm::StringRef Name,
                     const clang::RecordDecl *RD, const clang::Expr *Size);
  void bitCast(clang::SourceLocation Loc, clang::QualType From,
               clang::QualType To, llvm::StringRef How);
  void orderedByBytes(const clang::Expr *E, clang::SourceLocation Loc);
  void overAllocation(const clang::BinaryOperator *BO);
  void overAllocationThroughHelper(const clang::Expr *Size);
  void noteTail(const clang::RecordDecl *RD, clang::SourceLocation Loc);
  void pointerFromElsewhere(const clang::CastExpr *CE,
                            const clang::RecordDecl *Target);

  clang::ASTContext &Ctx;
  NoteFn Note;
  CastFn Cast;
};

} // namespace alignlint

#endif
