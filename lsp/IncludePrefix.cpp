#include "IncludePrefix.h"

#include <cctype>

namespace alignlint {
namespace lsp {
namespace {

bool isBlank(char C) { return C == ' ' || C == '\t' || C == '\f' || C == '\v'; }

bool isLineBreak(char C) { return C == '\n' || C == '\r'; }

// Reads the prefix from the start; each step either consumes what may be
// in it or stops.
class PrefixScanner {
public:
  explicit PrefixScanner(llvm::StringRef Text) : Text(Text) {}

  size_t scan() {
    for (;;) {
      if (!skipSpaceAndComments() || Pos >= Text.size() || Text[Pos] != '#')
        return End;
      ++Pos;
      skipBlanks();
      llvm::StringRef Name = directiveName();
      if (Name == "include" || Name == "include_next" || Name == "import") {
        if (!includeLine())
          return End;
        End = Pos;
      } else if (Name == "define" || Name == "undef") {
        if (!macroLine())
          return End;
      } else {
        return End;
      }
    }
  }

private:
  char at(size_t I) const { return I < Text.size() ? Text[I] : '\0'; }

  void skipBlanks() {
    while (Pos < Text.size() && isBlank(Text[Pos]))
      ++Pos;
  }

  // A block comment from Pos (at "/*"); false when it does not end, or
  // ends on a later line while OnOneLine.
  bool blockComment(bool OnOneLine) {
    size_t Close = Text.find("*/", Pos + 2);
    if (Close == llvm::StringRef::npos)
      return false;
    llvm::StringRef Body = Text.slice(Pos, Close);
    if (OnOneLine && Body.find_first_of("\r\n") != llvm::StringRef::npos)
      return false;
    Pos = Close + 2;
    return true;
  }

  // To the end of the line, across backslash-newlines.
  void restOfLogicalLine() {
    while (Pos < Text.size() && !isLineBreak(Text[Pos])) {
      if (Text[Pos] == '\\' && isLineBreak(at(Pos + 1)))
        Pos += Text.substr(Pos + 1, 2) == "\r\n" ? 3 : 2;
      else
        ++Pos;
    }
  }

  // Whitespace, line breaks and comments between directives.
  bool skipSpaceAndComments() {
    for (;;) {
      while (Pos < Text.size() &&
             (isBlank(Text[Pos]) || isLineBreak(Text[Pos])))
        ++Pos;
      if (Text.substr(Pos, 2) == "//")
        restOfLogicalLine();
      else if (Text.substr(Pos, 2) == "/*") {
        if (!blockComment(false))
          return false;
      } else
        return true;
    }
  }

  llvm::StringRef directiveName() {
    size_t Begin = Pos;
    while (Pos < Text.size() &&
           (isalnum(static_cast<unsigned char>(Text[Pos])) || Text[Pos] == '_'))
      ++Pos;
    return Text.slice(Begin, Pos);
  }

  // After the line's blanks and comments, its line break (or the text's
  // end): true when nothing else is on the line.
  bool lineEnds() {
    for (;;) {
      skipBlanks();
      if (Text.substr(Pos, 2) == "//") {
        restOfLogicalLine();
      } else if (Text.substr(Pos, 2) == "/*") {
        if (!blockComment(true))
          return false;
        continue;
      }
      if (Pos >= Text.size())
        return true;
      if (!isLineBreak(Text[Pos]))
        return false;
      Pos += Text.substr(Pos, 2) == "\r\n" ? 2 : 1;
      return true;
    }
  }

  // <name> or "name" and the end of the line.
  bool includeLine() {
    skipBlanks();
    char Open = at(Pos);
    char Close = Open == '<' ? '>' : Open == '"' ? '"' : '\0';
    if (!Close)
      return false;
    size_t Closing = Text.find_first_of(llvm::StringRef("\r\n\0", 3), Pos + 1);
    size_t Name = Text.find(Close, Pos + 1);
    if (Name == llvm::StringRef::npos || Name > Closing)
      return false;
    Pos = Name + 1;
    return lineEnds();
  }

  // The macro's logical line; a comment that spans lines inside it stops
  // the prefix (rare, and hard to blank safely).
  bool macroLine() {
    char Quote = '\0';
    while (Pos < Text.size() && !isLineBreak(Text[Pos])) {
      char C = Text[Pos];
      if (C == '\\' && isLineBreak(at(Pos + 1))) {
        Pos += Text.substr(Pos + 1, 2) == "\r\n" ? 3 : 2;
      } else if (C == '\\') {
        Pos += 2;
      } else if (Quote) {
        Quote = C == Quote ? '\0' : Quote;
        ++Pos;
      } else if (C == '"' || C == '\'') {
        Quote = C;
        ++Pos;
      } else if (Text.substr(Pos, 2) == "/*") {
        if (!blockComment(true))
          return false;
      } else if (Text.substr(Pos, 2) == "//") {
        restOfLogicalLine();
      } else {
        ++Pos;
      }
    }
    return !Quote;
  }

  llvm::StringRef Text;
  size_t Pos = 0;
  size_t End = 0; // after the last include line so far
};

} // namespace

size_t includePrefixLength(llvm::StringRef Text) {
  return PrefixScanner(Text).scan();
}

std::string blankedPrefix(llvm::StringRef Text, size_t PrefixLength) {
  std::string Blanked = Text.str();
  for (size_t I = 0; I < PrefixLength && I < Blanked.size(); ++I)
    if (!isLineBreak(Blanked[I]))
      Blanked[I] = ' ';
  return Blanked;
}

} // namespace lsp
} // namespace alignlint
