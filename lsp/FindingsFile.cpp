#include "FindingsFile.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

namespace alignlint {
namespace lsp {
namespace {

using llvm::json::Array;
using llvm::json::Object;

std::string stringAt(const Object *O, llvm::StringRef Key) {
  if (O)
    if (auto Value = O->getString(Key))
      return Value->str();
  return "";
}

int64_t integerAt(const Object *O, llvm::StringRef Key) {
  if (O)
    if (auto Value = O->getInteger(Key))
      return *Value;
  return 0;
}

FindingNote readNote(const Object &Note) {
  FindingNote Result;
  Result.Message = stringAt(&Note, "message");
  Result.File = stringAt(&Note, "file");
  Result.Line = unsigned(integerAt(&Note, "line"));
  Result.Column = unsigned(integerAt(&Note, "column"));
  return Result;
}

FindingReplacement readReplacement(const Object &Replacement) {
  FindingReplacement Result;
  Result.File = stringAt(&Replacement, "file");
  Result.Offset = uint64_t(integerAt(&Replacement, "offset"));
  Result.Length = uint64_t(integerAt(&Replacement, "length"));
  Result.Text = stringAt(&Replacement, "text");
  return Result;
}

void readFix(const Object *Fix, Finding &Result) {
  Result.FixState = Fix ? stringAt(Fix, "state") : "none";
  const Array *Replacements = Fix ? Fix->getArray("replacements") : nullptr;
  if (!Replacements)
    return;
  for (const llvm::json::Value &Replacement : *Replacements)
    if (const Object *O = Replacement.getAsObject())
      Result.Replacements.push_back(readReplacement(*O));
}

Finding readFinding(const Object &F) {
  Finding Result;
  Result.Rule = stringAt(&F, "rule");
  Result.Level = stringAt(&F, "level");
  Result.Message = stringAt(&F, "message");
  const Object *Location = F.getObject("location");
  Result.File = stringAt(Location, "file");
  Result.Offset = uint64_t(integerAt(Location, "offset"));
  Result.Line = unsigned(integerAt(Location, "line"));
  Result.Column = unsigned(integerAt(Location, "column"));
  Result.EndLine = unsigned(integerAt(Location, "end_line"));
  Result.EndColumn = unsigned(integerAt(Location, "end_column"));
  const Object *Record = F.getObject("record");
  Result.RecordName = stringAt(Record, "name");
  Result.RecordKind = stringAt(Record, "kind");
  if (const Object *Bytes = F.getObject("bytes")) {
    Result.HasBytes = true;
    Result.CurrentBytes = integerAt(Bytes, "current");
    Result.ProposedBytes = integerAt(Bytes, "proposed");
  }
  readFix(F.getObject("fix"), Result);
  if (const Array *Notes = F.getArray("notes"))
    for (const llvm::json::Value &Note : *Notes)
      if (const Object *O = Note.getAsObject())
        Result.Notes.push_back(readNote(*O));
  return Result;
}

} // namespace

bool readFindingsFile(const std::string &Path, std::vector<Finding> &Findings,
                      std::string &Error) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Error = Path + ": " + Buffer.getError().message();
    return false;
  }
  auto Parsed = llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed) {
    Error = Path + ": " + llvm::toString(Parsed.takeError());
    return false;
  }
  const Object *Root = Parsed->getAsObject();
  if (!Root || stringAt(Root, "format") != "alignlint-findings" ||
      integerAt(Root, "version") != 1) {
    Error = Path + " is not an alignlint findings file of version 1.";
    return false;
  }
  if (const Array *All = Root->getArray("findings"))
    for (const llvm::json::Value &F : *All)
      if (const Object *O = F.getAsObject())
        Findings.push_back(readFinding(*O));
  return true;
}

} // namespace lsp
} // namespace alignlint
