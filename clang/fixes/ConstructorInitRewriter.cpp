#include "ConstructorInitRewriter.h"

#include "InitializerEffects.h"
#include "ListText.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>

namespace alignlint {

using namespace clang;

namespace {

FixOutcome checkOne(ASTContext &Ctx, const RecordPermutation &P,
                    const FieldDecl *FD, const Expr *Init) {
  if (!Init || !classifyInitializer(Init, P.Model.Record).OtherThis)
    return FixOutcome::ok();
  SourceLocation Loc =
      Ctx.getSourceManager().getExpansionLoc(Init->getBeginLoc());
  return Refusal::at(Loc, "the initializer of '" + FD->getName().str() +
                              "' uses 'this' beyond reading fields; alignlint "
                              "cannot tell which members it reads");
}

Refusal indirectMemberInit(const CXXCtorInitializer *Init) {
  return Refusal::at(Init->getSourceLocation(),
                     "a constructor initializes a member of an anonymous "
                     "struct or union");
}

Refusal unrewritableList(SourceLocation Loc, const std::string &Reason) {
  return Refusal::at(Loc, "cannot rewrite this constructor's initializer "
                          "list: " +
                              Reason);
}

Refusal unmatchedList(SourceLocation Loc) {
  return Refusal::at(Loc, "cannot match this constructor's initializer list "
                          "to its members");
}

} // namespace

FixOutcome checkInitializersFollowable(
    ASTContext &Ctx, const RecordPermutation &P,
    const std::vector<const CXXConstructorDecl *> &Ctors) {
  for (const FieldDecl *FD : P.Model.Record->fields())
    if (FD->hasInClassInitializer()) {
      FixOutcome Followable = checkOne(Ctx, P, FD, FD->getInClassInitializer());
      if (!Followable)
        return Followable;
    }
  for (const CXXConstructorDecl *Ctor : Ctors)
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      if (!Init->isWritten())
        continue;
      if (Init->isIndirectMemberInitializer())
        return indirectMemberInit(Init);
      if (!Init->isMemberInitializer())
        continue;
      FixOutcome Followable =
          checkOne(Ctx, P, Init->getMember(), Init->getInit());
      if (!Followable)
        return Followable;
    }
  return FixOutcome::ok();
}

FixOutcome
rewriteConstructorInits(ASTContext &Ctx, const RecordPermutation &P,
                        const std::vector<const CXXConstructorDecl *> &Ctors,
                        std::vector<FixItHint> &Fixes) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const CXXConstructorDecl *Ctor : Ctors) {
    std::vector<const CXXCtorInitializer *> Written;
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten())
        Written.push_back(Init);
    std::sort(Written.begin(), Written.end(),
              [](const CXXCtorInitializer *A, const CXXCtorInitializer *B) {
                return A->getSourceOrder() < B->getSourceOrder();
              });
    std::vector<const CXXCtorInitializer *> Members;
    for (const CXXCtorInitializer *Init : Written) {
      if (Init->isIndirectMemberInitializer())
        return indirectMemberInit(Init);
      if (Init->isMemberInitializer())
        Members.push_back(Init);
      else if (!Members.empty())
        return Refusal::at(Init->getSourceLocation(),
                           "a base is initialized after a member in this "
                           "constructor's list");
    }
    if (Members.size() < 2)
      continue;
    SourceRange First = Members.front()->getSourceRange();
    SourceRange Last = Members.back()->getSourceRange();
    if (First.getBegin().isMacroID() || Last.getEnd().isMacroID())
      return Refusal::at(SM.getExpansionLoc(First.getBegin()),
                         "this constructor's initializer list is written by a "
                         "macro");
    SourceLocation End =
        Lexer::getLocForEndOfToken(Last.getEnd(), 0, SM, Ctx.getLangOpts());
    ListText L;
    std::string Reason;
    if (!L.split(SM, Ctx.getLangOpts(), First.getBegin(), End, Reason))
      return unrewritableList(First.getBegin(), Reason);
    if (L.elements().size() != Members.size())
      return unmatchedList(First.getBegin());
    for (size_t I = 0; I < Members.size(); ++I)
      if (L.elementAt(Members[I]->getSourceLocation()) != long(I))
        return unmatchedList(Members[I]->getSourceLocation());
    std::vector<size_t> Sorted;
    for (size_t I = 0; I < Members.size(); ++I)
      Sorted.push_back(I);
    std::stable_sort(Sorted.begin(), Sorted.end(), [&](size_t A, size_t B) {
      return P.NewFieldPos[Members[A]->getMember()->getFieldIndex()] <
             P.NewFieldPos[Members[B]->getMember()->getFieldIndex()];
    });
    for (size_t Slot = 0; Slot < Members.size(); ++Slot) {
      size_t From = Sorted[Slot];
      if (From != Slot &&
          !L.replaceGroup(Slot, Slot + 1, L.core(From, From + 1),
                          L.trail(From + 1), Fixes, Reason))
        return unrewritableList(First.getBegin(), Reason);
    }
  }
  return FixOutcome::ok();
}

} // namespace alignlint
