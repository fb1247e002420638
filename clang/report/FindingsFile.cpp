#include "FindingsFile.h"

#include "Annotations.h"
#include "BaselineFilter.h"
#include "Compat.h"
#include "ExportPaths.h"
#include "FindingSizes.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/Version.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

namespace alignlint {

using namespace clang;
namespace json = llvm::json;

FindingsFile::FindingsFile(ASTContext &Ctx, const PluginOptions &Opts)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Opts(Opts) {}

// Real file positions (not #line ones): SARIF and editors point into the
// file on disk.
json::Object FindingsFile::place(SourceLocation Loc) const {
  if (Loc.isInvalid())
    return json::Object{{"file", ""}, {"line", 0}, {"column", 0}};
  SourceLocation FileLoc = SM.getFileLoc(Loc);
  std::pair<FileID, unsigned> Decomposed = SM.getDecomposedLoc(FileLoc);
  return json::Object{
      {"file", realPathOf(SM, Decomposed.first)},
      {"offset", Decomposed.second},
      {"line", SM.getLineNumber(Decomposed.first, Decomposed.second)},
      {"column", SM.getColumnNumber(Decomposed.first, Decomposed.second)}};
}

json::Object FindingsFile::nameLocation(SourceLocation Loc) const {
  json::Object Where = place(Loc);
  if (Loc.isInvalid())
    return Where;
  SourceLocation FileLoc = SM.getFileLoc(Loc);
  unsigned Length = Lexer::MeasureTokenLength(FileLoc, SM, Ctx.getLangOpts());
  SourceLocation End = FileLoc.getLocWithOffset(Length);
  Where["end_line"] = SM.getSpellingLineNumber(End);
  Where["end_column"] = SM.getSpellingColumnNumber(End);
  return Where;
}

/// The record's name; an anonymous record is named by its typedef, else
/// "(anonymous)". The qualified name is the baseline's (BaselineFilter.h).
static std::string recordName(const RecordDecl *RD) {
  if (!RD->getName().empty())
    return RD->getName().str();
  if (const TypedefNameDecl *Typedef = RD->getTypedefNameForAnonDecl())
    return Typedef->getName().str();
  return "(anonymous)";
}

json::Object FindingsFile::identity(const RecordDecl *RD) const {
  SourceRange Range = SM.getExpansionRange(RD->getSourceRange()).getAsRange();
  json::Object Begin = place(Range.getBegin()), End = place(Range.getEnd());
  return json::Object{
      {"name", recordName(RD)},
      {"qualified_name", baselineRecordName(RD)},
      {"kind", RD->getKindName().str()},
      {"definition", json::Object{{"begin_offset", Begin["offset"]},
                                  {"end_offset", End["offset"]},
                                  {"begin_line", Begin["line"]},
                                  {"end_line", End["line"]}}}};
}

json::Object FindingsFile::fixOf(const Finding &F) const {
  json::Array Edits;
  for (const FixItHint &Fix : F.Fixes) {
    tooling::Replacement Edit = exportedEdit(SM, Ctx.getLangOpts(), Fix);
    Edits.push_back(json::Object{{"file", Edit.getFilePath().str()},
                                 {"offset", Edit.getOffset()},
                                 {"length", Edit.getLength()},
                                 {"text", Edit.getReplacementText().str()}});
  }
  const char *State = !F.Fixes.empty()           ? "offered"
                      : !F.RefusalReason.empty() ? "refused"
                                                 : "none";
  return json::Object{{"state", State},
                      {"reason", F.RefusalReason},
                      {"replacements", std::move(Edits)}};
}

json::Object FindingsFile::sizes(const Finding &F) const {
  FindingSizes Sizes = findingSizes(Ctx, F);
  uint64_t Current = Sizes.Current, Proposed = Sizes.Proposed;
  uint64_t Line = Opts.CacheLineBytes ? Opts.CacheLineBytes : 64;
  auto Lines = [Line](uint64_t Bytes) { return (Bytes + Line - 1) / Line; };
  return json::Object{
      {"bytes", json::Object{{"current", Current}, {"proposed", Proposed}}},
      {"cache_lines", json::Object{{"current", Lines(Current)},
                                   {"proposed", Lines(Proposed)}}}};
}

static json::Object entry(std::string Name, std::string Type,
                          uint64_t OffsetBits, uint64_t SizeBits, bool BitField,
                          const al_member &Groups) {
  return json::Object{{"name", std::move(Name)},
                      {"type", std::move(Type)},
                      {"offset_bits", OffsetBits},
                      {"size_bits", SizeBits},
                      {"bitfield", BitField},
                      {"hot", Groups.hot_group >= 0},
                      {"contended", Groups.contended_group >= 0}};
}

// Annotated: the record whose fields carry the annotations (RD itself, or
// the original of a detached copy, whose fields have the same names).
json::Value FindingsFile::layoutOf(const RecordDecl *RD,
                                   const RecordDecl *Annotated) const {
  if (!hasLayout(RD))
    return nullptr;
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(RD);
  std::map<std::string, al_member> GroupsByName;
  AnnotationGroups Groups;
  for (const FieldDecl *Field : Annotated->fields()) {
    al_member M = {};
    M.hot_group = M.contended_group = -1;
    Groups.apply(Field, M);
    if (!Field->getName().empty())
      GroupsByName[Field->getName().str()] = M;
  }
  al_member NoGroups = {};
  NoGroups.hot_group = NoGroups.contended_group = -1;
  json::Array Fields;
  if (const auto *Class = dyn_cast<CXXRecordDecl>(RD)) {
    if (Layout.hasOwnVFPtr())
      Fields.push_back(entry("(vptr)", "", 0, Ctx.getTypeSize(Ctx.VoidPtrTy),
                             false, NoGroups));
    for (const CXXBaseSpecifier &Base : Class->bases()) {
      const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
      if (Base.isVirtual() || !hasLayout(BaseDecl))
        continue;
      Fields.push_back(
          entry("(base)", Base.getType().getAsString(),
                uint64_t(Ctx.toBits(Layout.getBaseClassOffset(BaseDecl))),
                uint64_t(Ctx.toBits(
                    Ctx.getASTRecordLayout(BaseDecl).getNonVirtualSize())),
                false, NoGroups));
    }
  }
  for (const FieldDecl *Field : RD->fields()) {
    QualType Type = Field->getType();
    uint64_t SizeBits =
        Field->isBitField() ? compat::bitWidthOf(Field, Ctx)
        : Type->isIncompleteArrayType() || Type->isDependentType()
            ? 0
            : Ctx.getTypeSize(Type);
    auto Found = GroupsByName.find(Field->getName().str());
    Fields.push_back(
        entry(Field->getName().str(), Type.getAsString(),
              Layout.getFieldOffset(Field->getFieldIndex()), SizeBits,
              Field->isBitField(),
              Found == GroupsByName.end() ? NoGroups : Found->second));
  }
  return json::Object{
      {"size_bytes", uint64_t(Layout.getSize().getQuantity())},
      {"align_bytes", uint64_t(Layout.getAlignment().getQuantity())},
      {"fields", std::move(Fields)}};
}

void FindingsFile::add(const Finding &F, bool IsError) {
  if (!hasLayout(F.Record))
    return; // every finding is about a laid-out record; never guess
  json::Array Notes;
  for (const FindingNote &N : F.Notes) {
    json::Object Note = place(N.Loc);
    Note.erase("offset");
    Note["message"] = N.Text;
    Notes.push_back(std::move(Note));
  }
  json::Object Sizes = sizes(F);
  json::Object Found{
      {"rule", ruleName(F.TheRule)},
      {"level", IsError ? "error" : "warning"},
      {"message", F.Message},
      {"location", nameLocation(F.RecordLoc)},
      {"record", identity(F.Record)},
      {"bytes", std::move(Sizes["bytes"])},
      {"cache_lines", std::move(Sizes["cache_lines"])},
      {"fix", fixOf(F)},
      {"notes", std::move(Notes)},
      {"layout", json::Object{{"before", layoutOf(F.Record, F.Record)},
                              {"after", hasLayout(F.Proposed)
                                            ? layoutOf(F.Proposed, F.Record)
                                            : json::Value(nullptr)}}}};
  Findings.push_back(std::move(Found));
}

std::string FindingsFile::text() const {
  llvm::SmallString<256> Cwd;
  std::string BuildDirectory;
  if (!llvm::sys::fs::current_path(Cwd))
    BuildDirectory = std::string(Cwd.str());
  json::Object File{{"format", "alignlint-findings"},
                    {"version", 1},
                    {"llvm_version", CLANG_VERSION_STRING},
                    {"main_file", realPathOf(SM, SM.getMainFileID())},
                    {"build_directory", BuildDirectory},
                    {"target", Ctx.getTargetInfo().getTriple().str()},
                    {"cache_line_bytes", uint64_t(Opts.CacheLineBytes)},
                    {"findings", json::Array(Findings)}};
  // Not formatv: its adapters' type info would tie the plugin's loading to
  // the LLVM it was built for, before the version guard can speak.
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  json::OStream(OS, /*IndentSize=*/2).value(json::Value(std::move(File)));
  OS << '\n';
  OS.flush();
  return Text;
}

} // namespace alignlint
