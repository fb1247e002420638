// Rule straddle: an atomic or lock that crosses a cache-line boundary.
#include "Annotations.h"
#include "CacheLineChecks.h"
#include "CacheLineText.h"
#include "Compat.h"
#include "MessageFormat.h"

#include "clang/AST/Attr.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/SourceManager.h"

namespace alignlint {

using namespace clang;

namespace {

struct FlatMember {
  std::string Name;
  const FieldDecl *Field;
};

bool recordIsPacked(const RecordDecl *RD) {
  return RD->hasAttr<PackedAttr>() || RD->hasAttr<MaxFieldAlignmentAttr>();
}

/// The record's atomics and locks with their offsets, array elements one by
/// one, and those of nested records wherever this record may misplace them
/// (packed records) or owns them (anonymous members).
void flatten(const CheckContext &TU, const RecordDecl *RD, uint64_t BaseBits,
             const std::string &Prefix, int Depth,
             std::vector<al_member> &Members, std::vector<FlatMember> &Names) {
  ASTContext &Ctx = TU.Ctx;
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(RD);
  for (const FieldDecl *FD : RD->fields()) {
    if (FD->isBitField() || FD->isInvalidDecl() ||
        FD->getType()->isIncompleteArrayType())
      continue;
    QualType T = FD->getType();
    uint64_t Offset = BaseBits + Layout.getFieldOffset(FD->getFieldIndex());
    unsigned Flags = TU.FieldFlags.of(FD);
    if (Flags & AL_MEMBER_IGNORE_STRADDLE)
      continue;
    // This runs on every field of every record; the name is built only
    // for the few members it is needed for.
    auto name = [&] {
      return Prefix + (FD->getName().empty() ? std::string("(anonymous)")
                                             : FD->getName().str());
    };
    if (Flags & (AL_MEMBER_ATOMIC | AL_MEMBER_LOCK)) {
      std::string Name = name();
      QualType Elem = Ctx.getBaseElementType(T);
      uint64_t ElemBits = Ctx.getTypeSize(Elem);
      uint64_t Count = ElemBits ? Ctx.getTypeSize(T) / ElemBits : 0;
      bool IsArray = T->isArrayType();
      for (uint64_t I = 0; I < Count && I < 256; ++I) {
        al_member M = {};
        M.offset_bits = Offset + I * ElemBits;
        M.size_bits = M.type_size_bits = ElemBits;
        M.align_bytes = uint32_t(Ctx.getTypeAlign(Elem) / 8);
        M.flags = Flags & (AL_MEMBER_ATOMIC | AL_MEMBER_LOCK);
        M.hot_group = M.contended_group = -1;
        Members.push_back(M);
        Names.push_back(
            {IsArray ? Name + "[" + std::to_string(I) + "]" : Name, FD});
      }
      continue;
    }
    const RecordType *RT = T->getAs<RecordType>();
    if (RT && Depth < 4 && compat::declOf(RT)->getDefinition() &&
        !compat::declOf(RT)->isInvalidDecl() &&
        (FD->isAnonymousStructOrUnion() || recordIsPacked(RD) ||
         FD->hasAttr<PackedAttr>()))
      flatten(TU, compat::declOf(RT)->getDefinition(), Offset,
              FD->isAnonymousStructOrUnion() ? Prefix : name() + ".", Depth + 1,
              Members, Names);
  }
}

} // namespace

// The messages of rule straddle, one place each.

/// A straddle of the atomic or lock Name.
static std::string straddleMessage(const al_straddle_finding &S, bool IsLock,
                                   const std::string &Name,
                                   const std::string &Display, uint64_t Line,
                                   uint32_t RecordAlignBytes) {
  std::string What =
      formatMessage("{0} member {1}", IsLock ? "lock" : "atomic", quoted(Name));
  std::string Word = IsLock
                         ? formatMessage("its {0}-byte lock word", S.word_bytes)
                         : formatMessage("its {0} bytes", S.word_bytes);
  if (S.definite)
    return formatMessage("{0} of '{1}' crosses a {2}-byte cache-line "
                         "boundary: {3} at offset {4} {5} byte {6}",
                         What, Display, Line, Word, S.word_offset_bytes,
                         IsLock ? "straddles" : "straddle", S.boundary_bytes);
  return formatMessage("{0} of '{1}' can cross a {2}-byte cache-line "
                       "boundary: {3} at offset {4} {5} not {6}-byte aligned "
                       "in a record aligned to {7} byte{8}",
                       What, Display, Line, Word, S.word_offset_bytes,
                       IsLock ? "is" : "are", S.word_bytes, RecordAlignBytes,
                       RecordAlignBytes == 1 ? "" : "s");
}

static const char *const SplitLockNote =
    "on x86 every atomic operation on it is then a split lock, which locks "
    "the bus for all cores and is very slow; Linux 5.7 and later "
    "(split_lock_detect) trap it. Give it its natural alignment (do not pack "
    "the record around it)";

void CacheLineChecks::checkStraddle(const RecordDecl *RD) {
  if (TU.Opts.severity(Rule::Straddle) == Severity::Off ||
      RD->isInvalidDecl() || RD->isDependentType() ||
      ignoresRule(RD, Rule::Straddle))
    return;
  std::vector<al_member> Members;
  std::vector<FlatMember> Names;
  flatten(TU, RD, 0, "", 0, Members, Names);
  if (Members.empty())
    return;
  const ASTRecordLayout &Layout = TU.Ctx.getASTRecordLayout(RD);
  std::string Display = recordDisplayName(RD);
  al_record View = {};
  View.name = Display.c_str();
  View.size_bytes = uint64_t(Layout.getSize().getQuantity());
  View.align_bytes = uint32_t(Layout.getAlignment().getQuantity());
  View.members = Members.data();
  View.member_count = Members.size();
  uint64_t Line = TU.Opts.CacheLineBytes;
  std::vector<al_straddle_finding> Found(Members.size());
  size_t Count = al_rule_straddle(&View, Line, Found.data(), Found.size());
  if (Count == 0)
    return;
  Finding F;
  F.TheRule = Rule::Straddle;
  F.Record = RD;
  F.RecordLoc = TU.reportLoc(RD);
  for (size_t I = 0; I < Count; ++I) {
    const al_straddle_finding &S = Found[I];
    const al_member &M = Members[S.member];
    bool IsLock = M.flags & AL_MEMBER_LOCK;
    std::string Text = straddleMessage(S, IsLock, Names[S.member].Name, Display,
                                       Line, View.align_bytes);
    F.addProblem(TU.reportLoc(Names[S.member].Field), Text);
  }
  F.Notes.insert(F.Notes.begin(),
                 {TU.reportLoc(Names[Found[0].member].Field), SplitLockNote});
  TU.Sink.report(F);
}

} // namespace alignlint
