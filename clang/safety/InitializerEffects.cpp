#include "InitializerEffects.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace alignlint {

using namespace clang;

namespace {

bool isVolatile(const Expr *E) {
  return E->getType().isVolatileQualified();
}

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

class Classifier {
public:
  explicit Classifier(const RecordDecl *RD) : RD(RD) {}

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
      return false;   // unevaluated
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
      if (!isPureConstructor(Construct->getConstructor()))
        effect(E);
      else if (Construct->getConstructor()->isCopyOrMoveConstructor() &&
               Construct->getNumArgs() > 0)
        return read(Construct->getArg(0));   // a trivial copy reads it
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
    if (isa<CXXBindTemporaryExpr>(E) || isa<CXXNewExpr>(E) ||
        isa<CXXDeleteExpr>(E) || isa<CXXThrowExpr>(E) || isa<StmtExpr>(E) ||
        isa<VAArgExpr>(E) || isa<AtomicExpr>(E) || isa<BlockExpr>(E))
      effect(E);
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
        return read(ME->getBase());   // a part of the object read
    }
    if (isa<MaterializeTemporaryExpr>(L) || isa<CompoundLiteralExpr>(L) ||
        isa<StringLiteral>(L))
      return true;   // a value made here, not state read
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
};

} // namespace

InitializerEffects classifyInitializer(const Expr *E, const RecordDecl *Record) {
  Classifier C(Record);
  C.scan(E);
  return std::move(C.Result);
}

} // namespace alignlint
