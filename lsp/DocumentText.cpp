#include "DocumentText.h"

#include <algorithm>
#include <atomic>

namespace alignlint {
namespace lsp {
namespace {

// Bytes of the UTF-8 sequence a lead byte starts, and its UTF-16 units.
unsigned sequenceBytes(unsigned char Lead) {
  if (Lead >= 0xF0)
    return 4;
  if (Lead >= 0xE0)
    return 3;
  if (Lead >= 0xC0)
    return 2;
  return 1;
}

std::atomic<bool> Utf8Positions{false};

// The code units of one UTF-8 sequence in the positions' encoding.
unsigned codeUnits(unsigned SequenceBytes) {
  if (Utf8Positions)
    return SequenceBytes;
  return SequenceBytes == 4 ? 2 : 1;
}

} // namespace

void setUtf8Positions(bool Utf8) { Utf8Positions = Utf8; }

DocumentText::DocumentText(std::string Text) : Text(std::move(Text)) {
  indexLines();
}

void DocumentText::indexLines() {
  LineStarts.assign(1, 0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      LineStarts.push_back(I + 1);
}

size_t DocumentText::offsetOf(TextPosition Position) const {
  if (Position.Line >= LineStarts.size())
    return Text.size();
  size_t Offset = LineStarts[Position.Line];
  unsigned Units = 0;
  while (Offset < Text.size() && Text[Offset] != '\n' &&
         Units < Position.Character) {
    unsigned Bytes = sequenceBytes((unsigned char)Text[Offset]);
    Units += codeUnits(Bytes);
    Offset = std::min(Text.size(), Offset + Bytes);
  }
  return Offset;
}

TextPosition DocumentText::positionOf(size_t Offset) const {
  Offset = std::min(Offset, Text.size());
  auto After = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  TextPosition Position;
  Position.Line = unsigned(After - LineStarts.begin() - 1);
  for (size_t I = LineStarts[Position.Line]; I < Offset;) {
    unsigned Bytes = sequenceBytes((unsigned char)Text[I]);
    Position.Character += codeUnits(Bytes);
    I += Bytes;
  }
  return Position;
}

TextPosition DocumentText::positionOfLineColumn(unsigned Line,
                                                unsigned Column) const {
  if (Line == 0 || Line > LineStarts.size())
    return positionOf(Text.size());
  size_t LineStart = LineStarts[Line - 1];
  size_t LineEnd = Line < LineStarts.size() ? LineStarts[Line] : Text.size();
  size_t Offset = LineStart + (Column > 0 ? Column - 1 : 0);
  return positionOf(std::min(Offset, LineEnd));
}

void DocumentText::replace(TextPosition Begin, TextPosition End,
                           const std::string &New) {
  size_t From = offsetOf(Begin);
  size_t To = std::max(From, offsetOf(End));
  Text.replace(From, To - From, New);
  indexLines();
}

} // namespace lsp
} // namespace alignlint
