// file:// URIs (RFC 8089, as LSP clients send them) and paths.
#ifndef ALIGNLINT_LSP_FILEURI_H
#define ALIGNLINT_LSP_FILEURI_H

#include <string>

namespace alignlint {
namespace lsp {

// The path of a file:// URI, percent-decoded; empty for other schemes.
std::string uriToPath(const std::string &Uri);
// A file:// URI for an absolute path, percent-encoded like clangd does.
std::string pathToUri(const std::string &Path);

} // namespace lsp
} // namespace alignlint

#endif
