#include "ListText.h"

#include "clang/Lex/Lexer.h"

namespace alignlint {

using namespace clang;

namespace {

struct Tok {
  unsigned Begin, End;
  bool Comment, LineComment;
};

} // namespace

bool ListText::split(const SourceManager &TheSM, const LangOptions &LO,
                     SourceLocation Begin, SourceLocation End,
                     std::string &Why) {
  SM = &TheSM;
  Elements.clear();
  if (Begin.isMacroID() || End.isMacroID() ||
      SM->getFileID(Begin) != SM->getFileID(End)) {
    Why = "written by a macro";
    return false;
  }
  File = SM->getFileID(Begin);
  bool Invalid = false;
  Buffer = SM->getBufferData(File, &Invalid);
  if (Invalid) {
    Why = "its text is not available";
    return false;
  }
  unsigned BeginOff = SM->getFileOffset(Begin), EndOff = SM->getFileOffset(End);

  // Tokens (with comments) of each top-level element, and the commas.
  std::vector<std::vector<Tok>> Parts(1);
  std::vector<unsigned> Commas;
  Lexer Raw(SM->getLocForStartOfFile(File), LO, Buffer.begin(),
            Buffer.begin() + BeginOff, Buffer.end());
  Raw.SetCommentRetentionState(true);
  int Depth = 0;
  Token T;
  while (true) {
    Raw.LexFromRawLexer(T);
    unsigned Off = SM->getFileOffset(T.getLocation());
    if (T.is(tok::eof) || Off >= EndOff)
      break;
    if (T.is(tok::hash) && T.isAtStartOfLine()) {
      Why = "a preprocessor directive sits inside it";
      return false;
    }
    if (Depth == 0 && T.is(tok::comma)) {
      Commas.push_back(Off);
      Parts.emplace_back();
      continue;
    }
    if (T.isOneOf(tok::l_paren, tok::l_square, tok::l_brace))
      ++Depth;
    else if (T.isOneOf(tok::r_paren, tok::r_square, tok::r_brace))
      --Depth;
    bool Comment = T.is(tok::comment);
    Parts.back().push_back({Off, Off + T.getLength(), Comment,
                            Comment && Buffer.substr(Off, 2) == "//"});
  }
  auto newlineBetween = [&](unsigned A, unsigned B) {
    return Buffer.slice(A, B).find('\n') != StringRef::npos;
  };

  for (size_t P = 0; P < Parts.size(); ++P) {
    std::vector<Tok> &Toks = Parts[P];
    bool HasComma = P < Commas.size();
    // A comment right after the previous comma, alone at the end of its
    // line, belongs to the previous element.
    if (P > 0 && !Toks.empty() && Toks.front().Comment &&
        !newlineBetween(Commas[P - 1], Toks.front().Begin)) {
      unsigned Next =
          Toks.size() > 1 ? Toks[1].Begin : (HasComma ? Commas[P] : EndOff);
      if (Toks.front().LineComment || newlineBetween(Toks.front().End, Next)) {
        Elements.back().TrailEnd = Toks.front().End;
        Toks.erase(Toks.begin());
      }
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
        Why = "it has an empty element";
        return false;
      }
      continue;
    }
    ListElement E;
    E.CoreBegin = Toks.front().Begin;
    E.CoreEnd = Toks[LastReal].End;
    size_t After = Toks.size() - LastReal - 1; // comments after the code
    if (HasComma) {
      if (After) {
        Why = "a comment sits between an element and its comma";
        return false;
      }
      E.TrailPoint = E.TrailEnd = Commas[P] + 1;
    } else {
      E.TrailPoint = E.TrailEnd = E.CoreEnd;
      if (After == 1 && !newlineBetween(E.CoreEnd, Toks.back().Begin) &&
          (Toks.back().LineComment || newlineBetween(Toks.back().End, EndOff)))
        E.TrailEnd = Toks.back().End;
      else if (After) {
        Why = "comments follow its last element";
        return false;
      }
    }
    Elements.push_back(E);
  }
  return true;
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
                            std::string &Why) const {
  const ListElement &A = Elements[First], &B = Elements[Last - 1];
  std::string Sep = text(B.CoreEnd, B.TrailPoint);
  std::string New = NewCore + Sep + NewTrail;
  if (New == text(A.CoreBegin, B.TrailEnd))
    return true;
  StringRef TrailText = StringRef(NewTrail).ltrim();
  if (TrailText.consume_front("//")) {
    size_t Eol = Buffer.find('\n', B.TrailEnd);
    if (!Buffer.slice(B.TrailEnd, Eol).trim().empty()) {
      Why = "a line comment would end up before code on its line";
      return false;
    }
  }
  Fixes.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(locAt(A.CoreBegin), locAt(B.TrailEnd)),
      New));
  return true;
}

} // namespace alignlint
