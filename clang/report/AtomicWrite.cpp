#include "AtomicWrite.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace alignlint {

bool writeFileAtomically(llvm::StringRef Dir, llvm::StringRef Name,
                         llvm::StringRef Text, std::string &Error) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir)) {
    Error =
        "cannot create export directory '" + Dir.str() + "': " + EC.message();
    return false;
  }
  llvm::SmallString<256> Final(Dir);
  llvm::sys::path::append(Final, Name);
  llvm::SmallString<256> Temp;
  int FD = -1;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Final + ".tmp-%%%%%%%%", FD, Temp)) {
    Error =
        "cannot write to export directory '" + Dir.str() + "': " + EC.message();
    return false;
  }
  bool Written;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    OS.flush();
    Written = !OS.has_error();
    OS.clear_error();
  }
  std::error_code RenameError;
  if (Written)
    RenameError = llvm::sys::fs::rename(Temp, Final);
  if (!Written || RenameError) {
    llvm::sys::fs::remove(Temp);
    Error = "cannot write '" + std::string(Final.str()) +
            "': " + (Written ? RenameError.message() : "write failed");
    return false;
  }
  return true;
}

} // namespace alignlint
