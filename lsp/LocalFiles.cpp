#include "LocalFiles.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace alignlint {
namespace lsp {

bool writeFile(const std::string &Path, const std::string &Text) {
  std::error_code Error;
  llvm::raw_fd_ostream Out(Path, Error);
  if (Error)
    return false;
  Out << Text;
  return !Out.has_error();
}

std::string absoluteIn(llvm::StringRef Directory, llvm::StringRef Path) {
  llvm::SmallString<256> Absolute = Path;
  if (llvm::sys::path::is_relative(Path)) {
    Absolute = Directory;
    llvm::sys::path::append(Absolute, Path);
  }
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return Absolute.str().str();
}

std::string realPathIn(llvm::StringRef Directory, llvm::StringRef Path) {
  // ".." after a symbolic link is resolved by real_path, not by hand.
  llvm::SmallString<256> Joined = Path;
  if (llvm::sys::path::is_relative(Path)) {
    Joined = Directory;
    llvm::sys::path::append(Joined, Path);
  }
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Joined, Real))
    return absoluteIn(Directory, Path);
  return Real.str().str();
}

} // namespace lsp
} // namespace alignlint
