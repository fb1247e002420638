#include "EffectFreeLifetimes.h"

#include "InitializerEffects.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringRef.h"

namespace alignlint {

using namespace clang;

namespace {

/// The owning value types of the standard library, with the position of
/// their allocator or deleter argument (-1: none).
struct LibraryType {
  const char *Name;
  int PolicyArg;
};
const LibraryType OwningTypes[] = {{"basic_string", 2},
                                   {"vector", 1},
                                   {"deque", 1},
                                   {"list", 1},
                                   {"forward_list", 1},
                                   {"map", 3},
                                   {"multimap", 3},
                                   {"set", 2},
                                   {"multiset", 2},
                                   {"unordered_map", 4},
                                   {"unordered_multimap", 4},
                                   {"unordered_set", 3},
                                   {"unordered_multiset", 3},
                                   {"optional", -1},
                                   {"variant", -1},
                                   {"array", -1},
                                   {"pair", -1},
                                   {"tuple", -1},
                                   {"unique_ptr", 1}};

/// std's stateless helpers that appear as template arguments: their own
/// lifetimes are empty (some have user-provided empty destructors).
const char *const PolicyTypes[] = {"allocator",  "default_delete", "less",
                                   "greater",    "equal_to",       "hash",
                                   "char_traits"};

bool isStdClass(const CXXRecordDecl *RD, const char *const *Names,
                size_t Count) {
  if (!RD->isInStdNamespace() || !RD->getIdentifier())
    return false;
  for (size_t I = 0; I < Count; ++I)
    if (RD->getName() == Names[I])
      return true;
  return false;
}

const LibraryType *owningType(const CXXRecordDecl *RD) {
  if (!RD->isInStdNamespace() || !RD->getIdentifier())
    return nullptr;
  for (const LibraryType &T : OwningTypes)
    if (RD->getName() == T.Name)
      return &T;
  return nullptr;
}

bool isPolicyType(const CXXRecordDecl *RD) {
  return isStdClass(RD, PolicyTypes,
                    sizeof(PolicyTypes) / sizeof(*PolicyTypes));
}

/// The type arguments of a class template specialization, packs expanded.
void typeArguments(const TemplateArgument &Arg, std::vector<QualType> &Out) {
  if (Arg.getKind() == TemplateArgument::Type)
    Out.push_back(Arg.getAsType());
  else if (Arg.getKind() == TemplateArgument::Pack)
    for (const TemplateArgument &Element : Arg.pack_elements())
      typeArguments(Element, Out);
}

} // namespace

bool EffectFreeLifetimes::isLibraryValue(QualType T) {
  const auto *RD = T->getAsCXXRecordDecl();
  return RD && (isPolicyType(RD) || owningType(RD));
}

bool EffectFreeLifetimes::effectFree(QualType T, Part P) {
  if (T.isNull())
    return false;
  if (T->isReferenceType())
    return true;
  T = T.getCanonicalType();
  while (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    T = AT->getElementType().getCanonicalType();
  if (T.isVolatileQualified() && T->isRecordType())
    return false;
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return !T->isRecordType() || !T->isIncompleteType();
  RD = RD->getDefinition();
  if (!RD)
    return false;
  auto Key = std::make_pair(RD, P);
  auto Found = Known.find(Key);
  if (Found != Known.end())
    return Found->second;
  Known[Key] = true; // a cycle adds no effect
  bool Result = classEffectFree(RD, P);
  Known[Key] = Result;
  return Result;
}

bool EffectFreeLifetimes::classEffectFree(const CXXRecordDecl *RD, Part P) {
  if (isPolicyType(RD))
    return true;
  if (const LibraryType *Owning = owningType(RD))
    return libraryTypeEffectFree(RD, Owning->PolicyArg, P);
  return implicitMembersEffectFree(RD, P);
}

/// A copy constructor or move constructor written by the user.
bool hasUserProvidedCopy(const CXXRecordDecl *RD) {
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isCopyOrMoveConstructor() && Ctor->isUserProvided())
      return true;
  return false;
}

/// Nothing user-written runs: the special members that are not trivial are
/// implicit (or defaulted), the default constructor may be constexpr, and
/// every base and member is effect-free.
bool EffectFreeLifetimes::implicitMembersEffectFree(const CXXRecordDecl *RD,
                                                    Part P) {
  bool TrivialDestructor = !RD->hasNonTrivialDestructor();
  if (!TrivialDestructor) {
    const CXXDestructorDecl *Dtor = RD->getDestructor();
    if (!Dtor || Dtor->isUserProvided())
      return false;
  }
  bool QuietConstruction = P == Destroy ||
                           !RD->hasNonTrivialDefaultConstructor() ||
                           RD->hasConstexprDefaultConstructor();
  if (!QuietConstruction && RD->hasUserProvidedDefaultConstructor())
    return false;
  if (P == Copy && hasUserProvidedCopy(RD))
    return false;
  bool QuietCopy = P != Copy || (!RD->hasNonTrivialCopyConstructor() &&
                                 !RD->hasNonTrivialMoveConstructor());
  if (TrivialDestructor && QuietConstruction && QuietCopy)
    return true;
  for (const CXXBaseSpecifier &Base : RD->bases())
    if (!effectFree(Base.getType(), P))
      return false;
  for (const FieldDecl *FD : RD->fields()) {
    if (!effectFree(FD->getType(), P))
      return false;
    if (P == Lifetime && FD->hasInClassInitializer() &&
        FD->getInClassInitializer() &&
        !classifyInitializer(FD->getInClassInitializer(), RD, *this).pure())
      return false;
  }
  return true;
}

/// An owning library type: its element types are effect-free (copyable
/// without effects, for a copy), and its allocator or deleter is std's.
bool EffectFreeLifetimes::libraryTypeEffectFree(const CXXRecordDecl *RD,
                                                int PolicyArg, Part P) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec)
    return false;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  for (unsigned I = 0; I < Args.size(); ++I) {
    std::vector<QualType> Types;
    typeArguments(Args[I], Types);
    for (QualType T : Types) {
      if (static_cast<int>(I) == PolicyArg) {
        const auto *Policy = T->getAsCXXRecordDecl();
        if (!Policy || !isPolicyType(Policy))
          return false;
      }
      if (!lifetime(T) || (P == Copy && !copy(T)))
        return false;
    }
  }
  return true;
}

} // namespace alignlint
