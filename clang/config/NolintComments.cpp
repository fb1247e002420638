#include "NolintComments.h"

#include "llvm/ADT/StringExtras.h"

namespace alignlint {

using namespace clang;

/// A glob with '*' only, as clang-tidy's check lists have.
static bool wildcardMatches(llvm::StringRef Glob, llvm::StringRef Name) {
  size_t Star = Glob.find('*');
  if (Star == llvm::StringRef::npos)
    return Glob == Name;
  if (Name.take_front(Star) != Glob.take_front(Star))
    return false;
  llvm::StringRef Rest = Glob.drop_front(Star + 1);
  for (size_t I = Star; I <= Name.size(); ++I)
    if (wildcardMatches(Rest, Name.drop_front(I)))
      return true;
  return false;
}

bool NolintDirective::covers(llvm::StringRef Name) const {
  if (!HasChecks)
    return true;
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  llvm::StringRef(Checks).split(Globs, ',');
  // clang-tidy drops the negative globs of a NOLINT list.
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    if (Glob.take_front(1) != "-" && wildcardMatches(Glob, Name))
      return true;
  }
  return false;
}

bool NolintDirective::namesAlignlint() const {
  return HasChecks && llvm::StringRef(Checks).contains("alignlint");
}

static bool isWordChar(char C) { return llvm::isAlnum(C) || C == '_'; }

/// The directive starting at Offset ("NOLINT..."), if it is one.
static bool readDirective(llvm::StringRef Text, size_t Offset,
                          NolintDirective &Out) {
  if (Offset > 0 && isWordChar(Text[Offset - 1]))
    return false;
  llvm::StringRef Rest = Text.drop_front(Offset + 6); // "NOLINT"
  if (Rest.consume_front("NEXTLINE"))
    Out.TheKind = NolintDirective::NextLine;
  else if (Rest.consume_front("BEGIN"))
    Out.TheKind = NolintDirective::Begin;
  else if (Rest.consume_front("END"))
    Out.TheKind = NolintDirective::End;
  if (!Rest.empty() && isWordChar(Rest.front()))
    return false; // NOLINTFOO is not a directive
  if (!Rest.consume_front("("))
    return true;
  size_t Close = Rest.find_first_of(")\n");
  if (Close == llvm::StringRef::npos || Rest[Close] != ')')
    return true; // as clang-tidy: an unclosed list is a bare NOLINT
  Out.HasChecks = true;
  Out.Checks = Rest.take_front(Close).str();
  return true;
}

std::vector<NolintDirective> &NolintComments::directivesOf(FileID File) {
  auto Found = Files.find(File);
  if (Found != Files.end())
    return Found->second;
  std::vector<NolintDirective> &List = Files[File];
  bool Invalid = false;
  llvm::StringRef Text = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return List;
  std::vector<size_t> OpenBegins;
  for (size_t At = Text.find("NOLINT"); At != llvm::StringRef::npos;
       At = Text.find("NOLINT", At + 1)) {
    NolintDirective D;
    if (!readDirective(Text, At, D))
      continue;
    D.Line = SM.getLineNumber(File, At);
    D.Loc = SM.getComposedLoc(File, At);
    if (D.TheKind == NolintDirective::End) {
      // Closes the latest open NOLINTBEGIN with the same list.
      for (size_t I = OpenBegins.size(); I-- > 0;) {
        NolintDirective &Begin = List[OpenBegins[I]];
        if (Begin.HasChecks == D.HasChecks && Begin.Checks == D.Checks) {
          Begin.EndLine = D.Line;
          OpenBegins.erase(OpenBegins.begin() + I);
          break;
        }
      }
      continue;
    }
    if (D.TheKind == NolintDirective::Begin)
      OpenBegins.push_back(List.size());
    List.push_back(D);
  }
  return List;
}

std::vector<NolintDirective *>
NolintComments::covering(FileID File, unsigned Line, llvm::StringRef Name) {
  std::vector<NolintDirective *> Found;
  for (NolintDirective &D : directivesOf(File)) {
    bool OnLine = false;
    switch (D.TheKind) {
    case NolintDirective::SameLine:
      OnLine = D.Line == Line;
      break;
    case NolintDirective::NextLine:
      OnLine = D.Line + 1 == Line;
      break;
    case NolintDirective::Begin: // an unmatched one suppresses nothing
      OnLine = D.EndLine && D.Line <= Line && Line <= D.EndLine;
      break;
    case NolintDirective::End:
      break;
    }
    if (OnLine && D.covers(Name))
      Found.push_back(&D);
  }
  return Found;
}

std::vector<const NolintDirective *> NolintComments::unused() const {
  std::vector<const NolintDirective *> Stale;
  for (const auto &File : Files)
    for (const NolintDirective &D : File.second)
      if (!D.Used && D.namesAlignlint())
        Stale.push_back(&D);
  return Stale;
}

} // namespace alignlint
