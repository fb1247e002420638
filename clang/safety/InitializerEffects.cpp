#include "InitializerEffects.h"

#include "EffectFreeLifetimes.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace alignlint {

using namespace clang;

namespace {

bool isVolatile(const Expr *E) { return E->getType().isVolatileQualified(); }

/// A variable whose value cannot change while members are initialized: a
/// local or a parameter held by value, or a constant.
bool isStableVariable(const ValueDecl *D) {
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD || VD->getType().isVolatileQualified() ||
      VD->getType()->isReferenceType())
    return isa<EnumConstantDecl>(D) || isa<FunctionDecl>(D);
  if (VD->isConstexpr() || VD->isLocalVarDeclOrParm())
    return true;
  return VD->getType().isConstQualified() &&
         VD->isUsableInConstantExpressions(VD->getASTContext());
}

bool isPureCallee(const FunctionDecl *FD) {
  return FD && (FD->isConstexpr() || FD->hasAttr<ConstAttr>());
}

bool isPureConstructor(const CXXConstructorDecl *Ctor) {
  return Ctor && (Ctor->isTrivial() || Ctor->isConstexpr());
}

/// An argument a constructor of an effect-free library value can take
/// without reading memory the initialization of another member could
/// change: a scalar value, a string literal, a braced list.
bool isValueArgument(const Expr *Arg) {
  if (isa<CXXDefaultArgExpr>(Arg))
    return true;
  Arg = Arg->IgnoreParenImpCasts();
  if (isa<StringLiteral>(Arg) || isa<CXXStdInitializerListExpr>(Arg))
    return true;
  QualType T = Arg->getType();
  return T->isScalarType() && !T->isPointerType() && !T->isReferenceType() &&
         !T->isMemberPointerType();
}

class Classifier {
public:
  Classifier(const RecordDecl *RD, EffectFreeLifetimes &Types)
      : RD(RD), Types(Types) {}

  void scan(const Stmt *S) {
    if (!S)
      return;
    if (const auto *E = dyn_cast<Expr>(S))
      if (!scanExpr(E))
        return;
    for (const Stmt *Child : S->children())
      scan(Child);
  }

  InitializerEffects Result;

private:
  void effect(const Stmt *S) {
    if (!Result.Effect)
      Result.Effect = S;
  }

  /// Handles what is special about E; returns whether its children are to
  /// be scanned.
  bool scanExpr(const Expr *E) {
    if (isa<UnaryExprOrTypeTraitExpr>(E) || isa<CXXNoexceptExpr>(E))
      return false; // unevaluated
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return !memberOfThis(ME);
    if (isa<CXXThisExpr>(E)) {
      if (!Result.OtherThis)
        Result.OtherThis = E;
      return false;
    }
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
      if (Cast->getCastKind() == CK_LValueToRValue)
        return read(Cast->getSubExpr());
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      if (!isPureCallee(Call->getDirectCallee()))
        effect(E);
      return true;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      bool Copy = Ctor && Ctor->isCopyOrMoveConstructor() &&
                  Construct->getNumArgs() > 0;
      if (!isPureConstructor(Ctor) && !constructsEffectFreeValue(Construct))
        effect(E);
      else if (Copy)
        return read(Construct->getArg(0)); // a copy reads it
      return true;
    }
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E)) {
      if (!Types.destruction(Bind->getType()))
        effect(E);
      return true;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E))
      if (BO->isAssignmentOp())
        effect(E);
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->isIncrementDecrementOp())
        effect(E);
    if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(E)) {
      scan(Default->getExpr());
      return false;
    }
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E)) {
      scan(Default->getExpr());
      return false;
    }
    if (isa<CXXNewExpr>(E) || isa<CXXDeleteExpr>(E) || isa<CXXThrowExpr>(E) ||
        isa<StmtExpr>(E) || isa<VAArgExpr>(E) || isa<AtomicExpr>(E) ||
        isa<BlockExpr>(E))
      effect(E);
    return true;
  }

  /// Constructs a value of a type whose lifetime and copies are
  /// effect-free with a constructor that is implicit or the library's, from
  /// a copy, literals or scalars.
  bool constructsEffectFreeValue(const CXXConstructExpr *Construct) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    QualType T = Construct->getType();
    if (!Ctor || (Ctor->isUserProvided() && !Types.isLibraryValue(T)) ||
        !Types.lifetime(T) || !Types.copy(T))
      return false;
    if (Ctor->isCopyOrMoveConstructor())
      return true;
    for (const Expr *Arg : Construct->arguments())
      if (!isValueArgument(Arg))
        return false;
    return true;
  }

  /// The glvalue L is read: pure for stable variables, a member read for
  /// this->f, an effect for any other memory.
  bool read(const Expr *L) {
    L = L->IgnoreParens();
    if (isVolatile(L)) {
      effect(L);
      return false;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(L)) {
      if (!isStableVariable(DRE->getDecl()))
        effect(L);
      return false;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(L)) {
      if (memberOfThis(ME))
        return false;
      if (!ME->isArrow())
        return read(ME->getBase()); // a part of the object read
    }
    if (isa<MaterializeTemporaryExpr>(L) || isa<CompoundLiteralExpr>(L) ||
        isa<StringLiteral>(L))
      return true; // a value made here, not state read
    effect(L);
    return true;
  }

  /// this->f (or (*this).f): records the read of a field of the record, or
  /// a use of `this` beyond fields. Returns whether ME was on `this`.
  bool memberOfThis(const MemberExpr *ME) {
    const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(Base))
      if (U->getOpcode() == UO_Deref)
        Base = U->getSubExpr()->IgnoreParenImpCasts();
    if (!isa<CXXThisExpr>(Base))
      return false;
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (FD && FD->getParent() == RD)
      Result.MemberReads.push_back(FD);
    else if (!Result.OtherThis)
      Result.OtherThis = ME;
    return true;
  }

  const RecordDecl *RD;
  EffectFreeLifetimes &Types;
};

} // namespace

InitializerEffects classifyInitializer(const Expr *E, const RecordDecl *Record,
                                       EffectFreeLifetimes &Types) {
  Classifier C(Record, Types);
  C.scan(E);
  return std::move(C.Result);
}

InitializerEffects classifyInitializer(const Expr *E,
                                       const RecordDecl *Record) {
  EffectFreeLifetimes Types;
  return classifyInitializer(E, Record, Types);
}

} // namespace alignlint
