#include "InitializerRewriter.h"
#include "Compat.h"

#include "ListText.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>

namespace alignlint {

using namespace clang;

bool hasOwnBraces(const InitListExpr *E, const SourceManager &SM,
                  const LangOptions &LO) {
  // An initializer list made up by brace elision borrows the location of its
  // first element as its "left brace".
  SourceLocation L = E->getLBraceLoc();
  if (L.isInvalid())
    return false;
  if (L.isMacroID())
    return E->getSyntacticForm() != nullptr;
  bool Invalid = false;
  const char *Char = SM.getCharacterData(L, &Invalid);
  if (Invalid)
    return false;
  if (*Char == '{')
    return true;
  // `<%` and `??<` (with trigraphs) are braces too: ask the lexer.
  Token Brace;
  return (*Char == '<' || *Char == '?') &&
         !Lexer::getRawToken(L, Brace, SM, LO) && Brace.is(tok::l_brace);
}

namespace {

bool isZeroLiteral(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return IL->getValue() == 0;
  return false;
}

bool isUnnamedBitfield(const FieldDecl *FD) {
  return FD->isBitField() && !FD->getIdentifier();
}

/// An omitted member of class type, default-constructed: nothing written.
bool isImplicitConstruction(const Expr *E) {
  const auto *CE = dyn_cast<CXXConstructExpr>(E);
  return CE && CE->getNumArgs() == 0 && CE->getParenOrBraceRange().isInvalid();
}

struct FieldRange {
  long First = -1, Last = -1; // elements, inclusive
  bool Elided = false;        // an aggregate written without its braces
  bool Incomplete = false;    // ... and without all its values
};

class SiteRewriter {
public:
  SiteRewriter(ASTContext &Ctx, const RecordPermutation &P, const ListSite &S,
               std::vector<FixItHint> &Fixes, Refusal &Why)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), P(P), S(S), Fixes(Fixes),
        Why(Why) {}

  bool run();

private:
  bool fail(SourceLocation Loc, const std::string &Reason) {
    return Why.set(Loc.isValid() ? Loc : S.Host->getBeginLoc(),
                   "cannot rewrite this initializer exactly: " + Reason);
  }
  bool fail(const std::string &Reason) {
    return fail(SM.getExpansionLoc(S.Host->getBeginLoc()), Reason);
  }
  bool collect(const Expr *E, long Owner);
  bool fullyWritten(const InitListExpr *E) const;
  bool positional(long Lo, long Hi);
  bool designated(long Lo, long Hi);
  std::string designatedUnit(size_t Unit) const;

  ASTContext &Ctx;
  const SourceManager &SM;
  const RecordPermutation &P;
  const ListSite &S;
  std::vector<FixItHint> &Fixes;
  Refusal &Why;
  ListText L;
  std::vector<long> Owner;        // element -> field index; -2 a base
  std::vector<FieldRange> Fields; // by field index
};

bool SiteRewriter::collect(const Expr *E, long Who) {
  if (!E || isa<ImplicitValueInitExpr>(E) || isa<NoInitExpr>(E) ||
      isa<CXXDefaultInitExpr>(E) || isImplicitConstruction(E))
    return true;
  if (isa<DesignatedInitUpdateExpr>(E))
    return fail(SM.getExpansionLoc(E->getBeginLoc()),
                "a designator overrides part of an earlier value");
  if (const auto *ILE = dyn_cast<InitListExpr>(E))
    if (!hasOwnBraces(ILE, SM, Ctx.getLangOpts())) {
      for (const Expr *Init : ILE->inits())
        if (!collect(Init, Who))
          return false;
      return true;
    }
  SourceLocation Loc = SM.getExpansionLoc(E->getBeginLoc());
  long J = L.elementAt(Loc);
  if (J < 0) {
    // An omitted member of class type, value-initialized "at" the brace.
    const auto *CE = dyn_cast<CXXConstructExpr>(E);
    if (CE && CE->getNumArgs() == 0)
      return true;
    return fail(Loc, "a value is not where its element is written");
  }
  if (Owner[J] != -1 && Owner[J] != Who)
    return fail(Loc, "one element initializes several fields (is it "
                     "written by a macro?)");
  Owner[J] = Who;
  if (Who >= 0) {
    FieldRange &R = Fields[size_t(Who)];
    R.First = R.First < 0 ? J : std::min(R.First, J);
    R.Last = std::max(R.Last, J);
  }
  return true;
}

bool SiteRewriter::fullyWritten(const InitListExpr *E) const {
  if (E->hasArrayFiller())
    return false;
  QualType T = E->getType();
  if (const auto *CAT = Ctx.getAsConstantArrayType(T)) {
    if (CAT->getSize().getZExtValue() != E->getNumInits())
      return false;
  } else if (const RecordType *RT = T->getAs<RecordType>()) {
    if (!compat::declOf(RT)->isUnion()) {
      unsigned Named = 0;
      for (const FieldDecl *FD : compat::declOf(RT)->fields())
        Named += !isUnnamedBitfield(FD);
      if (const auto *CXX = dyn_cast<CXXRecordDecl>(compat::declOf(RT)))
        Named += CXX->getNumBases();
      if (E->getNumInits() != Named)
        return false;
    }
  }
  for (const Expr *Init : E->inits()) {
    if (!Init || isa<ImplicitValueInitExpr>(Init) || isa<NoInitExpr>(Init) ||
        isa<CXXDefaultInitExpr>(Init) || isImplicitConstruction(Init))
      return false;
    if (const auto *Sub = dyn_cast<InitListExpr>(Init))
      if (!hasOwnBraces(Sub, SM, Ctx.getLangOpts()) && !fullyWritten(Sub))
        return false;
  }
  return true;
}

bool SiteRewriter::run() {
  const InitListExpr *Host = S.Host;
  SourceLocation LBrace = Host->getLBraceLoc(), RBrace = Host->getRBraceLoc();
  if (LBrace.isInvalid() || RBrace.isInvalid())
    return fail("its braces are not written");
  if (LBrace.isMacroID() || RBrace.isMacroID())
    return fail(SM.getExpansionLoc(LBrace), "it is written by a macro");
  std::string Reason;
  // The brace may be spelled `<%` or `??<`.
  SourceLocation AfterLBrace =
      Lexer::getLocForEndOfToken(LBrace, 0, SM, Ctx.getLangOpts());
  if (!L.split(SM, Ctx.getLangOpts(), AfterLBrace, RBrace, Reason))
    return fail(Reason);
  const auto &Elements = L.elements();
  if (Host->getNumInits() != Elements.size())
    return fail("its elements do not match what clang parsed");
  if (S.OwnBraces && (Elements.empty() || (Elements.size() == 1 &&
                                           isZeroLiteral(Host->getInit(0)))))
    return true; // `{}` and `{0}` do not depend on the order

  Owner.assign(Elements.size(), -1);
  Fields.assign(P.fieldCount(), FieldRange());
  const RecordDecl *RD = P.Model.Record;
  unsigned Bases = 0;
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    Bases = CXX->getNumBases();
  unsigned Index = 0;
  for (; Index < Bases && Index < S.Semantic->getNumInits(); ++Index)
    if (!collect(S.Semantic->getInit(Index), -2))
      return false;
  for (const FieldDecl *FD : RD->fields()) {
    if (isUnnamedBitfield(FD))
      continue;
    if (Index >= S.Semantic->getNumInits())
      break;
    const Expr *Init = S.Semantic->getInit(Index++);
    size_t F = FD->getFieldIndex();
    if (F >= Fields.size())
      return fail("the record's fields do not match its model");
    if (!collect(Init, long(F)))
      return false;
    const auto *Sub = dyn_cast_or_null<InitListExpr>(Init);
    if (Sub && !hasOwnBraces(Sub, SM, Ctx.getLangOpts()) &&
        Fields[F].First >= 0) {
      Fields[F].Elided = true;
      Fields[F].Incomplete = !fullyWritten(Sub);
    }
  }

  long Lo = -1, Hi = -1;
  for (size_t J = 0; J < Owner.size(); ++J)
    if (Owner[J] != -1) {
      Lo = Lo < 0 ? long(J) : Lo;
      Hi = long(J);
    }
  if (Lo < 0)
    return true; // nothing written for this record here
  if (S.OwnBraces && (Lo != 0 || Hi != long(Owner.size()) - 1))
    return fail("an element initializes no field");
  for (long J = Lo; J <= Hi; ++J)
    if (Owner[J] == -1)
      return fail("an element initializes no field");

  unsigned Designated = 0;
  for (long J = Lo; J <= Hi; ++J)
    Designated += isa<DesignatedInitExpr>(Host->getInit(unsigned(J)));
  if (Designated == 0)
    return positional(Lo, Hi);
  if (Designated == unsigned(Hi - Lo + 1))
    return designated(Lo, Hi);
  return fail("it mixes designated and positional elements");
}

/// `.f = v` for each written field of the unit, with the text between them.
std::string SiteRewriter::designatedUnit(size_t Unit) const {
  std::string Text;
  long PrevEnd = -1;
  for (const FieldDecl *FD : P.Model.UnitFields[Unit]) {
    const FieldRange &R = Fields[FD->getFieldIndex()];
    if (R.First < 0)
      continue;
    if (PrevEnd >= 0)
      Text += L.text(L.elements()[size_t(PrevEnd)].CoreEnd,
                     L.elements()[size_t(R.First)].CoreBegin);
    std::string Value = L.core(size_t(R.First), size_t(R.Last) + 1);
    Text += "." + FD->getName().str() + " = " +
            (R.Elided ? "{" + Value + "}" : Value);
    PrevEnd = R.Last;
  }
  return Text;
}

bool SiteRewriter::positional(long Lo, long Hi) {
  size_t Units = P.unitCount();
  std::vector<long> First(Units, -1), Last(Units, -1);
  std::vector<bool> Partial(Units, false), Braces(Units, false);
  long FieldLo = -1;
  for (long J = Lo; J <= Hi; ++J) {
    if (Owner[J] == -2) {
      if (FieldLo >= 0)
        return fail("a base is initialized after a field");
      continue;
    }
    FieldLo = FieldLo < 0 ? J : FieldLo;
  }
  if (FieldLo < 0)
    return true;
  size_t Written = 0;
  for (size_t U = 0; U < Units; ++U) {
    bool Multi = P.Model.UnitFields[U].size() > 1;
    for (const FieldDecl *FD : P.Model.UnitFields[U]) {
      const FieldRange &R = Fields[FD->getFieldIndex()];
      if (R.First < 0) {
        if (!isUnnamedBitfield(FD))
          Partial[U] = true;
        continue;
      }
      First[U] = First[U] < 0 ? R.First : std::min(First[U], R.First);
      Last[U] = std::max(Last[U], R.Last);
      if (R.Incomplete) {
        if (Multi)
          Partial[U] = true;
        else
          Braces[U] = true;
      }
    }
    if (First[U] < 0) {
      Partial[U] = false;
      continue;
    }
    if (U != Written || First[U] != (U ? Last[U - 1] + 1 : FieldLo))
      return fail("its elements do not follow the fields in order");
    ++Written;
  }
  if (Written == 0)
    return true;
  if (Last[Written - 1] != Hi)
    return fail("its elements do not follow the fields in order");
  for (size_t U = 0; U + 1 < Written; ++U)
    if (Partial[U])
      return fail("a unit in the middle is partly written");

  bool Complete = Written == Units;
  bool C = !Ctx.getLangOpts().CPlusPlus;
  std::string Reason;
  if (Complete || !C) {
    // The written units must be the first ones in the new order.
    for (size_t Slot = 0; Slot < Written; ++Slot)
      if (P.Order[Slot] >= Written)
        return fail("it leaves out fields that the new order puts before "
                    "written ones (C++ has no designators to say which)");
    for (size_t Slot = 0; Slot < Written; ++Slot) {
      size_t U = P.Order[Slot];
      if (U == Slot)
        continue;
      bool LastSlot = Slot + 1 == Written;
      if (Partial[U] && !LastSlot)
        return fail("'" + P.Model.unitLabel(U) +
                    "' is partly written and would no longer be last");
      std::string Core = L.core(size_t(First[U]), size_t(Last[U]) + 1);
      if (Braces[U] && !LastSlot)
        Core = "{" + Core + "}";
      if (!L.replaceGroup(size_t(First[Slot]), size_t(Last[Slot]) + 1, Core,
                          L.trail(size_t(Last[U]) + 1), Fixes, Reason))
        return fail(Reason);
    }
    return true;
  }

  // A partial list in C: designators make it independent of the order.
  bool Moves = false;
  for (size_t U = 0; U < Written; ++U)
    Moves = Moves || P.NewUnitPos[U] != U;
  if (!Moves)
    return true; // the written fields keep their places
  std::vector<size_t> ByNewOrder;
  for (size_t U = 0; U < Written; ++U) {
    for (const FieldDecl *FD : P.Model.UnitFields[U])
      if (FD->isAnonymousStructOrUnion() &&
          Fields[FD->getFieldIndex()].First >= 0)
        return fail("an anonymous member has no name to designate");
    ByNewOrder.push_back(U);
  }
  std::sort(ByNewOrder.begin(), ByNewOrder.end(), [&](size_t A, size_t B) {
    return P.NewUnitPos[A] < P.NewUnitPos[B];
  });
  for (size_t Slot = 0; Slot < Written; ++Slot) {
    size_t U = ByNewOrder[Slot];
    std::string Core = designatedUnit(U);
    if (!S.OwnBraces && Slot == 0)
      Core = "{" + Core;
    if (!S.OwnBraces && Slot + 1 == Written)
      Core += "}";
    if (!L.replaceGroup(size_t(First[Slot]), size_t(Last[Slot]) + 1, Core,
                        L.trail(size_t(Last[U]) + 1), Fixes, Reason))
      return fail(Reason);
  }
  return true;
}

bool SiteRewriter::designated(long Lo, long Hi) {
  if (!Ctx.getLangOpts().CPlusPlus)
    return true; // C designators do not depend on the order
  // C++20: designators must follow the declaration order.
  std::vector<long> Elements;
  for (long J = Lo; J <= Hi; ++J) {
    if (Owner[J] < 0)
      return fail("a designated element initializes no field");
    const FieldRange &R = Fields[size_t(Owner[J])];
    if (R.First != J || R.Last != J)
      return fail("a field takes several designated elements");
    Elements.push_back(J);
  }
  std::vector<long> Sorted = Elements;
  std::sort(Sorted.begin(), Sorted.end(), [&](long A, long B) {
    return P.NewFieldPos[size_t(Owner[A])] < P.NewFieldPos[size_t(Owner[B])];
  });
  std::string Reason;
  for (size_t I = 0; I < Elements.size(); ++I) {
    size_t Slot = size_t(Elements[I]), From = size_t(Sorted[I]);
    if (Slot != From && !L.replaceGroup(Slot, Slot + 1, L.core(From, From + 1),
                                        L.trail(From + 1), Fixes, Reason))
      return fail(Reason);
  }
  return true;
}

} // namespace

bool rewriteInitializers(ASTContext &Ctx, const RecordPermutation &P,
                         const std::vector<ListSite> &Sites,
                         std::vector<FixItHint> &Fixes, Refusal &Why) {
  for (const ListSite &S : Sites) {
    SiteRewriter R(Ctx, P, S, Fixes, Why);
    if (!R.run())
      return false;
  }
  return true;
}

} // namespace alignlint
