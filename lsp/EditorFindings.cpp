#include "EditorFindings.h"

#include "FileUri.h"
#include "PositionJson.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <set>
#include <utility>

namespace alignlint {
namespace lsp {
namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

int severityOf(const std::string &Level) {
  if (Level == "error")
    return 1;
  return Level == "warning" ? 2 : 3;
}

std::string ruleDocumentation(const std::string &Rule) {
  std::string Docs = ALIGNLINT_DOCS_URL;
  if (Rule == "field-order")
    return Docs + "/safety.md";
  return Docs + "/cacheline-rules.md#" + Rule;
}

// Why the editor cannot apply an offered fix on its own ("" when it can):
// every edit must be in this buffer, and no other translation unit may see
// the record, or the fix must be agreed project-wide (alignlint apply).
std::string editorRefusal(const Finding &F, const AnalysisResult &Result) {
  if (F.File != Result.RealPath)
    return "the record is defined in " + F.File;
  for (const FindingReplacement &R : F.Replacements)
    if (R.File != Result.RealPath)
      return "the fix also edits " + R.File;
  if (!Result.ListedInDatabase)
    return "this file is not a translation unit of the compile database, so "
           "other translation units may include it";
  if (!Result.OtherUnits.Known)
    return Result.OtherUnits.Why;
  if (!Result.OtherUnits.First.empty())
    return "the translation unit " + Result.OtherUnits.First +
           " includes this file";
  return "";
}

} // namespace

std::string actionTitle(const Finding &F, const std::string &Where) {
  std::string Record = "'" + F.RecordKind + " " + F.RecordName + "'" + Where;
  if (F.Rule == "field-order" && F.HasBytes)
    return "Reorder fields of " + Record + " (saves " +
           std::to_string(F.CurrentBytes - F.ProposedBytes) + " bytes)";
  if (F.Rule == "hot-fields")
    return "Move the hot fields of " + Record + " to the front";
  if (F.Rule == "contended")
    return "Give the contended members of " + Record +
           " cache lines of their own";
  return "Apply alignlint's " + F.Rule + " fix to " + Record;
}

namespace {

bool equalsFileOnDisk(const std::string &Path, const std::string &Text) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  return Buffer && (*Buffer)->getBuffer() == Text;
}

class Converter {
public:
  Converter(const OpenDocument &Analyzed, const AnalysisResult &Result,
            bool UseDocumentChanges)
      : Analyzed(Analyzed), Result(Result),
        UseDocumentChanges(UseDocumentChanges) {}

  EditorFinding convert(const Finding &F) const {
    EditorFinding Out;
    Out.Begin = Analyzed.Text.positionOf(F.Offset);
    Out.End = Analyzed.Text.positionOfLineColumn(F.EndLine, F.EndColumn);
    if (Out.End.Line < Out.Begin.Line ||
        (Out.End.Line == Out.Begin.Line &&
         Out.End.Character < Out.Begin.Character))
      Out.End = Out.Begin;
    Array Related;
    for (const FindingNote &Note : F.Notes)
      Related.push_back(noteJson(Note, Out));
    std::string Refusal =
        F.FixState == "offered" ? editorRefusal(F, Result) : "";
    // The note for such a fix depends on its project-wide plan: added by
    // noteProjectFixes (ProjectFixOffer.h).
    Out.Project.Wanted = !Refusal.empty() && !F.Replacements.empty();
    if (Out.Project.Wanted) {
      Out.Project.Build = F;
      Out.Project.Refusal = Refusal;
      Out.Project.Uri = Analyzed.Uri;
      Out.Project.Path = Result.RealPath;
      Out.Project.BufferSaved =
          equalsFileOnDisk(Analyzed.Path, Analyzed.Text.text());
    }
    Object Diagnostic{
        {"range", rangeJson(Out.Begin, Out.End)},
        {"severity", severityOf(F.Level)},
        {"source", "alignlint"},
        {"code", F.Rule},
        {"codeDescription", Object{{"href", ruleDocumentation(F.Rule)}}},
        {"message", F.Message}};
    if (!Related.empty())
      Diagnostic["relatedInformation"] = std::move(Related);
    Out.Diagnostic = std::move(Diagnostic);
    if (Out.Project.Wanted)
      Out.Project.PlainDiagnostic = Out.Diagnostic;
    if (F.FixState == "offered" && Refusal.empty() && !F.Replacements.empty())
      Out.Action = actionJson(F, Out.Diagnostic);
    return Out;
  }

private:
  Value relatedJson(TextPosition Begin, TextPosition End,
                    const std::string &Message) const {
    return Object{{"location", Object{{"uri", Analyzed.Uri},
                                      {"range", rangeJson(Begin, End)}}},
                  {"message", Message}};
  }

  Value noteJson(const FindingNote &Note, const EditorFinding &At) const {
    if (Note.File.empty())
      return relatedJson(At.Begin, At.End, Note.Message);
    TextPosition P;
    std::string Uri = Analyzed.Uri;
    if (Note.File == Result.RealPath) {
      P = Analyzed.Text.positionOfLineColumn(Note.Line, Note.Column);
    } else {
      // Another file's text is not at hand: its byte column stands in.
      Uri = pathToUri(Note.File);
      P.Line = Note.Line > 0 ? Note.Line - 1 : 0;
      P.Character = Note.Column > 0 ? Note.Column - 1 : 0;
    }
    return Object{
        {"location", Object{{"uri", Uri}, {"range", rangeJson(P, P)}}},
        {"message", Note.Message}};
  }

  Value editsJson(const Finding &F) const {
    Array Edits;
    for (const FindingReplacement &R : F.Replacements)
      Edits.push_back(Object{
          {"range", rangeJson(Analyzed.Text.positionOf(R.Offset),
                              Analyzed.Text.positionOf(R.Offset + R.Length))},
          {"newText", R.Text}});
    return Value(std::move(Edits));
  }

  Value actionJson(const Finding &F, const Value &Diagnostic) const {
    Object Edit;
    if (UseDocumentChanges)
      Edit["documentChanges"] =
          Array{Object{{"textDocument", Object{{"uri", Analyzed.Uri},
                                               {"version", Analyzed.Version}}},
                       {"edits", editsJson(F)}}};
    else
      Edit["changes"] = Object{{Analyzed.Uri, editsJson(F)}};
    return Object{{"title", actionTitle(F)},
                  {"kind", "quickfix"},
                  {"isPreferred", true},
                  {"diagnostics", Array{Diagnostic}},
                  {"edit", std::move(Edit)}};
  }

  const OpenDocument &Analyzed;
  const AnalysisResult &Result;
  bool UseDocumentChanges;
};

} // namespace

DocumentFindings editorFindings(const OpenDocument &Analyzed,
                                const AnalysisResult &Result,
                                bool UseDocumentChanges) {
  DocumentFindings Out;
  Out.Version = Analyzed.Version;
  Converter Convert(Analyzed, Result, UseDocumentChanges);
  std::set<std::pair<std::string, uint64_t>> Seen;
  for (const Finding &F : Result.Findings)
    if (F.File == Result.RealPath && Seen.insert({F.Rule, F.Offset}).second)
      Out.Findings.push_back(Convert.convert(F));
  return Out;
}

} // namespace lsp
} // namespace alignlint
