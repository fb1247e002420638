#include "ProjectFixes.h"

#include "MessageStream.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"

namespace alignlint {
namespace lsp {
namespace {

// Saves come in bursts (save all, a formatter): wait for the last one.
const std::chrono::milliseconds QuietTime(500);

long millisecondsSince(std::chrono::steady_clock::time_point Start) {
  return long(std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - Start)
                  .count());
}

} // namespace

ProjectFixes::ProjectFixes(const ServerOptions &Options,
                           std::function<void()> Changed)
    : Options(Options), Changed(std::move(Changed)) {
  llvm::SmallString<128> Root;
  if (!llvm::sys::fs::createUniqueDirectory("alignlint-clangd-project", Root))
    ScratchRoot = Root.str().str();
  Thread = std::thread([this] { run(); });
}

ProjectFixes::~ProjectFixes() {
  stop();
  Thread.join();
}

// The server exits without unwinding (main.cpp), so the exports go here.
void ProjectFixes::stop() {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Stopping = true;
    Running.cancel();
  }
  Wake.notify_all();
  if (!ScratchRoot.empty())
    llvm::sys::fs::remove_directories(ScratchRoot);
}

ProjectPlan ProjectFixes::planFor(const RecordKey &Record) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Found = Plans.find(Record);
  if (Found != Plans.end())
    return Found->second;
  if (Wanted.insert(Record).second)
    Wake.notify_all();
  return ProjectPlan();
}

void ProjectFixes::invalidate() {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    for (const auto &Made : Plans)
      Wanted.insert(Made.first);
    Plans.clear();
    ++Generation;
    QuietUntil = Clock::now() + QuietTime;
    NotifyPending = true;
    Running.cancel(); // its disk state is old
  }
  Wake.notify_all();
}

// Waits for a record to plan (or for news to tell) once the quiet time has
// passed. False when stopping.
bool ProjectFixes::nextRecord(std::unique_lock<std::mutex> &Guard,
                              RecordKey &Record) {
  for (;;) {
    if (Stopping)
      return false;
    if (NotifyPending) {
      NotifyPending = false;
      Guard.unlock();
      Changed();
      Guard.lock();
      continue;
    }
    if (Wanted.empty()) {
      Wake.wait(Guard);
      continue;
    }
    if (Clock::now() < QuietUntil) {
      Wake.wait_until(Guard, QuietUntil);
      continue;
    }
    Record = *Wanted.begin();
    return true;
  }
}

void ProjectFixes::run() {
  std::unique_lock<std::mutex> Guard(Lock);
  RecordKey Record;
  while (nextRecord(Guard, Record)) {
    uint64_t StartedIn = Generation;
    Guard.unlock();
    ProjectPlan Plan = computePlan(Record, StartedIn);
    Guard.lock();
    // Made on an older disk state, or cancelled: the record stays wanted.
    if (Generation != StartedIn || Stopping)
      continue;
    // Ended by nobody but the time limit: asking again would not help.
    if (Plan.Status == ProjectPlan::Computing) {
      Plan.Status = ProjectPlan::Failed;
      Plan.Reason = "alignlint took too long";
    }
    Wanted.erase(Record);
    Plans[Record] = std::move(Plan);
    NotifyPending = true;
  }
}

ProjectPlan ProjectFixes::computePlan(const RecordKey &Record,
                                      uint64_t Generation) {
  ProjectPlan Plan;
  std::string DatabaseDir =
      compileDatabaseDir(Record.File, Options.CompileCommandsDir);
  if (DatabaseDir.empty()) {
    Plan.Status = ProjectPlan::Failed;
    Plan.Reason = "no compile_commands.json lists the translation units "
                  "that include " +
                  Record.File;
    return Plan;
  }
  std::string Error;
  if (!exportsFor(DatabaseDir, Generation, Error)) {
    if (Error != "cancelled") {
      Plan.Status = ProjectPlan::Failed;
      Plan.Reason = Error;
    }
    return Plan;
  }
  if (!ExportUnchecked.empty()) {
    Plan.Status = ProjectPlan::Refused;
    Plan.Reason = "not every translation unit of the compile database "
                  "compiles, so the uses of the record in those are "
                  "unknown: " +
                  ExportUnchecked;
    return Plan;
  }
  auto Start = Clock::now();
  Plan = planRecord(Options, ExportRoot + "/export", Record, Running);
  Plan.Disk = ExportDisk;
  logLine("project-wide fix of the record at " + Record.File + ":" +
          std::to_string(Record.Offset) + " planned in " +
          std::to_string(millisecondsSince(Start)) + " ms");
  return Plan;
}

// Runs alignlint check on the database unless its exports are of this disk
// state already.
bool ProjectFixes::exportsFor(const std::string &DatabaseDir,
                              uint64_t Generation, std::string &Error) {
  bool Done = ExportDatabase == DatabaseDir && ExportGeneration == Generation;
  if (Done && !ExportRoot.empty())
    return true;
  if (Done && !ExportError.empty()) { // the same check would fail again
    Error = ExportError;
    return false;
  }
  dropExports();
  ExportDatabase = DatabaseDir;
  ExportGeneration = Generation;
  ExportError.clear();
  std::string Root = ScratchRoot + "/" + std::to_string(Generation);
  if (ScratchRoot.empty() || llvm::sys::fs::create_directory(Root)) {
    Error = "cannot create a temporary folder";
    return false;
  }
  auto Start = Clock::now();
  // Before the check: a change during it shows as a change after it.
  ExportDisk = std::make_shared<DiskSnapshot>(DatabaseDir);
  if (!exportProject(Options, DatabaseDir, Root + "/export", Running,
                     ExportUnchecked, Error)) {
    llvm::sys::fs::remove_directories(Root);
    if (Error != "cancelled")
      ExportError = Error;
    return false;
  }
  logLine("alignlint check of " + DatabaseDir +
          "/compile_commands.json for the project-wide fixes took " +
          std::to_string(millisecondsSince(Start)) + " ms");
  ExportRoot = Root;
  return true;
}

void ProjectFixes::dropExports() {
  if (!ExportRoot.empty())
    llvm::sys::fs::remove_directories(ExportRoot);
  ExportRoot.clear();
}

} // namespace lsp
} // namespace alignlint
