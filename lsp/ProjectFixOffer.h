// How the editor offers the project-wide fix of a record that other
// translation units may see: the diagnostic's note while the plan is being
// made, refused or impossible (an unsaved buffer), and, once every TU
// agrees, one quick-fix whose WorkspaceEdit edits every file of the plan,
// offered only while each of those files still has the plan's text.
#ifndef ALIGNLINT_LSP_PROJECTFIXOFFER_H
#define ALIGNLINT_LSP_PROJECTFIXOFFER_H

#include "EditorFindings.h"
#include "OpenDocuments.h"
#include "ProjectFixes.h"

#include "llvm/Support/JSON.h"

namespace alignlint {
namespace lsp {

// Gives each candidate's diagnostic the note its plan calls for (asking for
// the plans not made yet).
void noteProjectFixes(DocumentFindings &Findings, ProjectFixes &Projects);

// The quick-fix of a candidate whose plan is offered, with the open
// documents' versions; null when there is none, or when a file no longer
// has the text the plan was made for (StaleOnDisk: a file on disk changed,
// so the plan is old).
llvm::json::Value projectFixAction(const EditorFinding &F,
                                   ProjectFixes &Projects,
                                   const OpenDocuments &Documents,
                                   bool UseDocumentChanges, bool &StaleOnDisk);

} // namespace lsp
} // namespace alignlint

#endif
