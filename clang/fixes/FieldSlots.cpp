#include "FieldSlots.h"

#include "RecordTokens.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

#include <memory>

namespace alignlint {

using namespace clang;

namespace {

bool refuse(Refusal &Why, std::string Reason, SourceLocation Loc) {
  return Why.set(Loc, std::move(Reason));
}

/// Notes point at what the user wrote: the macro use, not its definition.
bool refuseAt(const SourceManager &SM, Refusal &Why, std::string Reason,
              SourceLocation Loc) {
  return refuse(Why, std::move(Reason), SM.getExpansionLoc(Loc));
}

/// Where a field's type is written (the macro use if a macro wrote it):
/// outside any attribute's brackets, so that walking back from it finds
/// what else its declaration starts with.
SourceLocation typeBegin(const FieldDecl *FD, const SourceManager &SM) {
  return SM.getExpansionRange(FD->getBeginLoc()).getBegin();
}

/// Where the last token of a field's declarator is written (for an
/// anonymous struct or union member, whose implicit field has no
/// declarator, the closing brace); the macro use if a macro wrote it.
SourceLocation declarationEnd(const FieldDecl *FD, const SourceManager &SM) {
  SourceLocation End = FD->getEndLoc();
  if (FD->isAnonymousStructOrUnion())
    if (const RecordDecl *Anonymous = FD->getType()->getAsRecordDecl())
      End = Anonymous->getBraceRange().getEnd();
  return SM.getExpansionRange(End).getEnd();
}

/// Non-field declarations written among the fields (nested types, methods,
/// access specifiers) pin the text: moving fields across them can change
/// meaning or stop compiling.
bool checkNothingAmongFields(const RecordDecl *RD, const FieldSlots &Slots,
                             const SourceManager &SM, Refusal &Why) {
  SourceLocation First = Slots.Ranges.front().getBegin();
  SourceLocation Last = Slots.Ranges.back().getEnd();
  for (const Decl *D : RD->decls()) {
    if (isa<FieldDecl>(D) || D->isImplicit())
      continue;
    SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
    if (SM.isBeforeInTranslationUnit(Loc, First) ||
        !SM.isBeforeInTranslationUnit(Loc, Last))
      continue;
    bool InsideASlot = false;
    for (const CharSourceRange &Slot : Slots.Ranges)
      if (!SM.isBeforeInTranslationUnit(Loc, Slot.getBegin()) &&
          SM.isBeforeInTranslationUnit(Loc, Slot.getEnd()))
        InsideASlot = true; // e.g. `struct { int x; } inner;`
    if (InsideASlot)
      continue;
    if (isa<AccessSpecDecl>(D))
      return refuse(Why,
                    "C++ access specifiers sit among the fields; moving "
                    "fields across them would change their access",
                    D->getLocation());
    return refuse(Why,
                  "a declaration that is not a field sits among the fields",
                  D->getLocation());
  }
  return true;
}

bool refuseDirective(Refusal &Why, const RecordTokens &Text, size_t Directive) {
  return refuse(Why,
                "a preprocessor directive sits among the fields; the order "
                "may differ between configurations",
                Text.locAt(Text[Directive].Begin));
}

} // namespace

/// A preprocessor directive between the first field's declaration and the
/// last one's ';', or None (also when those cannot be found: the slot
/// computation then says why). Checked first because a large record refused
/// for this would otherwise pay for all its slots.
static size_t directiveAmongFields(const RecordModel &Model,
                                   const SourceManager &SM,
                                   const RecordTokens &Text) {
  if (Model.UnitFields.empty())
    return RecordTokens::None;
  size_t First = Text.tokenAt(typeBegin(Model.UnitFields.front().front(), SM));
  size_t Last =
      Text.tokenAt(declarationEnd(Model.UnitFields.back().back(), SM));
  if (First == RecordTokens::None || Last == RecordTokens::None)
    return RecordTokens::None;
  size_t Semi = Text.semicolonAfter(Last);
  if (Semi == RecordTokens::None)
    return RecordTokens::None;
  return Text.directiveIn(First, Semi);
}

/// The tokens of the record's body, or false with Why set when the body is
/// not all written in one file.
static bool recordBody(const RecordDecl *RD, ASTContext &Ctx,
                       std::unique_ptr<RecordTokens> &Text, Refusal &Why) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation LBrace = RD->getBraceRange().getBegin();
  SourceLocation RBrace = RD->getBraceRange().getEnd();
  if (RD->getLocation().isMacroID() || LBrace.isMacroID() || RBrace.isMacroID())
    return refuseAt(SM, Why, "the record is written by a macro",
                    RD->getLocation());
  if (LBrace.isInvalid() || RBrace.isInvalid() ||
      SM.getFileID(LBrace) != SM.getFileID(RBrace))
    return refuse(Why, "the record's braces are not in one file",
                  RD->getLocation());
  Text.reset(new RecordTokens(SM, SM.getFileID(LBrace), Ctx.getLangOpts(),
                              SM.getFileOffset(LBrace) + 1,
                              SM.getFileOffset(RBrace)));
  return true;
}

/// Fills the slot of unit U, which starts at or after token Floor; moves
/// Floor past it.
static bool addSlot(const RecordModel &Model, size_t U, const SourceManager &SM,
                    const RecordTokens &Text, size_t &Floor, FieldSlots &Slots,
                    Refusal &Why) {
  const auto &Fields = Model.UnitFields[U];
  for (const FieldDecl *FD : Fields)
    if (FD->getLocation().isMacroID() && !FD->isAnonymousStructOrUnion())
      return refuseAt(
          SM, Why, "field '" + FD->getName().str() + "' is declared by a macro",
          FD->getLocation());
  SourceLocation Begin = typeBegin(Fields.front(), SM);
  SourceLocation LastEnd = declarationEnd(Fields.back(), SM);
  if (SM.getFileID(Begin) != Text.file() ||
      SM.getFileID(LastEnd) != Text.file())
    return refuse(Why, "a field is written in another file",
                  Fields.front()->getLocation());
  size_t First = Text.tokenAt(Begin), Last = Text.tokenAt(LastEnd);
  size_t Semi = Last == RecordTokens::None ? RecordTokens::None
                                           : Text.semicolonAfter(Last);
  if (First == RecordTokens::None || First < Floor ||
      Semi == RecordTokens::None)
    return refuse(Why,
                  "cannot find where the declaration of '" +
                      Model.unitLabel(U) + "' ends",
                  Fields.front()->getLocation());
  size_t Start = Text.declarationStart(First, Floor);
  if (Start == RecordTokens::None)
    return refuse(Why,
                  "cannot find where the declaration of '" +
                      Model.unitLabel(U) + "' begins",
                  Fields.front()->getLocation());
  size_t SlotFirst = Text.withLeadingComments(Start, Floor);
  size_t SlotLast = Text.withTrailingComment(Semi);
  unsigned SlotBegin = Text[SlotFirst].Begin, SlotEnd = Text[SlotLast].End;
  Slots.Ranges.push_back(CharSourceRange::getCharRange(Text.locAt(SlotBegin),
                                                       Text.locAt(SlotEnd)));
  Slots.Texts.push_back(Text.text(SlotBegin, SlotEnd).str());
  Floor = SlotLast + 1;
  return true;
}

bool computeFieldSlots(const RecordModel &Model, ASTContext &Ctx,
                       FieldSlots &Slots, Refusal &Why) {
  const SourceManager &SM = Ctx.getSourceManager();
  const RecordDecl *RD = Model.Record;
  std::unique_ptr<RecordTokens> Text;
  if (!recordBody(RD, Ctx, Text, Why))
    return false;
  size_t Directive = directiveAmongFields(Model, SM, *Text);
  if (Directive != RecordTokens::None)
    return refuseDirective(Why, *Text, Directive);
  size_t Floor = 0;
  for (size_t U = 0; U < Model.UnitFields.size(); ++U)
    if (!addSlot(Model, U, SM, *Text, Floor, Slots, Why))
      return false;
  if (Slots.Ranges.empty())
    return refuse(Why, "the record has no fields", RD->getLocation());
  return checkNothingAmongFields(RD, Slots, SM, Why);
}

SourceLocation alignmentSpecifierLoc(const FieldDecl *FD, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::unique_ptr<RecordTokens> Text;
  Refusal Ignored;
  if (!recordBody(FD->getParent(), Ctx, Text, Ignored))
    return SourceLocation();
  size_t First = Text->tokenAt(typeBegin(FD, SM));
  if (First == RecordTokens::None)
    return SourceLocation();
  size_t Start = Text->declarationStart(First, 0);
  if (Start == RecordTokens::None)
    return SourceLocation();
  size_t At = Text->afterAttributeSpecifiers(Start);
  if (At == RecordTokens::None)
    return SourceLocation();
  return Text->locAt((*Text)[At].Begin);
}

} // namespace alignlint
