#include "AnalysisCommand.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"

namespace alignlint {
namespace lsp {
namespace {

// Options that write files or stop before parsing; the ones in the first
// list take the next argument as their value.
const char *const DroppedWithValue[] = {"-o", "-MF", "-MT", "-MQ"};
const char *const DroppedAlone[] = {"-c",  "-S",           "-E",   "-M",
                                    "-MM", "-MD",          "-MMD", "-MG",
                                    "-MP", "-fsyntax-only"};

// StringRef::startswith in LLVM 14, starts_with in 19.
bool hasPrefix(llvm::StringRef Arg, llvm::StringRef Prefix) {
  return Arg.substr(0, Prefix.size()) == Prefix;
}

bool isOwnPlugin(llvm::StringRef Arg) {
  llvm::StringRef Path = Arg;
  if (Path.consume_front("-fplugin="))
    return llvm::sys::path::filename(Path).contains("alignlint");
  return hasPrefix(Arg, "-fplugin-arg-alignlint-export-fixes=");
}

// An option that names its value in the same argument (-ofile, -MFdeps.d).
bool isJoinedOutput(llvm::StringRef Arg) {
  for (const char *Option : DroppedWithValue)
    if (Arg.size() > llvm::StringRef(Option).size() && hasPrefix(Arg, Option))
      return true;
  return false;
}

bool isDroppedAlone(llvm::StringRef Arg) {
  for (const char *Option : DroppedAlone)
    if (Arg == Option)
      return true;
  return hasPrefix(Arg, "-save-temps") || isOwnPlugin(Arg) ||
         isJoinedOutput(Arg);
}

bool takesDroppedValue(llvm::StringRef Arg) {
  for (const char *Option : DroppedWithValue)
    if (Arg == Option)
      return true;
  return false;
}

} // namespace

std::vector<std::string> analysisCommand(const FileCommand &Command,
                                         const AnalysisInputs &Inputs) {
  std::vector<std::string> Argv = {Inputs.Clang};
  for (size_t I = 1; I < Command.Arguments.size(); ++I) {
    llvm::StringRef Arg = Command.Arguments[I];
    if (takesDroppedValue(Arg)) {
      ++I;
      continue;
    }
    if (!isDroppedAlone(Arg))
      Argv.push_back(Arg.str());
  }
  Argv.push_back("-fsyntax-only");
  Argv.push_back("-fplugin=" + Inputs.Plugin);
  Argv.push_back("-fplugin-arg-alignlint-export-fixes=" + Inputs.ExportDir);
  for (const std::string &Arg :
       {std::string("-remap-file"), Inputs.File + ";" + Inputs.BufferFile}) {
    Argv.push_back("-Xclang");
    Argv.push_back(Arg);
  }
  return Argv;
}

} // namespace lsp
} // namespace alignlint
