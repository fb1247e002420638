// The relay between the editor and clangd. Every message passes through
// unchanged except two that clangd sends: publishDiagnostics, to which
// alignlint's diagnostics for the same buffer are added, and the answer to
// a codeAction request, to which alignlint's quick-fixes are added. When
// alignlint's diagnostics arrive later than clangd's, clangd's last set is
// published again with them.
#ifndef ALIGNLINT_LSP_PROXY_H
#define ALIGNLINT_LSP_PROXY_H

#include "AnalysisWorker.h"
#include "MessageStream.h"
#include "OpenDocuments.h"
#include "ProjectFixes.h"

#include "llvm/Support/JSON.h"

#include <atomic>
#include <map>
#include <mutex>
#include <string>

namespace alignlint {
namespace lsp {

class Proxy {
public:
  Proxy(const ServerOptions &Options, MessageWriter &ToEditor,
        MessageWriter &ToClangd);
  void fromEditor(const RawMessage &Message);
  void fromClangd(const RawMessage &Message);
  void stopAnalysis() {
    Worker.stop();
    Projects.stop();
  }

private:
  struct ActionRequest {
    std::string Uri;
    TextPosition Begin, End;
  };

  void noteEditorRequest(const llvm::json::Object &Message);
  void followDocuments(const llvm::json::Object &Message);
  bool awaitsAnswer();
  void noteClangdAnswer(const llvm::json::Object &Message);
  bool mergeIntoDiagnostics(llvm::json::Object &Message);
  bool mergeIntoCodeActions(llvm::json::Object &Message);
  void publishAlignlint(const std::string &Uri, DocumentFindings Findings);
  std::string publishBody(const std::string &Uri);
  void republishProjectFixes();

  MessageWriter &ToEditor;
  MessageWriter &ToClangd;
  OpenDocuments Documents;

  std::mutex Lock; // guards the maps below and orders writes to the editor
  std::map<std::string, llvm::json::Object> ClangdParams; // last, by uri
  std::map<std::string, DocumentFindings> Alignlint;      // last, by uri
  std::map<std::string, ActionRequest> PendingActions;    // by request id
  std::string InitializeId; // until clangd answers it
  std::atomic<bool> UseDocumentChanges{false};

  ProjectFixes Projects; // calls back into the members above
  AnalysisWorker Worker; // last: it calls back into the members above
};

} // namespace lsp
} // namespace alignlint

#endif
