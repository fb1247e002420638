// Whether constructing a member by default, or destroying it, can have an
// effect another member's construction or destruction could observe
// (docs/safety.md, "Orders the fix keeps"). Effect-free:
//  - scalars, pointers, references, and arrays of effect-free elements;
//  - classes whose default constructor is trivial or constexpr (or
//    implicit) and whose destructor is trivial (or implicit), when all
//    their bases and members are effect-free and their default member
//    initializers are pure: nothing user-written runs;
//  - the standard library's owning value types (basic_string, vector,
//    deque, list, forward_list, the ordered and unordered maps and sets,
//    optional, variant, array, pair, tuple, unique_ptr) when their element
//    types are effect-free, their allocator is std::allocator and a
//    unique_ptr's deleter std::default_delete: they only obtain and release
//    storage they own and construct and destroy their elements.
// Not effect-free: anything with a user-provided default constructor (not
// constexpr) or destructor, shared_ptr (its deleter is not part of its
// type), function, custom allocators and deleters, incomplete types.
#ifndef ALIGNLINT_EFFECT_FREE_LIFETIMES_H
#define ALIGNLINT_EFFECT_FREE_LIFETIMES_H

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"

#include <map>

namespace alignlint {

class EffectFreeLifetimes {
public:
  /// Destroying an object of type T runs nothing observable.
  bool destruction(clang::QualType T) { return effectFree(T, Destroy); }
  /// Default-constructing and destroying an object of type T run nothing
  /// observable.
  bool lifetime(clang::QualType T) { return effectFree(T, Lifetime); }
  /// Copying or moving an object of type T, and destroying it, run nothing
  /// observable.
  bool copy(clang::QualType T) { return effectFree(T, Copy); }
  /// T is one of the standard library's owning value types, or one of its
  /// stateless helpers: its constructors, user-provided as they are, only
  /// obtain storage and construct elements.
  bool isLibraryValue(clang::QualType T);

private:
  enum Part { Destroy, Lifetime, Copy };

  bool effectFree(clang::QualType T, Part P);
  bool classEffectFree(const clang::CXXRecordDecl *RD, Part P);
  bool implicitMembersEffectFree(const clang::CXXRecordDecl *RD, Part P);
  bool libraryTypeEffectFree(const clang::CXXRecordDecl *RD, int PolicyArg,
                             Part P);

  // Per class and part: the answer, or true while it is being decided (a
  // class reached again through its own members' template arguments adds
  // no effect of its own).
  std::map<std::pair<const clang::CXXRecordDecl *, Part>, bool> Known;
};

} // namespace alignlint

#endif
