// Whether the clang (or clang-tidy) that loaded alignlint is the version it
// was built for. alignlint runs inside the host's process against its C++
// ABI: loaded into another version it would crash, so the front-ends check
// this before registering anything.
#ifndef ALIGNLINT_HOST_VERSION_H
#define ALIGNLINT_HOST_VERSION_H

#include <string>

namespace alignlint {

/// True when the host's major.minor version is the one alignlint was built
/// for; sets HostVersion to the host's full version string.
bool hostMatchesBuild(std::string &HostVersion);

} // namespace alignlint

#endif
