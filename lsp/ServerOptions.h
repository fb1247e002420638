// The command line of alignlint-clangd: its own --alignlint-* options and
// --clangd=; every other argument goes to clangd unchanged.
#ifndef ALIGNLINT_LSP_SERVEROPTIONS_H
#define ALIGNLINT_LSP_SERVEROPTIONS_H

#include <string>
#include <vector>

namespace alignlint {
namespace lsp {

struct ServerOptions {
  std::string Clangd; // the clangd to start
  std::vector<std::string> ClangdArgs;
  std::string Clang;              // the clang that loads the plugin
  std::string Plugin;             // this build's libalignlint.so
  std::string Tool;               // this build's alignlint (project-wide fixes)
  std::string CompileCommandsDir; // clangd's --compile-commands-dir, if given
  unsigned DebounceMs = 50;       // quiet time after a change before analysis
  int Niceness = 10;    // the analysis yields the CPU to clangd and the editor
  bool Preamble = true; // precompile each buffer's includes (PreambleStore)
};

// Fills Opts from argv. False with Error set for a malformed option.
bool parseServerOptions(int Argc, char **Argv, ServerOptions &Opts,
                        std::string &Error);

} // namespace lsp
} // namespace alignlint

#endif
