// How the exports name places: absolute real paths, and edits as
// (file, offset, length) in the file as the compiler read it.
#ifndef ALIGNLINT_EXPORT_PATHS_H
#define ALIGNLINT_EXPORT_PATHS_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Replacement.h"

#include <string>

namespace alignlint {

/// The file's absolute real path; its name as clang knows it when the real
/// path cannot be found, and "" for a buffer that is no file.
std::string realPathOf(const clang::SourceManager &SM, clang::FileID File);

/// Fix as an edit of the real path of the file it edits.
clang::tooling::Replacement exportedEdit(const clang::SourceManager &SM,
                                         const clang::LangOptions &LangOpts,
                                         const clang::FixItHint &Fix);

} // namespace alignlint

#endif
