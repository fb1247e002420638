// What the fixes made so far in this translation unit edit: fixes of
// different records must not overlap (e.g. an initializer of one nested in a
// moved element of another's). The layouts they change: FixedLayouts.
#ifndef ALIGNLINT_FIX_CLAIMS_H
#define ALIGNLINT_FIX_CLAIMS_H

#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"

#include <map>
#include <string>
#include <tuple>
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
  /// Claimed ranges by (file, begin, end offset), with their owner. No two
  /// overlap, so in this order their ends never decrease: a query only has
  /// to look at the last claim that begins before its end. (A TU that fixes
  /// thousands of records made a linear scan quadratic.)
  using Range = std::tuple<clang::FileID, unsigned, unsigned>;
  std::map<Range, std::string> Claims;
};

} // namespace alignlint

#endif
