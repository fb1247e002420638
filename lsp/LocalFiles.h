// Small helpers over the files on disk that the server writes and names:
// temporary copies it writes, and paths made absolute or real so that names
// from the compile database, the plugin and the editor compare equal.
#ifndef ALIGNLINT_LSP_LOCALFILES_H
#define ALIGNLINT_LSP_LOCALFILES_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace alignlint {
namespace lsp {

// Writes Text to Path (created or truncated); false when it could not.
bool writeFile(const std::string &Path, const std::string &Text);

// Path made absolute against Directory when relative, without . and ..
// (symbolic links are kept).
std::string absoluteIn(llvm::StringRef Directory, llvm::StringRef Path);

// The real path of Path (absolute against Directory when relative):
// symbolic links resolved; the absolute path itself when it does not exist.
std::string realPathIn(llvm::StringRef Directory, llvm::StringRef Path);

} // namespace lsp
} // namespace alignlint

#endif
