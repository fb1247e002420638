// The project-wide fixes of records that other translation units may see
// (a header's), computed on a thread of their own so that typing never
// waits: one job at a time, after a quiet time, runs `alignlint check` on
// the compile database (once per disk state) and then apply's plan for each
// record asked for (ProjectPlan.h). A plan holds for the disk state it was
// made on: invalidate() (a file saved, files changed on disk) drops every
// plan and computes the ones asked for again.
#ifndef ALIGNLINT_LSP_PROJECTFIXES_H
#define ALIGNLINT_LSP_PROJECTFIXES_H

#include "ProjectPlan.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace alignlint {
namespace lsp {

class ProjectFixes {
public:
  // Changed runs on the job's thread whenever a plan was made or dropped.
  ProjectFixes(const ServerOptions &Options, std::function<void()> Changed);
  ~ProjectFixes();

  // The plan for Record; Computing (and asked for) when there is none yet.
  ProjectPlan planFor(const RecordKey &Record);
  // The files on disk changed: every plan is old.
  void invalidate();
  // The server is exiting: end the job in progress, start no other.
  void stop();

private:
  using Clock = std::chrono::steady_clock;
  void run();
  bool nextRecord(std::unique_lock<std::mutex> &Guard, RecordKey &Record);
  ProjectPlan computePlan(const RecordKey &Record, uint64_t Generation);
  bool exportsFor(const std::string &DatabaseDir, uint64_t Generation,
                  std::string &Error);
  void dropExports();

  const ServerOptions &Options;
  std::function<void()> Changed;

  std::mutex Lock;
  std::condition_variable Wake;
  std::map<RecordKey, ProjectPlan> Plans; // made on the current disk state
  std::set<RecordKey> Wanted;             // asked for, not made yet
  Clock::time_point QuietUntil;
  uint64_t Generation = 0; // counts invalidations
  bool NotifyPending = false;
  bool Stopping = false;
  RunningCompile Running;

  std::string ScratchRoot; // this server's temporary folder, set once
  // The exports of one database (only the job's thread touches these).
  std::string ExportDatabase, ExportRoot, ExportUnchecked;
  std::string ExportError; // why the check of this disk state failed
  std::shared_ptr<const DiskSnapshot> ExportDisk;
  uint64_t ExportGeneration = 0;

  std::thread Thread;
};

} // namespace lsp
} // namespace alignlint

#endif
