// Writing an export file so that nobody ever reads half of it: the text goes
// to a temporary file in the same directory, which is renamed over the
// final name (a parallel build may read or write the directory meanwhile).
#ifndef ALIGNLINT_ATOMIC_WRITE_H
#define ALIGNLINT_ATOMIC_WRITE_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace alignlint {

/// Creates Dir if needed and writes Text to Dir/Name atomically.
/// \returns false with Error set when it could not; nothing is left behind.
bool writeFileAtomically(llvm::StringRef Dir, llvm::StringRef Name,
                         llvm::StringRef Text, std::string &Error);

} // namespace alignlint

#endif
