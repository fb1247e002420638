#include "PreambleStore.h"

#include "LocalFiles.h"

#include "AnalysisCommand.h"
#include "ChildProcess.h"
#include "MessageStream.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace alignlint {
namespace lsp {
namespace {

// A build that takes longer is stuck, not slow.
const unsigned BuildTimeoutSeconds = 120;

std::string fileHead(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return "";
  return (*Buffer)->getBuffer().take_front(600).str();
}

} // namespace

std::string preambleKey(const FileCommand &Command,
                        const std::string &PrefixText) {
  std::string Key = Command.Directory + '\0' + Command.Filename + '\0';
  for (const std::string &Arg : Command.Arguments)
    Key += Arg + '\0';
  return Key + '\0' + PrefixText;
}

PreambleStore::PreambleStore(const ServerOptions &Options) : Options(Options) {
  if (Options.Preamble &&
      llvm::sys::fs::createUniqueDirectory("alignlint-preamble", Folder))
    Folder.clear();
  Thread = std::thread([this] { run(); });
}

PreambleStore::~PreambleStore() {
  stop();
  Thread.join();
}

void PreambleStore::stop() {
  std::lock_guard<std::mutex> Guard(Lock);
  Stopping = true;
  Running.cancel();
  if (!Folder.empty())
    llvm::sys::fs::remove_directories(Folder);
  Wake.notify_all();
}

std::string PreambleStore::pathOf(unsigned Serial, const char *Suffix) const {
  return (Folder + "/" + std::to_string(Serial) + Suffix).str();
}

void PreambleStore::removeFiles(unsigned Serial) {
  llvm::sys::fs::remove_directories(pathOf(Serial, ""));
  llvm::sys::fs::remove(pathOf(Serial, ".pch"));
  llvm::sys::fs::remove(pathOf(Serial, ".log"));
}

std::string PreambleStore::ready(const std::string &Uri, const std::string &Key,
                                 bool &Proven) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Found = Entries.find(Uri);
  if (Found == Entries.end() || Found->second.Now != State::Ready ||
      Found->second.Request.Key != Key)
    return "";
  Proven = Found->second.Proven;
  return pathOf(Found->second.Serial, ".pch");
}

void PreambleStore::proven(const std::string &Uri) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Found = Entries.find(Uri);
  if (Found != Entries.end())
    Found->second.Proven = true;
}

// A new serial, so a build of the old one still running is not mistaken
// for it.
void PreambleStore::queue(Entry &E) {
  E.Serial = NextSerial++;
  E.Now = State::Queued;
  E.Proven = false;
  Wake.notify_all();
}

void PreambleStore::prepare(const std::string &Uri, PreambleRequest Request) {
  std::lock_guard<std::mutex> Guard(Lock);
  if (Folder.empty() || Stopping)
    return;
  Entry &E = Entries[Uri];
  if (E.Serial != 0 && E.Request.Key == Request.Key)
    return;
  if (E.Now == State::Building)
    Running.cancel(); // for an older prefix or command
  else if (E.Serial != 0)
    removeFiles(E.Serial);
  E.Request = std::move(Request);
  E.Retried = false;
  queue(E);
}

bool PreambleStore::failed(const std::string &Uri, bool Stale) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Found = Entries.find(Uri);
  if (Found == Entries.end() || Found->second.Now != State::Ready)
    return false;
  Entry &E = Found->second;
  removeFiles(E.Serial);
  if (!Stale && E.Retried) {
    E.Now = State::Failed;
    return false;
  }
  E.Retried = E.Retried || !Stale;
  queue(E);
  return true;
}

void PreambleStore::forget(const std::string &Uri) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Found = Entries.find(Uri);
  if (Found == Entries.end())
    return;
  if (Found->second.Now == State::Building)
    Running.cancel(); // the builder removes its files
  else
    removeFiles(Found->second.Serial);
  Entries.erase(Found);
}

void PreambleStore::run() {
  std::unique_lock<std::mutex> Guard(Lock);
  for (;;) {
    if (Stopping)
      return;
    auto Queued = Entries.begin();
    while (Queued != Entries.end() && Queued->second.Now != State::Queued)
      ++Queued;
    if (Queued == Entries.end()) {
      Wake.wait(Guard);
      continue;
    }
    std::string Uri = Queued->first;
    Queued->second.Now = State::Building;
    PreambleRequest Request = Queued->second.Request;
    unsigned Serial = Queued->second.Serial;
    Guard.unlock();
    bool Built = build(Request, Serial);
    Guard.lock();
    auto Found = Entries.find(Uri);
    if (Found == Entries.end() || Found->second.Serial != Serial) {
      removeFiles(Serial); // closed, or a newer prefix came meanwhile
      continue;
    }
    Found->second.Now = Built ? State::Ready : State::Failed;
    if (!Built)
      removeFiles(Serial);
  }
}

// Writes the prefix into a folder of its own, under the file's name, and
// precompiles it.
bool PreambleStore::build(const PreambleRequest &Request, unsigned Serial) {
  std::string Dir = pathOf(Serial, "");
  std::string PrefixFile =
      Dir + "/" + llvm::sys::path::filename(Request.File).str();
  PreambleInputs Inputs{Options.Clang, Request.File, PrefixFile,
                        pathOf(Serial, ".pch")};
  std::vector<std::string> Argv = preambleCommand(Request.Command, Inputs);
  pid_t Pid;
  std::string Error;
  if (Argv.empty() || llvm::sys::fs::create_directory(Dir) ||
      !writeFile(PrefixFile, Request.PrefixText) ||
      !spawnQuiet(Argv, Request.Command.Directory, pathOf(Serial, ".log"),
                  Options.Niceness, Pid, Error))
    return false;
  Running.started(Pid);
  long CpuMilliseconds = 0;
  auto Start = std::chrono::steady_clock::now();
  int Status = Running.waitForEnd(BuildTimeoutSeconds, CpuMilliseconds);
  auto Elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - Start);
  if (Status == 0) {
    logLine(Request.File + ": includes precompiled in " +
            std::to_string(Elapsed.count()) + " ms");
    return true;
  }
  if (Status > 0)
    logLine("cannot precompile the includes of " + Request.File +
            "; each analysis parses them. The compiler said:\n" +
            fileHead(pathOf(Serial, ".log")));
  return false;
}

} // namespace lsp
} // namespace alignlint
