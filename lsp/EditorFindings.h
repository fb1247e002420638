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

// A build fix the editor may not apply alone, only because other
// translation units may see the record: it is offered project-wide once
// every TU agrees (ProjectFixOffer.h).
struct ProjectCandidate {
  bool Wanted = false;
  Finding Build;            // the finding as this buffer's analysis saw it
  std::string Refusal;      // why this buffer alone is not enough
  bool BufferSaved = false; // the buffer's text is the file on disk
  std::string Uri;          // the buffer's
  std::string Path;         // the buffer's file, as the plugin names it
  llvm::json::Value PlainDiagnostic = nullptr; // before the project note
};

struct EditorFinding {
  llvm::json::Value Diagnostic = nullptr;
  TextPosition Begin, End;
  llvm::json::Value Action = nullptr; // null: no quick-fix in the editor
  ProjectCandidate Project;
};

struct DocumentFindings {
  int64_t Version = -1; // the buffer version that was analysed
  std::vector<EditorFinding> Findings;
};

// The quick-fix's title, Where (" in 3 files") after the record's name.
std::string actionTitle(const Finding &F, const std::string &Where = "");

// UseDocumentChanges: the client takes versioned documentChanges (so it
// rejects an edit made for an older text); else plain changes.
DocumentFindings editorFindings(const OpenDocument &Analyzed,
                                const AnalysisResult &Result,
                                bool UseDocumentChanges);

} // namespace lsp
} // namespace alignlint

#endif
