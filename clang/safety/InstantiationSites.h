// Where user code instantiated library template code: a note about code in
// a system header (e.g. the aggregate initialization inside
// std::construct_at that `v.emplace_back(1, 2)` instantiates) points at the
// user's line and names the library function called there.
#ifndef ALIGNLINT_INSTANTIATION_SITES_H
#define ALIGNLINT_INSTANTIATION_SITES_H

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

#include <string>
#include <vector>

namespace alignlint {

class InstantiationSites {
public:
  InstantiationSites() = default;
  explicit InstantiationSites(const clang::SourceManager &SM) : SM(&SM) {}

  /// Called for every function template instantiation a TU scan walks:
  /// the callers among which userSite looks.
  void noteInstantiation(const clang::FunctionDecl *FD) {
    Instantiations.push_back(FD);
  }

  /// Loc when it is not in a system header. Otherwise, from Holder (the
  /// function whose code holds Loc) up its points of instantiation to the
  /// first outside system headers: that location, with Via set to the
  /// library function instantiated there. Loc when there is none.
  clang::SourceLocation userSite(clang::SourceLocation Loc,
                                 const clang::FunctionDecl *Holder,
                                 std::string &Via) const;

private:
  const clang::FunctionDecl *callerAt(clang::SourceLocation Loc,
                                      const clang::FunctionDecl *Callee) const;

  const clang::SourceManager *SM = nullptr;
  std::vector<const clang::FunctionDecl *> Instantiations;
};

} // namespace alignlint

#endif
