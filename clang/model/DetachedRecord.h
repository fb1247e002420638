// Detached copies of a record (never added to any scope) that clang lays
// out for the target being compiled: how alignlint learns the size of an
// order, or of member types, that is not written anywhere yet.
#ifndef ALIGNLINT_DETACHED_RECORD_H
#define ALIGNLINT_DETACHED_RECORD_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <functional>
#include <vector>

namespace alignlint {

/// The type a copy gives a field or a base: the original's, or the type it
/// will have once other fixes of this TU are applied.
using TypeFor = std::function<clang::QualType(clang::QualType)>;
/// Every type as written.
TypeFor writtenTypes();

/// A copy of RD with Fields (RD's own) in the given order, each of type
/// Types(its type), and for a C++ class the same bases (of type
/// Types(base)) and the same dynamic-ness: a virtual member function gives
/// the copy its own vptr exactly when the original has one of its own. A
/// copy of a non-trivial class gets a user-provided default constructor, so
/// that it is not a POD either (copyActsAsBase).
clang::RecordDecl *
buildDetachedRecord(clang::ASTContext &Ctx, const clang::RecordDecl *RD,
                    const std::vector<const clang::FieldDecl *> &Fields,
                    const TypeFor &Types);

/// Alignment specifiers a fix adds: Fields (RD's own) get alignas(Bytes).
struct AddedAlignment {
  std::vector<const clang::FieldDecl *> Fields;
  unsigned Bytes = 0;
};
/// A copy of RD in its written order, with member types Types gives them,
/// and the alignment specifiers Added: RD's layout once a contended fix is
/// applied.
clang::RecordDecl *buildAlignedRecord(clang::ASTContext &Ctx,
                                      const clang::RecordDecl *RD,
                                      const TypeFor &Types,
                                      const AddedAlignment &Added);

/// Whether clang lays out Copy, a copy of Original in the written order with
/// the original types, exactly as Original: size, alignment, every field's
/// offset, and for C++ the vptr, the primary base and every base's offset.
/// Where it does not, a copy in another order proves nothing.
bool copyIsFaithful(clang::ASTContext &Ctx, const clang::RecordDecl *Original,
                    const clang::RecordDecl *Copy);

/// Whether a class derived from Copy is laid out as one derived from
/// Original would be once Original is laid out as Copy: the properties that
/// decide whether the derived class reuses the base's tail padding or
/// overlaps it (POD, trivial, standard-layout, empty, dynamic).
bool copyActsAsBase(const clang::RecordDecl *Original,
                    const clang::RecordDecl *Copy);

} // namespace alignlint

#endif
