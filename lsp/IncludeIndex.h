// Which translation units of the compile database include a file. A source
// file that another translation unit #includes (a unit test that includes
// the file it tests, a hand-written unity build) shares its records with
// that unit, so a quick-fix computed from the file's own analysis would not
// be agreed by it: such a file is treated like a header (EditorFindings).
// Found from the preprocessor's dependency list (-M) of every translation
// unit: in the background, except for small databases, which are scanned
// before the first answer so that it is final.
#ifndef ALIGNLINT_LSP_INCLUDEINDEX_H
#define ALIGNLINT_LSP_INCLUDEINDEX_H

#include "CompileCommands.h"
#include "ServerOptions.h"

#include "llvm/Support/Chrono.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace alignlint {
namespace lsp {

struct Includers {
  bool Known = false; // false: not scanned yet, or a unit could not be
  std::string Why;    // when not known: a sentence part saying why
  std::string First;  // another translation unit that includes the file
};

class IncludeIndex {
public:
  // Scanned is called (on the index's thread) when a background scan ends,
  // so that open buffers get answers that were not known before.
  IncludeIndex(const ServerOptions &Options, CompileCommands &Commands,
               std::function<void()> Scanned);
  ~IncludeIndex();
  // Ends the background scan (after its current unit); no more Scanned.
  void stop();

  // Who else includes RealPath (the file of Path, as the plugin names it).
  Includers includersOf(const std::string &Path, const std::string &RealPath);

private:
  // The dependencies of every unit of one database.
  struct Scan {
    std::string Unscanned;                       // a unit -M failed on, or ""
    std::map<std::string, std::string> Includer; // file -> a unit including it
    std::vector<std::string> UnitFiles;          // as the database lists them
    // Every unit and file they include, with its modification time then: a
    // change on disk (an edit saved, a checkout) makes the scan old.
    std::map<std::string, llvm::sys::TimePoint<>> Seen;
  };

  Scan scanUnits(const std::vector<FileCommand> &Units);
  static bool stillCurrent(const Scan &Old,
                           const std::vector<FileCommand> &Units);
  void runBackground();

  const ServerOptions &Options;
  CompileCommands &Commands;
  std::function<void()> Scanned;

  std::mutex Lock;
  std::condition_variable Wake;
  std::map<std::string, Scan> Scans;                      // by database
  std::map<std::string, std::vector<FileCommand>> Queued; // to scan
  std::set<std::string> Pending; // databases queued or being scanned
  std::atomic<bool> Stopping{false};
  std::thread Thread;
};

} // namespace lsp
} // namespace alignlint

#endif
