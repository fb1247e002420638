#include "DetachedRecord.h"
#include "Compat.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecordLayout.h"

#include <algorithm>

namespace alignlint {

using namespace clang;

TypeFor writtenTypes() {
  return [](QualType T) { return T; };
}

static bool hasPolymorphicBase(const CXXRecordDecl *RD) {
  for (const CXXBaseSpecifier &Base : RD->bases()) {
    const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
    if (BaseDecl && BaseDecl->isPolymorphic())
      return true;
  }
  return false;
}

/// A virtual function: what makes a class without polymorphic bases
/// dynamic, with a vptr of its own in both C++ ABIs.
static void addVirtualFunction(ASTContext &Ctx, CXXRecordDecl *Copy,
                               SourceLocation Loc) {
  QualType Type =
      Ctx.getFunctionType(Ctx.VoidTy, {}, FunctionProtoType::ExtProtoInfo());
  DeclarationNameInfo Name(&Ctx.Idents.get("alignlint_vptr_slot"), Loc);
  CXXMethodDecl *Method = CXXMethodDecl::Create(
      Ctx, Copy, Loc, Name, Type, Ctx.getTrivialTypeSourceInfo(Type, Loc),
      SC_None, /*UsesFPIntrin=*/false, /*isInline=*/true,
      ConstexprSpecKind::Unspecified, Loc);
  Method->setVirtualAsWritten(true);
  Method->setAccess(AS_public);
  Copy->addDecl(Method);
}

/// A user-provided default constructor: makes the copy of a non-trivial
/// class non-trivial and non-POD too, which decides whether Itanium reuses
/// its tail padding when it is a base.
static void addUserConstructor(ASTContext &Ctx, CXXRecordDecl *Copy,
                               SourceLocation Loc) {
  QualType Type =
      Ctx.getFunctionType(Ctx.VoidTy, {}, FunctionProtoType::ExtProtoInfo());
  DeclarationNameInfo Name(
      Ctx.DeclarationNames.getCXXConstructorName(
          Ctx.getCanonicalType(compat::recordTypeOf(Ctx, Copy))),
      Loc);
  CXXConstructorDecl *Constructor = CXXConstructorDecl::Create(
      Ctx, Copy, Loc, Name, Type, Ctx.getTrivialTypeSourceInfo(Type, Loc),
      ExplicitSpecifier(), /*UsesFPIntrin=*/false, /*isInline=*/true,
      /*isImplicitlyDeclared=*/false, ConstexprSpecKind::Unspecified);
  Constructor->setAccess(AS_public);
  Copy->addDecl(Constructor);
}

static RecordDecl *startCopy(ASTContext &Ctx, const RecordDecl *RD,
                             const TypeFor &Types) {
  DeclContext *TU = Ctx.getTranslationUnitDecl();
  const auto *CXX = dyn_cast<CXXRecordDecl>(RD);
  if (!CXX) {
    RecordDecl *Copy =
        RecordDecl::Create(Ctx, RD->getTagKind(), TU, RD->getBeginLoc(),
                           RD->getLocation(), nullptr);
    Copy->startDefinition();
    return Copy;
  }
  CXXRecordDecl *Copy = CXXRecordDecl::Create(
      Ctx, RD->getTagKind(), TU, RD->getBeginLoc(), RD->getLocation(), nullptr);
  Copy->startDefinition();
  std::vector<CXXBaseSpecifier *> Bases;
  for (const CXXBaseSpecifier &Base : CXX->bases())
    Bases.push_back(new (Ctx) CXXBaseSpecifier(
        Base.getSourceRange(), Base.isVirtual(), Base.isBaseOfClass(),
        Base.getAccessSpecifierAsWritten(),
        Ctx.getTrivialTypeSourceInfo(Types(Base.getType()),
                                     Base.getBaseTypeLoc()),
        Base.getEllipsisLoc()));
  Copy->setBases(Bases.data(), unsigned(Bases.size()));
  if (CXX->isPolymorphic() && !hasPolymorphicBase(CXX))
    addVirtualFunction(Ctx, Copy, RD->getLocation());
  if (!CXX->isTrivial())
    addUserConstructor(Ctx, Copy, RD->getLocation());
  return Copy;
}

static AlignedAttr *alignmentSpecifier(ASTContext &Ctx, unsigned Bytes,
                                       SourceLocation Loc) {
  Expr *Value = IntegerLiteral::Create(
      Ctx, llvm::APInt(Ctx.getIntWidth(Ctx.IntTy), Bytes), Ctx.IntTy, Loc);
  return AlignedAttr::CreateImplicit(Ctx, /*IsAlignmentExpr=*/true, Value);
}

static RecordDecl *buildCopy(ASTContext &Ctx, const RecordDecl *RD,
                             const std::vector<const FieldDecl *> &Fields,
                             const TypeFor &Types,
                             const AddedAlignment &Added) {
  RecordDecl *Copy = startCopy(Ctx, RD, Types);
  for (const Attr *A : RD->attrs())
    Copy->addAttr(A->clone(Ctx));
  for (const FieldDecl *FD : Fields) {
    QualType Type = Types(FD->getType());
    TypeSourceInfo *Info = Type == FD->getType()
                               ? FD->getTypeSourceInfo()
                               : Ctx.getTrivialTypeSourceInfo(Type);
    FieldDecl *Field =
        FieldDecl::Create(Ctx, Copy, FD->getBeginLoc(), FD->getLocation(),
                          FD->getIdentifier(), Type, Info, FD->getBitWidth(),
                          FD->isMutable(), FD->getInClassInitStyle());
    Field->setAccess(FD->getAccess());
    for (const Attr *A : FD->attrs())
      Field->addAttr(A->clone(Ctx));
    if (std::find(Added.Fields.begin(), Added.Fields.end(), FD) !=
        Added.Fields.end())
      Field->addAttr(alignmentSpecifier(Ctx, Added.Bytes, FD->getLocation()));
    Copy->addDecl(Field);
  }
  Copy->completeDefinition();
  return Copy;
}

RecordDecl *buildDetachedRecord(ASTContext &Ctx, const RecordDecl *RD,
                                const std::vector<const FieldDecl *> &Fields,
                                const TypeFor &Types) {
  return buildCopy(Ctx, RD, Fields, Types, AddedAlignment());
}

RecordDecl *buildAlignedRecord(ASTContext &Ctx, const RecordDecl *RD,
                               const TypeFor &Types,
                               const AddedAlignment &Added) {
  std::vector<const FieldDecl *> Fields(RD->field_begin(), RD->field_end());
  return buildCopy(Ctx, RD, Fields, Types, Added);
}

static bool sameCXXLayout(ASTContext &Ctx, const CXXRecordDecl *Original,
                          const CXXRecordDecl *Copy) {
  const ASTRecordLayout &A = Ctx.getASTRecordLayout(Original);
  const ASTRecordLayout &B = Ctx.getASTRecordLayout(Copy);
  // The non-virtual size is the data size of a class that may share its
  // tail padding: a property of the class as a base (copyActsAsBase).
  if (A.getNonVirtualAlignment() != B.getNonVirtualAlignment() ||
      A.getPrimaryBase() != B.getPrimaryBase() ||
      A.hasOwnVFPtr() != B.hasOwnVFPtr() ||
      A.hasExtendableVFPtr() != B.hasExtendableVFPtr() ||
      Original->isDynamicClass() != Copy->isDynamicClass())
    return false;
  for (const CXXBaseSpecifier &Base : Original->bases()) {
    const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
    if (!BaseDecl || Base.isVirtual() ||
        A.getBaseClassOffset(BaseDecl) != B.getBaseClassOffset(BaseDecl))
      return false;
  }
  return true;
}

bool copyIsFaithful(ASTContext &Ctx, const RecordDecl *Original,
                    const RecordDecl *Copy) {
  const ASTRecordLayout &A = Ctx.getASTRecordLayout(Original);
  const ASTRecordLayout &B = Ctx.getASTRecordLayout(Copy);
  if (A.getSize() != B.getSize() || A.getAlignment() != B.getAlignment() ||
      A.getRequiredAlignment() != B.getRequiredAlignment() ||
      A.getFieldCount() != B.getFieldCount())
    return false;
  for (unsigned I = 0; I < A.getFieldCount(); ++I)
    if (A.getFieldOffset(I) != B.getFieldOffset(I))
      return false;
  const auto *OriginalCXX = dyn_cast<CXXRecordDecl>(Original);
  if (!OriginalCXX)
    return true;
  const auto *CopyCXX = dyn_cast<CXXRecordDecl>(Copy);
  return CopyCXX && sameCXXLayout(Ctx, OriginalCXX, CopyCXX);
}

bool copyActsAsBase(const RecordDecl *Original, const RecordDecl *Copy) {
  const auto *A = dyn_cast<CXXRecordDecl>(Original);
  const auto *B = dyn_cast<CXXRecordDecl>(Copy);
  return A && B && A->isPOD() == B->isPOD() &&
         A->isTrivial() == B->isTrivial() &&
         A->isCXX11StandardLayout() == B->isCXX11StandardLayout() &&
         A->isEmpty() == B->isEmpty() &&
         A->isDynamicClass() == B->isDynamicClass();
}

} // namespace alignlint
