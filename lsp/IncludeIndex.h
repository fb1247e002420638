// Which translation units of the compile database include a file. A source
// file that another translation unit #includes (a unit test that includes
// the file it tests, a hand-written unity build) shares its records with
// that unit, so a quick-fix computed from the file's own analysis would not
// be agreed by it: such a file is treated like a header (EditorFindings).
// Found from the preprocessor's dependency list (-M) of every translation
// unit, listed again for the units that read a file changed since: in the
// background, except when few units need it, which are listed before the
// answer so that it is final.
#ifndef ALIGNLINT_LSP_INCLUDEINDEX_H
#define ALIGNLINT_LSP_INCLUDEINDEX_H

#include "CompileCommands.h"
#include "ServerOptions.h"

#include "llvm/Support/Chrono.h"

#include <atomic>
#include <chrono>
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
  // What one unit of the database includes.
  struct UnitIncludes {
    std::string File;    // as the database names it
    std::string Path;    // real path
    bool Failed = false; // -M failed: it may include anything
    // The unit and every file it reads, with its modification time then: a
    // change on disk (an edit saved, a checkout) makes the list old.
    std::map<std::string, llvm::sys::TimePoint<>> Read;
  };
  using UnitList = std::map<std::string, UnitIncludes>; // by database name

  UnitIncludes listIncludes(const FileCommand &Unit, const std::string &Folder);
  void listAll(const std::vector<FileCommand> &Units, UnitList &Into);
  static std::vector<FileCommand>
  unitsToList(const UnitList &Listed, const std::vector<FileCommand> &Units,
              bool CheckTimes);
  static size_t readCount(const UnitList &Listed);
  static void keepOnly(UnitList &Listed, const std::vector<FileCommand> &Units);
  static Includers answer(const UnitList &Listed, const std::string &RealPath);
  void runBackground();

  const ServerOptions &Options;
  CompileCommands &Commands;
  std::function<void()> Scanned;

  std::mutex Lock;
  std::condition_variable Wake;
  std::map<std::string, UnitList> Listed; // by database
  // When the files the units of a database read were last looked at.
  std::map<std::string, std::chrono::steady_clock::time_point> Checked;
  std::map<std::string, std::vector<FileCommand>> Queued; // to list
  std::set<std::string> Pending; // databases queued or being listed
  std::atomic<bool> Stopping{false};
  std::thread Thread;
};

} // namespace lsp
} // namespace alignlint

#endif
