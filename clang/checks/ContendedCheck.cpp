// Rule contended: each contended member or group on its own cache lines,
// with an alignment fix-it.
#include "CacheLineChecks.h"
#include "CacheLineText.h"
#include "ConcurrencyTypes.h"
#include "DetachedRecord.h"
#include "FieldSlots.h"
#include "LayoutChangeGuard.h"

#include "clang/AST/Attr.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/SourceManager.h"

namespace alignlint {

using namespace clang;

static const AlignedAttr *writtenAlignment(const FieldDecl *FD) {
  for (const auto *A : FD->specific_attrs<AlignedAttr>())
    if (!A->isImplicit())
      return A;
  return nullptr;
}

bool CacheLineChecks::addAlignmentFixes(
    const RecordModel &Model, const std::vector<unsigned char> &AlignUnit,
    bool SizeChanges, Finding &F) {
  uint64_t Line = TU.Opts.CacheLineBytes;
  Refusal Why;
  if (!layoutChangeAllowed(TU, Model, {nullptr, SizeChanges}, Why)) {
    TU.refuse(F, Model.DisplayName, Why.Loc, Why.Reason);
    return false;
  }
  if (Model.Record->getLocation().isMacroID())
    return TU.refuse(F, Model.DisplayName, F.RecordLoc,
                     "the record is written by a macro"),
           false;
  std::string Spec =
      (TU.Ctx.getLangOpts().CPlusPlus ? "alignas(" : "_Alignas(") +
      std::to_string(Line) + ") ";
  for (size_t U = 0; U < AlignUnit.size(); ++U) {
    if (!AlignUnit[U])
      continue;
    const FieldDecl *FD = Model.UnitFields[U].front();
    std::string Label = quoted(Model.unitLabel(U));
    if (FD->isAnonymousStructOrUnion())
      return TU.refuse(
                 F, Model.DisplayName, TU.reportLoc(FD),
                 "an alignment specifier cannot go on the anonymous member "
                 "here; give it a name or align its first field"),
             false;
    if (const AlignedAttr *A = writtenAlignment(FD))
      return TU.refuse(
                 F, Model.DisplayName, TU.reportLoc(FD),
                 Label + " already has an alignment specifier ('" +
                     A->getSpelling() + "', " +
                     std::to_string(FD->getMaxAlignment() / 8) +
                     " bytes); alignlint never writes a second one: raise "
                     "it to " +
                     std::to_string(Line)),
             false;
    SourceLocation At = alignmentSpecifierLoc(FD, TU.Ctx);
    if (FD->getLocation().isMacroID() || At.isInvalid())
      return TU.refuse(F, Model.DisplayName, TU.reportLoc(FD),
                       "the declaration of " + Label +
                           " is written by a macro or in another file"),
             false;
    F.Fixes.push_back(FixItHint::CreateInsertion(At, Spec));
  }
  return true;
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
    std::string Name = groupName(Fields[C.first_member], "contended");
    std::string What =
        Name.empty()
            ? "contended member " + quoted(memberLabel(Model, C.first_member))
            : "contended group " + quoted(Name);
    std::string Text = What + " of '" + Model.DisplayName + "'";
    if (C.intruder != AL_NO_MEMBER)
      Text += " shares cache line " + std::to_string(C.intruder_line) +
              " with " + quoted(memberLabel(Model, C.intruder));
    if (C.misaligned)
      Text += std::string(C.intruder != AL_NO_MEMBER ? " and" : "") +
              " does not start a " + std::to_string(Line) +
              "-byte cache line (offset " +
              std::to_string(First.offset_bits / 8) + ", record aligned to " +
              std::to_string(View.align_bytes) + ")";
    F.addProblem(TU.reportLoc(Fields[C.first_member]), Text);
  }
  addResizedNote(Record, F);
  std::vector<unsigned char> AlignUnit(Model.Units.size());
  al_contended_fix Fix;
  if (!al_contended_fix_units(&View, Line, AlignUnit.data(), &Fix)) {
    std::string Reason;
    SourceLocation Loc = F.RecordLoc;
    if (Fix.problem_unit != AL_NO_MEMBER &&
        Fix.problem_unit < Model.Units.size())
      Loc = TU.reportLoc(Model.UnitFields[Fix.problem_unit].front());
    switch (Fix.problem) {
    case AL_CONTENDED_FIX_SCATTERED:
      Reason = "the members of a contended group are not declared one after "
               "another, or share a declaration with other members";
      break;
    case AL_CONTENDED_FIX_BITFIELD:
      Reason = "an alignment specifier cannot go on a bit-field";
      break;
    case AL_CONTENDED_FIX_MODEL:
      Reason = "the record uses a layout rule alignlint's model does not know";
      break;
    default:
      Reason = "alignment specifiers alone do not isolate the group";
    }
    TU.refuse(F, Model.DisplayName, Loc, Reason);
  } else if (addAlignmentFixes(Model, AlignUnit,
                               Fix.new_size_bytes != Model.CurrentSizeBytes,
                               F)) {
    F.Proposed = alignedLayout(Record, AlignUnit, Fix.new_size_bytes);
    TU.Layouts.markChanged(Model.Record, F.Proposed);
    // From the size the record has now, though its members' fixes count.
    uint64_t CurrentBytes = Model.CurrentSizeBytes;
    std::string Size =
        Fix.new_size_bytes == CurrentBytes
            ? "its size stays " + std::to_string(Fix.new_size_bytes) + " bytes"
        : Fix.new_size_bytes < CurrentBytes
            ? "'" + Model.DisplayName + "' goes from " +
                  std::to_string(CurrentBytes) + " to " +
                  std::to_string(Fix.new_size_bytes) + " bytes"
            : "'" + Model.DisplayName + "' grows from " +
                  std::to_string(CurrentBytes) + " to " +
                  std::to_string(Fix.new_size_bytes) +
                  " bytes: every array and allocation of it grows";
    F.Notes.push_back(
        {F.RecordLoc, "with the fix-it the record is aligned to " +
                          std::to_string(Fix.new_align_bytes) + " bytes and " +
                          Size});
  }
  TU.Sink.report(F);
}

} // namespace alignlint
