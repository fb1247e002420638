#include "FileUri.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"

namespace alignlint {
namespace lsp {
namespace {

bool keptUnencoded(char C) {
  return llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C);
}

} // namespace

std::string uriToPath(const std::string &Uri) {
  llvm::StringRef Rest = Uri;
  if (!Rest.consume_front("file://"))
    return "";
  // file://host/path: only the empty host (or localhost) is this machine.
  Rest.consume_front("localhost");
  std::string Path;
  for (size_t I = 0; I < Rest.size(); ++I) {
    if (Rest[I] == '%' && I + 2 < Rest.size() &&
        llvm::isHexDigit(Rest[I + 1]) && llvm::isHexDigit(Rest[I + 2])) {
      Path += char(llvm::hexFromNibbles(Rest[I + 1], Rest[I + 2]));
      I += 2;
    } else {
      Path += Rest[I];
    }
  }
  return Path;
}

std::string pathToUri(const std::string &Path) {
  std::string Uri = "file://";
  for (char C : Path) {
    if (keptUnencoded(C)) {
      Uri += C;
    } else {
      Uri += '%';
      Uri += llvm::hexdigit((unsigned char)C >> 4);
      Uri += llvm::hexdigit((unsigned char)C & 15);
    }
  }
  return Uri;
}

} // namespace lsp
} // namespace alignlint
