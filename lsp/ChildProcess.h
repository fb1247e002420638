// Starting and waiting for the two kinds of child: clangd, talked to through
// pipes, and the compiler runs of the analysis, which talk to nobody.
#ifndef ALIGNLINT_LSP_CHILDPROCESS_H
#define ALIGNLINT_LSP_CHILDPROCESS_H

#include <string>
#include <sys/types.h>
#include <vector>

namespace alignlint {
namespace lsp {

struct PipedChild {
  pid_t Pid = -1;
  int Stdin = -1;  // write end: the child's standard input
  int Stdout = -1; // read end: the child's standard output
};

// Starts Argv[0] (searched on PATH) with pipes on its standard input and
// output; its standard error is ours.
bool spawnPiped(const std::vector<std::string> &Argv, PipedChild &Child,
                std::string &Error);

// Starts Argv[0] in Directory, in a process group of its own, with no input
// and its output and errors written to OutputFile, Niceness below normal
// priority.
bool spawnQuiet(const std::vector<std::string> &Argv,
                const std::string &Directory, const std::string &OutputFile,
                int Niceness, pid_t &Pid, std::string &Error);

// Waits for Pid; a shell's exit status (128 + signal for a killed child).
// CpuMilliseconds, when given: the child's user + system time (its own
// children included).
int waitForExit(pid_t Pid, long *CpuMilliseconds = nullptr);

} // namespace lsp
} // namespace alignlint

#endif
