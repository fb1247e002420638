#include "CompileCommands.h"

#include "ClangdConfig.h"
#include "MessageStream.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace alignlint {
namespace lsp {
namespace {

using clang::tooling::CompilationDatabase;

// What clangd layers over a loaded database.
std::unique_ptr<CompilationDatabase>
withClangdInference(std::unique_ptr<CompilationDatabase> Database) {
  Database = clang::tooling::expandResponseFiles(
      std::move(Database), llvm::vfs::getRealFileSystem());
  Database = clang::tooling::inferTargetAndDriverMode(std::move(Database));
  return clang::tooling::inferMissingCompileCommands(std::move(Database));
}

// clangd's fallback: the file alone.
FileCommand fallbackCommand(const std::string &Path) {
  FileCommand Command;
  Command.Directory = llvm::sys::path::parent_path(Path).str();
  Command.Arguments = {"clang", Path};
  Command.Filename = Path;
  return Command;
}

// What tells a changed database from the one read: the modification time
// and size of each file clangd reads in Dir ("-" where there is none).
std::string databaseStamp(const std::string &Dir) {
  std::string Stamp;
  for (const char *Name : {"/compile_commands.json", "/compile_flags.txt"}) {
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(Dir + Name, Status)) {
      Stamp += "-;";
      continue;
    }
    Stamp += std::to_string(
                 Status.getLastModificationTime().time_since_epoch().count()) +
             "," + std::to_string(Status.getSize()) + ";";
  }
  return Stamp;
}

} // namespace

CompilationDatabase *CompileCommands::databaseIn(const std::string &Dir) {
  std::string Stamp = databaseStamp(Dir);
  LoadedDatabase &Loaded = Databases[Dir];
  if (Loaded.Stamp == Stamp)
    return Loaded.Database.get();
  std::string Error;
  Loaded.Database = CompilationDatabase::loadFromDirectory(Dir, Error);
  if (Loaded.Database)
    Loaded.Database = withClangdInference(std::move(Loaded.Database));
  Loaded.Stamp = Stamp;
  return Loaded.Database.get();
}

FileCommand CompileCommands::commandFor(const std::string &Path) {
  FileCommand Command = databaseCommandFor(Path);
  std::vector<std::string> Problems;
  applyClangdConfig(Path, Command.Arguments, Problems);
  std::lock_guard<std::mutex> Guard(Lock);
  for (const std::string &Problem : Problems)
    if (LoggedProblems.insert(Problem).second)
      logLine(Problem);
  return Command;
}

CompilationDatabase *CompileCommands::databaseFor(const std::string &Path,
                                                  std::string &Dir) {
  if (!FixedDirectory.empty()) {
    Dir = FixedDirectory;
    return databaseIn(Dir);
  }
  for (llvm::StringRef Parent = llvm::sys::path::parent_path(Path);
       !Parent.empty(); Parent = llvm::sys::path::parent_path(Parent)) {
    for (std::string Candidate : {Parent.str(), (Parent + "/build").str()})
      if (CompilationDatabase *Database = databaseIn(Candidate)) {
        Dir = Candidate;
        return Database;
      }
  }
  return nullptr;
}

FileCommand
CompileCommands::fileCommand(const clang::tooling::CompileCommand &Found) {
  FileCommand Command;
  Command.Directory = Found.Directory;
  Command.Filename = Found.Filename;
  Command.Arguments = Found.CommandLine;
  Command.ListedInDatabase = Found.Heuristic.empty();
  return Command;
}

FileCommand CompileCommands::databaseCommandFor(const std::string &Path) {
  std::lock_guard<std::mutex> Guard(Lock);
  std::string Dir;
  CompilationDatabase *Database = databaseFor(Path, Dir);
  if (!Database)
    return fallbackCommand(Path);
  std::vector<clang::tooling::CompileCommand> Found =
      Database->getCompileCommands(Path);
  if (Found.empty())
    return fallbackCommand(Path);
  return fileCommand(Found.front());
}

bool CompileCommands::unitsOfDatabase(const std::string &Path,
                                      std::string &DatabaseDir,
                                      std::vector<FileCommand> &Units) {
  std::lock_guard<std::mutex> Guard(Lock);
  CompilationDatabase *Database = databaseFor(Path, DatabaseDir);
  if (!Database)
    return false;
  for (const clang::tooling::CompileCommand &Unit :
       Database->getAllCompileCommands())
    Units.push_back(fileCommand(Unit));
  return true;
}

} // namespace lsp
} // namespace alignlint
