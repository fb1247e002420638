// The project-wide fix of one record, as `alignlint apply` decides it over
// the whole compile database: `alignlint check --export-fixes` runs the
// plugin on every translation unit, then `alignlint apply --edits-json
// --record` says which edits of which files every TU agrees on, or why
// apply refuses them (docs/alignlint-apply.md). Both run as subprocesses,
// below normal priority, and can be cancelled.
#ifndef ALIGNLINT_LSP_PROJECTPLAN_H
#define ALIGNLINT_LSP_PROJECTPLAN_H

#include "BufferAnalysis.h"
#include "ServerOptions.h"

#include "llvm/Support/Chrono.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace alignlint {
namespace lsp {

// A record, by where its name is (the plugin's real path, byte offset).
struct RecordKey {
  std::string File;
  uint64_t Offset = 0;
  bool operator<(const RecordKey &Other) const {
    return File < Other.File || (File == Other.File && Offset < Other.Offset);
  }
};

struct PlanEdit {
  uint64_t Offset = 0, Length = 0;
  std::string Text;
};

struct PlanFile {
  std::string Path;
  std::string TextAtPlan; // the file as it was when the plan was made
  std::vector<PlanEdit> Edits;
};

// When the project was checked: the modification times of the compile
// database and of its translation units' main files. A TU changed since
// (by git, by another editor) may use the record in a new way.
class DiskSnapshot {
public:
  explicit DiskSnapshot(const std::string &DatabaseDir);
  bool unchanged() const;

private:
  std::vector<std::pair<std::string, llvm::sys::TimePoint<>>> Files;
};

struct ProjectPlan {
  enum StatusKind { Computing, Offered, Refused, Failed };
  StatusKind Status = Computing;
  std::string Reason;          // Refused: apply's reasons; Failed: the error
  std::vector<PlanFile> Files; // Offered: every file's edits
  std::shared_ptr<const DiskSnapshot> Disk; // Offered: what it was made on
};

// The folder of the compile_commands.json that covers File: Fixed when
// given (clangd's --compile-commands-dir), else the nearest one in File's
// folder, its parents, or their build/ subfolders (as clangd looks).
// Empty when there is none.
std::string compileDatabaseDir(const std::string &File,
                               const std::string &Fixed);

// Runs `alignlint check` on every TU of the database in DatabaseDir,
// exporting into ExportDir. False with Error set when it could not run.
// Unchecked lists the TUs that did not compile ("" when all did): their
// uses of a record are unknown, so no plan may rely on their silence.
bool exportProject(const ServerOptions &Options, const std::string &DatabaseDir,
                   const std::string &ExportDir, RunningCompile &Running,
                   std::string &Unchecked, std::string &Error);

// apply's plan for Record from the exports in ExportDir (Computing when the
// run was cancelled).
ProjectPlan planRecord(const ServerOptions &Options,
                       const std::string &ExportDir, const RecordKey &Record,
                       RunningCompile &Running);

} // namespace lsp
} // namespace alignlint

#endif
