#include "FindingSizes.h"

#include "clang/AST/RecordLayout.h"

namespace alignlint {

bool hasLayout(const clang::RecordDecl *RD) {
  return RD && !RD->isInvalidDecl() && RD->isCompleteDefinition() &&
         !RD->isDependentType();
}

static uint64_t sizeBytes(clang::ASTContext &Ctx, const clang::RecordDecl *RD) {
  return uint64_t(Ctx.getASTRecordLayout(RD).getSize().getQuantity());
}

FindingSizes findingSizes(clang::ASTContext &Ctx, const Finding &F) {
  uint64_t Current = sizeBytes(Ctx, F.Record);
  return FindingSizes{
      Current, hasLayout(F.Proposed) ? sizeBytes(Ctx, F.Proposed) : Current};
}

} // namespace alignlint
