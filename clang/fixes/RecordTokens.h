// The text of a record's body as clang's raw lexer sees it: every token and
// comment whole, with its exact place in the file, whatever its spelling
// (digraphs, trigraphs, backslash-newlines, a line comment that a trailing
// backslash continues onto the next line, `[[...]]` attributes). Fixes find
// declarations, their ';' and their comments here, never by characters.
#ifndef ALIGNLINT_RECORD_TOKENS_H
#define ALIGNLINT_RECORD_TOKENS_H

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TokenKinds.h"

#include <vector>

namespace alignlint {

class RecordTokens {
public:
  struct Token {
    clang::tok::TokenKind Kind;
    unsigned Begin, End;  // file offsets
    bool StartsLine;      // first on its line
    bool BlankLineBefore; // an empty line between it and what precedes it
    bool isComment() const { return Kind == clang::tok::comment; }
  };
  static const size_t None = size_t(-1);

  /// Lexes (Begin, End) of File: the text between a record's braces.
  RecordTokens(const clang::SourceManager &SM, clang::FileID File,
               const clang::LangOptions &LO, unsigned Begin, unsigned End);

  const std::vector<Token> &tokens() const { return Tokens; }
  const Token &operator[](size_t I) const { return Tokens[I]; }
  size_t size() const { return Tokens.size(); }
  llvm::StringRef text(unsigned Begin, unsigned End) const {
    return Buffer.slice(Begin, End);
  }
  clang::FileID file() const { return File; }
  clang::SourceLocation locAt(unsigned Offset) const {
    return SM.getLocForStartOfFile(File).getLocWithOffset(Offset);
  }

  /// The token that starts at Loc (a file location in File), or None.
  size_t tokenAt(clang::SourceLocation Loc) const;
  /// The ';' that ends the declaration whose last token is Last, past
  /// balanced parentheses and brackets (trailing attributes), or None when
  /// a brace or the end comes first.
  size_t semicolonAfter(size_t Last) const;
  /// The first token of the declaration that holds token I: back over what
  /// may precede a declaration's type (attributes `[[...]]`,
  /// `__attribute__((...))`, `alignas(...)`, macros that expand to nothing),
  /// never before Floor. None when something else is there: an unbalanced
  /// bracket means the text is not understood.
  size_t declarationStart(size_t I, size_t Floor) const;
  /// Back from the declaration starting at I over whole comment lines just
  /// above it (no blank line between), never before Floor.
  size_t withLeadingComments(size_t I, size_t Floor) const;
  /// The comment that follows token I on its line, or I.
  size_t withTrailingComment(size_t I) const;
  /// After the `[[...]]` attribute-specifiers (and comments) that start at
  /// I: where C23 and C++ accept an alignment specifier.
  size_t afterAttributeSpecifiers(size_t I) const;
  /// A preprocessor directive among tokens [First, Last], or None.
  size_t directiveIn(size_t First, size_t Last) const;

private:
  const clang::SourceManager &SM;
  clang::FileID File;
  llvm::StringRef Buffer;
  std::vector<Token> Tokens;
};

} // namespace alignlint

#endif
