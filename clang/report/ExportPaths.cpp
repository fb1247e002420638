#include "ExportPaths.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"

namespace alignlint {

std::string realPathOf(const clang::SourceManager &SM, clang::FileID File) {
  auto Entry = SM.getFileEntryRefForID(File); // Optional<> in LLVM 14
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

clang::tooling::Replacement exportedEdit(const clang::SourceManager &SM,
                                         const clang::LangOptions &LangOpts,
                                         const clang::FixItHint &Fix) {
  clang::FileID File = SM.getFileID(Fix.RemoveRange.getBegin());
  clang::tooling::Replacement Located(SM, Fix.RemoveRange, Fix.CodeToInsert,
                                      LangOpts);
  return clang::tooling::Replacement(realPathOf(SM, File), Located.getOffset(),
                                     Located.getLength(), Fix.CodeToInsert);
}

} // namespace alignlint
