#include "AnalysisWorker.h"

#include "MessageStream.h"

#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace alignlint {
namespace lsp {
namespace {

// Edits closer together than this are a burst (see schedule).
const std::chrono::milliseconds BurstGap(300);

} // namespace

AnalysisWorker::AnalysisWorker(const ServerOptions &Options,
                               OpenDocuments &Documents, Publisher Publish)
    : Options(Options), Documents(Documents), Publish(std::move(Publish)),
      Commands(Options.CompileCommandsDir), Preambles(Options),
      Includes(Options, Commands, [this] { scheduleAllOpen(); }),
      Thread([this] { run(); }) {}

AnalysisWorker::~AnalysisWorker() {
  stop();
  Thread.join();
}

void AnalysisWorker::stop() {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Stopping = true;
    Running.cancel();
  }
  Preambles.stop();
  Wake.notify_all();
  Includes.stop();
}

void AnalysisWorker::schedule(const std::string &Uri) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    // An edit after a pause is analysed at once; the edits of a burst
    // (typing) wait the quiet time, so that a burst starts one compile, not
    // one per key.
    Clock::time_point Now = Clock::now();
    auto Previous = LastChange.find(Uri);
    bool InBurst =
        Previous != LastChange.end() && Now - Previous->second < BurstGap;
    LastChange[Uri] = Now;
    Due[Uri] =
        InBurst ? Now + std::chrono::milliseconds(Options.DebounceMs) : Now;
    if (RunningUri == Uri)
      Running.cancel(); // its text is already old
  }
  Wake.notify_all();
}

void AnalysisWorker::scheduleAllOpen() {
  for (const std::string &Uri : Documents.uris())
    schedule(Uri);
}

void AnalysisWorker::forget(const std::string &Uri) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Due.erase(Uri);
    LastChange.erase(Uri);
    if (RunningUri == Uri)
      Running.cancel();
  }
  Preambles.forget(Uri);
}

// Waits for the earliest scheduled buffer whose quiet time has passed.
bool AnalysisWorker::nextDue(std::unique_lock<std::mutex> &Guard,
                             std::string &Uri) {
  for (;;) {
    if (Stopping)
      return false;
    if (Due.empty()) {
      Wake.wait(Guard);
      continue;
    }
    auto Earliest = Due.begin();
    for (auto It = Due.begin(); It != Due.end(); ++It)
      if (It->second < Earliest->second)
        Earliest = It;
    if (Earliest->second <= Clock::now()) {
      Uri = Earliest->first;
      Due.erase(Earliest);
      RunningUri = Uri;
      return true;
    }
    Wake.wait_until(Guard, Earliest->second);
  }
}

namespace {

// The findings file of a large translation unit is parsed into a tree of
// several megabytes; the relay lives as long as the editor, so the heap it
// freed goes back to the system instead of staying resident.
void returnFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

} // namespace

void AnalysisWorker::run() {
  std::unique_lock<std::mutex> Guard(Lock);
  std::string Uri;
  while (nextDue(Guard, Uri)) {
    Guard.unlock();
    OpenDocument Document;
    bool Open = Documents.get(Uri, Document);
    AnalysisResult Result;
    auto Start = Clock::now();
    if (Open)
      Result = analyzeBuffer(Options, Commands, Preambles, Document, Running);
    if (Result.Completed && Result.ListedInDatabase)
      Result.OtherUnits = Includes.includersOf(Document.Path, Result.RealPath);
    auto Elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        Clock::now() - Start);
    Guard.lock();
    RunningUri.clear();
    // A newer text is scheduled, or the buffer closed: this result is old.
    if (!Result.Completed || Due.count(Uri) ||
        Documents.version(Uri) != Document.Version)
      continue;
    Guard.unlock();
    DocumentFindings Findings =
        editorFindings(Document, Result, UseDocumentChanges);
    logLine(Document.Path + " version " + std::to_string(Document.Version) +
            ": " + std::to_string(Findings.Findings.size()) +
            " findings, analysed" +
            (Result.UsedPreamble ? " with preamble" : "") + " in " +
            std::to_string(Elapsed.count()) + " ms (CPU " +
            std::to_string(Result.CpuMilliseconds) + " ms)");
    Publish(Uri, std::move(Findings));
    returnFreedMemory();
    Guard.lock();
  }
}

} // namespace lsp
} // namespace alignlint
