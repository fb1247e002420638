#include "CheckContext.h"

#include "FixExport.h"

namespace alignlint {

void CheckContext::refuse(Finding &F, const std::string &RecordName,
                          clang::SourceLocation Loc,
                          const std::string &Reason) const {
  F.Fixes.clear();
  F.Notes.push_back({Loc, "no fix-it: " + Reason});
  if (Export)
    Export->addVeto(F.RecordLoc, RecordName, Reason);
}

clang::SourceLocation CheckContext::reportLoc(const clang::Decl *D) const {
  return Ctx.getSourceManager().getExpansionLoc(D->getLocation());
}

} // namespace alignlint
