#include "ProposedLayoutCheck.h"

#include "clang/AST/Attr.h"
#include "clang/AST/RecordLayout.h"

#include <vector>

namespace alignlint {

using namespace clang;

/// A detached copy of the record (never added to any scope) whose fields
/// are the originals' types, widths and attributes in the new order.
static RecordDecl *buildReorderedCopy(ASTContext &Ctx, const RecordModel &Model,
                                      const size_t *Order,
                                      std::vector<const FieldDecl *> &Sources) {
  const RecordDecl *RD = Model.Record;
  RecordDecl *Copy =
      RecordDecl::Create(Ctx, RD->getTagKind(), Ctx.getTranslationUnitDecl(),
                         RD->getBeginLoc(), RD->getLocation(), nullptr);
  Copy->startDefinition();
  for (const Attr *A : RD->attrs())
    Copy->addAttr(A->clone(Ctx));
  for (size_t I = 0; I < Model.Units.size(); ++I) {
    for (const FieldDecl *FD : Model.UnitFields[Order[I]]) {
      FieldDecl *Field = FieldDecl::Create(
          Ctx, Copy, FD->getBeginLoc(), FD->getLocation(), FD->getIdentifier(),
          FD->getType(), FD->getTypeSourceInfo(), FD->getBitWidth(),
          FD->isMutable(), FD->getInClassInitStyle());
      Field->setAccess(FD->getAccess());
      for (const Attr *A : FD->attrs())
        Field->addAttr(A->clone(Ctx));
      Copy->addDecl(Field);
      Sources.push_back(FD);
    }
  }
  Copy->completeDefinition();
  return Copy;
}

ProposedLayoutVerdict checkProposedLayout(ASTContext &Ctx,
                                          const RecordModel &Model,
                                          const size_t *Order) {
  ProposedLayoutVerdict Verdict;
  if (Model.HasBasesOrVPtr)
    return Verdict;
  al_record View = Model.view();
  std::vector<uint64_t> SimulatedBits(Model.Members.size());
  uint64_t SimulatedSize = al_simulate(&View, Order, SimulatedBits.data());

  std::vector<const FieldDecl *> Sources;
  RecordDecl *Copy = buildReorderedCopy(Ctx, Model, Order, Sources);
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(Copy);
  Verdict.Checked = true;
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
