// Rule contended: each contended member or group on its own cache lines,
// with an alignment fix-it.
#include "Annotations.h"
#include "CacheLineChecks.h"
#include "CacheLineText.h"
#include "DetachedRecord.h"
#include "FieldSlots.h"
#include "LayoutChangeAllowed.h"
#include "MemberFlags.h"
#include "MessageFormat.h"

#include "clang/AST/Attr.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/SourceManager.h"

namespace alignlint {

using namespace clang;

// The messages of rule contended, one place each.

/// Intruder: the label of the member that shares the group's line, if any;
/// Misaligned: misalignedText, if the group does not start a line.
static std::string contendedProblem(const std::string &What,
                                    const std::string &DisplayName,
                                    const std::string *Intruder,
                                    uint64_t IntruderLine,
                                    const std::string *Misaligned) {
  std::string Text = formatMessage("{0} of '{1}'", What, DisplayName);
  if (Intruder)
    Text += formatMessage(" shares cache line {0} with {1}", IntruderLine,
                          quoted(*Intruder));
  if (Misaligned)
    Text += std::string(Intruder ? " and" : "") + *Misaligned;
  return Text;
}

static std::string misalignedText(uint64_t Line, uint64_t OffsetBytes,
                                  uint64_t RecordAlignBytes) {
  return formatMessage(" does not start a {0}-byte cache line (offset {1}, "
                       "record aligned to {2})",
                       Line, OffsetBytes, RecordAlignBytes);
}

static std::string contendedWhat(const std::string &GroupName,
                                 const std::string &MemberLabel) {
  return GroupName.empty() ? "contended member " + quoted(MemberLabel)
                           : "contended group " + quoted(GroupName);
}

/// Problem: an enum al_contended_fix_problem.
static const char *fixProblemReason(int Problem) {
  switch (Problem) {
  case AL_CONTENDED_FIX_SCATTERED:
    return "the members of a contended group are not declared one after "
           "another, or share a declaration with other members";
  case AL_CONTENDED_FIX_BITFIELD:
    return "an alignment specifier cannot go on a bit-field";
  case AL_CONTENDED_FIX_MODEL:
    return "the record uses a layout rule alignlint's model does not know";
  default:
    return "alignment specifiers alone do not isolate the group";
  }
}

static std::string alignmentSpecifier(bool CPlusPlus, uint64_t Line) {
  return formatMessage("{0}({1}) ", CPlusPlus ? "alignas" : "_Alignas", Line);
}

static Refusal recordWrittenByMacro(SourceLocation RecordLoc) {
  return Refusal::at(RecordLoc, "the record is written by a macro");
}

static Refusal anonymousMemberAlignment(SourceLocation MemberLoc) {
  return Refusal::at(MemberLoc,
                     "an alignment specifier cannot go on the anonymous "
                     "member here; give it a name or align its first field");
}

static Refusal secondAlignment(SourceLocation MemberLoc,
                               const std::string &Label,
                               llvm::StringRef Spelling, uint64_t AlignBytes,
                               uint64_t Line) {
  return Refusal::at(MemberLoc,
                     formatMessage("{0} already has an alignment specifier "
                                   "('{1}', {2} bytes); alignlint never writes "
                                   "a second one: raise it to {3}",
                                   Label, Spelling, AlignBytes, Line));
}

static Refusal declarationNotWritable(SourceLocation MemberLoc,
                                      const std::string &Label) {
  return Refusal::at(MemberLoc,
                     formatMessage("the declaration of {0} is written by a "
                                   "macro or in another file",
                                   Label));
}

static std::string alignedSizeNote(const std::string &DisplayName,
                                   uint64_t CurrentBytes, uint64_t NewBytes,
                                   uint64_t NewAlignBytes) {
  std::string Size =
      NewBytes == CurrentBytes
          ? formatMessage("its size stays {0} bytes", NewBytes)
      : NewBytes < CurrentBytes
          ? formatMessage("'{0}' goes from {1} to {2} bytes", DisplayName,
                          CurrentBytes, NewBytes)
          : formatMessage("'{0}' grows from {1} to {2} bytes: every array and "
                          "allocation of it grows",
                          DisplayName, CurrentBytes, NewBytes);
  return formatMessage(
      "with the fix-it the record is aligned to {0} bytes and {1}",
      NewAlignBytes, Size);
}

static const AlignedAttr *writtenAlignment(const FieldDecl *FD) {
  for (const auto *A : FD->specific_attrs<AlignedAttr>())
    if (!A->isImplicit())
      return A;
  return nullptr;
}

FixOutcome
CacheLineChecks::addAlignmentFixes(const RecordModel &Model,
                                   const std::vector<unsigned char> &AlignUnit,
                                   bool SizeChanges, Finding &F) {
  uint64_t Line = TU.Opts.CacheLineBytes;
  LayoutChange Change;
  Change.SizeChanges = SizeChanges;
  FixOutcome Allowed = layoutChangeAllowed(TU, Model, Change);
  if (!Allowed)
    return Allowed;
  if (Model.Record->getLocation().isMacroID())
    return recordWrittenByMacro(F.RecordLoc);
  std::string Spec = alignmentSpecifier(TU.Ctx.getLangOpts().CPlusPlus, Line);
  for (size_t U = 0; U < AlignUnit.size(); ++U) {
    if (!AlignUnit[U])
      continue;
    const FieldDecl *FD = Model.UnitFields[U].front();
    std::string Label = quoted(Model.unitLabel(U));
    if (FD->isAnonymousStructOrUnion())
      return anonymousMemberAlignment(TU.reportLoc(FD));
    if (const AlignedAttr *A = writtenAlignment(FD))
      return secondAlignment(TU.reportLoc(FD), Label, A->getSpelling(),
                             FD->getMaxAlignment() / 8, Line);
    SourceLocation At = alignmentSpecifierLoc(FD, TU.Ctx);
    if (FD->getLocation().isMacroID() || At.isInvalid())
      return declarationNotWritable(TU.reportLoc(FD), Label);
    F.Fixes.push_back(FixItHint::CreateInsertion(At, Spec));
  }
  return FixOutcome::ok();
}

const RecordDecl *
CacheLineChecks::alignedLayout(const RecordAfterFixes &Record,
                               const std::vector<unsigned char> &AlignUnit,
                               uint64_t NewSizeBytes) {
  const RecordModel &Model = Record.model();
  std::vector<const FieldDecl *> Written(Model.Record->field_begin(),
                                         Model.Record->field_end());
  if (!copyIsFaithful(
          TU.Ctx, Model.Record,
          buildDetachedRecord(TU.Ctx, Model.Record, Written, writtenTypes())))
    return nullptr;
  AddedAlignment Added;
  Added.Bytes = unsigned(TU.Opts.CacheLineBytes);
  for (size_t U = 0; U < AlignUnit.size(); ++U)
    if (AlignUnit[U])
      Added.Fields.push_back(Model.UnitFields[U].front());
  const RecordDecl *Aligned =
      buildAlignedRecord(TU.Ctx, Model.Record, Record.types(), Added);
  // The engine's size for the fix is what the warning claims: a copy that
  // disagrees shows nothing.
  if (uint64_t(TU.Ctx.getASTRecordLayout(Aligned).getSize().getQuantity()) !=
      NewSizeBytes)
    return nullptr;
  return Aligned;
}

void CacheLineChecks::checkContended(
    const RecordAfterFixes &Record,
    const std::vector<const FieldDecl *> &Fields) {
  const RecordModel &Model = Record.model();
  al_record View = Model.view();
  uint64_t Line = TU.Opts.CacheLineBytes;
  std::vector<al_contended_finding> Found(Model.Members.size());
  size_t Count =
      al_rule_contended(&View, Line, nullptr, 0, Found.data(), Found.size());
  if (Count == 0)
    return;
  Finding F;
  F.TheRule = Rule::Contended;
  F.Record = Model.Record;
  F.RecordLoc = TU.reportLoc(Model.Record);
  for (size_t I = 0; I < Count && I < Found.size(); ++I) {
    const al_contended_finding &C = Found[I];
    const al_member &First = Model.Members[C.first_member];
    std::string What =
        contendedWhat(annotationGroupName(Fields[C.first_member], "contended"),
                      memberLabel(Model, C.first_member));
    bool Shares = C.intruder != AL_NO_MEMBER;
    std::string Intruder = Shares ? memberLabel(Model, C.intruder) : "";
    std::string Misaligned =
        C.misaligned
            ? misalignedText(Line, First.offset_bits / 8, View.align_bytes)
            : "";
    std::string Text =
        contendedProblem(What, Model.DisplayName, Shares ? &Intruder : nullptr,
                         C.intruder_line, C.misaligned ? &Misaligned : nullptr);
    F.addProblem(TU.reportLoc(Fields[C.first_member]), Text);
  }
  addResizedNote(Record, F);
  std::vector<unsigned char> AlignUnit(Model.Units.size());
  al_contended_fix Fix;
  if (!al_contended_fix_units(&View, Line, AlignUnit.data(), &Fix)) {
    SourceLocation Loc = F.RecordLoc;
    if (Fix.problem_unit != AL_NO_MEMBER &&
        Fix.problem_unit < Model.Units.size())
      Loc = TU.reportLoc(Model.UnitFields[Fix.problem_unit].front());
    TU.refuse(F, Model.DisplayName,
              Refusal::at(Loc, fixProblemReason(Fix.problem)));
  } else if (FixOutcome Aligned = addAlignmentFixes(
                 Model, AlignUnit, Fix.new_size_bytes != Model.CurrentSizeBytes,
                 F)) {
    F.Proposed = alignedLayout(Record, AlignUnit, Fix.new_size_bytes);
    TU.Layouts.markChanged(Model.Record, F.Proposed);
    // From the size the record has now, though its members' fixes count.
    F.Notes.push_back(
        {F.RecordLoc,
         alignedSizeNote(Model.DisplayName, Model.CurrentSizeBytes,
                         Fix.new_size_bytes, Fix.new_align_bytes)});
  } else {
    TU.refuse(F, Model.DisplayName, Aligned.refusal());
  }
  TU.Sink.report(F);
}

} // namespace alignlint
