#include "InstantiationSites.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace alignlint {

using namespace clang;

namespace {

/// Whether S refers to Callee: calls it, constructs with it, names it.
bool refersTo(const Stmt *S, const FunctionDecl *Callee) {
  if (!S)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (DRE->getDecl() == Callee)
      return true;
  if (const auto *ME = dyn_cast<MemberExpr>(S))
    if (ME->getMemberDecl() == Callee)
      return true;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(S))
    if (CE->getConstructor() == Callee)
      return true;
  for (const Stmt *Child : S->children())
    if (refersTo(Child, Callee))
      return true;
  return false;
}

} // namespace

/// The instantiated function whose text holds Loc and whose body uses
/// Callee, or null.
const FunctionDecl *
InstantiationSites::callerAt(SourceLocation Loc,
                             const FunctionDecl *Callee) const {
  for (const FunctionDecl *Caller : Instantiations) {
    if (Caller == Callee || !Caller->hasBody())
      continue;
    SourceRange Range = Caller->getSourceRange();
    SourceLocation Begin = SM->getExpansionLoc(Range.getBegin());
    SourceLocation End = SM->getExpansionLoc(Range.getEnd());
    if (SM->isBeforeInTranslationUnit(Loc, Begin) ||
        SM->isBeforeInTranslationUnit(End, Loc))
      continue;
    if (refersTo(Caller->getBody(), Callee))
      return Caller;
  }
  return nullptr;
}

SourceLocation InstantiationSites::userSite(SourceLocation Loc,
                                            const FunctionDecl *Holder,
                                            std::string &Via) const {
  if (!SM || Loc.isInvalid() || !SM->isInSystemHeader(Loc))
    return Loc;
  // Library code calls itself a few levels deep (emplace_back, construct,
  // construct_at); a cycle or a lost trail ends the search.
  const unsigned MaxDepth = 16;
  const FunctionDecl *F = Holder;
  for (unsigned Depth = 0; F && Depth < MaxDepth; ++Depth) {
    SourceLocation Point = F->getPointOfInstantiation();
    if (Point.isInvalid()) {
      // A lambda's call operator: its enclosing function was instantiated.
      F = dyn_cast_or_null<FunctionDecl>(F->getParentFunctionOrMethod());
      continue;
    }
    Point = SM->getExpansionLoc(Point);
    if (!SM->isInSystemHeader(Point)) {
      Via = F->getQualifiedNameAsString();
      return Point;
    }
    F = callerAt(Point, F);
  }
  return Loc;
}

} // namespace alignlint
