#include "PathGlob.h"

namespace alignlint {

bool globMatches(llvm::StringRef Pattern, llvm::StringRef Path) {
  if (Pattern.empty())
    return Path.empty();
  if (Pattern.consume_front("**")) {
    // "dir/**/x" matches "dir/x" too: the "/" after ** may match nothing.
    if (Pattern.consume_front("/") && globMatches(Pattern, Path))
      return true;
    for (size_t I = 0; I <= Path.size(); ++I)
      if (globMatches(Pattern, Path.drop_front(I)))
        return true;
    return false;
  }
  if (Pattern.front() == '*') {
    llvm::StringRef Rest = Pattern.drop_front();
    for (size_t I = 0; I <= Path.size(); ++I) {
      if (globMatches(Rest, Path.drop_front(I)))
        return true;
      if (I < Path.size() && Path[I] == '/')
        break;
    }
    return false;
  }
  if (Path.empty())
    return false;
  bool Same = Pattern.front() == '?' ? Path.front() != '/'
                                     : Pattern.front() == Path.front();
  return Same && globMatches(Pattern.drop_front(), Path.drop_front());
}

bool anyGlobMatches(const std::vector<std::string> &Patterns,
                    llvm::StringRef Path) {
  for (const std::string &Pattern : Patterns)
    if (globMatches(Pattern, Path))
      return true;
  return false;
}

} // namespace alignlint
