#include "ProjectPlan.h"

#include "ChildProcess.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <thread>

namespace alignlint {
namespace lsp {
namespace {

// A whole-project check of a large project takes minutes, not hours.
const unsigned CheckTimeoutSeconds = 3600;
const unsigned PlanTimeoutSeconds = 120;

bool hasDatabase(llvm::StringRef Dir) {
  return llvm::sys::fs::exists(Dir + "/compile_commands.json");
}

std::string fileText(const std::string &Path, bool &Read) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  Read = bool(Buffer);
  return Read ? (*Buffer)->getBuffer().str() : "";
}

std::string outputHead(const std::string &OutputFile) {
  bool Read;
  std::string Text = fileText(OutputFile, Read);
  return Text.substr(0, 600);
}

// The TUs alignlint check's summary lists as not checked, on one line:
// "TUs that could not be checked (2): a.c: error: ...; b.c: ...".
std::string uncheckedUnits(llvm::StringRef Summary) {
  size_t Start = Summary.find("TUs that could not be checked (");
  if (Start == llvm::StringRef::npos)
    return "";
  llvm::StringRef Section = Summary.substr(Start);
  Section = Section.substr(0, Section.find("\n\n"));
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Section.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  std::string Text;
  for (llvm::StringRef Line : Lines)
    Text += (Text.empty()         ? ""
             : Text.back() == ':' ? " "
                                  : "; ") +
            Line.trim().str();
  return Text;
}

// Runs Argv, its output into OutputFile; its exit status, or -1 when it
// could not start or was cancelled.
int runQuiet(const ServerOptions &Options, const std::vector<std::string> &Argv,
             const std::string &OutputFile, unsigned TimeoutSeconds,
             RunningCompile &Running, std::string &Error) {
  pid_t Pid;
  if (!spawnQuiet(Argv, "", OutputFile, Options.Niceness, Pid, Error)) {
    Error = "cannot run " + Argv[0] + ": " + Error;
    return -1;
  }
  Running.started(Pid);
  long CpuMilliseconds = 0;
  return Running.waitForEnd(TimeoutSeconds, CpuMilliseconds);
}

// As alignlint writes it: "xxh64:<16 hex digits>".
std::string digestOf(const std::string &Text) {
  return "xxh64:" + llvm::utohexstr(llvm::xxHash64(Text), /*LowerCase=*/true,
                                    /*Width=*/16);
}

bool readEdits(const llvm::json::Array &Edits, PlanFile &File) {
  for (const llvm::json::Value &E : Edits) {
    const llvm::json::Object *Edit = E.getAsObject();
    if (!Edit)
      return false;
    auto Offset = Edit->getInteger("offset");
    auto Length = Edit->getInteger("length");
    auto Text = Edit->getString("text");
    if (!Offset || !Length || !Text || *Offset < 0 || *Length < 0)
      return false;
    File.Edits.push_back(
        PlanEdit{uint64_t(*Offset), uint64_t(*Length), Text->str()});
  }
  return true;
}

// The files of an offered plan, each with its text now; false when the
// plan is malformed or a file cannot be read.
bool readFiles(const llvm::json::Array &Files, ProjectPlan &Plan) {
  for (const llvm::json::Value &F : Files) {
    const llvm::json::Object *Entry = F.getAsObject();
    if (!Entry)
      return false;
    auto Path = Entry->getString("path");
    auto Digest = Entry->getString("digest");
    const llvm::json::Array *Edits = Entry->getArray("edits");
    if (!Path || !Digest || !Edits)
      return false;
    PlanFile File;
    bool Read = false;
    File.Path = Path->str();
    File.TextAtPlan = fileText(File.Path, Read);
    // The text apply judged, not one written since.
    if (!Read || *Digest != digestOf(File.TextAtPlan) ||
        !readEdits(*Edits, File))
      return false;
    Plan.Files.push_back(std::move(File));
  }
  return !Plan.Files.empty();
}

ProjectPlan failed(const std::string &Reason) {
  ProjectPlan Plan;
  Plan.Status = ProjectPlan::Failed;
  Plan.Reason = Reason;
  return Plan;
}

ProjectPlan parsePlan(const std::string &Text) {
  auto Parsed = llvm::json::parse(Text);
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return failed("alignlint apply wrote no plan");
  }
  const llvm::json::Object *Root = Parsed->getAsObject();
  const llvm::json::Array *Files = Root ? Root->getArray("files") : nullptr;
  const llvm::json::Array *Refusals =
      Root ? Root->getArray("refusals") : nullptr;
  ProjectPlan Plan;
  if (Files) {
    Plan.Status = ProjectPlan::Offered;
    return readFiles(*Files, Plan) ? Plan
                                   : failed("a file the fix edits changed "
                                            "while the fix was planned");
  }
  Plan.Status = ProjectPlan::Refused;
  if (Refusals)
    for (const llvm::json::Value &R : *Refusals)
      if (auto Reason = R.getAsString())
        Plan.Reason += (Plan.Reason.empty() ? "" : "; ") + Reason->str();
  Plan.Reason = "alignlint apply refuses it project-wide" +
                (Plan.Reason.empty() ? "" : ": " + Plan.Reason);
  return Plan;
}

} // namespace

// A file's modification time; the epoch when it is gone.
llvm::sys::TimePoint<> modifiedAt(const std::string &Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status))
    return llvm::sys::TimePoint<>();
  return Status.getLastModificationTime();
}

DiskSnapshot::DiskSnapshot(const std::string &DatabaseDir) {
  std::string Database = DatabaseDir + "/compile_commands.json";
  Files.emplace_back(Database, modifiedAt(Database));
  bool Read;
  auto Parsed = llvm::json::parse(fileText(Database, Read));
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return;
  }
  const llvm::json::Array *Entries = Parsed->getAsArray();
  if (!Entries)
    return;
  for (const llvm::json::Value &E : *Entries) {
    const llvm::json::Object *Entry = E.getAsObject();
    if (!Entry)
      continue;
    auto File = Entry->getString("file");
    auto Directory = Entry->getString("directory");
    if (!File)
      continue;
    llvm::SmallString<256> Path(*File);
    if (Directory && !llvm::sys::path::is_absolute(Path)) {
      Path = *Directory;
      llvm::sys::path::append(Path, *File);
    }
    Files.emplace_back(Path.str().str(), modifiedAt(Path.str().str()));
  }
}

bool DiskSnapshot::unchanged() const {
  for (const auto &File : Files)
    if (modifiedAt(File.first) != File.second)
      return false;
  return true;
}

std::string compileDatabaseDir(const std::string &File,
                               const std::string &Fixed) {
  if (!Fixed.empty())
    return hasDatabase(Fixed) ? Fixed : "";
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(File); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    if (hasDatabase(Dir))
      return Dir.str();
    if (hasDatabase((Dir + "/build").str()))
      return (Dir + "/build").str();
  }
  return "";
}

bool exportProject(const ServerOptions &Options, const std::string &DatabaseDir,
                   const std::string &ExportDir, RunningCompile &Running,
                   std::string &Unchecked, std::string &Error) {
  // Half the cores: clangd and the editor keep the rest.
  unsigned Jobs = std::max(1u, std::thread::hardware_concurrency() / 2);
  std::string Log = ExportDir + ".log";
  std::vector<std::string> Argv = {Options.Tool,
                                   "check",
                                   "-p",
                                   DatabaseDir,
                                   "--export-fixes",
                                   ExportDir,
                                   "--quiet",
                                   "-j",
                                   std::to_string(Jobs),
                                   "--clang=" + Options.Clang,
                                   "--plugin=" + Options.Plugin};
  int Status =
      runQuiet(Options, Argv, Log, CheckTimeoutSeconds, Running, Error);
  if (Status < 0) {
    if (Error.empty())
      Error = "cancelled";
    return false;
  }
  // 1: findings at error level, which is no failure of the run.
  if (Status > 1) {
    Error = "alignlint check failed: " + outputHead(Log);
    return false;
  }
  bool Read;
  Unchecked = uncheckedUnits(fileText(Log, Read));
  return true;
}

ProjectPlan planRecord(const ServerOptions &Options,
                       const std::string &ExportDir, const RecordKey &Record,
                       RunningCompile &Running) {
  std::string PlanFile = ExportDir + ".plan.json",
              Log = ExportDir + ".plan.log";
  std::vector<std::string> Argv = {
      Options.Tool,   "apply",
      "--edits-json", PlanFile,
      "--record",     Record.File + ":" + std::to_string(Record.Offset),
      ExportDir};
  std::string Error;
  int Status = runQuiet(Options, Argv, Log, PlanTimeoutSeconds, Running, Error);
  if (Status < 0)
    return Error.empty() ? ProjectPlan() : failed(Error);
  if (Status > 1)
    return failed("alignlint apply failed: " + outputHead(Log));
  bool Read;
  return parsePlan(fileText(PlanFile, Read));
}

} // namespace lsp
} // namespace alignlint
