#include "ChildProcess.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace alignlint {
namespace lsp {
namespace {

std::vector<char *> argvPointers(const std::vector<std::string> &Argv) {
  std::vector<char *> Pointers;
  for (const std::string &Arg : Argv)
    Pointers.push_back(const_cast<char *>(Arg.c_str()));
  Pointers.push_back(nullptr);
  return Pointers;
}

// Closes both ends of the pipes it was given.
void closePipes(int Input[2], int Output[2]) {
  for (int Fd : {Input[0], Input[1], Output[0], Output[1]})
    if (Fd >= 0)
      ::close(Fd);
}

} // namespace

bool spawnPiped(const std::vector<std::string> &Argv, PipedChild &Child,
                std::string &Error) {
  int Input[2] = {-1, -1}, Output[2] = {-1, -1};
  if (::pipe2(Input, O_CLOEXEC) != 0 || ::pipe2(Output, O_CLOEXEC) != 0) {
    Error = std::strerror(errno);
    closePipes(Input, Output);
    return false;
  }
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_adddup2(&Actions, Input[0], 0);
  posix_spawn_file_actions_adddup2(&Actions, Output[1], 1);
  std::vector<char *> Args = argvPointers(Argv);
  int Failed = posix_spawnp(&Child.Pid, Args[0], &Actions, nullptr, Args.data(),
                            environ);
  posix_spawn_file_actions_destroy(&Actions);
  if (Failed != 0) {
    Error = std::strerror(Failed);
    closePipes(Input, Output);
    return false;
  }
  ::close(Input[0]);
  ::close(Output[1]);
  Child.Stdin = Input[1];
  Child.Stdout = Output[0];
  return true;
}

bool spawnQuiet(const std::vector<std::string> &Argv,
                const std::string &Directory, const std::string &OutputFile,
                int Niceness, pid_t &Pid, std::string &Error) {
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&Actions, 1, OutputFile.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&Actions, 1, 2);
  if (!Directory.empty())
    posix_spawn_file_actions_addchdir_np(&Actions, Directory.c_str());
  posix_spawnattr_t Attributes;
  posix_spawnattr_init(&Attributes);
  posix_spawnattr_setflags(&Attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&Attributes, 0);
  std::vector<char *> Args = argvPointers(Argv);
  int Failed =
      posix_spawn(&Pid, Args[0], &Actions, &Attributes, Args.data(), environ);
  posix_spawnattr_destroy(&Attributes);
  posix_spawn_file_actions_destroy(&Actions);
  if (Failed != 0) {
    Error = std::strerror(Failed);
    return false;
  }
  // posix_spawn cannot set a priority; the child runs briefly at ours.
  ::setpriority(PRIO_PROCESS, id_t(Pid), Niceness);
  return true;
}

int waitForExit(pid_t Pid, long *CpuMilliseconds) {
  int Status = 0;
  struct rusage Usage = {};
  while (::wait4(Pid, &Status, 0, &Usage) < 0)
    if (errno != EINTR)
      return 1;
  if (CpuMilliseconds)
    *CpuMilliseconds =
        (Usage.ru_utime.tv_sec + Usage.ru_stime.tv_sec) * 1000L +
        (Usage.ru_utime.tv_usec + Usage.ru_stime.tv_usec) / 1000L;
  if (WIFEXITED(Status))
    return WEXITSTATUS(Status);
  if (WIFSIGNALED(Status))
    return 128 + WTERMSIG(Status);
  return 1;
}

} // namespace lsp
} // namespace alignlint
