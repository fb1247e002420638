#include "ServerOptions.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <cstdlib>

namespace alignlint {
namespace lsp {
namespace {

#define ALIGNLINT_STR2(X) #X
#define ALIGNLINT_STR(X) ALIGNLINT_STR2(X)

// The clangd of the LLVM this server was built with: its version matches
// the plugin's, so both parse the file alike. Then clangd-N, then clangd.
std::string defaultClangd() {
  std::string Prefixed = std::string(ALIGNLINT_LLVM_PREFIX) + "/bin/clangd";
  if (llvm::sys::fs::can_execute(Prefixed))
    return Prefixed;
  for (const char *Name :
       {"clangd-" ALIGNLINT_STR(ALIGNLINT_LLVM_MAJOR), "clangd"})
    if (auto Found = llvm::sys::findProgramByName(Name))
      return *Found;
  return "clangd";
}

// The plugin of this build: installed, it is in the prefix's
// lib/alignlint/llvm-N beside bin/ (the build tree may be gone); run from the
// build tree, it is that tree's plugin.
std::string defaultPlugin(const char *Argv0) {
  static int AddressInThisProgram;
  std::string Executable =
      llvm::sys::fs::getMainExecutable(Argv0, &AddressInThisProgram);
  llvm::SmallString<256> Installed(llvm::sys::path::parent_path(Executable));
  llvm::sys::path::append(Installed, "..", "lib", "alignlint");
  llvm::sys::path::append(Installed,
                          "llvm-" ALIGNLINT_STR(ALIGNLINT_LLVM_MAJOR),
                          "libalignlint.so");
  if (!Executable.empty() && llvm::sys::fs::exists(Installed)) {
    llvm::sys::path::remove_dots(Installed, /*remove_dot_dot=*/true);
    return std::string(Installed.str());
  }
  return ALIGNLINT_PLUGIN_PATH;
}

// The alignlint command of this build: installed, the one beside this
// server in bin/; run from the build tree, that tree's; else on PATH.
std::string defaultTool(const char *Argv0) {
  std::string Server = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&defaultClangd));
  std::string Beside =
      (llvm::sys::path::parent_path(Server) + "/alignlint").str();
  if (!Server.empty() && llvm::sys::fs::can_execute(Beside))
    return Beside;
  if (llvm::sys::fs::can_execute(ALIGNLINT_TOOL_PATH))
    return ALIGNLINT_TOOL_PATH;
  if (auto Found = llvm::sys::findProgramByName("alignlint"))
    return *Found;
  return ALIGNLINT_TOOL_PATH;
}

} // namespace

bool parseServerOptions(int Argc, char **Argv, ServerOptions &Opts,
                        std::string &Error) {
  Opts.Clang = std::string(ALIGNLINT_LLVM_PREFIX) + "/bin/clang";
  Opts.Plugin = defaultPlugin(Argv[0]);
  Opts.Tool = defaultTool(Argv[0]);
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    llvm::StringRef Value = Arg;
    if (Value.consume_front("--clangd=")) {
      Opts.Clangd = Value.str();
    } else if (Value.consume_front("--alignlint-clang=")) {
      Opts.Clang = Value.str();
    } else if (Value.consume_front("--alignlint-plugin=")) {
      Opts.Plugin = Value.str();
    } else if (Value.consume_front("--alignlint-tool=")) {
      Opts.Tool = Value.str();
    } else if (Value.consume_front("--alignlint-debounce-ms=")) {
      if (Value.getAsInteger(10, Opts.DebounceMs)) {
        Error = "--alignlint-debounce-ms= needs a number of milliseconds, "
                "not '" +
                Value.str() + "'.";
        return false;
      }
    } else if (Value.consume_front("--alignlint-nice=")) {
      if (Value.getAsInteger(10, Opts.Niceness)) {
        Error = "--alignlint-nice= needs a niceness (0 to 19), not '" +
                Value.str() + "'.";
        return false;
      }
    } else if (Value.consume_front("--alignlint-preamble=")) {
      if (Value != "on" && Value != "off") {
        Error =
            "--alignlint-preamble= is on or off, not '" + Value.str() + "'.";
        return false;
      }
      Opts.Preamble = Value == "on";
    } else {
      if (Value.consume_front("--compile-commands-dir="))
        Opts.CompileCommandsDir = Value.str();
      Opts.ClangdArgs.push_back(Arg.str());
    }
  }
  if (Opts.Clangd.empty())
    Opts.Clangd = defaultClangd();
  return true;
}

} // namespace lsp
} // namespace alignlint
