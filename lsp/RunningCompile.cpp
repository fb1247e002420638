#include "RunningCompile.h"

#include "ChildProcess.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <sys/wait.h>
#include <thread>

namespace alignlint {
namespace lsp {

void RunningCompile::started(pid_t NewPid) {
  std::lock_guard<std::mutex> Guard(Lock);
  Pid = NewPid;
  Cancelled = false;
}

void RunningCompile::cancel() {
  std::lock_guard<std::mutex> Guard(Lock);
  Cancelled = true;
  if (Pid > 0)
    ::kill(-Pid, SIGKILL); // its process group: the driver and any cc1
}

int RunningCompile::waitForEnd(unsigned TimeoutSeconds, long &CpuMilliseconds) {
  auto Deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(TimeoutSeconds);
  siginfo_t Info;
  for (;;) {
    Info.si_pid = 0;
    // WNOWAIT: the child stays a zombie, so its pid is not reused before
    // cancel() can no longer see it.
    int Waited = ::waitid(P_PID, id_t(Pid), &Info, WEXITED | WNOWAIT | WNOHANG);
    if (Waited != 0 && errno != EINTR)
      break;
    if (Waited == 0 && Info.si_pid != 0)
      break;
    if (std::chrono::steady_clock::now() > Deadline)
      cancel();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  pid_t Ended;
  bool Normal;
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Ended = Pid;
    Pid = -1;
    Normal = !Cancelled;
  }
  int Status = waitForExit(Ended, &CpuMilliseconds);
  return Normal ? Status : -1;
}

} // namespace lsp
} // namespace alignlint
