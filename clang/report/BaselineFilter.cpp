#include "BaselineFilter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"

namespace alignlint {

std::string baselineRecordName(const clang::RecordDecl *RD) {
  if (const clang::TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
    return TD->getQualifiedNameAsString();
  if (RD->getName().empty())
    return "(anonymous)";
  return RD->getQualifiedNameAsString();
}

BaselineFilter::BaselineFilter(
    const Baseline &Known, const clang::SourceManager &SM,
    llvm::ArrayRef<const clang::RecordDecl *> Records)
    : Known(Known), SM(SM) {
  // Where the checks report a record (CheckContext::reportLoc).
  for (const clang::RecordDecl *RD : Records)
    RecordsByLoc.emplace(SM.getExpansionLoc(RD->getLocation()), RD);
}

// As the YAML export and the findings file spell it.
std::string BaselineFilter::realPathOf(clang::SourceLocation Loc) const {
  auto Entry = SM.getFileEntryRefForID(SM.getFileID(SM.getFileLoc(Loc)));
  if (!Entry)
    return "";
  llvm::StringRef Real = Entry->getFileEntry().tryGetRealPathName();
  if (!Real.empty())
    return std::string(Real);
  llvm::SmallString<256> Path;
  if (llvm::sys::fs::real_path(Entry->getName(), Path))
    return std::string(Entry->getName());
  return std::string(Path.str());
}

bool BaselineFilter::hides(const Finding &F) const {
  auto Record = RecordsByLoc.find(F.RecordLoc);
  if (Record == RecordsByLoc.end())
    return false; // a record the baseline cannot name is always reported
  uint64_t Wasted =
      F.ProposedBytes < F.CurrentBytes ? F.CurrentBytes - F.ProposedBytes : 0;
  return Known.judge(ruleName(F.TheRule), baselineRecordName(Record->second),
                     realPathOf(F.RecordLoc), Wasted) == BaselineVerdict::Known;
}

} // namespace alignlint
