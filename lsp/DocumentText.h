// A buffer's text and LSP positions in it: lines are split at \n, and a
// position's character counts UTF-16 code units, as LSP says by default.
#ifndef ALIGNLINT_LSP_DOCUMENTTEXT_H
#define ALIGNLINT_LSP_DOCUMENTTEXT_H

#include <string>
#include <vector>

namespace alignlint {
namespace lsp {

struct TextPosition {
  unsigned Line = 0;      // 0-based
  unsigned Character = 0; // code units from the line's start
};

// Positions count UTF-16 code units (LSP's default) unless clangd and the
// editor agreed on UTF-8 (clangd's offsetEncoding, LSP 3.17's
// positionEncoding): one editor per server, so one setting per process.
void setUtf8Positions(bool Utf8);

class DocumentText {
public:
  explicit DocumentText(std::string Text = "");
  const std::string &text() const { return Text; }

  // The byte offset of a position, clamped to the text.
  size_t offsetOf(TextPosition Position) const;
  // The position of a byte offset, clamped to the text.
  TextPosition positionOf(size_t Offset) const;
  // The position of clang's 1-based line and byte column.
  TextPosition positionOfLineColumn(unsigned Line, unsigned Column) const;
  // Replaces [Begin, End) with New (didChange's incremental edits).
  void replace(TextPosition Begin, TextPosition End, const std::string &New);

private:
  void indexLines();

  std::string Text;
  std::vector<size_t> LineStarts;
};

} // namespace lsp
} // namespace alignlint

#endif
