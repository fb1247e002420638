// Messages written as format strings, so each reads as one sentence in the
// one place it is written: formatMessage("'{0}' is {1} bytes", Name, Size).
// Its own, not llvm::formatv: formatv's adapters have vtables whose symbols
// a clang of another version lacks, and the plugin must load there to say
// it is disabled.
#ifndef ALIGNLINT_MESSAGE_FORMAT_H
#define ALIGNLINT_MESSAGE_FORMAT_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <type_traits>
#include <vector>

namespace alignlint {

/// Format with each "{N}" replaced by Args[N].
std::string fillMessage(llvm::StringRef Format,
                        const std::vector<std::string> &Args);

inline std::string messageArg(const std::string &S) { return S; }
inline std::string messageArg(const char *S) { return S; }
inline std::string messageArg(llvm::StringRef S) { return S.str(); }
template <typename Number, typename = typename std::enable_if<
                               std::is_integral<Number>::value>::type>
std::string messageArg(Number N) {
  return std::to_string(N);
}

template <typename... Args>
std::string formatMessage(llvm::StringRef Format, const Args &...Values) {
  return fillMessage(Format, {messageArg(Values)...});
}

} // namespace alignlint

#endif
