#include "OrderDependentUses.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"

namespace alignlint {

using namespace clang;

const RecordUses *OrderDependentUses::find(const RecordDecl *RD) const {
  auto It = ByRecord.find(cast<RecordDecl>(RD->getCanonicalDecl()));
  return It == ByRecord.end() ? nullptr : &It->second;
}

RecordUses &OrderDependentUses::of(const RecordDecl *RD) {
  return ByRecord[cast<RecordDecl>(RD->getCanonicalDecl())];
}

namespace {

bool isTemplateCode(const Decl *D) {
  if (D->isTemplated() || isa<ClassTemplateSpecializationDecl>(D) ||
      isa<VarTemplateSpecializationDecl>(D))
    return true;
  const auto *FD = dyn_cast<FunctionDecl>(D);
  return FD && FD->isTemplateInstantiation();
}

/// Whether a declaration met in file order is in a system header, when
/// that is cheap to tell. Finding a location's file is a binary search over
/// every file and macro expansion of the TU, which for a TU's ten thousand
/// top-level declarations was a third of this pass's cost: the last file's
/// offset range answers most of them. A declaration written by a macro
/// (glibc declares much of <math.h> that way) counts as not in one: walking
/// it costs less than finding out.
class SystemHeaderLookup {
public:
  explicit SystemHeaderLookup(const SourceManager &SM) : SM(SM) {}

  bool contains(SourceLocation Loc) {
    if (Loc.isInvalid() || Loc.isMacroID())
      return false;
    // A file location is encoded as its offset in the source manager.
    SourceLocation::UIntTy Offset = Loc.getRawEncoding();
    if (Offset >= FileStart && Offset <= FileEnd)
      return FileIsSystem;
    bool IsSystem = SM.isInSystemHeader(Loc);
    FileID File = SM.getFileID(Loc);
    bool Invalid = false;
    const SrcMgr::SLocEntry &Entry = SM.getSLocEntry(File, &Invalid);
    // #line directives (preprocessed input) change it within a file.
    if (!Invalid && Entry.isFile() && !Entry.getFile().hasLineDirectives()) {
      FileStart = SM.getLocForStartOfFile(File).getRawEncoding();
      FileEnd = FileStart + SM.getFileIDSize(File);
      FileIsSystem = IsSystem;
    }
    return IsSystem;
  }

private:
  const SourceManager &SM;
  SourceLocation::UIntTy FileStart = 1, FileEnd = 0; // empty at first
  bool FileIsSystem = false;
};

/// A declaration from a system header that cannot hold code about the
/// user's records: not template code (whose instantiations may; the caller
/// rules that out) and no namespace or extern "C" block (which may hold
/// such templates). Most of a TU is these, so skipping them keeps the pass
/// cheap.
bool isPlainSystemDecl(const Decl *D, SystemHeaderLookup &SystemHeaders) {
  if (isa<TranslationUnitDecl>(D) || isa<NamespaceDecl>(D) ||
      isa<LinkageSpecDecl>(D) || isa<TemplateDecl>(D))
    return false;
  return SystemHeaders.contains(D->getLocation());
}

/// In C, a function declared without a body and a variable without an
/// initializer hold no expression this pass looks for (C has no default
/// arguments); a TU's headers declare thousands of them.
bool isCodelessCDecl(const Decl *D) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return !FD->doesThisDeclarationHaveABody();
  if (const auto *VD = dyn_cast<VarDecl>(D))
    return !VD->hasInit();
  return false;
}

class UseFinder : public RecursiveASTVisitor<UseFinder> {
  using Base = RecursiveASTVisitor<UseFinder>;

public:
  UseFinder(ASTContext &Ctx, StmtWalk Walk)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), SystemHeaders(SM),
        CPlusPlus(Ctx.getLangOpts().CPlusPlus), Walk(Walk),
        Layout(
            Ctx,
            [this](const RecordDecl *RD, SourceLocation Loc, LayoutTie Tie,
                   const std::string &What) {
              LayoutFacts::Use &First = Uses.of(RD).Layout.of(Tie);
              if (First.Loc.isInvalid())
                First = {SM.getExpansionLoc(Loc), What};
            },
            [this](const RecordDecl *RD, SourceLocation Loc, QualType Other) {
              Uses.of(RD).Layout.Casts.push_back(
                  {SM.getExpansionLoc(Loc), Other});
            }) {
    Uses.instantiations() = InstantiationSites(SM);
  }

  OrderDependentUses Uses;

  bool shouldVisitTemplateInstantiations() const { return true; }
  // Types are not where initializers live: walking every TypeLoc adds a
  // large share to the cost of the pass for nothing.
  bool shouldWalkTypesOfTypeLocs() const { return false; }
  bool TraverseTypeLoc(TypeLoc, bool /*TraverseQualifier (clang 22)*/ = true) {
    return true;
  }

  /// RecursiveASTVisitor's generic machinery (a work queue, a Traverse and
  /// a WalkUpFrom per node class) used to cost more than everything else in
  /// the pass. For the common node classes of shapeOf, RAV's own traversal
  /// is just "Visit*, then children() in order", so they are walked here
  /// directly, with the same Visit* calls in the same pre-order; one-child
  /// chains in a loop, leaves without asking for children. Every other node
  /// goes to RAV, whose traversal of its children comes back here. With
  /// StmtWalk::PlainRAV every node goes to RAV.
  bool TraverseStmt(Stmt *S) {
    if (Walk == StmtWalk::PlainRAV)
      return Base::TraverseStmt(S);
    while (S) {
      Shape Kind = shapeOf(S);
      if (Kind == Shape::ViaRAV)
        return Base::TraverseStmt(S);
      visitPlainNode(S);
      if (Kind == Shape::Leaf)
        return true;
      if (Kind == Shape::OneChild) {
        S = *S->child_begin();
        continue;
      }
      for (Stmt *Child : S->children())
        TraverseStmt(Child);
      return true;
    }
    return true;
  }

  bool TraverseDecl(Decl *D) {
    if (D && !CPlusPlus && isCodelessCDecl(D))
      return true;
    // C has no templates: no need to ask every declaration.
    bool Template = D && CPlusPlus && isTemplateCode(D);
    if (D && !Template && isPlainSystemDecl(D, SystemHeaders))
      return true;
    const auto *Function = Template ? dyn_cast<FunctionDecl>(D) : nullptr;
    if (Function) {
      Functions.push_back(Function);
      if (Function->isTemplateInstantiation())
        Uses.instantiations().noteInstantiation(Function);
    }
    InTemplate += Template;
    bool Result = Base::TraverseDecl(D);
    InTemplate -= Template;
    if (Function)
      Functions.pop_back();
    return Result;
  }

  bool VisitInitListExpr(InitListExpr *ILE) {
    if (!ILE->isSyntacticForm())
      return true;
    const InitListExpr *Sem =
        ILE->isSemanticForm() ? ILE : ILE->getSemanticForm();
    if (!Sem) {
      unrewritable(structOf(ILE->getType()), ILE->getBeginLoc(),
                   "initializer in a template");
      return true;
    }
    addSites(Sem, ILE, true);
    return true;
  }

  bool VisitCXXConstructorDecl(CXXConstructorDecl *Ctor) {
    if (!Ctor->doesThisDeclarationHaveABody())
      return true;
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten() && Init->isAnyMemberInitializer()) {
        if (InTemplate)
          unrewritable(Ctor->getParent(), Init->getSourceLocation(),
                       "constructor member initializer list in a template");
        else
          Uses.of(Ctor->getParent()).Constructors.push_back(Ctor);
        break;
      }
    return true;
  }

  bool VisitDecompositionDecl(DecompositionDecl *DD) {
    unrewritable(structOf(DD->getType().getNonReferenceType()),
                 DD->getLocation(), "structured binding");
    return true;
  }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (!FD->isDefaulted())
      return true;
    switch (FD->getOverloadedOperator()) {
    case OO_Spaceship:
    case OO_Less:
    case OO_Greater:
    case OO_LessEqual:
    case OO_GreaterEqual:
      break;
    default:
      return true;
    }
    const RecordDecl *RD = nullptr;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      RD = MD->getParent();
    else if (FD->getNumParams() > 0)
      RD = structOf(FD->getParamDecl(0)->getType().getNonReferenceType());
    unrewritable(RD, FD->getLocation(),
                 "defaulted comparison (it compares the fields in declaration "
                 "order)");
    return true;
  }

#if CLANG_VERSION_MAJOR >= 16
  bool VisitCXXParenListInitExpr(CXXParenListInitExpr *E) {
    unrewritable(structOf(E->getType()), E->getBeginLoc(),
                 "parenthesized aggregate initialization");
    return true;
  }
#endif

  bool VisitBinaryOperator(BinaryOperator *BO) {
    Layout.binaryOperator(BO);
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    Layout.call(CE);
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *RS) {
    Layout.returnStmt(RS);
    return true;
  }
  bool VisitCastExpr(CastExpr *CE) {
    Layout.cast(CE);
    return true;
  }
  bool VisitStaticAssertDecl(StaticAssertDecl *D) {
    Layout.staticAssert(D->getAssertExpr(), D->getLocation());
    return true;
  }

private:
  /// How TraverseStmt walks a node. The plain classes are those whose
  /// DEF_TRAVERSE_STMT in RecursiveASTVisitor.h has no code of its own
  /// (CStyleCastExpr only walks the written type, and this visitor skips
  /// TypeLocs; a DeclRefExpr or MemberExpr without qualifier, template
  /// arguments or special name has nothing besides its children).
  enum class Shape { ViaRAV, Leaf, OneChild, Children };
  static Shape shapeOf(const Stmt *S) {
    switch (S->getStmtClass()) {
    case Stmt::CompoundStmtClass:
    case Stmt::IfStmtClass:
    case Stmt::ForStmtClass:
    case Stmt::WhileStmtClass:
    case Stmt::DoStmtClass:
    case Stmt::SwitchStmtClass:
    case Stmt::CaseStmtClass:
    case Stmt::DefaultStmtClass:
    case Stmt::ReturnStmtClass:
    case Stmt::LabelStmtClass:
    case Stmt::BinaryOperatorClass:
    case Stmt::CompoundAssignOperatorClass:
    case Stmt::ConditionalOperatorClass:
    case Stmt::CallExprClass:
    case Stmt::ArraySubscriptExprClass:
      return Shape::Children;
    case Stmt::ImplicitCastExprClass:
    case Stmt::CStyleCastExprClass:
    case Stmt::ParenExprClass:
    case Stmt::UnaryOperatorClass:
      return Shape::OneChild;
    case Stmt::IntegerLiteralClass:
    case Stmt::CharacterLiteralClass:
    case Stmt::FloatingLiteralClass:
    case Stmt::StringLiteralClass:
    case Stmt::NullStmtClass:
    case Stmt::BreakStmtClass:
    case Stmt::ContinueStmtClass:
    case Stmt::GotoStmtClass:
      return Shape::Leaf;
    case Stmt::DeclRefExprClass: {
      const auto *E = cast<DeclRefExpr>(S);
      return !E->hasQualifier() && !E->hasExplicitTemplateArgs() &&
                     E->getNameInfo().getName().isIdentifier()
                 ? Shape::Leaf
                 : Shape::ViaRAV;
    }
    case Stmt::MemberExprClass: {
      const auto *E = cast<MemberExpr>(S);
      return !E->hasQualifier() && !E->hasExplicitTemplateArgs() &&
                     E->getMemberNameInfo().getName().isIdentifier()
                 ? Shape::OneChild
                 : Shape::ViaRAV;
    }
    default:
      return Shape::ViaRAV;
    }
  }

  /// The Visit* methods RAV's WalkUpFrom would call on a plain node.
  void visitPlainNode(Stmt *S) {
    switch (S->getStmtClass()) {
    case Stmt::BinaryOperatorClass:
    case Stmt::CompoundAssignOperatorClass:
      VisitBinaryOperator(cast<BinaryOperator>(S));
      break;
    case Stmt::CallExprClass:
      VisitCallExpr(cast<CallExpr>(S));
      break;
    case Stmt::ImplicitCastExprClass:
    case Stmt::CStyleCastExprClass:
      VisitCastExpr(cast<CastExpr>(S));
      break;
    case Stmt::ReturnStmtClass:
      VisitReturnStmt(cast<ReturnStmt>(S));
      break;
    default:
      break;
    }
  }

  void unrewritable(const RecordDecl *RD, SourceLocation Loc,
                    const char *What) {
    if (!RD)
      return;
    OrderDependentUse &U = Uses.of(RD).Unrewritable;
    if (U.Loc.isValid())
      return;
    U = OrderDependentUse{SM.getExpansionLoc(Loc), What,
                          Functions.empty() ? nullptr : Functions.back()};
  }

  /// Every struct-typed list under E, when none of them can be rewritten.
  void unrewritableAll(const Stmt *S, const char *What) {
    if (!S)
      return;
    if (const auto *E = dyn_cast<Expr>(S))
      if (isa<InitListExpr>(E) || isa<DesignatedInitUpdateExpr>(E))
        unrewritable(structOf(E->getType()), E->getBeginLoc(), What);
    for (const Stmt *Child : S->children())
      unrewritableAll(Child, What);
  }

  /// The list of a struct, and the lists made up by brace elision inside
  /// it, whose elements the written list Host holds.
  void addSites(const InitListExpr *Sem, const InitListExpr *Host, bool Own) {
    if (const RecordDecl *RD = structOf(Sem->getType())) {
      if (InTemplate)
        unrewritable(RD, Sem->getBeginLoc(), "initializer in a template");
      else
        Uses.of(RD).Lists.push_back(ListSite{Sem, Host, Own});
    }
    for (const Expr *Init : Sem->inits()) {
      if (!Init)
        continue;
      if (isa<DesignatedInitUpdateExpr>(Init)) {
        unrewritableAll(Init, "designator that overrides part of an earlier "
                              "value");
        continue;
      }
      const auto *Sub = dyn_cast<InitListExpr>(Init);
      if (Sub && !hasOwnBraces(Sub, SM, Ctx.getLangOpts()))
        addSites(Sub, Host, false);
    }
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  SystemHeaderLookup SystemHeaders;
  bool CPlusPlus;
  StmtWalk Walk;
  LayoutUseDetector Layout;
  int InTemplate = 0;
  std::vector<const FunctionDecl *> Functions; // template code being walked
};

} // namespace

OrderDependentUses findOrderDependentUses(ASTContext &Ctx, StmtWalk Walk) {
  UseFinder Finder(Ctx, Walk);
  Finder.TraverseDecl(Ctx.getTranslationUnitDecl());
  return std::move(Finder.Uses);
}

} // namespace alignlint
