#include "BaselineFilter.h"

#include "ExportPaths.h"

#include "clang/AST/RecordLayout.h"

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

static bool hasLayout(const clang::RecordDecl *RD) {
  return RD && !RD->isInvalidDecl() && RD->isCompleteDefinition() &&
         !RD->isDependentType();
}

// Current minus proposed size, as the findings file's "bytes" give them; 0
// when the rule proposes no layout or one that is not smaller.
uint64_t BaselineFilter::bytesWasted(const Finding &F) const {
  if (!hasLayout(F.Record) || !hasLayout(F.Proposed))
    return 0;
  uint64_t Current = Ctx.getASTRecordLayout(F.Record).getSize().getQuantity();
  uint64_t Proposed =
      Ctx.getASTRecordLayout(F.Proposed).getSize().getQuantity();
  return Proposed < Current ? Current - Proposed : 0;
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
