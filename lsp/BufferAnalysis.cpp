#include "BufferAnalysis.h"

#include "AnalysisCommand.h"
#include "ChildProcess.h"
#include "MessageStream.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>

namespace alignlint {
namespace lsp {
namespace {

// A compile that takes longer is stuck, not slow.
const unsigned CompileTimeoutSeconds = 120;

// A temporary folder, removed with everything in it when this goes.
class ScratchDirectory {
public:
  ScratchDirectory() {
    if (llvm::sys::fs::createUniqueDirectory("alignlint-clangd", Path))
      Path.clear();
  }
  ~ScratchDirectory() {
    if (!Path.empty())
      llvm::sys::fs::remove_directories(Path);
  }
  bool valid() const { return !Path.empty(); }
  std::string file(llvm::StringRef Name) const {
    return (Path + "/" + Name).str();
  }

private:
  llvm::SmallString<128> Path;
};

bool writeFile(const std::string &Path, const std::string &Text) {
  std::error_code Error;
  llvm::raw_fd_ostream Out(Path, Error);
  if (Error)
    return false;
  Out << Text;
  return !Out.has_error();
}

std::string realPathOf(const std::string &Path) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Path, Real))
    return Path;
  return Real.str().str();
}

// The findings file the plugin wrote into Dir (one TU: one file).
std::string findingsFileIn(const std::string &Dir) {
  std::error_code Error;
  for (llvm::sys::fs::directory_iterator It(Dir, Error), End;
       It != End && !Error; It.increment(Error))
    if (llvm::StringRef(It->path()).consume_back(".findings.json"))
      return It->path();
  return "";
}

// The first lines of the compiler's output, for the log.
std::string outputHead(const std::string &OutputFile) {
  auto Buffer = llvm::MemoryBuffer::getFile(OutputFile);
  if (!Buffer)
    return "";
  return (*Buffer)->getBuffer().take_front(600).str();
}

// The CPU time of the children this process has waited for: this thread
// is the only one that waits while clangd runs, so a difference around one
// wait is that compile's.
long childrenCpuMilliseconds() {
  struct rusage Usage;
  if (::getrusage(RUSAGE_CHILDREN, &Usage) != 0)
    return 0;
  return (Usage.ru_utime.tv_sec + Usage.ru_stime.tv_sec) * 1000L +
         (Usage.ru_utime.tv_usec + Usage.ru_stime.tv_usec) / 1000L;
}

} // namespace

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

int RunningCompile::waitForEnd(unsigned TimeoutSeconds) {
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
  int Status = waitForExit(Ended);
  return Normal ? Status : -1;
}

AnalysisResult analyzeBuffer(const ServerOptions &Options,
                             CompileCommands &Commands,
                             const OpenDocument &Document,
                             RunningCompile &Running) {
  AnalysisResult Result;
  Result.RealPath = realPathOf(Document.Path);
  ScratchDirectory Scratch;
  if (!Scratch.valid() ||
      !writeFile(Scratch.file("buffer"), Document.Text.text()) ||
      llvm::sys::fs::create_directory(Scratch.file("export"))) {
    logLine("cannot write a temporary copy of " + Document.Path);
    return Result;
  }
  FileCommand Command = Commands.commandFor(Document.Path);
  Result.ListedInDatabase = Command.ListedInDatabase;
  AnalysisInputs Inputs{Options.Clang, Options.Plugin, Document.Path,
                        Scratch.file("buffer"), Scratch.file("export")};
  std::vector<std::string> Argv = analysisCommand(Command, Inputs);
  pid_t Pid;
  std::string Error;
  if (!spawnQuiet(Argv, Command.Directory, Scratch.file("output"),
                  Options.Niceness, Pid, Error)) {
    logLine("cannot run " + Options.Clang + ": " + Error);
    return Result;
  }
  Running.started(Pid);
  long CpuBefore = childrenCpuMilliseconds();
  int Status = Running.waitForEnd(CompileTimeoutSeconds);
  Result.CpuMilliseconds = childrenCpuMilliseconds() - CpuBefore;
  if (Status < 0)
    return Result;
  std::string FindingsFile = findingsFileIn(Scratch.file("export"));
  if (FindingsFile.empty()) {
    logLine("the analysis of " + Document.Path +
            " wrote no findings; the compiler said:\n" +
            outputHead(Scratch.file("output")));
    // Errors in the code (status 1): a build's plugin stays silent too, so
    // the old findings go. A crash keeps them.
    Result.Completed = Status == 1;
    return Result;
  }
  if (!readFindingsFile(FindingsFile, Result.Findings, Error)) {
    logLine(Error);
    return Result;
  }
  Result.Completed = true;
  return Result;
}

} // namespace lsp
} // namespace alignlint
