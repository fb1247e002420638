#include "AnalysisCommand.h"

#include "LocalFiles.h"

#include "llvm/ADT/SmallString.h"
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

bool isPluginArgument(llvm::StringRef Arg) {
  return hasPrefix(Arg, "-fplugin-arg-alignlint-");
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

// The user's arguments that parse the file (not those that write output).
std::vector<std::string> parsingArguments(const FileCommand &Command) {
  std::vector<std::string> Kept;
  for (size_t I = 1; I < Command.Arguments.size(); ++I) {
    llvm::StringRef Arg = Command.Arguments[I];
    if (takesDroppedValue(Arg)) {
      ++I;
      continue;
    }
    if (!isDroppedAlone(Arg))
      Kept.push_back(Arg.str());
  }
  return Kept;
}

// The database's file name is absolute; the command may name it relatively.
bool namesFile(const FileCommand &Command, llvm::StringRef Arg) {
  return Arg == Command.Filename ||
         absoluteIn(Command.Directory, Arg) ==
             absoluteIn(Command.Directory, Command.Filename);
}

} // namespace

std::vector<std::string> analysisCommand(const FileCommand &Command,
                                         const AnalysisInputs &Inputs) {
  // alignlint's options right after the driver: a command may end with
  // "-- FILE" (clangd's interpolation writes that), after which everything
  // is a file name.
  std::vector<std::string> Argv = {Inputs.Clang,
                                   "-fsyntax-only",
                                   "-fplugin=" + Inputs.Plugin,
                                   "-fplugin-arg-alignlint-export-fixes=" +
                                       Inputs.ExportDir,
                                   "-Xclang",
                                   "-remap-file",
                                   "-Xclang",
                                   Inputs.File + ";" + Inputs.BufferFile};
  if (!Inputs.Preamble.empty())
    Argv.insert(Argv.end(), {"-include-pch", Inputs.Preamble});
  for (std::string &Arg : parsingArguments(Command))
    Argv.push_back(std::move(Arg));
  return Argv;
}

std::vector<std::string> preambleCommand(const FileCommand &Command,
                                         const PreambleInputs &Inputs) {
  std::vector<std::string> Argv = {
      Inputs.Clang, "-fsyntax-only",
      "-Xclang",    "-emit-pch",
      "-Xclang",    "-o",
      "-Xclang",    Inputs.Preamble,
      "-iquote",    llvm::sys::path::parent_path(Inputs.File).str()};
  bool NamesFile = false;
  for (std::string &Arg : parsingArguments(Command)) {
    if (isPluginArgument(Arg))
      continue;
    if (!NamesFile && namesFile(Command, Arg)) {
      Arg = Inputs.PrefixFile;
      NamesFile = true;
    }
    Argv.push_back(std::move(Arg));
  }
  if (!NamesFile)
    return {};
  return Argv;
}

std::vector<std::string> dependencyCommand(const FileCommand &Command,
                                           const std::string &Clang,
                                           const std::string &RuleFile) {
  // -MG: a missing (generated) header is listed, not an error.
  std::vector<std::string> Argv = {Clang, "-M", "-MG", "-MF", RuleFile, "-w"};
  for (std::string &Arg : parsingArguments(Command))
    Argv.push_back(std::move(Arg));
  return Argv;
}

} // namespace lsp
} // namespace alignlint
