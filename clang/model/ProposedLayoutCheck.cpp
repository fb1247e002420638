#include "ProposedLayoutCheck.h"

#include "clang/AST/RecordLayout.h"

#include <vector>

namespace alignlint {

using namespace clang;

ProposedLayoutVerdict checkProposedLayout(ASTContext &Ctx,
                                          const RecordModel &Model,
                                          const size_t *Order,
                                          const TypeFor &TypesAfterFixes) {
  ProposedLayoutVerdict Verdict;
  std::vector<const FieldDecl *> Written(Model.Record->field_begin(),
                                         Model.Record->field_end());
  if (!copyIsFaithful(
          Ctx, Model.Record,
          buildDetachedRecord(Ctx, Model.Record, Written, writtenTypes())))
    return Verdict;
  al_record View = Model.view();
  std::vector<uint64_t> SimulatedBits(Model.Members.size());
  uint64_t SimulatedSize = al_simulate(&View, Order, SimulatedBits.data());

  std::vector<const FieldDecl *> Sources;
  for (size_t I = 0; I < Model.Units.size(); ++I)
    for (const FieldDecl *FD : Model.UnitFields[Order[I]])
      Sources.push_back(FD);
  RecordDecl *Copy =
      buildDetachedRecord(Ctx, Model.Record, Sources, TypesAfterFixes);
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(Copy);
  Verdict.Checked = true;
  Verdict.Proposed = Copy;
  Verdict.ClangSizeBytes = uint64_t(Layout.getSize().getQuantity());
  Verdict.Agrees = Verdict.ClangSizeBytes == SimulatedSize;
  if (!Verdict.Agrees)
    Verdict.Mismatch = "size " + std::to_string(Verdict.ClangSizeBytes) +
                       " instead of " + std::to_string(SimulatedSize);
  unsigned Index = 0;
  for (const FieldDecl *Field : Copy->fields()) {
    const FieldDecl *Source = Sources[Index++];
    uint64_t ClangBits = Layout.getFieldOffset(Field->getFieldIndex());
    uint64_t ModelBits = SimulatedBits[Source->getFieldIndex()];
    if (ClangBits != ModelBits && Verdict.Agrees) {
      Verdict.Agrees = false;
      Verdict.Mismatch = "'" + Source->getName().str() + "' at bit " +
                         std::to_string(ClangBits) + " instead of " +
                         std::to_string(ModelBits);
    }
  }
  return Verdict;
}

} // namespace alignlint
