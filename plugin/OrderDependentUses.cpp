#include "OrderDependentUses.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace alignlint {

using namespace clang;

namespace {

const RecordDecl *structOf(QualType T) {
  const RecordType *RT = T.isNull() ? nullptr : T->getAs<RecordType>();
  if (!RT || RT->getDecl()->isUnion())
    return nullptr;
  return cast<RecordDecl>(RT->getDecl()->getCanonicalDecl());
}

bool isZero(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (isa<ImplicitValueInitExpr>(E))
    return true;
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return IL->getValue() == 0;
  if (const auto *ILE = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : ILE->inits())
      if (!isZero(Init))
        return false;
    return true;
  }
  return false;
}

class UseFinder : public RecursiveASTVisitor<UseFinder> {
public:
  explicit UseFinder(ASTContext &Ctx) : Ctx(Ctx) {}
  OrderDependentUses Uses;

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitInitListExpr(InitListExpr *ILE) {
    if (!ILE->isSyntacticForm())
      return true;
    checkSyntacticList(ILE);
    checkElidedBraces(ILE->isSemanticForm() ? ILE : ILE->getSemanticForm());
    return true;
  }

  bool VisitCXXConstructorDecl(CXXConstructorDecl *Ctor) {
    if (!Ctor->doesThisDeclarationHaveABody())
      return true;
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten() && Init->isMemberInitializer()) {
        note(Ctor->getParent(), Init->getSourceLocation(),
             "constructor member initializer list");
        break;
      }
    return true;
  }

  bool VisitFieldDecl(FieldDecl *FD) {
    const Expr *Init = FD->getInClassInitializer();
    if (Init && readsSiblingField(Init, FD->getParent()))
      note(FD->getParent(), FD->getLocation(),
           "default member initializer that reads another field");
    return true;
  }

  bool VisitDecompositionDecl(DecompositionDecl *DD) {
    note(structOf(DD->getType().getNonReferenceType()), DD->getLocation(),
         "structured binding");
    return true;
  }

private:
  void note(const RecordDecl *RD, SourceLocation Loc, const char *What) {
    if (!RD)
      return;
    RD = cast<RecordDecl>(RD->getCanonicalDecl());
    Uses.emplace(RD, OrderDependentUse{Loc, What});
  }

  /// `{1, 2}` depends on order; `{.a = 1}`, `{0}` and `{}` do not.
  void checkSyntacticList(const InitListExpr *ILE) {
    const RecordDecl *RD = structOf(ILE->getType());
    if (!RD || ILE->getNumInits() == 0)
      return;
    if (ILE->getNumInits() == 1 && isZero(ILE->getInit(0)))
      return;
    for (const Expr *Init : ILE->inits())
      if (!isa<DesignatedInitExpr>(Init)) {
        note(RD, ILE->getBeginLoc(), "positional initializer");
        return;
      }
    if (Ctx.getLangOpts().CPlusPlus)   // C++20 designators follow field order
      note(RD, ILE->getBeginLoc(), "C++ designated initializer");
  }

  /// A record initialized without its own braces (`struct outer o = {1, 2,
  /// 3}` filling an inner struct) takes its values by position.
  void checkElidedBraces(const InitListExpr *Semantic) {
    if (!Semantic)
      return;
    for (const Expr *Init : Semantic->inits()) {
      const auto *Sub = dyn_cast_or_null<InitListExpr>(Init);
      if (!Sub)
        continue;
      if (!hasOwnBraces(Sub) && !isZero(Sub))
        note(structOf(Sub->getType()), Sub->getBeginLoc(),
             "initializer with elided braces");
      checkElidedBraces(Sub);
    }
  }

  bool hasOwnBraces(const InitListExpr *ILE) const {
    SourceLocation L = ILE->getLBraceLoc();
    if (L.isInvalid() || L.isMacroID())
      return L.isMacroID();
    const SourceManager &SM = Ctx.getSourceManager();
    bool Invalid = false;
    const char *Char = SM.getCharacterData(L, &Invalid);
    return !Invalid && *Char == '{';
  }

  static bool readsSiblingField(const Stmt *S, const RecordDecl *RD) {
    if (!S)
      return false;
    if (const auto *ME = dyn_cast<MemberExpr>(S))
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        if (FD->getParent() == RD &&
            isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
          return true;
    for (const Stmt *Child : S->children())
      if (readsSiblingField(Child, RD))
        return true;
    return false;
  }

  ASTContext &Ctx;
};

} // namespace

OrderDependentUses findOrderDependentUses(ASTContext &Ctx) {
  UseFinder Finder(Ctx);
  Finder.TraverseDecl(Ctx.getTranslationUnitDecl());
  return std::move(Finder.Uses);
}

} // namespace alignlint
