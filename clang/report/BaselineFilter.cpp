#include "BaselineFilter.h"

#include "ExportPaths.h"
#include "FindingSizes.h"

namespace alignlint {

std::string baselineRecordName(const clang::RecordDecl *RD) {
  if (!RD->getName().empty())
    return RD->getQualifiedNameAsString();
  if (const clang::TypedefNameDecl *Typedef = RD->getTypedefNameForAnonDecl())
    return Typedef->getQualifiedNameAsString();
  for (const clang::DeclContext *DC = RD->getDeclContext(); DC;
       DC = DC->getParent())
    if (const auto *Named = llvm::dyn_cast<clang::NamedDecl>(DC))
      if (!Named->getName().empty()) {
        const auto *Outer = llvm::dyn_cast<clang::RecordDecl>(Named);
        return (Outer ? baselineRecordName(Outer)
                      : Named->getQualifiedNameAsString()) +
               "::(anonymous)";
      }
  return "(anonymous)";
}

// Current minus proposed size, as the findings file's "bytes" give them; 0
// when the rule proposes no layout or one that is not smaller.
uint64_t BaselineFilter::bytesWasted(const Finding &F) const {
  if (!hasLayout(F.Record))
    return 0;
  FindingSizes Sizes = findingSizes(Ctx, F);
  return Sizes.Proposed < Sizes.Current ? Sizes.Current - Sizes.Proposed : 0;
}

bool BaselineFilter::hides(const Finding &F) const {
  if (!F.Record)
    return false; // a record the baseline cannot name is always reported
  const clang::SourceManager &SM = Ctx.getSourceManager();
  std::string File = realPathOf(SM, SM.getFileID(SM.getFileLoc(F.RecordLoc)));
  return Known.judge(ruleName(F.TheRule), baselineRecordName(F.Record), File,
                     bytesWasted(F)) == BaselineVerdict::Known;
}

} // namespace alignlint
