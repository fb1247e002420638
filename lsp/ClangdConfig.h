// clangd's configuration files change the command clangd compiles a file
// with: `.clangd` in the file's folder and its parents, then the user's
// `clangd/config.yaml` (later ones win). Their CompileFlags (Compiler,
// Remove, Add), under their If (PathMatch, PathExclude) conditions, are
// applied here to the command alignlint's analysis runs, so that it compiles
// the buffer as clangd does. Other keys are clangd's alone.
#ifndef ALIGNLINT_LSP_CLANGDCONFIG_H
#define ALIGNLINT_LSP_CLANGDCONFIG_H

#include <string>
#include <vector>

namespace alignlint {
namespace lsp {

// Applies every configuration fragment that holds for File to Arguments (the
// driver's argv, argv[0] included). A file that cannot be read or parsed
// changes nothing (clangd logs and skips it too); Problems receives one line
// for each.
void applyClangdConfig(const std::string &File,
                       std::vector<std::string> &Arguments,
                       std::vector<std::string> &Problems);

} // namespace lsp
} // namespace alignlint

#endif
