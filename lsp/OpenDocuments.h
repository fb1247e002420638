// The editor's open buffers: their text and version as the editor last
// sent them (didOpen, didChange, didClose). Shared by the relay, which
// updates them, and the analysis and code actions, which read them.
#ifndef ALIGNLINT_LSP_OPENDOCUMENTS_H
#define ALIGNLINT_LSP_OPENDOCUMENTS_H

#include "DocumentText.h"

#include "llvm/Support/JSON.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace alignlint {
namespace lsp {

struct OpenDocument {
  std::string Uri;
  std::string Path;
  int64_t Version = 0;
  DocumentText Text;
};

class OpenDocuments {
public:
  void open(const std::string &Uri, int64_t Version, std::string Text);
  // Applies didChange's contentChanges (whole text, or ranges). False when
  // the document is not open.
  bool change(const std::string &Uri, int64_t Version,
              const llvm::json::Array &Changes);
  void close(const std::string &Uri);
  // A copy of the document; false when it is not open.
  bool get(const std::string &Uri, OpenDocument &Document) const;
  // The version the editor has now; -1 when it is not open.
  int64_t version(const std::string &Uri) const;
  // The documents open now.
  std::vector<std::string> uris() const;

private:
  mutable std::mutex Lock;
  std::map<std::string, OpenDocument> Documents;
};

} // namespace lsp
} // namespace alignlint

#endif
