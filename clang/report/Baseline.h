// The baseline file `alignlint baseline` writes (docs/baseline-sarif.md):
// the findings a project already knows about. With
// -fplugin-arg-alignlint-baseline=FILE (or the configuration's `baseline:`
// key) a compile reports only findings that are new, or whose record now
// wastes more bytes than its entry says.
#ifndef ALIGNLINT_PLUGIN_BASELINE_H
#define ALIGNLINT_PLUGIN_BASELINE_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <map>
#include <string>
#include <tuple>

namespace alignlint {

/// What the baseline says of a finding.
enum class BaselineVerdict { New, Known, Worse };

class Baseline {
public:
  /// Reads the baseline file at Path (LLVM's YAML parser). On an unreadable
  /// or malformed file returns false and sets Error to a message naming
  /// the file, the line and the problem. The config file's `baseline:` key
  /// calls this too.
  static bool read(llvm::StringRef Path, Baseline &Out, std::string &Error);

  /// The identity is the rule ("field-order"), the record's qualified name
  /// and its file (an absolute real path, named relative to the baseline's
  /// root); BytesWasted is current minus proposed size, 0 when the fix
  /// does not shrink the record.
  BaselineVerdict judge(llvm::StringRef Rule, llvm::StringRef QualifiedName,
                        llvm::StringRef File, uint64_t BytesWasted) const;

  /// The project root, absolute: the baseline's `root:` resolved against
  /// the folder of the baseline file.
  const std::string &root() const { return Root; }

private:
  using Identity = std::tuple<std::string, std::string, std::string>;
  std::string Root;
  std::map<Identity, uint64_t> BytesWastedByIdentity;
};

} // namespace alignlint

#endif
