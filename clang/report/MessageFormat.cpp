#include "MessageFormat.h"

#include <cassert>

namespace alignlint {

std::string fillMessage(llvm::StringRef Format,
                        const std::vector<std::string> &Args) {
  std::string Out;
  while (true) {
    size_t Open = Format.find('{');
    Out += Format.substr(0, Open).str();
    if (Open == llvm::StringRef::npos)
      return Out;
    size_t Close = Format.find('}', Open);
    size_t Index = 0;
    for (char Digit : Format.slice(Open + 1, Close))
      Index = Index * 10 + size_t(Digit - '0');
    assert(Close != llvm::StringRef::npos && Index < Args.size() &&
           "a message names an argument it was not given");
    if (Index < Args.size())
      Out += Args[Index];
    Format = Format.substr(Close == llvm::StringRef::npos ? Format.size()
                                                          : Close + 1);
  }
}

} // namespace alignlint
