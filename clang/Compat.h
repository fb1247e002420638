// The few clang APIs that differ between the LLVM versions alignlint builds
// for (14, 15, 16, 19, 22). Code calls these instead of the clang API, so
// version checks live here and nowhere else.
#ifndef ALIGNLINT_COMPAT_H
#define ALIGNLINT_COMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Version.h"

namespace alignlint {
namespace compat {

/// The width of a bit-field in bits (clang 20 dropped the ASTContext).
inline unsigned bitWidthOf(const clang::FieldDecl *FD,
                           const clang::ASTContext &Ctx) {
#if CLANG_VERSION_MAJOR >= 20
  return FD->getBitWidthValue();
#else
  return FD->getBitWidthValue(Ctx);
#endif
}

/// The type a record declares (clang 22 replaced getRecordType with
/// getCanonicalTagType).
inline clang::QualType recordTypeOf(const clang::ASTContext &Ctx,
                                    const clang::RecordDecl *RD) {
#if CLANG_VERSION_MAJOR >= 22
  return Ctx.getCanonicalTagType(RD);
#else
  return Ctx.getRecordType(RD);
#endif
}

/// The declaration a tag type (RecordType, EnumType, TagType) names: its
/// definition when there is one. Before clang 22 getDecl() returned that;
/// from 22 it returns the declaration the type was written with, which may
/// be a forward declaration without fields.
template <typename TagTypeT> auto *declOf(const TagTypeT *Type) {
#if CLANG_VERSION_MAJOR >= 22
  return Type->getDecl()->getDefinitionOrSelf();
#else
  return Type->getDecl();
#endif
}

} // namespace compat
} // namespace alignlint

#endif
