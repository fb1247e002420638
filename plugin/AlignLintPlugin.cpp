// Registers the plugin with clang, after checking that the clang loading it
// is the version it was built for.
#include "AlignLintConsumer.h"
#include "HostVersion.h"
#include "PluginOptions.h"

#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"

#include <cstdio>
#include <string>

namespace alignlint {
namespace {

class AlignLintAction : public clang::PluginASTAction {
public:
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, llvm::StringRef) override {
    return std::make_unique<AlignLintConsumer>(CI, Opts, Args);
  }

  bool ParseArgs(const clang::CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    std::string Error;
    this->Args = Args;
    if (parsePluginArgs(Args, Opts, Error))
      return true;
    clang::DiagnosticsEngine &Diags = CI.getDiagnostics();
    Diags.Report(Diags.getCustomDiagID(clang::DiagnosticsEngine::Error, "%0"))
        << Error;
    return false;
  }

  // Runs alongside the normal compile with a bare -fplugin=; the object
  // file is still produced.
  ActionType getActionType() override { return AddAfterMainAction; }

private:
  PluginOptions Opts;
  std::vector<std::string> Args; // applied again over each configuration
};

// A plugin runs inside clang's process against clang's own C++ ABI: loaded
// into another version it would crash the compiler. Refuse instead.
bool registerIfHostMatches() {
  std::string Host;
  if (!hostMatchesBuild(Host)) {
    std::fprintf(stderr,
                 "alignlint: this plugin was built for clang %s but was loaded "
                 "into '%s'; alignlint is disabled. Build it with "
                 "-DALIGNLINT_LLVM_PREFIX for this clang.\n",
                 CLANG_VERSION_STRING, Host.c_str());
    return false;
  }
  static clang::FrontendPluginRegistry::Add<AlignLintAction> Registration(
      "alignlint", "find wasteful and contended struct layouts");
  return true;
}

const bool Registered = registerIfHostMatches();

} // namespace
} // namespace alignlint
