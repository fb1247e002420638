// Whether evaluating an initializer may have an effect another member's
// initialization could observe, or observe one: the classifier behind the
// orders a field-order fix keeps (OrderConstraints, docs/safety.md).
//  - effects: calls of functions that are not constexpr (or
//    __attribute__((const))), constructors that are neither trivial nor
//    constexpr, temporaries with non-trivial destructors (both unless the
//    type's lifetime is effect-free, EffectFreeLifetimes.h, and the
//    constructor only copies a value or takes literals), assignments,
//    increments, new/delete/throw, volatile accesses, and reads of memory
//    other than local variables and parameters held by value (globals,
//    through pointers and references);
//  - pure: literals, enumerators, constants, locals and parameters read by
//    value, addresses, sizeof, arithmetic and casts of pure operands, calls
//    of constexpr functions with pure arguments.
// Reads of the record's own members through `this` are reported apart:
// they order the read member before the reader.
#ifndef ALIGNLINT_INITIALIZER_EFFECTS_H
#define ALIGNLINT_INITIALIZER_EFFECTS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

#include <vector>

namespace alignlint {

class EffectFreeLifetimes;

struct InitializerEffects {
  const clang::Stmt *Effect = nullptr; // the first, or null when pure
  std::vector<const clang::FieldDecl *> MemberReads; // this->f of Record
  const clang::Stmt *OtherThis = nullptr; // `this` beyond reading fields

  bool pure() const { return !Effect; }
};

/// Classifies E, an initializer of a member of Record (or an element of one
/// of its lists).
InitializerEffects classifyInitializer(const clang::Expr *E,
                                       const clang::RecordDecl *Record);
InitializerEffects classifyInitializer(const clang::Expr *E,
                                       const clang::RecordDecl *Record,
                                       EffectFreeLifetimes &Types);

} // namespace alignlint

#endif
