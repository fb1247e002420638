#include "OrderConstraints.h"
#include "Compat.h"

#include "EffectFreeLifetimes.h"
#include "InitializerEffects.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

#include <set>
#include <utility>

namespace alignlint {

using namespace clang;

void OrderConstraintSet::appendTo(RecordModel &Model) const {
  Model.Constraints.insert(Model.Constraints.end(), Constraints.begin(),
                           Constraints.end());
  Model.ConstraintReasons.insert(Model.ConstraintReasons.end(), Reasons.begin(),
                                 Reasons.end());
}

std::vector<al_order_constraint>
joinConstraints(const RecordModel &Model, const OrderConstraintSet &Extra) {
  std::vector<al_order_constraint> All = Model.Constraints;
  All.insert(All.end(), Extra.Constraints.begin(), Extra.Constraints.end());
  return All;
}

FixOutcome keepsOrders(const OrderConstraintSet &Set,
                       const RecordPermutation &P) {
  for (size_t I = 0; I < Set.Constraints.size(); ++I) {
    const al_order_constraint &C = Set.Constraints[I];
    if (P.NewUnitPos[C.before_unit] < P.NewUnitPos[C.after_unit])
      continue;
    const RecordModel::ConstraintReason &R = Set.Reasons[Set.ReasonOf[I]];
    return Refusal::at(R.Loc, "the proposed order does not keep an order "
                              "this code needs (it " +
                                  R.Text + ")");
  }
  return FixOutcome::ok();
}

namespace {

std::string quotedUnit(const RecordModel &Model, size_t Unit) {
  return "'" + Model.unitLabel(Unit) + "'";
}

/// Adds constraints between the units of a record, each with the reason
/// its source gives, without duplicates.
class ConstraintCollector {
public:
  ConstraintCollector(ASTContext &Ctx, const RecordModel &Model)
      : SM(Ctx.getSourceManager()), Model(Model) {
    for (size_t U = 0; U < Model.UnitFields.size(); ++U)
      for (const FieldDecl *FD : Model.UnitFields[U]) {
        (void)FD;
        UnitOfField.push_back(U);
      }
  }

  size_t unitOf(const FieldDecl *FD) const {
    return UnitOfField[FD->getFieldIndex()];
  }

  /// Keeps the units of Fields (in declaration order) in their order.
  void chain(const std::vector<const FieldDecl *> &Fields, SourceLocation Loc,
             const std::string &Because) {
    std::vector<size_t> Units;
    for (const FieldDecl *FD : Fields)
      if (Units.empty() || Units.back() != unitOf(FD))
        Units.push_back(unitOf(FD));
    if (Units.size() < 2)
      return;
    // A long chain (a class of many containers) names its first members.
    const size_t MaxNamed = 6;
    std::string Text = "keeps ";
    if (Units.size() > MaxNamed) {
      for (size_t I = 0; I < MaxNamed; ++I)
        Text += quotedUnit(Model, Units[I]) + ", ";
      Text += "and " + std::to_string(Units.size() - MaxNamed) +
              " more members in their written order";
    } else {
      for (size_t I = 0; I < Units.size(); ++I)
        Text += (I == 0 ? ""
                 : I + 1 == Units.size()
                     ? (Units.size() == 2 ? " before " : " and ")
                     : ", ") +
                quotedUnit(Model, Units[I]);
      if (Units.size() > 2)
        Text += " in this order";
    }
    size_t Reason = reason(Loc, Text + ": " + Because);
    for (size_t I = 0; I + 1 < Units.size(); ++I)
      add(Units[I], Units[I + 1], Reason);
  }

  /// Keeps unit Before before unit After (written in that order), for
  /// Because, said of both units.
  void pair(size_t Before, size_t After, SourceLocation Loc,
            const std::string &Because) {
    if (Before >= After)
      return;
    add(Before, After,
        reason(Loc, "keeps " + quotedUnit(Model, Before) + " before " +
                        quotedUnit(Model, After) + ": " + Because));
  }

  /// Keeps each of the first Count units before unit After, for Text.
  void after(size_t Count, size_t After, SourceLocation Loc,
             const std::string &Text) {
    if (Count == 0)
      return;
    size_t Reason = reason(Loc, Text);
    for (size_t U = 0; U < Count && U < After; ++U)
      add(U, After, Reason);
  }

  /// Keeps the written order between the member an initializer is for and
  /// each member it reads.
  void memberReads(const FieldDecl *Reader,
                   const std::vector<const FieldDecl *> &Reads,
                   SourceLocation Loc) {
    std::string Name = "'" + Reader->getName().str() + "'";
    for (const FieldDecl *Read : Reads) {
      std::string ReadName = "'" + Read->getName().str() + "'";
      if (Read->getFieldIndex() < Reader->getFieldIndex())
        pair(unitOf(Read), unitOf(Reader), Loc,
             "the initializer of " + Name + " reads " + ReadName);
      else
        pair(unitOf(Reader), unitOf(Read), Loc,
             "the initializer of " + Name + " uses " + ReadName +
                 ", which is initialized after it");
    }
  }

  SourceLocation at(SourceLocation Loc) const {
    return SM.getExpansionLoc(Loc);
  }

  OrderConstraintSet Set;

private:
  size_t reason(SourceLocation Loc, const std::string &Text) {
    Loc = at(Loc);
    for (size_t I = 0; I < Set.Reasons.size(); ++I)
      if (Set.Reasons[I].Loc == Loc && Set.Reasons[I].Text == Text)
        return I;
    Set.Reasons.push_back({Loc, Text});
    return Set.Reasons.size() - 1;
  }

  void add(size_t Before, size_t After, size_t Reason) {
    if (!Seen.insert(std::make_pair(Before, After)).second)
      return;
    Set.Constraints.push_back(al_order_constraint{Before, After});
    Set.ReasonOf.push_back(Reason);
  }

  const SourceManager &SM;
  const RecordModel &Model;
  std::vector<size_t> UnitOfField;
  std::set<std::pair<size_t, size_t>> Seen;
};

/// Members constructed or destroyed with effects, and default member
/// initializers that read other members.
void addLifetimeOrders(const RecordModel &Model, ConstraintCollector &Out) {
  EffectFreeLifetimes Types;
  std::vector<const FieldDecl *> Effectful;
  for (const FieldDecl *FD : Model.Record->fields()) {
    bool Effect;
    const Expr *Init = FD->getInClassInitializer();
    if (FD->hasInClassInitializer() && Init) {
      InitializerEffects E = classifyInitializer(Init, Model.Record, Types);
      Effect = !E.pure() || !Types.destruction(FD->getType());
      Out.memberReads(FD, E.MemberReads, Init->getBeginLoc());
    } else {
      Effect = !Types.lifetime(FD->getType());
    }
    if (Effect)
      Effectful.push_back(FD);
  }
  if (!Effectful.empty())
    Out.chain(Effectful, Effectful.front()->getLocation(),
              "members are constructed in declaration order and destroyed "
              "in reverse, and constructing, initializing or destroying these "
              "has effects");
}

/// The declarations a field's type, bit width and alignment name.
class NamedDecls : public RecursiveASTVisitor<NamedDecls> {
public:
  bool VisitDeclRefExpr(DeclRefExpr *E) { return add(E->getDecl()); }
  bool VisitMemberExpr(MemberExpr *E) { return add(E->getMemberDecl()); }
  bool VisitTagTypeLoc(TagTypeLoc TL) {
    walkEmbeddedDefinition(compat::declOf(TL.getTypePtr()));
    return add(compat::declOf(TL.getTypePtr()));
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    return add(TL.getTypePtr()->getDecl());
  }

  std::vector<const Decl *> Decls;

private:
  /// `struct wide { struct small s; } second;`: the names the definition
  /// written in the field's declaration uses are the field's too.
  void walkEmbeddedDefinition(TagDecl *Tag) {
    if (!Tag || !Tag->isEmbeddedInDeclarator() ||
        !Tag->isCompleteDefinition() || !Walked.insert(Tag).second)
      return;
    if (const auto *RD = dyn_cast<RecordDecl>(Tag)) {
      for (const FieldDecl *FD : RD->fields())
        if (const TypeSourceInfo *TSI = FD->getTypeSourceInfo())
          TraverseTypeLoc(TSI->getTypeLoc());
    } else if (const auto *ED = dyn_cast<EnumDecl>(Tag)) {
      for (const EnumConstantDecl *C : ED->enumerators())
        TraverseStmt(const_cast<Expr *>(C->getInitExpr()));
    }
  }

  std::set<const TagDecl *> Walked;

  bool add(const Decl *D) {
    if (D)
      Decls.push_back(D);
    return true;
  }
};

bool isDeclaredInside(const Decl *D, const RecordDecl *RD) {
  if (D == RD)
    return false;
  for (const DeclContext *DC = D->getLexicalDeclContext(); DC;
       DC = cast<Decl>(DC)->getLexicalDeclContext()) {
    if (DC == RD)
      return true;
    if (DC->isFileContext())
      return false;
  }
  return false;
}

/// A field needs a name declared earlier in the record: the unit whose
/// declaration declares it comes first; a declaration between the fields
/// (a nested class, an enum, a typedef) stays where it is written, so every
/// unit written before it comes first.
void addDeclarationDependencies(ASTContext &Ctx, const RecordModel &Model,
                                ConstraintCollector &Out) {
  const SourceManager &SM = Ctx.getSourceManager();
  auto isBefore = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };
  for (const FieldDecl *User : Model.Record->fields()) {
    NamedDecls Finder;
    if (const TypeSourceInfo *TSI = User->getTypeSourceInfo())
      Finder.TraverseTypeLoc(TSI->getTypeLoc());
    if (User->isBitField())
      Finder.TraverseStmt(User->getBitWidth());
    for (const AlignedAttr *A : User->specific_attrs<AlignedAttr>())
      if (A->isAlignmentExpr())
        Finder.TraverseStmt(A->getAlignmentExpr());
    size_t UserUnit = Out.unitOf(User);
    for (const Decl *D : Finder.Decls) {
      if (!isDeclaredInside(D, Model.Record))
        continue;
      std::string Name = "'" + User->getName().str() + "'";
      const auto *ND = dyn_cast<NamedDecl>(D);
      std::string Used = ND && !ND->getName().empty()
                             ? "'" + ND->getName().str() + "'"
                             : "a type";
      if (const auto *Field = dyn_cast<FieldDecl>(D)) {
        if (Field->getParent() == Model.Record)
          Out.pair(Out.unitOf(Field), UserUnit, User->getLocation(),
                   "the declaration of " + Name + " names " + Used);
        continue;
      }
      SourceLocation Loc = Out.at(D->getLocation());
      size_t Preceding = 0; // units written before D
      bool InUnit = false;  // D is declared by unit Preceding
      for (; Preceding <= UserUnit; ++Preceding) {
        const auto &Fields = Model.UnitFields[Preceding];
        if (isBefore(Loc, Out.at(Fields.front()->getBeginLoc())))
          break;
        if (!isBefore(Out.at(Fields.back()->getEndLoc()), Loc)) {
          InUnit = true;
          break;
        }
      }
      if (Preceding >= UserUnit)
        continue; // declared by the user's own declaration
      if (InUnit)
        Out.pair(Preceding, UserUnit, User->getLocation(),
                 Name + " uses " + Used + ", which " +
                     quotedUnit(Model, Preceding) + " declares");
      else
        Out.after(Preceding, UserUnit, User->getLocation(),
                  "keeps " + Name + " after the declaration of " + Used +
                      " it uses, and so after the " +
                      std::to_string(Preceding) +
                      " members written before that declaration");
    }
  }
}

/// The fields of Record that Sem (a semantic list of it) gives a value
/// with an effect, in field order.
std::vector<const FieldDecl *> effectfulElements(const InitListExpr *Sem,
                                                 const RecordDecl *Record) {
  std::vector<const FieldDecl *> Fields;
  unsigned Init = 0;
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(Record))
    Init = CXX->getNumBases(); // bases come first in the list
  for (const FieldDecl *FD : Record->fields()) {
    if (Init >= Sem->getNumInits())
      break;
    const Expr *E = Sem->getInit(Init++);
    InitializerEffects Effects = classifyInitializer(E, Record);
    if (!Effects.pure() || !Effects.MemberReads.empty() || Effects.OtherThis)
      Fields.push_back(FD);
  }
  return Fields;
}

void addConstructorOrders(const CXXConstructorDecl *Ctor,
                          const RecordModel &Model, ConstraintCollector &Out) {
  std::vector<const FieldDecl *> Effectful;
  for (const CXXCtorInitializer *Init : Ctor->inits()) {
    if (!Init->isMemberInitializer())
      continue;
    const FieldDecl *FD = Init->getMember();
    InitializerEffects E = classifyInitializer(Init->getInit(), Model.Record);
    if (!E.pure())
      Effectful.push_back(FD);
    if (Init->isWritten())
      Out.memberReads(FD, E.MemberReads, Init->getSourceLocation());
  }
  Out.chain(Effectful, Ctor->getLocation(),
            "this constructor initializes them in declaration order and "
            "their initialization has effects");
}

} // namespace

OrderConstraintSet declarationOrderConstraints(ASTContext &Ctx,
                                               const RecordModel &Model) {
  ConstraintCollector Out(Ctx, Model);
  if (isa<CXXRecordDecl>(Model.Record))
    addLifetimeOrders(Model, Out);
  addDeclarationDependencies(Ctx, Model, Out);
  return std::move(Out.Set);
}

OrderConstraintSet useOrderConstraints(ASTContext &Ctx,
                                       const RecordModel &Model,
                                       const RecordUses *Uses) {
  ConstraintCollector Out(Ctx, Model);
  if (!Uses)
    return std::move(Out.Set);
  for (const ListSite &Site : Uses->Lists)
    Out.chain(effectfulElements(Site.Semantic, Model.Record),
              Site.Semantic->getBeginLoc().isValid()
                  ? Site.Semantic->getBeginLoc()
                  : Site.Host->getBeginLoc(),
              "this list's values for them have effects, and clang "
              "evaluates them in field order");
  for (const CXXConstructorDecl *Ctor : Uses->Constructors)
    addConstructorOrders(Ctor, Model, Out);
  return std::move(Out.Set);
}

} // namespace alignlint
