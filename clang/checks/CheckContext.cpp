#include "CheckContext.h"

namespace alignlint {

void CheckContext::refuse(Finding &F, const std::string &RecordName,
                          clang::SourceLocation Loc,
                          const std::string &Reason) const {
  F.Fixes.clear();
  F.Notes.push_back({Loc, "no fix-it: " + Reason});
  F.Veto = RecordName + ": " + Reason;
  F.RefusalReason = Reason;
}

clang::SourceLocation CheckContext::reportLoc(const clang::Decl *D) const {
  return Ctx.getSourceManager().getExpansionLoc(D->getLocation());
}

} // namespace alignlint
