#include "ListText.h"

#include "clang/Lex/Lexer.h"

namespace alignlint {

using namespace clang;

namespace {

struct Tok {
  unsigned Begin, End;
  bool Comment, LineComment;
};

/// The tokens (with comments) of each top-level element, and the commas
/// between them.
struct TopLevelParts {
  std::vector<std::vector<Tok>> Parts{1};
  std::vector<unsigned> Commas;
};

bool newlineBetween(StringRef Buffer, unsigned A, unsigned B) {
  return Buffer.slice(A, B).find('\n') != StringRef::npos;
}

/// Lexes [BeginOff, EndOff) of File into its top-level parts; fails on a
/// preprocessor directive.
bool lexTopLevel(const SourceManager &SM, FileID File, StringRef Buffer,
                 const LangOptions &LO, unsigned BeginOff, unsigned EndOff,
                 TopLevelParts &Out, std::string &Reason) {
  Lexer Raw(SM.getLocForStartOfFile(File), LO, Buffer.begin(),
            Buffer.begin() + BeginOff, Buffer.end());
  Raw.SetCommentRetentionState(true);
  int Depth = 0;
  Token T;
  while (true) {
    Raw.LexFromRawLexer(T);
    unsigned Off = SM.getFileOffset(T.getLocation());
    if (T.is(tok::eof) || Off >= EndOff)
      return true;
    if (T.is(tok::hash) && T.isAtStartOfLine()) {
      Reason = "a preprocessor directive sits inside it";
      return false;
    }
    if (Depth == 0 && T.is(tok::comma)) {
      Out.Commas.push_back(Off);
      Out.Parts.emplace_back();
      continue;
    }
    if (T.isOneOf(tok::l_paren, tok::l_square, tok::l_brace))
      ++Depth;
    else if (T.isOneOf(tok::r_paren, tok::r_square, tok::r_brace))
      --Depth;
    bool Comment = T.is(tok::comment);
    Out.Parts.back().push_back({Off, Off + T.getLength(), Comment,
                                Comment && Buffer.substr(Off, 2) == "//"});
  }
}

/// A comment right after the previous comma, alone at the end of its line,
/// belongs to the previous element: moves it there from Toks. Next: where
/// the code after it would start.
void takeTrailingComment(StringRef Buffer, unsigned Comma, unsigned Next,
                         std::vector<Tok> &Toks, ListElement &Previous) {
  if (Toks.empty() || !Toks.front().Comment ||
      newlineBetween(Buffer, Comma, Toks.front().Begin))
    return;
  if (Toks.front().LineComment ||
      newlineBetween(Buffer, Toks.front().End, Next)) {
    Previous.TrailEnd = Toks.front().End;
    Toks.erase(Toks.begin());
  }
}

/// The element of Toks, whose code ends at Toks[LastReal]. Comma: the
/// offset of its comma, or null for the last element (then EndOff ends
/// the list).
bool elementOf(StringRef Buffer, const std::vector<Tok> &Toks, size_t LastReal,
               const unsigned *Comma, unsigned EndOff, ListElement &E,
               std::string &Reason) {
  E.CoreBegin = Toks.front().Begin;
  E.CoreEnd = Toks[LastReal].End;
  size_t After = Toks.size() - LastReal - 1; // comments after the code
  if (Comma) {
    if (After) {
      Reason = "a comment sits between an element and its comma";
      return false;
    }
    E.TrailPoint = E.TrailEnd = *Comma + 1;
    return true;
  }
  E.TrailPoint = E.TrailEnd = E.CoreEnd;
  if (After == 1 && !newlineBetween(Buffer, E.CoreEnd, Toks.back().Begin) &&
      (Toks.back().LineComment ||
       newlineBetween(Buffer, Toks.back().End, EndOff)))
    E.TrailEnd = Toks.back().End;
  else if (After) {
    Reason = "comments follow its last element";
    return false;
  }
  return true;
}

/// Adds the elements of the parts (text that is not an element, such as
/// a trailing comment, goes with the element before it).
bool addElements(StringRef Buffer, TopLevelParts &Top, unsigned EndOff,
                 std::vector<ListElement> &Elements, std::string &Reason) {
  std::vector<std::vector<Tok>> &Parts = Top.Parts;
  const std::vector<unsigned> &Commas = Top.Commas;
  for (size_t P = 0; P < Parts.size(); ++P) {
    std::vector<Tok> &Toks = Parts[P];
    bool HasComma = P < Commas.size();
    if (P > 0) {
      unsigned Next =
          Toks.size() > 1 ? Toks[1].Begin : (HasComma ? Commas[P] : EndOff);
      takeTrailingComment(Buffer, Commas[P - 1], Next, Toks, Elements.back());
    }
    size_t LastReal = Toks.size();
    for (size_t I = Toks.size(); I-- > 0;)
      if (!Toks[I].Comment) {
        LastReal = I;
        break;
      }
    if (LastReal == Toks.size()) { // no code: only after a trailing comma
      if (HasComma || P == 0) {
        if (P == 0 && !HasComma)
          return true; // `{}` or `{ /* none */ }`
        Reason = "it has an empty element";
        return false;
      }
      continue;
    }
    ListElement E;
    if (!elementOf(Buffer, Toks, LastReal, HasComma ? &Commas[P] : nullptr,
                   EndOff, E, Reason))
      return false;
    Elements.push_back(E);
  }
  return true;
}

} // namespace

bool ListText::split(const SourceManager &TheSM, const LangOptions &LO,
                     SourceLocation Begin, SourceLocation End,
                     std::string &Reason) {
  SM = &TheSM;
  Elements.clear();
  if (Begin.isMacroID() || End.isMacroID() ||
      SM->getFileID(Begin) != SM->getFileID(End)) {
    Reason = "written by a macro";
    return false;
  }
  File = SM->getFileID(Begin);
  bool Invalid = false;
  Buffer = SM->getBufferData(File, &Invalid);
  if (Invalid) {
    Reason = "its text is not available";
    return false;
  }
  unsigned BeginOff = SM->getFileOffset(Begin), EndOff = SM->getFileOffset(End);
  TopLevelParts Top;
  if (!lexTopLevel(*SM, File, Buffer, LO, BeginOff, EndOff, Top, Reason))
    return false;
  return addElements(Buffer, Top, EndOff, Elements, Reason);
}

long ListText::elementAt(SourceLocation Loc) const {
  if (!Loc.isFileID() || SM->getFileID(Loc) != File)
    return -1;
  unsigned Off = SM->getFileOffset(Loc);
  for (size_t I = 0; I < Elements.size(); ++I)
    if (Off >= Elements[I].CoreBegin && Off < Elements[I].CoreEnd)
      return long(I);
  return -1;
}

std::string ListText::core(size_t First, size_t Last) const {
  return text(Elements[First].CoreBegin, Elements[Last - 1].CoreEnd);
}

std::string ListText::trail(size_t Last) const {
  return text(Elements[Last - 1].TrailPoint, Elements[Last - 1].TrailEnd);
}

bool ListText::replaceGroup(size_t First, size_t Last,
                            const std::string &NewCore,
                            const std::string &NewTrail,
                            std::vector<FixItHint> &Fixes,
                            std::string &Reason) const {
  const ListElement &A = Elements[First], &B = Elements[Last - 1];
  std::string Sep = text(B.CoreEnd, B.TrailPoint);
  std::string New = NewCore + Sep + NewTrail;
  if (New == text(A.CoreBegin, B.TrailEnd))
    return true;
  StringRef TrailText = StringRef(NewTrail).ltrim();
  if (TrailText.consume_front("//")) {
    size_t Eol = Buffer.find('\n', B.TrailEnd);
    if (!Buffer.slice(B.TrailEnd, Eol).trim().empty()) {
      Reason = "a line comment would end up before code on its line";
      return false;
    }
  }
  Fixes.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(locAt(A.CoreBegin), locAt(B.TrailEnd)),
      New));
  return true;
}

} // namespace alignlint
