// One .alignlint.yaml, read with LLVM's YAML parser: its keys as plugin
// arguments (applied in the order written, as arguments are), its path
// globs made absolute, and whether it merges with its parent's
// (docs/configuration.md).
#ifndef ALIGNLINT_CONFIG_FILE_H
#define ALIGNLINT_CONFIG_FILE_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace alignlint {

struct ConfigFile {
  std::string Path;
  bool Inherit = false; // merge with the configuration of the parent folder
  /// The option keys as plugin arguments ("min-saved=8"), in file order.
  std::vector<std::string> Arguments;
  /// Absolute globs: which files' records are checked, which are public.
  std::vector<std::string> Include, Exclude, PublicHeaders;
  bool SetsPublicHeaders = false; // even to [] (turns the heuristics off)
};

/// Parses Text, the contents of the file at Path; relative globs are taken
/// from Directory (absolute, normalized). On an unknown key, a wrong type
/// or a bad value returns false with Error "PATH:LINE:COL: what is wrong".
bool parseConfigFile(llvm::StringRef Path, llvm::StringRef Text,
                     llvm::StringRef Directory, ConfigFile &Out,
                     std::string &Error);

/// The keys a configuration file may have, for error messages and docs.
std::string configKeysUsage();

} // namespace alignlint

#endif
