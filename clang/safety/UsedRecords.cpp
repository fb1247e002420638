#include "UsedRecords.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

#include <vector>

namespace alignlint {

using namespace clang;

namespace {

class UsedRecordsVisitor : public RecursiveASTVisitor<UsedRecordsVisitor> {
public:
  explicit UsedRecordsVisitor(ASTContext &Ctx) : Ctx(Ctx) {}

  bool TraverseDecl(Decl *D) {
    if (!D || isDeclarationOnly(D) || isInSystemHeader(D))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitTypeLoc(TypeLoc TL) {
    if (TL.getAs<RecordTypeLoc>() || TL.getAs<TypedefTypeLoc>())
      markType(TL.getType());
    return true;
  }

  bool VisitMemberExpr(MemberExpr *E) {
    if (const auto *Field = dyn_cast<FieldDecl>(E->getMemberDecl()))
      mark(Field->getParent());
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    markType(E->getDecl()->getType());
    return true;
  }

  /// The records found, with those they embed by value.
  std::set<const RecordDecl *> takeWithEmbedded() {
    std::vector<const RecordDecl *> Pending(Used.begin(), Used.end());
    while (!Pending.empty()) {
      const RecordDecl *RD = Pending.back();
      Pending.pop_back();
      for (const FieldDecl *Field : RD->fields()) {
        const RecordDecl *Inner =
            Ctx.getBaseElementType(Field->getType())->getAsRecordDecl();
        if (Inner && (Inner = Inner->getDefinition()) &&
            Used.insert(Inner).second)
          Pending.push_back(Inner);
      }
    }
    return std::move(Used);
  }

private:
  /// What every includer of a header sees, used or not.
  static bool isDeclarationOnly(const Decl *D) {
    // A C++ class's definition holds code (inline methods): walked.
    if (isa<TypedefNameDecl>(D) ||
        (isa<RecordDecl>(D) && !isa<CXXRecordDecl>(D)))
      return true;
    if (const auto *Function = dyn_cast<FunctionDecl>(D))
      return !Function->doesThisDeclarationHaveABody();
    if (const auto *Var = dyn_cast<VarDecl>(D))
      return Var->hasExternalStorage() && !Var->hasInit();
    return false;
  }

  bool isInSystemHeader(const Decl *D) const {
    SourceLocation Loc = D->getLocation();
    return Loc.isValid() && Ctx.getSourceManager().isInSystemHeader(
                                Ctx.getSourceManager().getExpansionLoc(Loc));
  }

  void markType(QualType T) {
    if (T.isNull())
      return;
    T = Ctx.getBaseElementType(T);
    while (const PointerType *Pointer = T->getAs<PointerType>())
      T = Ctx.getBaseElementType(Pointer->getPointeeType());
    if (const RecordDecl *RD = T->getAsRecordDecl())
      mark(RD);
  }

  void mark(const RecordDecl *RD) {
    if ((RD = RD->getDefinition()))
      Used.insert(RD);
  }

  ASTContext &Ctx;
  std::set<const RecordDecl *> Used;
};

} // namespace

std::set<const RecordDecl *> findUsedRecords(ASTContext &Ctx) {
  UsedRecordsVisitor Visitor(Ctx);
  Visitor.TraverseDecl(Ctx.getTranslationUnitDecl());
  return Visitor.takeWithEmbedded();
}

} // namespace alignlint
