#include "FieldSlots.h"

#include "RecordTokens.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

#include <memory>

namespace alignlint {

using namespace clang;

namespace {

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
FixOutcome checkNothingAmongFields(const RecordDecl *RD,
                                   const FieldSlots &Slots,
                                   const SourceManager &SM) {
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
      return Refusal::at(D->getLocation(),
                         "C++ access specifiers sit among the fields; moving "
                         "fields across them would change their access");
    return Refusal::at(
        D->getLocation(),
        "a declaration that is not a field sits among the fields");
  }
  return FixOutcome::ok();
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

/// The tokens of the record's body, or a refusal when the body is not all
/// written in one file. Notes point at what the user wrote: the macro use,
/// not its definition.
static FixOutcome recordBody(const RecordDecl *RD, ASTContext &Ctx,
                             std::unique_ptr<RecordTokens> &Text) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation LBrace = RD->getBraceRange().getBegin();
  SourceLocation RBrace = RD->getBraceRange().getEnd();
  if (RD->getLocation().isMacroID() || LBrace.isMacroID() || RBrace.isMacroID())
    return Refusal::at(SM.getExpansionLoc(RD->getLocation()),
                       "the record is written by a macro");
  if (LBrace.isInvalid() || RBrace.isInvalid() ||
      SM.getFileID(LBrace) != SM.getFileID(RBrace))
    return Refusal::at(RD->getLocation(),
                       "the record's braces are not in one file");
  Text.reset(new RecordTokens(SM, SM.getFileID(LBrace), Ctx.getLangOpts(),
                              SM.getFileOffset(LBrace) + 1,
                              SM.getFileOffset(RBrace)));
  return FixOutcome::ok();
}

/// Fills the slot of unit U, which starts at or after token Floor; moves
/// Floor past it.
static FixOutcome addSlot(const RecordModel &Model, size_t U,
                          const SourceManager &SM, const RecordTokens &Text,
                          size_t &Floor, FieldSlots &Slots) {
  const auto &Fields = Model.UnitFields[U];
  for (const FieldDecl *FD : Fields)
    if (FD->getLocation().isMacroID() && !FD->isAnonymousStructOrUnion())
      return Refusal::at(SM.getExpansionLoc(FD->getLocation()),
                         "field '" + FD->getName().str() +
                             "' is declared by a macro");
  SourceLocation Begin = typeBegin(Fields.front(), SM);
  SourceLocation LastEnd = declarationEnd(Fields.back(), SM);
  if (SM.getFileID(Begin) != Text.file() ||
      SM.getFileID(LastEnd) != Text.file())
    return Refusal::at(Fields.front()->getLocation(),
                       "a field is written in another file");
  size_t First = Text.tokenAt(Begin), Last = Text.tokenAt(LastEnd);
  size_t Semi = Last == RecordTokens::None ? RecordTokens::None
                                           : Text.semicolonAfter(Last);
  if (First == RecordTokens::None || First < Floor ||
      Semi == RecordTokens::None)
    return Refusal::at(Fields.front()->getLocation(),
                       "cannot find where the declaration of '" +
                           Model.unitLabel(U) + "' ends");
  size_t Start = Text.declarationStart(First, Floor);
  if (Start == RecordTokens::None)
    return Refusal::at(Fields.front()->getLocation(),
                       "cannot find where the declaration of '" +
                           Model.unitLabel(U) + "' begins");
  size_t SlotFirst = Text.withLeadingComments(Start, Floor);
  size_t SlotLast = Text.withTrailingComment(Semi);
  unsigned SlotBegin = Text[SlotFirst].Begin, SlotEnd = Text[SlotLast].End;
  Slots.Ranges.push_back(CharSourceRange::getCharRange(Text.locAt(SlotBegin),
                                                       Text.locAt(SlotEnd)));
  Slots.Texts.push_back(Text.text(SlotBegin, SlotEnd).str());
  Floor = SlotLast + 1;
  return FixOutcome::ok();
}

FixOutcome computeFieldSlots(const RecordModel &Model, ASTContext &Ctx,
                             FieldSlots &Slots) {
  const SourceManager &SM = Ctx.getSourceManager();
  const RecordDecl *RD = Model.Record;
  std::unique_ptr<RecordTokens> Text;
  FixOutcome Body = recordBody(RD, Ctx, Text);
  if (!Body)
    return Body;
  size_t Directive = directiveAmongFields(Model, SM, *Text);
  if (Directive != RecordTokens::None)
    return Refusal::at(Text->locAt((*Text)[Directive].Begin),
                       "a preprocessor directive sits among the fields; the "
                       "order may differ between configurations");
  size_t Floor = 0;
  for (size_t U = 0; U < Model.UnitFields.size(); ++U) {
    FixOutcome Slot = addSlot(Model, U, SM, *Text, Floor, Slots);
    if (!Slot)
      return Slot;
  }
  if (Slots.Ranges.empty())
    return Refusal::at(RD->getLocation(), "the record has no fields");
  return checkNothingAmongFields(RD, Slots, SM);
}

SourceLocation alignmentSpecifierLoc(const FieldDecl *FD, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::unique_ptr<RecordTokens> Text;
  if (!recordBody(FD->getParent(), Ctx, Text))
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
