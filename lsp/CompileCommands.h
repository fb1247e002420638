// The compile command of a file, found as clangd finds it: the nearest
// compile_commands.json (or compile_flags.txt) in the file's folder or its
// parents (or clangd's --compile-commands-dir), with clangd's interpolation
// for files it does not list (headers) and its fallback without a database.
// A database whose file changed on disk is read again.
#ifndef ALIGNLINT_LSP_COMPILECOMMANDS_H
#define ALIGNLINT_LSP_COMPILECOMMANDS_H

#include "clang/Tooling/CompilationDatabase.h"

#include <map>
#include <memory>
#include <mutex>
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

private:
  struct LoadedDatabase {
    std::string Stamp; // the database files' times and sizes when read
    std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  };
  clang::tooling::CompilationDatabase *databaseIn(const std::string &Dir);

  std::string FixedDirectory;
  std::mutex Lock;
  // By folder; a null Database where there is none.
  std::map<std::string, LoadedDatabase> Databases;
};

} // namespace lsp
} // namespace alignlint

#endif
