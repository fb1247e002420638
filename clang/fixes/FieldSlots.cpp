#include "FieldSlots.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <memory>

namespace alignlint {

using namespace clang;

namespace {

/// Raw-lexes one file; offsets are into its buffer.
class FileText {
public:
  FileText(const SourceManager &SM, FileID File, const LangOptions &LO)
      : SM(SM), File(File), LO(LO), Buffer(SM.getBufferData(File)) {}

  unsigned offsetOf(SourceLocation Loc) const { return SM.getFileOffset(Loc); }
  SourceLocation locAt(unsigned Offset) const {
    return SM.getLocForStartOfFile(File).getLocWithOffset(Offset);
  }

  /// Offset just past the ';' that ends the declaration whose last token
  /// starts at LastToken, skipping balanced parentheses (trailing
  /// attributes). Returns false if a brace or the end comes first.
  bool findSemicolonAfter(unsigned LastToken, unsigned &After) const {
    std::unique_ptr<Lexer> Raw = rawLexerAt(LastToken);
    int Depth = 0;
    Token Tok;
    Raw->LexFromRawLexer(Tok);   // the last token itself
    while (true) {
      Raw->LexFromRawLexer(Tok);
      if (Tok.is(tok::eof))
        return false;
      if (Tok.isOneOf(tok::l_paren, tok::l_square))
        ++Depth;
      else if (Tok.isOneOf(tok::r_paren, tok::r_square))
        --Depth;
      else if (Depth == 0 && Tok.is(tok::semi)) {
        After = offsetOf(Tok.getEndLoc());
        return true;
      } else if (Depth == 0 && Tok.isOneOf(tok::r_brace, tok::l_brace))
        return false;
    }
  }

  /// The first token at or after From (comments are not tokens).
  unsigned firstTokenFrom(unsigned From) const {
    std::unique_ptr<Lexer> Raw = rawLexerAt(From);
    Token Tok;
    Raw->LexFromRawLexer(Tok);
    return offsetOf(Tok.getLocation());
  }

  /// True when [Begin, End) holds only identifiers, literals, parentheses
  /// and commas: macros that expand to nothing (`z_const char *msg;`) or
  /// attributes clang does not keep, which belong to the declaration after
  /// them. A ';', ':' or brace means another declaration or an access
  /// specifier.
  bool onlyDeclarationPrefix(unsigned Begin, unsigned End) const {
    return firstTokenIn(Begin, End, [](const Token &Tok) {
             return !Tok.isOneOf(tok::raw_identifier, tok::l_paren,
                                 tok::r_paren, tok::comma,
                                 tok::numeric_constant) &&
                    !Tok.isLiteral();
           }) < 0;
  }

  /// Extends End over a comment that starts on the same line.
  unsigned withTrailingComment(unsigned End) const {
    unsigned Pos = End;
    while (Pos < Buffer.size() && (Buffer[Pos] == ' ' || Buffer[Pos] == '\t'))
      ++Pos;
    if (Buffer.substr(Pos, 2) == "//") {
      size_t Eol = Buffer.find('\n', Pos);
      return Eol == StringRef::npos ? unsigned(Buffer.size()) : unsigned(Eol);
    }
    if (Buffer.substr(Pos, 2) == "/*") {
      size_t Close = Buffer.find("*/", Pos + 2);
      if (Close != StringRef::npos)
        return unsigned(Close + 2);
    }
    return End;
  }

  /// Extends Begin back over whole comment lines directly above it (no blank
  /// line between), never before Limit.
  unsigned withLeadingComments(unsigned Begin, unsigned Limit) const {
    if (!onlyBlanksBefore(Begin))
      return Begin;
    unsigned Result = Begin;
    unsigned LineStart = startOfLine(Begin);
    while (LineStart > Limit) {
      unsigned PrevEnd = LineStart - 1;             // the '\n'
      unsigned PrevStart = startOfLine(PrevEnd);
      if (PrevStart < Limit)
        break;
      StringRef Line = Buffer.slice(PrevStart, PrevEnd).trim();
      unsigned CommentStart;
      if (Line.substr(0, 2) == "//") {
        CommentStart = PrevStart + unsigned(Buffer.slice(PrevStart, PrevEnd)
                                                .find("//"));
      } else if (Line.size() >= 2 && Line.substr(Line.size() - 2) == "*/") {
        size_t Open = Buffer.substr(0, PrevEnd).rfind("/*");
        if (Open == StringRef::npos || Open < Limit ||
            !onlyBlanksBefore(unsigned(Open)))
          break;
        CommentStart = unsigned(Open);
      } else {
        break;
      }
      Result = CommentStart;
      LineStart = startOfLine(CommentStart);
    }
    return Result;
  }

  /// Offset of a preprocessor directive in [Begin, End), or -1.
  long directiveIn(unsigned Begin, unsigned End) const {
    if (Buffer.slice(Begin, End).find('#') == StringRef::npos)
      return -1;   // the common case, without lexing the whole record
    return firstTokenIn(Begin, End, [](const Token &Tok) {
      return Tok.is(tok::hash) && Tok.isAtStartOfLine();
    });
  }

  StringRef text(unsigned Begin, unsigned End) const {
    return Buffer.slice(Begin, End);
  }

private:
  // A Lexer cannot be copied or moved, and LLVM 14 builds as C++14.
  std::unique_ptr<Lexer> rawLexerAt(unsigned Offset) const {
    return std::make_unique<Lexer>(SM.getLocForStartOfFile(File), LO,
                                   Buffer.begin(), Buffer.begin() + Offset,
                                   Buffer.end());
  }

  /// Offset of the first token in [Begin, End) that Matches, or -1.
  template <typename Predicate>
  long firstTokenIn(unsigned Begin, unsigned End, Predicate Matches) const {
    std::unique_ptr<Lexer> Raw = rawLexerAt(Begin);
    Token Tok;
    while (true) {
      Raw->LexFromRawLexer(Tok);
      if (Tok.is(tok::eof) || offsetOf(Tok.getLocation()) >= End)
        return -1;
      if (Matches(Tok))
        return long(offsetOf(Tok.getLocation()));
    }
  }

  unsigned startOfLine(unsigned Pos) const {
    size_t Nl = Buffer.rfind('\n', Pos == 0 ? 0 : Pos - 1);
    if (Pos == 0 || Nl == StringRef::npos)
      return 0;
    return unsigned(Nl + 1);
  }
  bool onlyBlanksBefore(unsigned Pos) const {
    return Buffer.slice(startOfLine(Pos), Pos).trim().empty();
  }

  const SourceManager &SM;
  FileID File;
  const LangOptions &LO;
  StringRef Buffer;
};

bool refuse(Refusal &Why, std::string Reason, SourceLocation Loc) {
  return Why.set(Loc, std::move(Reason));
}

/// Notes point at what the user wrote: the macro use, not its definition.
bool refuseAt(const SourceManager &SM, Refusal &Why,
              std::string Reason, SourceLocation Loc) {
  return refuse(Why, std::move(Reason), SM.getExpansionLoc(Loc));
}


/// Where the last token of a field's declarator is written (for an
/// anonymous struct or union member, whose implicit field has no
/// declarator, the closing brace); the macro use if a macro wrote it.
SourceLocation declarationEnd(const FieldDecl *FD, const SourceManager &SM) {
  SourceLocation End = FD->getEndLoc();
  if (FD->isAnonymousStructOrUnion())
    if (const RecordDecl *Anonymous = FD->getType()->getAsRecordDecl())
      End = Anonymous->getBraceRange().getEnd();
  return SM.getExpansionRange(End).getEnd();
}

/// Non-field declarations written among the fields (nested types, methods,
/// access specifiers) pin the text: moving fields across them can change
/// meaning or stop compiling.
bool checkNothingAmongFields(const RecordDecl *RD, const FieldSlots &Slots,
                             const SourceManager &SM, Refusal &Why) {
  SourceLocation First = Slots.Ranges.front().getBegin();
  SourceLocation Last = Slots.Ranges.back().getEnd();
  for (const Decl *D : RD->decls()) {
    if (isa<FieldDecl>(D) || D->isImplicit())
      continue;
    SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
    if (SM.isBeforeInTranslationUnit(Loc, First) ||
        !SM.isBeforeInTranslationUnit(Loc, Last))
      continue;
    bool InsideASlot = false;
    for (const CharSourceRange &Slot : Slots.Ranges)
      if (!SM.isBeforeInTranslationUnit(Loc, Slot.getBegin()) &&
          SM.isBeforeInTranslationUnit(Loc, Slot.getEnd()))
        InsideASlot = true;   // e.g. `struct { int x; } inner;`
    if (InsideASlot)
      continue;
    if (isa<AccessSpecDecl>(D))
      return refuse(Why,
                    "C++ access specifiers sit among the fields; moving "
                    "fields across them would change their access",
                    D->getLocation());
    return refuse(Why,
                  "a declaration that is not a field sits among the fields",
                  D->getLocation());
  }
  return true;
}

bool refuseDirective(Refusal &Why, const FileText &Text, long Directive) {
  return refuse(Why,
                "a preprocessor directive sits among the fields; the order "
                "may differ between configurations",
                Text.locAt(unsigned(Directive)));
}

} // namespace

/// The earliest file location where a field's declaration is written: its
/// type, or an attribute written before it.
SourceLocation declarationBegin(const FieldDecl *FD, const SourceManager &SM) {
  SourceLocation Begin = SM.getExpansionRange(FD->getBeginLoc()).getBegin();
  for (const Attr *A : FD->attrs()) {
    if (A->isImplicit() || A->getLocation().isInvalid())
      continue;
    SourceLocation AttrBegin = SM.getExpansionRange(A->getRange()).getBegin();
    if (SM.getFileID(AttrBegin) == SM.getFileID(Begin) &&
        SM.isBeforeInTranslationUnit(AttrBegin, Begin))
      Begin = AttrBegin;
  }
  return Begin;
}

/// Offset of a preprocessor directive between the first field's declaration
/// and the last one's ';', or -1 (also when those cannot be found: the slot
/// computation then says why). The slots span the same text plus comments,
/// which hold no directives; checked first because a large record refused
/// for this would otherwise pay for all its slots.
static long directiveAmongFields(const RecordModel &Model,
                                 const SourceManager &SM, const FileText &Text,
                                 FileID File) {
  if (Model.UnitFields.empty())
    return -1;
  SourceLocation Begin = declarationBegin(Model.UnitFields.front().front(), SM);
  SourceLocation LastEnd = declarationEnd(Model.UnitFields.back().back(), SM);
  unsigned AfterSemi = 0;
  if (SM.getFileID(Begin) != File || SM.getFileID(LastEnd) != File ||
      !Text.findSemicolonAfter(Text.offsetOf(LastEnd), AfterSemi))
    return -1;
  return Text.directiveIn(Text.offsetOf(Begin), AfterSemi);
}

bool computeFieldSlots(const RecordModel &Model, ASTContext &Ctx,
                       FieldSlots &Slots, Refusal &Why) {
  const SourceManager &SM = Ctx.getSourceManager();
  const RecordDecl *RD = Model.Record;
  if (RD->getLocation().isMacroID() || RD->getBraceRange().getBegin().isMacroID())
    return refuseAt(SM, Why, "the record is written by a macro",
                    RD->getLocation());
  FileID File = SM.getFileID(RD->getBraceRange().getBegin());
  FileText Text(SM, File, Ctx.getLangOpts());
  unsigned Limit = Text.offsetOf(RD->getBraceRange().getBegin()) + 1;

  long Directive = directiveAmongFields(Model, SM, Text, File);
  if (Directive >= 0)
    return refuseDirective(Why, Text, Directive);

  for (size_t U = 0; U < Model.UnitFields.size(); ++U) {
    const auto &Fields = Model.UnitFields[U];
    for (const FieldDecl *FD : Fields)
      if (FD->getLocation().isMacroID() && !FD->isAnonymousStructOrUnion())
        return refuseAt(SM, Why,
                      "field '" + FD->getName().str() + "' is declared by a macro",
                      FD->getLocation());
    SourceLocation Begin = declarationBegin(Fields.front(), SM);
    SourceLocation LastEnd = declarationEnd(Fields.back(), SM);
    if (SM.getFileID(Begin) != File || SM.getFileID(LastEnd) != File)
      return refuse(Why, "a field is written in another file",
                    Fields.front()->getLocation());
    unsigned BeginOffset = Text.offsetOf(Begin);
    unsigned AfterSemi = 0;
    if (BeginOffset < Limit ||
        !Text.findSemicolonAfter(Text.offsetOf(LastEnd), AfterSemi))
      return refuse(Why, "cannot find where the declaration of '" +
                                 Model.unitLabel(U) + "' ends",
                    Fields.front()->getLocation());
    unsigned FirstToken = Text.firstTokenFrom(Limit);
    if (FirstToken < BeginOffset &&
        Text.onlyDeclarationPrefix(FirstToken, BeginOffset))
      BeginOffset = FirstToken;
    unsigned SlotBegin = Text.withLeadingComments(BeginOffset, Limit);
    unsigned SlotEnd = Text.withTrailingComment(AfterSemi);
    Slots.Ranges.push_back(CharSourceRange::getCharRange(
        Text.locAt(SlotBegin), Text.locAt(SlotEnd)));
    Slots.Texts.push_back(Text.text(SlotBegin, SlotEnd).str());
    Limit = SlotEnd;
  }
  if (Slots.Ranges.empty())
    return refuse(Why, "the record has no fields", RD->getLocation());
  return checkNothingAmongFields(RD, Slots, SM, Why);
}

} // namespace alignlint
