// alignlint-clangd: clangd with alignlint's findings. Starts the real
// clangd, relays the editor's traffic both ways, and adds the plugin's
// diagnostics and quick-fixes for the editor's unsaved buffers
// (docs/editors.md). Exits with clangd's exit status.
#include "ChildProcess.h"
#include "MessageStream.h"
#include "Proxy.h"
#include "ServerOptions.h"

#include <csignal>
#include <thread>
#include <unistd.h>

using namespace alignlint::lsp;

int main(int Argc, char **Argv) {
  ServerOptions Options;
  std::string Error;
  if (!parseServerOptions(Argc, Argv, Options, Error)) {
    logLine(Error);
    return 2;
  }
  // A peer that went away shows as a failed write, not a signal.
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> ClangdArgv = {Options.Clangd};
  ClangdArgv.insert(ClangdArgv.end(), Options.ClangdArgs.begin(),
                    Options.ClangdArgs.end());
  PipedChild Clangd;
  if (!spawnPiped(ClangdArgv, Clangd, Error)) {
    logLine("cannot start " + Options.Clangd + ": " + Error);
    return 1;
  }
  logLine("relaying to " + Options.Clangd + "; analysing with " +
          Options.Plugin);
  MessageWriter ToEditor(STDOUT_FILENO), ToClangd(Clangd.Stdin);
  Proxy Relay(Options, ToEditor, ToClangd);
  // The editor's end of input is clangd's: clangd then exits, and so do we.
  std::thread FromEditor([&] {
    MessageReader Editor(STDIN_FILENO);
    RawMessage Message;
    while (Editor.next(Message))
      Relay.fromEditor(Message);
    ToClangd.close();
  });
  FromEditor.detach();
  MessageReader FromClangd(Clangd.Stdout);
  RawMessage Message;
  while (FromClangd.next(Message))
    Relay.fromClangd(Message);
  int Status = waitForExit(Clangd.Pid);
  Relay.stopAnalysis();
  // The editor thread may still be blocked reading: leave without unwinding.
  _exit(Status);
}
