#include "IncludeIndex.h"

#include "AnalysisCommand.h"
#include "ChildProcess.h"
#include "LocalFiles.h"
#include "MessageStream.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace alignlint {
namespace lsp {
namespace {

// Up to this many units are listed before the answer (a fraction of a
// second); more in the background.
const size_t ListedInPlace = 8;

// How often the files the units read are looked at for changes, when they
// are more than AlwaysChecked (up to that, at every answer).
const std::chrono::seconds RecheckAfter(2);
const size_t AlwaysChecked = 50000;

// The files of a make rule as -M writes it ("unit.o: unit.c a.h \" lines,
// spaces in names escaped), the target left out.
std::vector<std::string> ruleDependencies(llvm::StringRef Rule) {
  std::vector<std::string> Files;
  size_t Colon = Rule.find(": ");
  if (Colon == llvm::StringRef::npos)
    return Files;
  std::string Name;
  llvm::StringRef Rest = Rule.substr(Colon + 2);
  for (size_t I = 0; I < Rest.size(); ++I) {
    char C = Rest[I];
    if (C == '\\' && I + 1 < Rest.size() && Rest[I + 1] == '\n') {
      ++I; // a continued line
    } else if (C == '\\' && I + 1 < Rest.size() &&
               (Rest[I + 1] == ' ' || Rest[I + 1] == '#')) {
      Name += Rest[++I];
    } else if (C == '$' && I + 1 < Rest.size() && Rest[I + 1] == '$') {
      Name += Rest[++I];
    } else if (C == ' ' || C == '\t' || C == '\n' || C == '\r') {
      if (!Name.empty())
        Files.push_back(Name);
      Name.clear();
    } else {
      Name += C;
    }
  }
  if (!Name.empty())
    Files.push_back(Name);
  return Files;
}

// A private folder for the dependency files, removed with it.
class DependencyFolder {
public:
  DependencyFolder() {
    llvm::SmallString<128> Made;
    if (!llvm::sys::fs::createUniqueDirectory("alignlint-includes", Made))
      Path = std::string(Made.str());
  }
  ~DependencyFolder() {
    if (!Path.empty())
      llvm::sys::fs::remove_directories(Path);
  }
  std::string Path;
};

llvm::sys::TimePoint<> modificationTime(const std::string &Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status))
    return llvm::sys::TimePoint<>();
  return Status.getLastModificationTime();
}

} // namespace

IncludeIndex::IncludeIndex(const ServerOptions &Options,
                           CompileCommands &Commands,
                           std::function<void()> Scanned)
    : Options(Options), Commands(Commands), Scanned(std::move(Scanned)),
      Thread([this] { runBackground(); }) {}

IncludeIndex::~IncludeIndex() { stop(); }

void IncludeIndex::stop() {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Stopping = true;
  }
  Wake.notify_all(); // a scan in progress stops after its current unit
  if (Thread.joinable())
    Thread.join();
}

IncludeIndex::UnitIncludes
IncludeIndex::listIncludes(const FileCommand &Unit, const std::string &Folder) {
  UnitIncludes Listed;
  Listed.File = Unit.Filename;
  Listed.Path = realPathIn(Unit.Directory, Unit.Filename);
  Listed.Read.emplace(Listed.Path, modificationTime(Listed.Path));
  std::string Rule = Folder + "/rule.d";
  llvm::sys::fs::remove(Rule);
  pid_t Pid;
  std::string Error;
  bool Ran =
      !Folder.empty() && !Stopping &&
      spawnQuiet(dependencyCommand(Unit, Options.Clang, Rule), Unit.Directory,
                 Folder + "/output", Options.Niceness, Pid, Error) &&
      waitForExit(Pid) == 0;
  auto Text = llvm::MemoryBuffer::getFile(Rule);
  if (!Ran || !Text) {
    Listed.Failed = true;
    return Listed;
  }
  for (const std::string &File : ruleDependencies((*Text)->getBuffer())) {
    std::string Included = realPathIn(Unit.Directory, File);
    Listed.Read.emplace(Included, modificationTime(Included));
  }
  return Listed;
}

void IncludeIndex::listAll(const std::vector<FileCommand> &Units,
                           UnitList &Into) {
  DependencyFolder Folder;
  for (const FileCommand &Unit : Units)
    Into[Unit.Filename] = listIncludes(Unit, Folder.Path);
}

// The units of the database whose includes are not listed yet, or (when
// CheckTimes) were listed before a file they read changed. Each file is
// looked at once, however many units read it.
std::vector<FileCommand>
IncludeIndex::unitsToList(const UnitList &Listed,
                          const std::vector<FileCommand> &Units,
                          bool CheckTimes) {
  std::map<std::string, llvm::sys::TimePoint<>> Now;
  auto changed = [&Now](const std::string &File, llvm::sys::TimePoint<> Then) {
    auto Known = Now.find(File);
    if (Known == Now.end())
      Known = Now.emplace(File, modificationTime(File)).first;
    return Known->second != Then;
  };
  std::vector<FileCommand> Old;
  for (const FileCommand &Unit : Units) {
    auto Found = Listed.find(Unit.Filename);
    // A unit that failed stays failed until a file it read changes: listing
    // it again at once would only fail again.
    bool Current = Found != Listed.end();
    for (auto File = Current && CheckTimes ? Found->second.Read.begin()
                                           : Found->second.Read.end();
         Current && File != Found->second.Read.end(); ++File)
      Current = !changed(File->first, File->second);
    if (!Current)
      Old.push_back(Unit);
  }
  return Old;
}

// How many (unit, file read) pairs the lists hold.
size_t IncludeIndex::readCount(const UnitList &Listed) {
  size_t Count = 0;
  for (const auto &Unit : Listed)
    Count += Unit.second.Read.size();
  return Count;
}

// Forgets the units the database no longer lists.
void IncludeIndex::keepOnly(UnitList &Listed,
                            const std::vector<FileCommand> &Units) {
  std::set<std::string> Names;
  for (const FileCommand &Unit : Units)
    Names.insert(Unit.Filename);
  for (auto Unit = Listed.begin(); Unit != Listed.end();)
    Unit = Names.count(Unit->first) ? std::next(Unit) : Listed.erase(Unit);
}

Includers IncludeIndex::answer(const UnitList &Listed,
                               const std::string &RealPath) {
  Includers Answer;
  for (const auto &Unit : Listed) {
    if (Unit.second.Failed) {
      Answer.Why = "the includes of " + Unit.second.File +
                   " could not be listed, so it may include this file";
      return Answer;
    }
    if (Unit.second.Path != RealPath && Answer.First.empty() &&
        Unit.second.Read.count(RealPath))
      Answer.First = Unit.second.Path;
  }
  Answer.Known = true;
  return Answer;
}

Includers IncludeIndex::includersOf(const std::string &Path,
                                    const std::string &RealPath) {
  std::string Database;
  std::vector<FileCommand> Units;
  if (!Commands.unitsOfDatabase(Path, Database, Units)) {
    Includers NoDatabase;
    NoDatabase.Known = true; // no other unit that clangd knows of
    return NoDatabase;
  }
  std::unique_lock<std::mutex> Guard(Lock);
  keepOnly(Listed[Database], Units);
  // Looking at every file the units read costs a stat each (a million on
  // a large project): there, done at most every RecheckAfter, not on every
  // edit.
  auto Now = std::chrono::steady_clock::now();
  bool CheckTimes = readCount(Listed[Database]) <= AlwaysChecked ||
                    Now - Checked[Database] >= RecheckAfter;
  if (CheckTimes)
    Checked[Database] = Now;
  std::vector<FileCommand> Old =
      unitsToList(Listed[Database], Units, CheckTimes);
  if (!Old.empty() && Old.size() <= ListedInPlace) {
    Guard.unlock();
    UnitList Fresh;
    listAll(Old, Fresh);
    Guard.lock();
    for (auto &Unit : Fresh)
      Listed[Database][Unit.first] = std::move(Unit.second);
    Old.clear();
  }
  if (Old.empty())
    return answer(Listed[Database], RealPath);
  if (Pending.insert(Database).second) {
    Queued[Database] = std::move(Old);
    Wake.notify_all();
  }
  Includers Waiting;
  Waiting.Why = "alignlint is still finding which translation units of the "
                "compile database include this file";
  return Waiting;
}

void IncludeIndex::runBackground() {
  std::unique_lock<std::mutex> Guard(Lock);
  while (true) {
    Wake.wait(Guard, [this] { return Stopping || !Queued.empty(); });
    if (Stopping)
      return;
    auto Next = Queued.begin();
    std::string Database = Next->first;
    std::vector<FileCommand> Units = std::move(Next->second);
    Queued.erase(Next);
    Guard.unlock();
    UnitList Done;
    listAll(Units, Done);
    logLine("listed the includes of " + std::to_string(Units.size()) +
            " translation units of " + Database);
    Guard.lock();
    Pending.erase(Database);
    if (Stopping)
      return;
    for (auto &Unit : Done)
      Listed[Database][Unit.first] = std::move(Unit.second);
    Guard.unlock();
    Scanned();
    Guard.lock();
  }
}

} // namespace lsp
} // namespace alignlint
