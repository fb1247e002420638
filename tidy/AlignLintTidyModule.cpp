// Registers the alignlint checks with clang-tidy, after checking that the
// clang-tidy loading the module is the version it was built for.
#include "HostVersion.h"
#include "RuleCheck.h"
#include "TidyOptions.h"

#include "ClangTidyModule.h"
#include "ClangTidyModuleRegistry.h"

#include "clang/Basic/Version.h"

#include <cstdio>
#include <string>

namespace alignlint {
namespace {

class AlignLintTidyModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    add<Rule::FieldOrder>(Factories);
    add<Rule::HotFields>(Factories);
    add<Rule::Contended>(Factories);
    add<Rule::FalseSharing>(Factories);
    add<Rule::Straddle>(Factories);
  }

private:
  template <Rule R>
  static void add(clang::tidy::ClangTidyCheckFactories &Factories) {
    Factories.registerCheck<RuleCheckFor<R>>(checkNameOf(R));
  }
};

// The module runs inside clang-tidy's process against its C++ ABI: loaded
// into another version it would crash. Refuse instead.
bool registerIfHostMatches() {
  std::string Host;
  if (!hostMatchesBuild(Host)) {
    std::fprintf(stderr,
                 "alignlint: this clang-tidy module was built for clang %s but "
                 "was loaded into a clang-tidy of '%s'; the alignlint checks "
                 "are disabled. Build it with -DALIGNLINT_LLVM_PREFIX for "
                 "this clang-tidy.\n",
                 CLANG_VERSION_STRING, Host.c_str());
    return false;
  }
  static clang::tidy::ClangTidyModuleRegistry::Add<AlignLintTidyModule>
      Registration("alignlint-module",
                   "find wasteful and contended struct layouts");
  return true;
}

const bool Registered = registerIfHostMatches();

} // namespace
} // namespace alignlint
