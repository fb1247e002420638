// One analysis of an unsaved buffer: the file's compile command with the
// plugin, in a subprocess (a crash or hang there never touches the relay),
// the buffer mapped over the file with -remap-file (the user's files are
// never written), the findings read from the plugin's findings file. When
// the buffer's includes are precompiled (PreambleStore), the run loads them
// and parses only the rest; any failure of such a run parses it all again.
#ifndef ALIGNLINT_LSP_BUFFERANALYSIS_H
#define ALIGNLINT_LSP_BUFFERANALYSIS_H

#include "CompileCommands.h"
#include "FindingsFile.h"
#include "IncludeIndex.h"
#include "OpenDocuments.h"
#include "PreambleStore.h"
#include "RunningCompile.h"
#include "ServerOptions.h"

#include <string>
#include <vector>

namespace alignlint {
namespace lsp {

struct AnalysisResult {
  bool Completed = false; // false: cancelled, or the compiler failed to run
  std::string RealPath;   // the buffer's file as the plugin names it
  bool ListedInDatabase = false;
  Includers OtherUnits;      // of a listed file: other units that include it
  bool UsedPreamble = false; // the includes came precompiled
  long CpuMilliseconds = 0;  // the compiler's user + system time
  std::vector<Finding> Findings;
};

AnalysisResult analyzeBuffer(const ServerOptions &Options,
                             CompileCommands &Commands,
                             PreambleStore &Preambles,
                             const OpenDocument &Document,
                             RunningCompile &Running);

} // namespace lsp
} // namespace alignlint

#endif
