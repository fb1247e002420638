#include "ProjectFixOffer.h"

#include "FileUri.h"
#include "PositionJson.h"

#include "llvm/Support/MemoryBuffer.h"

namespace alignlint {
namespace lsp {
namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

// What the diagnostic says about the project-wide fix; "" when it is
// offered.
std::string projectNote(const ProjectCandidate &Candidate,
                        const ProjectPlan &Plan) {
  if (!Candidate.BufferSaved)
    return "The editor offers no quick-fix for this record yet: " +
           Candidate.Refusal +
           ", and its project-wide fix is made from the files on disk: save "
           "the file to get the project-wide fix.";
  switch (Plan.Status) {
  case ProjectPlan::Computing:
    return "The project-wide fix for this record is being computed in the "
           "background: " +
           Candidate.Refusal +
           ", so every translation unit of the compile database must agree.";
  case ProjectPlan::Refused:
    return "The editor offers no quick-fix for this record: " + Plan.Reason;
  case ProjectPlan::Failed:
    return "The editor offers no quick-fix for this record: " +
           Candidate.Refusal +
           ", and its project-wide fix could not be made (" + Plan.Reason +
           "). Apply it project-wide with alignlint apply.";
  case ProjectPlan::Offered:
    break;
  }
  return "";
}

RecordKey recordOf(const ProjectCandidate &Candidate) {
  return RecordKey{Candidate.Build.File, Candidate.Build.Offset};
}

// The edits of one file of the plan, or null when the text they are for is
// gone (from the open buffer, or from the disk: then StaleOnDisk).
Value fileChange(const PlanFile &File, const ProjectCandidate &Candidate,
                 const OpenDocuments &Documents, bool &StaleOnDisk,
                 std::string &Uri, Value &Version) {
  Uri = File.Path == Candidate.Path ? Candidate.Uri : pathToUri(File.Path);
  OpenDocument Open;
  DocumentText Text;
  if (Documents.get(Uri, Open)) {
    if (Open.Text.text() != File.TextAtPlan)
      return nullptr; // edited in the editor since
    Text = Open.Text;
    Version = Open.Version;
  } else {
    auto Buffer = llvm::MemoryBuffer::getFile(File.Path);
    if (!Buffer || (*Buffer)->getBuffer() != File.TextAtPlan) {
      StaleOnDisk = true;
      return nullptr;
    }
    Text = DocumentText(File.TextAtPlan);
  }
  Array Edits;
  for (const PlanEdit &E : File.Edits) {
    if (E.Offset + E.Length > File.TextAtPlan.size())
      return nullptr;
    Edits.push_back(
        Object{{"range", rangeJson(Text.positionOf(E.Offset),
                                   Text.positionOf(E.Offset + E.Length))},
               {"newText", E.Text}});
  }
  return Value(std::move(Edits));
}

} // namespace

void noteProjectFixes(DocumentFindings &Findings, ProjectFixes &Projects) {
  for (EditorFinding &F : Findings.Findings) {
    if (!F.Project.Wanted)
      continue;
    ProjectPlan Plan;
    if (F.Project.BufferSaved)
      Plan = Projects.planFor(recordOf(F.Project));
    F.Diagnostic = F.Project.PlainDiagnostic;
    std::string Note = projectNote(F.Project, Plan);
    if (Note.empty())
      continue;
    Object *Diagnostic = F.Diagnostic.getAsObject();
    if (!Diagnostic->getArray("relatedInformation"))
      (*Diagnostic)["relatedInformation"] = Array();
    Diagnostic->getArray("relatedInformation")
        ->push_back(
            Object{{"location", Object{{"uri", F.Project.Uri},
                                       {"range", *Diagnostic->get("range")}}},
                   {"message", Note}});
  }
}

Value projectFixAction(const EditorFinding &F, ProjectFixes &Projects,
                       const OpenDocuments &Documents, bool UseDocumentChanges,
                       bool &StaleOnDisk) {
  StaleOnDisk = false;
  if (!F.Project.Wanted || !F.Project.BufferSaved)
    return nullptr;
  ProjectPlan Plan = Projects.planFor(recordOf(F.Project));
  if (Plan.Status != ProjectPlan::Offered)
    return nullptr;
  if (Plan.Disk && !Plan.Disk->unchanged()) {
    StaleOnDisk = true;
    return nullptr;
  }
  Array DocumentChanges;
  Object Changes;
  for (const PlanFile &File : Plan.Files) {
    std::string Uri;
    Value Version = nullptr; // a closed file: the text on disk
    Value Edits =
        fileChange(File, F.Project, Documents, StaleOnDisk, Uri, Version);
    if (Edits.kind() == Value::Null)
      return nullptr;
    DocumentChanges.push_back(
        Object{{"textDocument", Object{{"uri", Uri}, {"version", Version}}},
               {"edits", Edits}});
    Changes[Uri] = std::move(Edits);
  }
  Object Edit;
  if (UseDocumentChanges)
    Edit["documentChanges"] = std::move(DocumentChanges);
  else
    Edit["changes"] = std::move(Changes);
  size_t Files = Plan.Files.size();
  return Object{
      {"title",
       actionTitle(F.Project.Build,
                   Files > 1 ? " in " + std::to_string(Files) + " files" : "")},
      {"kind", "quickfix"},
      {"isPreferred", true},
      {"diagnostics", Array{F.Diagnostic}},
      {"edit", std::move(Edit)}};
}

} // namespace lsp
} // namespace alignlint
