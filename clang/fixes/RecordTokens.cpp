#include "RecordTokens.h"

#include "clang/Lex/Lexer.h"

#include <algorithm>

namespace alignlint {

using namespace clang;

RecordTokens::RecordTokens(const SourceManager &SM, FileID File,
                           const LangOptions &LO, unsigned Begin, unsigned End)
    : SM(SM), File(File) {
  bool Invalid = false;
  Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid || Begin > End || End > Buffer.size())
    return;
  Lexer Raw(SM.getLocForStartOfFile(File), LO, Buffer.begin(),
            Buffer.begin() + Begin, Buffer.end());
  Raw.SetCommentRetentionState(true);
  unsigned PrevEnd = Begin;
  clang::Token Tok;
  while (true) {
    Raw.LexFromRawLexer(Tok);
    unsigned Offset = SM.getFileOffset(Tok.getLocation());
    if (Tok.is(tok::eof) || Offset >= End)
      break;
    // Only blanks separate two tokens (comments are tokens here), so
    // newlines between them are counted as characters. The lexer marks its
    // first token as starting a line wherever it starts.
    StringRef Gap = Buffer.slice(PrevEnd, Offset);
    size_t Newlines = Gap.count('\n');
    bool StartsLine = Tokens.empty() ? Newlines > 0 : Tok.isAtStartOfLine();
    Tokens.push_back({Tok.getKind(), Offset, Offset + Tok.getLength(),
                      StartsLine, Newlines > 1});
    PrevEnd = Offset + Tok.getLength();
  }
}

size_t RecordTokens::tokenAt(SourceLocation Loc) const {
  if (Loc.isInvalid() || !Loc.isFileID() || SM.getFileID(Loc) != File)
    return None;
  unsigned Offset = SM.getFileOffset(Loc);
  auto It = std::lower_bound(
      Tokens.begin(), Tokens.end(), Offset,
      [](const Token &T, unsigned Off) { return T.Begin < Off; });
  if (It == Tokens.end() || It->Begin != Offset)
    return None;
  return size_t(It - Tokens.begin());
}

size_t RecordTokens::semicolonAfter(size_t Last) const {
  int Depth = 0;
  for (size_t I = Last + 1; I < Tokens.size(); ++I) {
    tok::TokenKind K = Tokens[I].Kind;
    if (K == tok::l_paren || K == tok::l_square)
      ++Depth;
    else if (K == tok::r_paren || K == tok::r_square)
      --Depth;
    else if (Depth == 0 && K == tok::semi)
      return I;
    else if (Depth == 0 && (K == tok::l_brace || K == tok::r_brace))
      return None;
  }
  return None;
}

/// Tokens that may stand before a declaration's type outside brackets:
/// names (attribute keywords, macros that expand to nothing) and literals.
static bool isPrefixToken(const RecordTokens::Token &T) {
  return T.Kind == tok::raw_identifier || T.Kind == tok::numeric_constant ||
         T.Kind == tok::coloncolon || tok::isLiteral(T.Kind);
}

size_t RecordTokens::declarationStart(size_t I, size_t Floor) const {
  size_t Start = I;
  int Depth = 0; // closing brackets met walking back, not yet opened
  for (size_t J = I; J-- > Floor;) {
    const Token &T = Tokens[J];
    if (T.isComment())
      continue;
    bool Closes = T.Kind == tok::r_paren || T.Kind == tok::r_square;
    bool Opens = T.Kind == tok::l_paren || T.Kind == tok::l_square;
    if (T.Kind == tok::semi || T.Kind == tok::l_brace ||
        T.Kind == tok::r_brace) {
      if (Depth > 0)
        return None;
      break;
    }
    if (Depth == 0 && !Closes && !isPrefixToken(T))
      break; // another declaration's end, an access specifier's ':'
    Depth += Closes;
    Depth -= Opens;
    if (Depth < 0)
      return None;
    Start = J;
  }
  return Depth == 0 ? Start : None;
}

size_t RecordTokens::withLeadingComments(size_t I, size_t Floor) const {
  if (!Tokens[I].StartsLine)
    return I;
  size_t First = I;
  while (First > Floor) {
    const Token &Above = Tokens[First - 1];
    if (!Above.isComment() || !Above.StartsLine ||
        Tokens[First].BlankLineBefore)
      break;
    --First;
  }
  return First;
}

size_t RecordTokens::withTrailingComment(size_t I) const {
  if (I + 1 < Tokens.size() && Tokens[I + 1].isComment() &&
      !Tokens[I + 1].StartsLine)
    return I + 1;
  return I;
}

size_t RecordTokens::afterAttributeSpecifiers(size_t I) const {
  size_t J = I;
  while (true) {
    while (J < Tokens.size() && Tokens[J].isComment())
      ++J;
    if (J + 1 >= Tokens.size())
      return None;
    if (Tokens[J].Kind != tok::l_square || Tokens[J + 1].Kind != tok::l_square)
      return J;
    int Depth = 0;
    for (; J < Tokens.size(); ++J) {
      Depth += Tokens[J].Kind == tok::l_square;
      Depth -= Tokens[J].Kind == tok::r_square;
      if (Depth == 0)
        break;
    }
    if (J == Tokens.size())
      return None;
    ++J; // past the last ']'
  }
}

size_t RecordTokens::directiveIn(size_t First, size_t Last) const {
  for (size_t I = First; I <= Last && I < Tokens.size(); ++I)
    if (Tokens[I].Kind == tok::hash && Tokens[I].StartsLine)
      return I;
  return None;
}

} // namespace alignlint
