// Path globs of .alignlint.yaml (include, exclude, public-headers): '*'
// matches within one path component, '**' across components ("src/**" is
// everything under src), '?' one character other than '/'.
#ifndef ALIGNLINT_PATH_GLOB_H
#define ALIGNLINT_PATH_GLOB_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace alignlint {

/// Whether Path matches Pattern as a whole. Both are absolute and
/// normalized ('/' separated, no "." or ".." components).
bool globMatches(llvm::StringRef Pattern, llvm::StringRef Path);

/// Whether Path matches any of Patterns.
bool anyGlobMatches(const std::vector<std::string> &Patterns,
                    llvm::StringRef Path);

} // namespace alignlint

#endif
