// MemberFlags: everything the cache-line rules need in a field's
// al_member.flags, starting with which member types are atomics or locks
// (rules false-sharing, straddle).
#ifndef ALIGNLINT_MEMBER_FLAGS_H
#define ALIGNLINT_MEMBER_FLAGS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace alignlint {

/// AL_MEMBER_ATOMIC for _Atomic, atomic_* typedefs, std::atomic<> and
/// std::atomic_flag; AL_MEMBER_LOCK for pthread/C11/C++ mutexes, rwlocks,
/// spinlocks, semaphores and condition variables. Arrays count as their
/// element type.
unsigned concurrencyFlags(clang::ASTContext &Ctx, clang::QualType T);

/// Everything the cache-line rules need in al_member.flags for a field.
/// Asked for every field of every record, twice (model, straddle), while
/// records repeat a few member types: the type half is remembered per type
/// as written (typedef names decide), for one translation unit.
class MemberFlags {
public:
  explicit MemberFlags(clang::ASTContext &Ctx) : Ctx(Ctx) {}
  unsigned of(const clang::FieldDecl *FD);

private:
  clang::ASTContext &Ctx;
  llvm::DenseMap<void *, unsigned> ByType;
};

} // namespace alignlint

#endif
