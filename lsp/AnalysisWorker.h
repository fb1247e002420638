// Runs the analyses on a thread of its own, so the relay never waits for
// one: an edit schedules its buffer at once after a pause, or after a short
// quiet time (debounce) within a burst of edits, the
// newest edit of a buffer wins (a run for an older text is cancelled), and
// each finished run is handed to the publisher.
#ifndef ALIGNLINT_LSP_ANALYSISWORKER_H
#define ALIGNLINT_LSP_ANALYSISWORKER_H

#include "BufferAnalysis.h"
#include "EditorFindings.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace alignlint {
namespace lsp {

class AnalysisWorker {
public:
  using Publisher =
      std::function<void(const std::string &Uri, DocumentFindings Findings)>;

  AnalysisWorker(const ServerOptions &Options, OpenDocuments &Documents,
                 Publisher Publish);
  ~AnalysisWorker();

  // The buffer changed (or opened): analyse its newest text soon.
  void schedule(const std::string &Uri);
  // The buffer closed: forget it, stop its run.
  void forget(const std::string &Uri);
  void setUseDocumentChanges(bool Use) { UseDocumentChanges = Use; }
  // Analyse every open buffer again (what they depend on changed).
  void scheduleAllOpen();
  // The server is exiting: end the run in progress, start no other.
  void stop();

private:
  using Clock = std::chrono::steady_clock;
  void run();
  bool nextDue(std::unique_lock<std::mutex> &Guard, std::string &Uri);

  const ServerOptions &Options;
  OpenDocuments &Documents;
  Publisher Publish;
  CompileCommands Commands;
  PreambleStore Preambles;
  IncludeIndex Includes;
  std::atomic<bool> UseDocumentChanges{false};

  std::mutex Lock;
  std::condition_variable Wake;
  std::map<std::string, Clock::time_point> Due;        // uri -> when to start
  std::map<std::string, Clock::time_point> LastChange; // uri -> its last edit
  std::string RunningUri;
  RunningCompile Running;
  bool Stopping = false;
  std::thread Thread;
};

} // namespace lsp
} // namespace alignlint

#endif
