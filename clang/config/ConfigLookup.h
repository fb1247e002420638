// Which .alignlint.yaml applies to a folder's files: the nearest one in the
// folder or above it (merged with its parent's when it says inherit: true),
// or the one named by config=FILE; then the front-end's own settings over
// it. Each folder is looked up once per translation unit.
#ifndef ALIGNLINT_CONFIG_LOOKUP_H
#define ALIGNLINT_CONFIG_LOOKUP_H

#include "ConfigFile.h"
#include "PluginOptions.h"

#include "llvm/ADT/StringMap.h"

#include <memory>
#include <string>
#include <vector>

namespace alignlint {

/// Where a translation unit's options come from besides the files.
struct OptionSources {
  std::string ExplicitConfig; // config=FILE; empty: look up per folder
  /// Applied over the files' keys, as plugin arguments: the command line,
  /// or clang-tidy's Checks and CheckOptions. Already validated.
  std::vector<std::string> Overrides;
};

/// What applies to the records of the files in one folder.
struct FolderConfig {
  PluginOptions Opts; // defaults, the files' keys (outermost first), overrides
  std::vector<std::string> Include, Exclude, PublicHeaders; // absolute globs
  bool SetsPublicHeaders = false;
  bool Valid = true; // false: a file it comes from has an error

  /// Whether the include/exclude globs let File's records be checked.
  bool checksFile(llvm::StringRef File) const;
};

class ConfigLookup {
public:
  explicit ConfigLookup(OptionSources Sources);

  /// The configuration for files in Folder (absolute, normalized).
  const FolderConfig &forFolder(llvm::StringRef Folder);

  /// The errors found since the last call ("PATH:LINE:COL: ..."), each
  /// file's once.
  std::vector<std::string> takeErrors();

private:
  /// The files that apply to a folder, outermost first; null entries mark
  /// a file with an error.
  using Chain = std::vector<std::shared_ptr<const ConfigFile>>;

  const Chain &chainFor(const std::string &Folder);
  Chain chainOfFile(const std::string &Path, const std::string &Folder);

  OptionSources Sources;
  llvm::StringMap<Chain> Chains;
  llvm::StringMap<std::unique_ptr<FolderConfig>> Configs;
  std::unique_ptr<Chain> ExplicitChain;
  std::vector<std::string> Errors;
};

/// The absolute, normalized path of Path (relative to the current folder).
std::string absolutePath(llvm::StringRef Path);

} // namespace alignlint

#endif
