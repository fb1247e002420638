// A compiler run in progress (an analysis or a preamble build), which a
// newer edit, a closed buffer or the server's exit may cancel.
#ifndef ALIGNLINT_LSP_RUNNINGCOMPILE_H
#define ALIGNLINT_LSP_RUNNINGCOMPILE_H

#include <mutex>
#include <sys/types.h>

namespace alignlint {
namespace lsp {

class RunningCompile {
public:
  void started(pid_t Pid);
  // Waits for the run to end: its exit status, or -1 when it was cancelled
  // or timed out. CpuMilliseconds: the run's user + system time.
  int waitForEnd(unsigned TimeoutSeconds, long &CpuMilliseconds);
  void cancel();

private:
  std::mutex Lock;
  pid_t Pid = -1;
  bool Cancelled = false;
};

} // namespace lsp
} // namespace alignlint

#endif
