// The include prefix of a buffer: the part a precompiled preamble can stand
// for. From the start, only comments, blank lines, #include / #include_next
// / #import of a literal header name and #define / #undef; it ends at the
// end of the last include line before any other directive or any token.
#ifndef ALIGNLINT_LSP_INCLUDEPREFIX_H
#define ALIGNLINT_LSP_INCLUDEPREFIX_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace alignlint {
namespace lsp {

// The length in bytes of Text's include prefix (0 when it has none).
size_t includePrefixLength(llvm::StringRef Text);

// Text with its first PrefixLength bytes replaced by spaces, line breaks
// kept: every offset, line and column after them is unchanged.
std::string blankedPrefix(llvm::StringRef Text, size_t PrefixLength);

} // namespace lsp
} // namespace alignlint

#endif
