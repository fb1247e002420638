// The compiler command that analyses an unsaved buffer: the file's own
// compile command, run by the clang this plugin was built for, parsing only
// (no output, no dependency files), with the plugin exporting its findings
// and the file's name mapped to the buffer's text; and the command that
// precompiles the buffer's include prefix for it (IncludePrefix.h).
#ifndef ALIGNLINT_LSP_ANALYSISCOMMAND_H
#define ALIGNLINT_LSP_ANALYSISCOMMAND_H

#include "CompileCommands.h"

#include <string>
#include <vector>

namespace alignlint {
namespace lsp {

struct AnalysisInputs {
  std::string Clang;
  std::string Plugin;
  std::string File;       // the path the compile command names
  std::string BufferFile; // the buffer's text, written to a temporary file
  std::string ExportDir;  // where the plugin writes its findings
  std::string Preamble;   // a precompiled include prefix, or ""
};

std::vector<std::string> analysisCommand(const FileCommand &Command,
                                         const AnalysisInputs &Inputs);

struct PreambleInputs {
  std::string Clang;
  std::string File;       // the path the compile command names
  std::string PrefixFile; // the include prefix, named as File is
  std::string Preamble;   // the precompiled header to write
};

// The file's command without the plugin, compiling PrefixFile in its place
// into a precompiled header; its quoted includes are searched in File's
// folder first, as they are from File. Empty when the command does not name
// the file.
std::vector<std::string> preambleCommand(const FileCommand &Command,
                                         const PreambleInputs &Inputs);

// The unit's command listing the files it includes, as a make rule written
// to RuleFile (-M), without compiling.
std::vector<std::string> dependencyCommand(const FileCommand &Command,
                                           const std::string &Clang,
                                           const std::string &RuleFile);

} // namespace lsp
} // namespace alignlint

#endif
