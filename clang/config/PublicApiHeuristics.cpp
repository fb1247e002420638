#include "PublicApiHeuristics.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

namespace alignlint {

using namespace clang;

/// "InfoV1", "info_v2", "Info_V3": a version suffix, where "ipv4" is not.
static std::string versionSuffix(llvm::StringRef Name) {
  llvm::StringRef Stem = Name.rtrim("0123456789");
  if (Stem.size() == Name.size() || Stem.size() < 2)
    return "";
  char V = Stem.back(), Before = Stem[Stem.size() - 2];
  bool Suffix =
      (V == 'V' && (llvm::isDigit(Before) || (Before >= 'a' && Before <= 'z') ||
                    Before == '_')) ||
      (V == 'v' && Before == '_');
  return Suffix ? Name.drop_front(Stem.size() - 1).str() : "";
}

/// "version", "struct_size", "cbSize", "dwSize", ...: the field a caller
/// sets so the library knows which layout it was built with.
static bool isVersionOrSizeField(const FieldDecl *FD) {
  if (!FD->getType()->isIntegerType())
    return false;
  std::string Key;
  for (char C : FD->getName())
    if (C != '_')
      Key += llvm::toLower(C);
  for (const char *Name :
       {"version", "ver", "abiversion", "apiversion", "structversion", "size",
        "structsize", "cbsize", "dwsize", "sizeofstruct"})
    if (Key == Name)
      return true;
  return false;
}

/// Export macros by their names: UV_EXTERN, ZEXTERN, PNG_EXPORT, FOO_API.
static bool isExportMacroName(llvm::StringRef Name) {
  if (Name.empty() || Name.upper() != Name)
    return false;
  return Name.contains("EXTERN") || Name.contains("EXPORT") ||
         Name.take_back(3) == "API" || Name.contains("PUBLIC");
}

std::string PublicApiHeuristics::reasonFor(const RecordDecl *RD, FileID File) {
  llvm::StringRef Name = RD->getName();
  if (Name.empty())
    if (const TypedefNameDecl *Typedef = RD->getTypedefNameForAnonDecl())
      Name = Typedef->getName();
  std::string Suffix = versionSuffix(Name);
  if (!Suffix.empty())
    return "its name ends with the version suffix '" + Suffix + "'";
  auto First = RD->field_begin();
  if (First != RD->field_end() && isVersionOrSizeField(*First))
    return "its first field '" + First->getName().str() +
           "' is a version or size field";
  if (!Scanned)
    findExportingHeaders();
  auto Exporting = ExportingHeaders.find(File);
  if (Exporting != ExportingHeaders.end())
    return "its header declares exported functions (" + Exporting->second + ")";
  return "";
}

void PublicApiHeuristics::visitDeclaration(const Decl *D) {
  if (const auto *Linkage = dyn_cast<LinkageSpecDecl>(D)) {
    for (const Decl *Inner : Linkage->decls())
      visitDeclaration(Inner);
    return;
  }
  if (const auto *Namespace = dyn_cast<NamespaceDecl>(D)) {
    for (const Decl *Inner : Namespace->decls())
      visitDeclaration(Inner);
    return;
  }
  const auto *Named = dyn_cast<DeclaratorDecl>(D);
  if (!Named || !(isa<FunctionDecl>(D) || isa<VarDecl>(D)))
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
  if (Loc.isInvalid() || SM.isInMainFile(Loc) || SM.isInSystemHeader(Loc))
    return;
  FileID File = SM.getFileID(Loc);
  if (ExportingHeaders.count(File))
    return;
  std::string Subject = "'" + Named->getName().str() + "' ";
  const auto *Visibility = D->getAttr<VisibilityAttr>();
  if (Visibility && !Visibility->isImplicit() &&
      Visibility->getVisibility() == VisibilityAttr::Default) {
    ExportingHeaders[File] =
        Subject + "has __attribute__((visibility(\"default\")))";
    return;
  }
  if (D->hasAttr<DLLExportAttr>() || D->hasAttr<DLLImportAttr>()) {
    ExportingHeaders[File] = Subject + "is __declspec(dllexport/dllimport)";
    return;
  }
  SourceLocation Begin = D->getBeginLoc();
  if (!Begin.isMacroID())
    return;
  llvm::StringRef Macro =
      Lexer::getImmediateMacroName(Begin, SM, Ctx.getLangOpts());
  if (isExportMacroName(Macro))
    ExportingHeaders[File] =
        Subject + "is declared with the export macro " + Macro.str();
}

// One walk over the top-level declarations (and extern "C" blocks and
// namespaces), not into function bodies.
void PublicApiHeuristics::findExportingHeaders() {
  Scanned = true;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    visitDeclaration(D);
}

} // namespace alignlint
