#include "MemberFlags.h"

#include "Annotations.h"

#include "alignlint_rules.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"

namespace alignlint {

using namespace clang;

static bool isOneOf(llvm::StringRef Name, const char *const *Names) {
  for (; *Names; ++Names)
    if (Name == *Names)
      return true;
  return false;
}

// C and POSIX typedef names, seen anywhere in the typedef chain.
static const char *const LockTypedefs[] = {"pthread_mutex_t",
                                           "pthread_spinlock_t",
                                           "pthread_rwlock_t",
                                           "pthread_cond_t",
                                           "pthread_barrier_t",
                                           "sem_t",
                                           "mtx_t",
                                           "cnd_t",
                                           "spinlock_t",
                                           "raw_spinlock_t",
                                           "rwlock_t",
                                           "os_unfair_lock",
                                           "SRWLOCK",
                                           "CRITICAL_SECTION",
                                           nullptr};
static const char *const AtomicTypedefs[] = {"atomic_flag", nullptr};

// C++ standard library classes (in namespace std, any inline namespace).
static const char *const StdLocks[] = {"mutex",
                                       "recursive_mutex",
                                       "timed_mutex",
                                       "recursive_timed_mutex",
                                       "shared_mutex",
                                       "shared_timed_mutex",
                                       "condition_variable",
                                       "condition_variable_any",
                                       "counting_semaphore",
                                       "binary_semaphore",
                                       "latch",
                                       "barrier",
                                       nullptr};
static const char *const StdAtomics[] = {"atomic", "atomic_flag", "atomic_ref",
                                         nullptr};

static unsigned flagsOfTypedefChain(QualType T) {
  while (const TypedefType *TT = T->getAs<TypedefType>()) {
    llvm::StringRef Name = TT->getDecl()->getName();
    if (isOneOf(Name, LockTypedefs))
      return AL_MEMBER_LOCK;
    if (isOneOf(Name, AtomicTypedefs) || Name.substr(0, 7) == "atomic_")
      return AL_MEMBER_ATOMIC;
    T = TT->getDecl()->getUnderlyingType();
  }
  return 0;
}

unsigned concurrencyFlags(ASTContext &Ctx, QualType T) {
  T = Ctx.getBaseElementType(T);
  if (T.isNull())
    return 0;
  if (T->isAtomicType())
    return AL_MEMBER_ATOMIC;
  if (unsigned Flags = flagsOfTypedefChain(T))
    return Flags;
  if (const auto *RD = T->getAsCXXRecordDecl())
    if (RD->isInStdNamespace() && RD->getIdentifier()) {
      if (isOneOf(RD->getName(), StdAtomics))
        return AL_MEMBER_ATOMIC;
      if (isOneOf(RD->getName(), StdLocks))
        return AL_MEMBER_LOCK;
    }
  return 0;
}

unsigned MemberFlags::of(const FieldDecl *FD) {
  unsigned Flags = cacheLineIgnoreFlags(FD);
  if (FD->isBitField())
    return Flags;
  QualType T = FD->getType();
  auto Found = ByType.find(T.getAsOpaquePtr());
  if (Found == ByType.end())
    Found =
        ByType.try_emplace(T.getAsOpaquePtr(), concurrencyFlags(Ctx, T)).first;
  return Flags | Found->second;
}

} // namespace alignlint
