// The source ranges already edited by fixes made in this translation unit.
// Fixes of different records must not overlap (an initializer of one nested
// in a moved element of another's): a later fix that would overlap is refused.
#ifndef ALIGNLINT_FIX_CLAIMS_H
#define ALIGNLINT_FIX_CLAIMS_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"

#include <string>
#include <vector>

namespace alignlint {

class FixClaims {
public:
  /// True when some edit overlaps a claimed one; At and Owner say where and
  /// whose.
  bool overlaps(const std::vector<clang::FixItHint> &Fixes,
                const clang::SourceManager &SM, clang::SourceLocation &At,
                std::string &Owner) const;
  void claim(const std::vector<clang::FixItHint> &Fixes,
             const clang::SourceManager &SM, const std::string &Owner);

private:
  struct Claimed {
    clang::FileID File;
    unsigned Begin, End;
    std::string Owner;
  };
  std::vector<Claimed> Claims;
};

} // namespace alignlint

#endif
