#include "IncludeIndex.h"

#include "AnalysisCommand.h"
#include "ChildProcess.h"
#include "MessageStream.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace alignlint {
namespace lsp {
namespace {

// Databases up to this many units are scanned before the first answer (a
// fraction of a second); larger ones in the background.
const size_t ScannedInPlace = 8;

std::string realPath(const std::string &Directory, llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  if (llvm::sys::path::is_relative(Path)) {
    Absolute = Directory;
    llvm::sys::path::append(Absolute, Path);
  }
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Absolute, Real))
    return std::string(Absolute.str());
  return std::string(Real.str());
}

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

IncludeIndex::Scan
IncludeIndex::scanUnits(const std::vector<FileCommand> &Units) {
  Scan Result;
  DependencyFolder Folder;
  for (size_t I = 0; I < Units.size() && !Folder.Path.empty(); ++I) {
    const FileCommand &Unit = Units[I];
    if (Stopping) {
      Result.Unscanned = Unit.File;
      break;
    }
    std::string Rule = Folder.Path + "/" + std::to_string(I) + ".d";
    std::vector<std::string> Argv =
        dependencyCommand(Unit, Options.Clang, Rule);
    pid_t Pid;
    std::string Error;
    bool Ran = spawnQuiet(Argv, Unit.Directory, Folder.Path + "/output",
                          Options.Niceness, Pid, Error) &&
               waitForExit(Pid) == 0;
    auto Text = llvm::MemoryBuffer::getFile(Rule);
    if (!Ran || !Text) {
      Result.Unscanned = Unit.File;
      break;
    }
    std::vector<std::string> Files = ruleDependencies((*Text)->getBuffer());
    std::string UnitPath = realPath(Unit.Directory, Unit.File);
    Result.Seen.emplace(UnitPath, modificationTime(UnitPath));
    for (const std::string &File : Files) {
      std::string Included = realPath(Unit.Directory, File);
      Result.Seen.emplace(Included, modificationTime(Included));
      if (Included != UnitPath)
        Result.Includer.emplace(Included, UnitPath);
    }
  }
  if (Folder.Path.empty() && !Units.empty())
    Result.Unscanned = Units.front().File;
  for (const FileCommand &Unit : Units)
    Result.UnitFiles.push_back(Unit.File);
  return Result;
}

bool IncludeIndex::stillCurrent(const Scan &Old,
                                const std::vector<FileCommand> &Units) {
  if (Old.UnitFiles.size() != Units.size())
    return false;
  for (size_t I = 0; I < Units.size(); ++I)
    if (Old.UnitFiles[I] != Units[I].File)
      return false;
  for (const auto &File : Old.Seen)
    if (modificationTime(File.first) != File.second)
      return false;
  return true;
}

Includers IncludeIndex::includersOf(const std::string &Path,
                                    const std::string &RealPath) {
  std::string Database;
  std::vector<FileCommand> Units;
  Includers Answer;
  if (!Commands.unitsOfDatabase(Path, Database, Units)) {
    Answer.Known = true; // no database: no other unit that clangd knows
    return Answer;
  }
  std::unique_lock<std::mutex> Guard(Lock);
  auto Found = Scans.find(Database);
  if (Found != Scans.end() && !stillCurrent(Found->second, Units)) {
    Scans.erase(Found);
    Found = Scans.end();
  }
  if (Found == Scans.end() && Units.size() <= ScannedInPlace) {
    Guard.unlock();
    Scan Done = scanUnits(Units);
    Guard.lock();
    Found = Scans.emplace(Database, std::move(Done)).first;
  } else if (Found == Scans.end() && Pending.insert(Database).second) {
    Queued[Database] = std::move(Units);
    Wake.notify_all();
  }
  if (Found == Scans.end()) {
    Answer.Why = "alignlint is still finding which translation units of the "
                 "compile database include this file";
    return Answer;
  }
  const Scan &Known = Found->second;
  if (!Known.Unscanned.empty()) {
    Answer.Why = "the includes of " + Known.Unscanned +
                 " could not be listed, so it may include this file";
    return Answer;
  }
  Answer.Known = true;
  auto Includer = Known.Includer.find(RealPath);
  if (Includer != Known.Includer.end())
    Answer.First = Includer->second;
  return Answer;
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
    Scan Done = scanUnits(Units);
    logLine("listed the includes of " + std::to_string(Units.size()) +
            " translation units of " + Database);
    Guard.lock();
    Pending.erase(Database);
    if (Stopping)
      return;
    Scans[Database] = std::move(Done);
    Guard.unlock();
    Scanned();
    Guard.lock();
  }
}

} // namespace lsp
} // namespace alignlint
