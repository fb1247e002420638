// The precompiled include prefixes of the open buffers (IncludePrefix.h):
// one per buffer, valid for one compile command and one prefix text, built
// on a thread of its own at the analysis' niceness (never in the way of an
// analysis, the relay or clangd), in a private temporary folder that goes
// with the buffer (didClose) and with the server (exit).
#ifndef ALIGNLINT_LSP_PREAMBLESTORE_H
#define ALIGNLINT_LSP_PREAMBLESTORE_H

#include "CompileCommands.h"
#include "RunningCompile.h"
#include "ServerOptions.h"

#include "llvm/ADT/SmallString.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace alignlint {
namespace lsp {

struct PreambleRequest {
  std::string Key; // preambleKey(): what the preamble is valid for
  FileCommand Command;
  std::string File; // the buffer's path
  std::string PrefixText;
};

// The command and the prefix text together: a change to either needs a new
// precompiled header.
std::string preambleKey(const FileCommand &Command,
                        const std::string &PrefixText);

class PreambleStore {
public:
  explicit PreambleStore(const ServerOptions &Options);
  ~PreambleStore();

  // The precompiled header built for Uri and Key, or "" when there is none
  // (yet). Proven: a run with it has given findings.
  std::string ready(const std::string &Uri, const std::string &Key,
                    bool &Proven);
  // A run with Uri's precompiled header gave findings: it works.
  void proven(const std::string &Uri);
  // Builds one in the background, unless one is built or being built for
  // the request's key, or building it failed.
  void prepare(const std::string &Uri, PreambleRequest Request);
  // A run with Uri's precompiled header failed: builds it again when Stale
  // (a header changed on disk) or the first time; otherwise uses none for
  // this key. True when it builds it again.
  bool failed(const std::string &Uri, bool Stale);
  // The buffer closed: its precompiled header goes.
  void forget(const std::string &Uri);
  // The server is exiting: end the build, remove the folder.
  void stop();

private:
  enum class State { Queued, Building, Ready, Failed };
  struct Entry {
    PreambleRequest Request;
    State Now = State::Queued;
    unsigned Serial = 0;  // names its files in the folder
    bool Retried = false; // built again once after a failed run
    bool Proven = false;  // a run with it gave findings
  };

  void run();
  bool build(const PreambleRequest &Request, unsigned Serial);
  std::string pathOf(unsigned Serial, const char *Suffix) const;
  void removeFiles(unsigned Serial);
  void queue(Entry &E);

  const ServerOptions &Options;
  llvm::SmallString<128> Folder; // empty: none could be made, no preambles

  std::mutex Lock;
  std::condition_variable Wake;
  std::map<std::string, Entry> Entries; // by uri
  unsigned NextSerial = 1;
  RunningCompile Running;
  bool Stopping = false;
  std::thread Thread;
};

} // namespace lsp
} // namespace alignlint

#endif
