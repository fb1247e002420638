#include "InitializerRewriter.h"
#include "Compat.h"

#include "ListText.h"
#include "PositionalPlan.h"

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
               std::vector<FixItHint> &Fixes)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), P(P), S(S), Fixes(Fixes) {}

  FixOutcome run();

private:
  Refusal cannotRewrite(SourceLocation Loc, const std::string &Reason) const {
    return Refusal::at(Loc.isValid() ? Loc : S.Host->getBeginLoc(),
                       "cannot rewrite this initializer exactly: " + Reason);
  }
  Refusal cannotRewrite(const std::string &Reason) const {
    return cannotRewrite(SM.getExpansionLoc(S.Host->getBeginLoc()), Reason);
  }
  FixOutcome collect(const Expr *E, long Owner);
  bool fullyWritten(const InitListExpr *E) const;
  FixOutcome positional(long Lo, long Hi);
  WrittenUnit writtenUnit(size_t U) const;
  Refusal positionalProblem(const PositionalPlan &Plan) const;
  std::string movedText(const PositionalShape &Shape,
                        const PositionalMove &Move, size_t MoveCount) const;
  FixOutcome designated(long Lo, long Hi);
  std::string designatedUnit(size_t Unit) const;

  ASTContext &Ctx;
  const SourceManager &SM;
  const RecordPermutation &P;
  const ListSite &S;
  std::vector<FixItHint> &Fixes;
  ListText L;
  std::vector<long> Owner;        // element -> field index; -2 a base
  std::vector<FieldRange> Fields; // by field index
};

FixOutcome SiteRewriter::collect(const Expr *E, long Who) {
  if (!E || isa<ImplicitValueInitExpr>(E) || isa<NoInitExpr>(E) ||
      isa<CXXDefaultInitExpr>(E) || isImplicitConstruction(E))
    return FixOutcome::ok();
  if (isa<DesignatedInitUpdateExpr>(E))
    return cannotRewrite(SM.getExpansionLoc(E->getBeginLoc()),
                         "a designator overrides part of an earlier value");
  if (const auto *ILE = dyn_cast<InitListExpr>(E))
    if (!hasOwnBraces(ILE, SM, Ctx.getLangOpts())) {
      for (const Expr *Init : ILE->inits()) {
        FixOutcome Collected = collect(Init, Who);
        if (!Collected)
          return Collected;
      }
      return FixOutcome::ok();
    }
  SourceLocation Loc = SM.getExpansionLoc(E->getBeginLoc());
  long J = L.elementAt(Loc);
  if (J < 0) {
    // An omitted member of class type, value-initialized "at" the brace.
    const auto *CE = dyn_cast<CXXConstructExpr>(E);
    if (CE && CE->getNumArgs() == 0)
      return FixOutcome::ok();
    return cannotRewrite(Loc, "a value is not where its element is written");
  }
  if (Owner[J] != -1 && Owner[J] != Who)
    return cannotRewrite(Loc, "one element initializes several fields (is it "
                              "written by a macro?)");
  Owner[J] = Who;
  if (Who >= 0) {
    FieldRange &R = Fields[size_t(Who)];
    R.First = R.First < 0 ? J : std::min(R.First, J);
    R.Last = std::max(R.Last, J);
  }
  return FixOutcome::ok();
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

FixOutcome SiteRewriter::run() {
  const InitListExpr *Host = S.Host;
  SourceLocation LBrace = Host->getLBraceLoc(), RBrace = Host->getRBraceLoc();
  if (LBrace.isInvalid() || RBrace.isInvalid())
    return cannotRewrite("its braces are not written");
  if (LBrace.isMacroID() || RBrace.isMacroID())
    return cannotRewrite(SM.getExpansionLoc(LBrace),
                         "it is written by a macro");
  std::string Reason;
  // The brace may be spelled `<%` or `??<`.
  SourceLocation AfterLBrace =
      Lexer::getLocForEndOfToken(LBrace, 0, SM, Ctx.getLangOpts());
  if (!L.split(SM, Ctx.getLangOpts(), AfterLBrace, RBrace, Reason))
    return cannotRewrite(Reason);
  const auto &Elements = L.elements();
  if (Host->getNumInits() != Elements.size())
    return cannotRewrite("its elements do not match what clang parsed");
  if (S.OwnBraces && (Elements.empty() || (Elements.size() == 1 &&
                                           isZeroLiteral(Host->getInit(0)))))
    return FixOutcome::ok(); // `{}` and `{0}` do not depend on the order

  Owner.assign(Elements.size(), -1);
  Fields.assign(P.fieldCount(), FieldRange());
  const RecordDecl *RD = P.Model.Record;
  unsigned Bases = 0;
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    Bases = CXX->getNumBases();
  unsigned Index = 0;
  for (; Index < Bases && Index < S.Semantic->getNumInits(); ++Index) {
    FixOutcome Collected = collect(S.Semantic->getInit(Index), -2);
    if (!Collected)
      return Collected;
  }
  for (const FieldDecl *FD : RD->fields()) {
    if (isUnnamedBitfield(FD))
      continue;
    if (Index >= S.Semantic->getNumInits())
      break;
    const Expr *Init = S.Semantic->getInit(Index++);
    size_t F = FD->getFieldIndex();
    if (F >= Fields.size())
      return cannotRewrite("the record's fields do not match its model");
    FixOutcome Collected = collect(Init, long(F));
    if (!Collected)
      return Collected;
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
    return FixOutcome::ok(); // nothing written for this record here
  if (S.OwnBraces && (Lo != 0 || Hi != long(Owner.size()) - 1))
    return cannotRewrite("an element initializes no field");
  for (long J = Lo; J <= Hi; ++J)
    if (Owner[J] == -1)
      return cannotRewrite("an element initializes no field");

  unsigned Designated = 0;
  for (long J = Lo; J <= Hi; ++J)
    Designated += isa<DesignatedInitExpr>(Host->getInit(unsigned(J)));
  if (Designated == 0)
    return positional(Lo, Hi);
  if (Designated == unsigned(Hi - Lo + 1))
    return designated(Lo, Hi);
  return cannotRewrite("it mixes designated and positional elements");
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

/// Where unit U's values are written, and how.
WrittenUnit SiteRewriter::writtenUnit(size_t U) const {
  WrittenUnit Unit;
  bool Multi = P.Model.UnitFields[U].size() > 1;
  for (const FieldDecl *FD : P.Model.UnitFields[U]) {
    const FieldRange &R = Fields[FD->getFieldIndex()];
    if (R.First < 0) {
      if (!isUnnamedBitfield(FD))
        Unit.Partial = true;
      continue;
    }
    Unit.First = Unit.First < 0 ? R.First : std::min(Unit.First, R.First);
    Unit.Last = std::max(Unit.Last, R.Last);
    Unit.WritesAnonymousMember |= FD->isAnonymousStructOrUnion();
    if (R.Incomplete) {
      if (Multi)
        Unit.Partial = true;
      else
        Unit.NeedsBraces = true;
    }
  }
  if (Unit.First < 0)
    Unit.Partial = false;
  return Unit;
}

Refusal SiteRewriter::positionalProblem(const PositionalPlan &Plan) const {
  switch (Plan.Problem) {
  case PositionalProblem::OutOfOrder:
    return cannotRewrite("its elements do not follow the fields in order");
  case PositionalProblem::PartialInMiddle:
    return cannotRewrite("a unit in the middle is partly written");
  case PositionalProblem::OmitsEarlierFields:
    return cannotRewrite("it leaves out fields that the new order puts "
                         "before written ones (C++ has no designators to say "
                         "which)");
  case PositionalProblem::PartialNoLongerLast:
    return cannotRewrite("'" + P.Model.unitLabel(Plan.ProblemUnit) +
                         "' is partly written and would no longer be last");
  default:
    return cannotRewrite("an anonymous member has no name to designate");
  }
}

/// The text of a move: the unit's values, braced or designated as planned.
std::string SiteRewriter::movedText(const PositionalShape &Shape,
                                    const PositionalMove &Move,
                                    size_t MoveCount) const {
  const WrittenUnit &From = Shape.Units[Move.Unit];
  if (!Move.Designated) {
    std::string Core = L.core(size_t(From.First), size_t(From.Last) + 1);
    return Move.Braced ? "{" + Core + "}" : Core;
  }
  // A brace-elided list gets braces around all its designators.
  std::string Core = designatedUnit(Move.Unit);
  if (!S.OwnBraces && Move.Slot == 0)
    Core = "{" + Core;
  if (!S.OwnBraces && Move.Slot + 1 == MoveCount)
    Core += "}";
  return Core;
}

FixOutcome SiteRewriter::positional(long Lo, long Hi) {
  long FieldLo = -1;
  for (long J = Lo; J <= Hi; ++J) {
    if (Owner[J] == -2) {
      if (FieldLo >= 0)
        return cannotRewrite("a base is initialized after a field");
      continue;
    }
    FieldLo = FieldLo < 0 ? J : FieldLo;
  }
  if (FieldLo < 0)
    return FixOutcome::ok();
  PositionalShape Shape;
  for (size_t U = 0; U < P.unitCount(); ++U)
    Shape.Units.push_back(writtenUnit(U));
  Shape.FieldsBegin = FieldLo;
  Shape.Last = Hi;
  Shape.CanDesignate = !Ctx.getLangOpts().CPlusPlus;
  PositionalPlan Plan = planPositional(Shape, P.Order);
  std::string Reason;
  for (const PositionalMove &Move : Plan.Moves) {
    const WrittenUnit &To = Shape.Units[Move.Slot];
    const WrittenUnit &From = Shape.Units[Move.Unit];
    if (!L.replaceGroup(size_t(To.First), size_t(To.Last) + 1,
                        movedText(Shape, Move, Plan.Moves.size()),
                        L.trail(size_t(From.Last) + 1), Fixes, Reason))
      return cannotRewrite(Reason);
  }
  if (Plan.Problem != PositionalProblem::None)
    return positionalProblem(Plan);
  return FixOutcome::ok();
}

FixOutcome SiteRewriter::designated(long Lo, long Hi) {
  if (!Ctx.getLangOpts().CPlusPlus)
    return FixOutcome::ok(); // C designators do not depend on the order
  // C++20: designators must follow the declaration order.
  std::vector<long> Elements;
  for (long J = Lo; J <= Hi; ++J) {
    if (Owner[J] < 0)
      return cannotRewrite("a designated element initializes no field");
    const FieldRange &R = Fields[size_t(Owner[J])];
    if (R.First != J || R.Last != J)
      return cannotRewrite("a field takes several designated elements");
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
      return cannotRewrite(Reason);
  }
  return FixOutcome::ok();
}

} // namespace

FixOutcome rewriteInitializers(ASTContext &Ctx, const RecordPermutation &P,
                               const std::vector<ListSite> &Sites,
                               std::vector<FixItHint> &Fixes) {
  for (const ListSite &S : Sites) {
    FixOutcome Rewritten = SiteRewriter(Ctx, P, S, Fixes).run();
    if (!Rewritten)
      return Rewritten;
  }
  return FixOutcome::ok();
}

} // namespace alignlint
