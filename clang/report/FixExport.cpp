#include "FixExport.h"
#include "Compat.h"

#include "AtomicWrite.h"
#include "ExportPaths.h"

#include "clang/AST/Attr.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace alignlint {

using clang::tooling::Diagnostic;
using clang::tooling::DiagnosticMessage;
using clang::tooling::Replacement;

// XXH64 (seed 0) in 16 lowercase hex digits, most significant first: the
// digests tell content apart, they need no cryptographic strength, and
// SHA-256 of every main file cost 2% of a compile. LLVM 14 and 19 both have
// xxHash64; the alignlint tool computes the same with libxxhash.
static std::string hashHex(llvm::StringRef Data) {
  uint64_t Hash = llvm::xxHash64(Data);
  static const char Digits[] = "0123456789abcdef";
  std::string Hex(16, '0');
  for (int I = 15; I >= 0; --I, Hash >>= 4)
    Hex[I] = Digits[Hash & 15];
  return Hex;
}

FixExport::FixExport(clang::ASTContext &Ctx, const PluginOptions &Opts,
                     std::string Dir, std::string OutputFile)
    : SM(Ctx.getSourceManager()), LangOpts(Ctx.getLangOpts()), Opts(Opts),
      Dir(std::move(Dir)), OutputFile(std::move(OutputFile)),
      Findings(Ctx, Opts) {
  llvm::SmallString<256> Cwd;
  if (!llvm::sys::fs::current_path(Cwd))
    BuildDirectory = std::string(Cwd.str());
}

std::string FixExport::realPathOf(clang::FileID File) const {
  return alignlint::realPathOf(SM, File);
}

DiagnosticMessage FixExport::messageAt(clang::SourceLocation Loc,
                                       const std::string &Text) const {
  DiagnosticMessage Message;
  Message.Message = Text;
  Message.FileOffset = 0;
  if (Loc.isValid()) {
    clang::SourceLocation FileLoc = SM.getFileLoc(Loc);
    Message.FilePath = realPathOf(SM.getFileID(FileLoc));
    Message.FileOffset = SM.getFileOffset(FileLoc);
  }
  return Message;
}

void FixExport::addFinding(const Finding &F, bool IsError) {
  Findings.add(F, IsError);
  DiagnosticMessage Message = messageAt(F.RecordLoc, F.Message);
  for (const clang::FixItHint &Fix : F.Fixes) {
    Replacement Edit = exportedEdit(SM, LangOpts, Fix);
    if (llvm::Error E = Message.Fix[Edit.getFilePath()].add(Edit)) {
      // Overlapping edits inside one finding would be a bug in the rule;
      // drop the whole fix rather than export half of it.
      llvm::consumeError(std::move(E));
      Message.Fix.clear();
      break;
    }
    EditedFiles.insert(SM.getFileID(Fix.RemoveRange.getBegin()));
  }
  llvm::SmallVector<DiagnosticMessage, 1> Notes;
  for (const FindingNote &N : F.Notes)
    Notes.push_back(messageAt(N.Loc, N.Text));
  Diagnostics.emplace_back(
      std::string("alignlint-") + ruleName(F.TheRule), Message, Notes,
      IsError ? Diagnostic::Error : Diagnostic::Warning, BuildDirectory);
  RecordVerdict &Verdict = Verdicts[SM.getFileLoc(F.RecordLoc)];
  Verdict.HasFix |= !Message.Fix.empty();
  // A record this TU would reorder but will not: no TU may fix it.
  if (!F.Veto.empty()) {
    Verdict.Veto = F.Veto;
    Diagnostics.emplace_back("alignlint-veto", messageAt(F.RecordLoc, F.Veto),
                             llvm::SmallVector<DiagnosticMessage, 1>(),
                             Diagnostic::Warning, BuildDirectory);
  }
}

// Why a record this TU uses has no finding here, as far as the options say.
std::string FixExport::noFindingReason() const {
  if (Opts.MainFileOnly)
    return "this TU checks only its main file's records";
  if (Opts.severity(Rule::FieldOrder) == Severity::Off)
    return "this TU reports no finding for it (field-order is disabled)";
  if (Opts.MinSavedBytes > 1)
    return "this TU reports no finding for it (min-saved=" +
           std::to_string(Opts.MinSavedBytes) + ")";
  return "this TU reports no finding for it";
}

// The record as this TU sees it after preprocessing: a -D that changes a
// field's name, type, width or alignment changes the digest, where the
// header's bytes stay the same.
static std::string viewDigest(const clang::RecordDecl *RD) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << RD->getKindName() << ' ' << RD->getName() << ' '
     << RD->getMaxAlignment()
     << (RD->hasAttr<clang::PackedAttr>() ? " packed" : "") << '\n';
  for (const clang::FieldDecl *Field : RD->fields()) {
    OS << Field->getName() << ':'
       << Field->getType().getCanonicalType().getAsString() << ':'
       << Field->getMaxAlignment();
    if (Field->isBitField())
      OS << ':' << compat::bitWidthOf(Field, RD->getASTContext());
    OS << '\n';
  }
  OS.flush();
  return "view:" + hashHex(Text);
}

static std::string displayName(const clang::RecordDecl *RD) {
  if (!RD->getName().empty())
    return std::string(RD->getKindName()) + " " + RD->getName().str();
  if (const clang::TypedefNameDecl *Typedef = RD->getTypedefNameForAnonDecl())
    return Typedef->getName().str();
  return "anonymous " + RD->getKindName().str();
}

void FixExport::addRecordView(const clang::RecordDecl *RD,
                              clang::SourceLocation Key) {
  auto Found = Verdicts.find(Key);
  std::string Verdict;
  if (Found == Verdicts.end())
    Verdict = "no-fix " + displayName(RD) + ": " + noFindingReason();
  else if (!Found->second.Veto.empty())
    Verdict = "no-fix " + Found->second.Veto; // "<record>: <why>"
  else if (Found->second.HasFix)
    Verdict = "fix " + displayName(RD);
  else
    Verdict = "no-fix " + displayName(RD) +
              ": this TU's finding for it carries no fix-it";
  clang::SourceRange Range =
      SM.getExpansionRange(RD->getSourceRange()).getAsRange();
  std::string Span = std::to_string(SM.getFileOffset(Range.getBegin())) + "-" +
                     std::to_string(SM.getFileOffset(Range.getEnd()));
  std::string Text = viewDigest(RD) + " " + Span + " " + Verdict;
  Diagnostics.emplace_back("alignlint-record-view", messageAt(Key, Text),
                           llvm::SmallVector<DiagnosticMessage, 1>(),
                           Diagnostic::Warning, BuildDirectory);
}

void FixExport::addHeaderRecordViews(
    llvm::ArrayRef<const clang::RecordDecl *> Records,
    const std::set<const clang::RecordDecl *> &Used) {
  bool AnyView = false;
  for (const clang::RecordDecl *RD : Records) {
    clang::SourceLocation Key = SM.getExpansionLoc(RD->getLocation());
    if (Key.isInvalid() || SM.isInMainFile(Key) || SM.isInSystemHeader(Key))
      continue;
    // A record with a finding here takes part whether used or not.
    if (!Used.count(RD) && !Verdicts.count(Key))
      continue;
    addRecordView(RD, Key);
    // The header's digest tells apply whether this view is stale.
    EditedFiles.insert(SM.getFileID(Key));
    AnyView = true;
  }
  // A TU edited since the export must not take part in a header fix: its
  // main file's digest tells apply whether it is stale.
  if (AnyView)
    EditedFiles.insert(SM.getMainFileID());
}

std::string FixExport::fileStem() const {
  clang::FileID Main = SM.getMainFileID();
  std::string MainPath = realPathOf(Main);
  std::string Key = MainPath + '\0' + OutputFile;
  std::string Hex = hashHex(Key);
  return std::string(llvm::sys::path::filename(MainPath)) + "." + Hex;
}

std::string FixExport::yamlText() {
  clang::tooling::TranslationUnitDiagnostics Unit;
  Unit.MainSourceFile = realPathOf(SM.getMainFileID());
  Unit.Diagnostics = Diagnostics;
  for (clang::FileID File : EditedFiles) {
    llvm::StringRef Content = SM.getBufferData(File);
    DiagnosticMessage Digest;
    Digest.Message = "xxh64:" + hashHex(Content);
    Digest.FilePath = realPathOf(File);
    Digest.FileOffset = 0;
    Unit.Diagnostics.emplace_back("alignlint-file-digest", Digest,
                                  llvm::SmallVector<DiagnosticMessage, 1>(),
                                  Diagnostic::Warning, BuildDirectory);
  }
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::yaml::Output YAML(OS);
  YAML << Unit;
  OS.flush();
  return Text;
}

bool FixExport::write(std::string &Error) {
  std::string Stem = fileStem();
  return writeFileAtomically(Dir, Stem + ".yaml", yamlText(), Error) &&
         writeFileAtomically(Dir, Stem + ".findings.json", Findings.text(),
                             Error);
}

} // namespace alignlint
