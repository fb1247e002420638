// The plugin's findings for one buffer as LSP sees them: a Diagnostic each
// (source alignlint, code = the rule) and, where the editor may apply the
// fix alone, a quick-fix CodeAction whose edit is the build's fix.
#ifndef ALIGNLINT_LSP_EDITORFINDINGS_H
#define ALIGNLINT_LSP_EDITORFINDINGS_H

#include "BufferAnalysis.h"
#include "DocumentText.h"
#include "OpenDocuments.h"

#include "llvm/Support/JSON.h"

#include <vector>

namespace alignlint {
namespace lsp {

struct EditorFinding {
  llvm::json::Value Diagnostic = nullptr;
  TextPosition Begin, End;
  llvm::json::Value Action = nullptr; // null: no quick-fix in the editor
};

struct DocumentFindings {
  int64_t Version = -1; // the buffer version that was analysed
  std::vector<EditorFinding> Findings;
};

// UseDocumentChanges: the client takes versioned documentChanges (so it
// rejects an edit made for an older text); else plain changes.
DocumentFindings editorFindings(const OpenDocument &Analyzed,
                                const AnalysisResult &Result,
                                bool UseDocumentChanges);

} // namespace lsp
} // namespace alignlint

#endif
