// One analysis of an unsaved buffer: the file's compile command with the
// plugin, in a subprocess (a crash or hang there never touches the relay),
// the buffer mapped over the file with -remap-file (the user's files are
// never written), the findings read from the plugin's findings file.
#ifndef ALIGNLINT_LSP_BUFFERANALYSIS_H
#define ALIGNLINT_LSP_BUFFERANALYSIS_H

#include "CompileCommands.h"
#include "FindingsFile.h"
#include "IncludeIndex.h"
#include "OpenDocuments.h"
#include "ServerOptions.h"

#include <mutex>
#include <string>
#include <sys/types.h>
#include <vector>

namespace alignlint {
namespace lsp {

// The compiler run in progress, which a newer edit may cancel.
class RunningCompile {
public:
  void started(pid_t Pid);
  // Waits for the run to end: its exit status, or -1 when it was cancelled
  // or timed out.
  int waitForEnd(unsigned TimeoutSeconds);
  void cancel();

private:
  std::mutex Lock;
  pid_t Pid = -1;
  bool Cancelled = false;
};

struct AnalysisResult {
  bool Completed = false; // false: cancelled, or the compiler failed to run
  std::string RealPath;   // the buffer's file as the plugin names it
  bool ListedInDatabase = false;
  Includers OtherUnits;     // of a listed file: other units that include it
  long CpuMilliseconds = 0; // the compiler's user + system time
  std::vector<Finding> Findings;
};

AnalysisResult analyzeBuffer(const ServerOptions &Options,
                             CompileCommands &Commands,
                             const OpenDocument &Document,
                             RunningCompile &Running);

} // namespace lsp
} // namespace alignlint

#endif
