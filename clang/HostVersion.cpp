#include "HostVersion.h"

#include "clang/Basic/Version.h"

namespace alignlint {

/// "19.1" from "Debian clang version 19.1.7 (...)".
static std::string majorMinorOf(const std::string &FullVersion) {
  size_t At = FullVersion.find("version ");
  if (At == std::string::npos)
    return "";
  At += 8;
  size_t FirstDot = FullVersion.find('.', At);
  size_t SecondDot =
      FirstDot == std::string::npos
          ? std::string::npos
          : FullVersion.find_first_not_of("0123456789", FirstDot + 1);
  return FullVersion.substr(At, SecondDot - At);
}

// getClangFullVersion resolves from the host (nothing of clang is linked
// into the front-ends), so it names the host's version, not the build's.
bool hostMatchesBuild(std::string &HostVersion) {
  std::string Built = std::to_string(CLANG_VERSION_MAJOR) + "." +
                      std::to_string(CLANG_VERSION_MINOR);
  HostVersion = clang::getClangFullVersion();
  return majorMinorOf(HostVersion) == Built;
}

} // namespace alignlint
