#include "LayoutPins.h"

#include "FieldSlots.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Regex.h"

#include <algorithm>

namespace alignlint {

using namespace clang;

namespace {

enum class CommentAsks { Nothing, First, Last, KeepOrder };

/// What the author's words in a comment ask of the field (or record) they
/// are on.
CommentAsks commentAsks(StringRef Text) {
  static const llvm::Regex KeepOrder(
      "(do[[:space:]]+not|don'?t|never)[[:space:]]+(re-?order|rearrange)|"
      "keep[[:space:]]+(them[[:space:]]+|it[[:space:]]+)?(in[[:space:]]+)?"
      "(this|the same|that)[[:space:]]+order|"
      "must[[:space:]]+not[[:space:]]+be[[:space:]]+(re-?ordered|rearranged)",
      llvm::Regex::IgnoreCase);
  static const llvm::Regex Last(
      "((must|has to|needs to|should|shall)[[:space:]]+(always[[:space:]]+)?"
      "(be|stay|remain|come)|keep[[:space:]]+(it|this))[[:space:]]+"
      "(the[[:space:]]+)?last",
      llvm::Regex::IgnoreCase);
  static const llvm::Regex First(
      "((must|has to|needs to|should|shall)[[:space:]]+(always[[:space:]]+)?"
      "(be|stay|remain|come)|keep[[:space:]]+(it|this))[[:space:]]+"
      "(the[[:space:]]+)?first",
      llvm::Regex::IgnoreCase);
  // Every pattern needs one of these words; most comments have none, and
  // the regular expressions cost more than the rest of the scan.
  bool MayAsk = Text.contains_insensitive("order") ||
                Text.contains_insensitive("rearrange") ||
                Text.contains_insensitive("last") ||
                Text.contains_insensitive("first");
  if (!MayAsk)
    return CommentAsks::Nothing;
  if (KeepOrder.match(Text))
    return CommentAsks::KeepOrder;
  if (Last.match(Text))
    return CommentAsks::Last;
  if (First.match(Text))
    return CommentAsks::First;
  return CommentAsks::Nothing;
}

/// Offset where the comments just above Begin start (Begin if none).
unsigned commentsAbove(StringRef Buffer, unsigned Begin) {
  unsigned Start = Begin;
  while (true) {
    StringRef Before = Buffer.substr(0, Start).rtrim();
    StringRef BlockEnd = Before;
    if (BlockEnd.consume_back("*/")) {
      size_t Open = Before.rfind("/*");
      if (Open == StringRef::npos)
        return Start;
      Start = Open;
      continue;
    }
    size_t LineStart = Before.rfind('\n') + 1; // npos + 1 == 0
    if (!Before.substr(LineStart).ltrim().consume_front("//"))
      return Start;
    Start = LineStart;
  }
}

/// Every unit written before Unit stays before it.
void pinLast(LayoutPins &Pins, size_t Unit, SourceLocation Loc,
             std::string Why) {
  for (size_t Other = 0; Other < Unit; ++Other) {
    Pins.Orders.Constraints.push_back({Other, Unit});
    Pins.Orders.ReasonOf.push_back(Pins.Orders.Reasons.size());
  }
  Pins.Orders.Reasons.push_back({Loc, std::move(Why)});
}

/// Every unit written after Unit stays after it.
void pinFirst(LayoutPins &Pins, size_t Unit, size_t Units, SourceLocation Loc,
              std::string Why) {
  for (size_t Other = Unit + 1; Other < Units; ++Other) {
    Pins.Orders.Constraints.push_back({Unit, Other});
    Pins.Orders.ReasonOf.push_back(Pins.Orders.Reasons.size());
  }
  Pins.Orders.Reasons.push_back({Loc, std::move(Why)});
}

class CommentScan {
public:
  CommentScan(ASTContext &Ctx, const RecordModel &Model, LayoutPins &Pins)
      : SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()), Model(Model),
        Pins(Pins) {}

  void run() {
    const RecordDecl *RD = Model.Record;
    SourceRange Braces = RD->getBraceRange();
    if (RD->getBeginLoc().isMacroID() || Braces.getBegin().isMacroID() ||
        Braces.getEnd().isMacroID() || Model.UnitFields.empty())
      return;
    FileID File = SM.getFileID(Braces.getBegin());
    bool Invalid = false;
    StringRef Buffer = SM.getBufferData(File, &Invalid);
    if (Invalid || SM.getFileID(RD->getBeginLoc()) != File ||
        SM.getFileID(Braces.getEnd()) != File)
      return;
    unitLines();
    unsigned Begin = commentsAbove(Buffer, SM.getFileOffset(RD->getBeginLoc()));
    // Through the end of the closing brace's line: `}; // keep in this order`.
    unsigned End = SM.getFileOffset(Braces.getEnd());
    End = std::min(Buffer.size(), Buffer.find('\n', End));
    BraceOffset = SM.getFileOffset(Braces.getBegin());
    Lexer Raw(SM.getLocForStartOfFile(File), LO, Buffer.begin(),
              Buffer.begin() + Begin, Buffer.end());
    Raw.SetCommentRetentionState(true);
    Token Tok;
    while (true) {
      Raw.LexFromRawLexer(Tok);
      unsigned Offset = SM.getFileOffset(Tok.getLocation());
      if (Tok.is(tok::eof) || Offset >= End)
        return;
      if (Tok.is(tok::comment))
        comment(Tok.getLocation(), Buffer.substr(Offset, Tok.getLength()));
    }
  }

private:
  /// The first and last line of each unit's declaration.
  void unitLines() {
    for (const auto &Fields : Model.UnitFields) {
      SourceLocation Begin =
          SM.getExpansionRange(Fields.front()->getBeginLoc()).getBegin();
      Lines.push_back({SM.getExpansionLineNumber(Begin),
                       SM.getExpansionLineNumber(Fields.back()->getEndLoc())});
    }
  }

  /// The unit a comment on Line is about: the last one declared on that
  /// line (a trailing comment), else the first one below it; the unit count
  /// when it is about none (it is below the last field).
  size_t unitOf(unsigned Line) const {
    for (size_t U = Lines.size(); U-- > 0;)
      if (Lines[U].first <= Line && Line <= Lines[U].second)
        return U;
    for (size_t U = 0; U < Lines.size(); ++U)
      if (Lines[U].first > Line)
        return U;
    return Lines.size();
  }

  void comment(SourceLocation Loc, StringRef Text) {
    CommentAsks Asks = commentAsks(Text);
    if (Asks == CommentAsks::Nothing)
      return;
    if (Asks == CommentAsks::KeepOrder) {
      if (Pins.KeepOrder.Loc.isInvalid())
        Pins.KeepOrder = {Loc,
                          "comment asks to keep the fields in their order"};
      return;
    }
    if (SM.getFileOffset(Loc) < BraceOffset)
      return; // "must be last" about the record itself says nothing here
    size_t Unit = unitOf(SM.getExpansionLineNumber(Loc));
    if (Unit == Lines.size())
      return;
    std::string Label = "'" + Model.unitLabel(Unit) + "'";
    if (Asks == CommentAsks::Last)
      pinLast(Pins, Unit, Loc, "keeps " + Label + " last, as its comment asks");
    else
      pinFirst(Pins, Unit, Lines.size(), Loc,
               "keeps " + Label + " first, as its comment asks");
  }

  const SourceManager &SM;
  const LangOptions &LO;
  const RecordModel &Model;
  LayoutPins &Pins;
  std::vector<std::pair<unsigned, unsigned>> Lines;
  unsigned BraceOffset = 0;
};

} // namespace

LayoutPins findLayoutPins(ASTContext &Ctx, const RecordUses *Uses,
                          const RecordModel &Model) {
  LayoutPins Pins;
  CommentScan(Ctx, Model, Pins).run();
  const LayoutFacts::Use *Tail =
      Uses ? &Uses->Layout.of(LayoutTie::Tail) : nullptr;
  if (Tail && Tail->Loc.isValid() && !Model.UnitFields.empty()) {
    size_t Last = Model.UnitFields.size() - 1;
    pinLast(Pins, Last, Tail->Loc,
            "keeps '" + Model.unitLabel(Last) + "' last: this code " +
                Tail->What);
  }
  return Pins;
}

std::vector<RecordModel::ConstraintReason>
addLayoutPins(ASTContext &Ctx, const RecordUses *Uses, RecordModel &Model) {
  LayoutPins Pins = findLayoutPins(Ctx, Uses, Model);
  Model.Constraints.insert(Model.Constraints.end(),
                           Pins.Orders.Constraints.begin(),
                           Pins.Orders.Constraints.end());
  return Pins.Orders.Reasons;
}

} // namespace alignlint
