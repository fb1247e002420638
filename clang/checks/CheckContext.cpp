#include "CheckContext.h"

namespace alignlint {

void CheckContext::refuse(Finding &F, const std::string &RecordName,
                          const Refusal &Why) const {
  F.Fixes.clear();
  F.Notes.push_back({Why.Loc, "no fix-it: " + Why.Reason});
  F.Veto = RecordName + ": " + Why.Reason;
  F.RefusalReason = Why.Reason;
}

clang::SourceLocation CheckContext::reportLoc(const clang::Decl *D) const {
  return Ctx.getSourceManager().getExpansionLoc(D->getLocation());
}

} // namespace alignlint
