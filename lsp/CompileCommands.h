// The compile command of a file, found as clangd finds it: the nearest
// compile_commands.json (or compile_flags.txt) in the file's folder or its
// parents (or clangd's --compile-commands-dir), with clangd's interpolation
// for files it does not list (headers) and its fallback without a database,
// then changed by clangd's configuration files as clangd changes it. A
// database whose file changed on disk is read again.
#ifndef ALIGNLINT_LSP_COMPILECOMMANDS_H
#define ALIGNLINT_LSP_COMPILECOMMANDS_H

#include "clang/Tooling/CompilationDatabase.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace alignlint {
namespace lsp {

struct FileCommand {
  std::string Directory;
  std::vector<std::string> Arguments; // the driver's argv, argv[0] included
  std::string Filename; // the database's (absolute) name of the file
  // Listed for this very file: a translation unit of the project. False for
  // an interpolated command (a header) and for the fallback.
  bool ListedInDatabase = false;
};

class CompileCommands {
public:
  explicit CompileCommands(std::string FixedDirectory)
      : FixedDirectory(std::move(FixedDirectory)) {}
  FileCommand commandFor(const std::string &Path);
  // Every translation unit of the database that serves Path (its folder
  // in DatabaseDir); false when there is none (clangd's fallback).
  bool unitsOfDatabase(const std::string &Path, std::string &DatabaseDir,
                       std::vector<FileCommand> &Units);

private:
  FileCommand databaseCommandFor(const std::string &Path);
  clang::tooling::CompilationDatabase *databaseFor(const std::string &Path,
                                                   std::string &Dir);
  static FileCommand fileCommand(const clang::tooling::CompileCommand &Found);

  struct LoadedDatabase {
    std::string Stamp; // the database files' times and sizes when read
    std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  };
  clang::tooling::CompilationDatabase *databaseIn(const std::string &Dir);

  std::string FixedDirectory;
  std::mutex Lock;
  // By folder; a null Database where there is none.
  std::map<std::string, LoadedDatabase> Databases;
  std::set<std::string> LoggedProblems; // of configuration files, once each
};

} // namespace lsp
} // namespace alignlint

#endif
