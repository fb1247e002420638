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
  Command.File = Path;
  Command.Arguments = {"clang", Path};
  return Command;
}

} // namespace

CompilationDatabase *CompileCommands::databaseIn(const std::string &Dir) {
  auto Found = Databases.find(Dir);
  if (Found != Databases.end())
    return Found->second.get();
  std::string Error;
  std::unique_ptr<CompilationDatabase> Database =
      CompilationDatabase::loadFromDirectory(Dir, Error);
  if (Database)
    Database = withClangdInference(std::move(Database));
  return (Databases[Dir] = std::move(Database)).get();
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
  Command.File = Found.Filename;
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
