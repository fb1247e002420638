#include "CacheLineChecks.h"

#include "ConcurrencyTypes.h"
#include "FieldSlots.h"
#include "FixExport.h"
#include "LayoutChangeGuard.h"
#include "LayoutDependentUses.h"
#include "ProposedLayoutCheck.h"
#include "RecordPermutation.h"
#include "ReorderFix.h"

#include "clang/AST/Attr.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/SourceManager.h"

namespace alignlint {

using namespace clang;

CacheLineChecks::CacheLineChecks(
    ASTContext &Ctx, const PluginOptions &Opts, DiagnosticSink &Sink,
    FixExport *Export, std::function<const OrderDependentUses &()> Uses,
    FixClaims &Claims, const UnionOverlays &Overlays)
    : Ctx(Ctx), Opts(Opts), Sink(Sink), Export(Export), Uses(std::move(Uses)),
      Claims(Claims), Overlays(Overlays) {}

SourceLocation CacheLineChecks::locOf(const Decl *D) const {
  return Ctx.getSourceManager().getExpansionLoc(D->getLocation());
}

void CacheLineChecks::refuse(const std::string &RecordName, Finding &F,
                             SourceLocation Loc, const std::string &Reason) {
  F.Fixes.clear();
  F.Notes.push_back({Loc, "no fix-it: " + Reason});
  if (Export)
    Export->addVeto(F.RecordLoc, RecordName, Reason);
}

static std::string quoted(const std::string &S) { return "'" + S + "'"; }

static std::string linesText(uint64_t First, uint64_t Last) {
  if (First == Last)
    return "line " + std::to_string(First);
  return "lines " + std::to_string(First) + "-" + std::to_string(Last);
}

static std::string lineBytes(uint64_t Line, uint64_t LineBytes) {
  return "bytes " + std::to_string(Line * LineBytes) + "-" +
         std::to_string((Line + 1) * LineBytes - 1);
}

static const char *kindOf(const al_member &M) {
  if (M.flags & AL_MEMBER_ATOMIC)
    return "atomic";
  if (M.flags & AL_MEMBER_LOCK)
    return "lock";
  return "hot field";
}

static std::vector<const FieldDecl *> fieldsOf(const RecordModel &Model) {
  std::vector<const FieldDecl *> Fields;
  for (const auto &Unit : Model.UnitFields)
    Fields.insert(Fields.end(), Unit.begin(), Unit.end());
  return Fields;
}

/// The <name> of the field's alignlint:<Kind>:<name> annotation, or "".
static std::string groupName(const FieldDecl *FD, llvm::StringRef Kind) {
  for (const auto *A : FD->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (Text.consume_front("alignlint:") && Text.consume_front(Kind) &&
        Text.consume_front(":"))
      return Text.str();
  }
  return "";
}

// ---- straddle ---------------------------------------------------------------

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
void flatten(ASTContext &Ctx, const RecordDecl *RD, uint64_t BaseBits,
             const std::string &Prefix, int Depth,
             std::vector<al_member> &Members, std::vector<FlatMember> &Names) {
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(RD);
  for (const FieldDecl *FD : RD->fields()) {
    if (FD->isBitField() || FD->isInvalidDecl() ||
        FD->getType()->isIncompleteArrayType())
      continue;
    QualType T = FD->getType();
    uint64_t Offset = BaseBits + Layout.getFieldOffset(FD->getFieldIndex());
    std::string Name = Prefix + (FD->getName().empty()
                                     ? std::string("(anonymous)")
                                     : FD->getName().str());
    unsigned Flags = cacheLineMemberFlags(Ctx, FD);
    if (Flags & AL_MEMBER_IGNORE_STRADDLE)
      continue;
    if (Flags & (AL_MEMBER_ATOMIC | AL_MEMBER_LOCK)) {
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
        Names.push_back({IsArray ? Name + "[" + std::to_string(I) + "]" : Name,
                         FD});
      }
      continue;
    }
    const RecordType *RT = T->getAs<RecordType>();
    if (RT && Depth < 4 && RT->getDecl()->getDefinition() &&
        !RT->getDecl()->isInvalidDecl() &&
        (FD->isAnonymousStructOrUnion() || recordIsPacked(RD) ||
         FD->hasAttr<PackedAttr>()))
      flatten(Ctx, RT->getDecl()->getDefinition(), Offset,
              FD->isAnonymousStructOrUnion() ? Prefix : Name + ".", Depth + 1,
              Members, Names);
  }
}

} // namespace

void CacheLineChecks::checkStraddle(const RecordDecl *RD) {
  if (Opts.severity(Rule::Straddle) == Severity::Off ||
      RD->isInvalidDecl() || RD->isDependentType() ||
      ignoresRule(RD, Rule::Straddle))
    return;
  std::vector<al_member> Members;
  std::vector<FlatMember> Names;
  flatten(Ctx, RD, 0, "", 0, Members, Names);
  if (Members.empty())
    return;
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(RD);
  std::string Display = recordDisplayName(RD);
  al_record View = {};
  View.name = Display.c_str();
  View.size_bytes = uint64_t(Layout.getSize().getQuantity());
  View.align_bytes = uint32_t(Layout.getAlignment().getQuantity());
  View.members = Members.data();
  View.member_count = Members.size();
  uint64_t Line = Opts.CacheLineBytes;
  std::vector<al_straddle_finding> Found(Members.size());
  size_t Count = al_rule_straddle(&View, Line, Found.data(), Found.size());
  if (Count == 0)
    return;
  Finding F;
  F.TheRule = Rule::Straddle;
  F.RecordLoc = locOf(RD);
  for (size_t I = 0; I < Count; ++I) {
    const al_straddle_finding &S = Found[I];
    const al_member &M = Members[S.member];
    bool IsLock = M.flags & AL_MEMBER_LOCK;
    std::string What = std::string(IsLock ? "lock" : "atomic") + " member " +
                       quoted(Names[S.member].Name);
    std::string Word = IsLock ? "its " + std::to_string(S.word_bytes) +
                                    "-byte lock word"
                              : "its " + std::to_string(S.word_bytes) + " bytes";
    const char *Verb = IsLock ? " straddles byte " : " straddle byte ";
    const char *IsNot = IsLock ? " is not " : " are not ";
    std::string Text;
    if (S.definite)
      Text = What + " of '" + Display + "' crosses a " + std::to_string(Line) +
             "-byte cache-line boundary: " + Word + " at offset " +
             std::to_string(S.word_offset_bytes) + Verb +
             std::to_string(S.boundary_bytes);
    else
      Text = What + " of '" + Display + "' can cross a " +
             std::to_string(Line) + "-byte cache-line boundary: " + Word +
             " at offset " + std::to_string(S.word_offset_bytes) +
             IsNot + std::to_string(S.word_bytes) +
             "-byte aligned in a record aligned to " +
             std::to_string(View.align_bytes) + " byte" +
             (View.align_bytes == 1 ? "" : "s");
    if (I == 0)
      F.Message = Text;
    else
      F.Notes.push_back({locOf(Names[S.member].Field), "also: " + Text});
  }
  F.Notes.insert(
      F.Notes.begin(),
      {locOf(Names[Found[0].member].Field),
       "on x86 every atomic operation on it is then a split lock, which "
       "locks the bus for all cores and is very slow; Linux 5.7 and later "
       "(split_lock_detect) trap it. Give it its natural alignment (do not "
       "pack the record around it)"});
  Sink.report(F);
}

// ---- false-sharing ----------------------------------------------------------

void CacheLineChecks::checkFalseSharing(
    const RecordModel &Model, const std::vector<const FieldDecl *> &Fields) {
  al_record View = Model.view();
  uint64_t Line = Opts.CacheLineBytes;
  std::vector<al_false_sharing_pair> Pairs(Model.Members.size());
  size_t Count = al_rule_false_sharing(&View, Line, Pairs.data(), Pairs.size());
  if (Count == 0)
    return;
  Finding F;
  F.TheRule = Rule::FalseSharing;
  F.RecordLoc = locOf(Model.Record);
  for (size_t I = 0; I < Count && I < Pairs.size(); ++I) {
    const al_false_sharing_pair &P = Pairs[I];
    const al_member &A = Model.Members[P.member], &B = Model.Members[P.other];
    bool OtherSync = B.flags & (AL_MEMBER_ATOMIC | AL_MEMBER_LOCK);
    std::string Text =
        std::string(kindOf(A)) + " " + quoted(Fields[P.member]->getName().str()) + " of '" +
        Model.DisplayName + "' shares cache line " + std::to_string(P.line) +
        " (" + lineBytes(P.line, Line) + ") with " +
        (OtherSync ? std::string(kindOf(B)) : std::string("hot field")) + " " +
        quoted(Fields[P.other]->getName().str());
    if (I == 0)
      F.Message = Text;
    else
      F.Notes.push_back({locOf(Fields[P.member]), "also: " + Text});
  }
  F.Notes.insert(
      F.Notes.begin(),
      {locOf(Fields[Pairs[0].member]),
       "if different threads write them, every write invalidates the line "
       "under the other; annotate " +
           quoted(Fields[Pairs[0].member]->getName().str()) +
           " with ALIGNLINT_CONTENDED (alignlint.h) to give it its own cache "
           "line, or ALIGNLINT_IGNORE(false-sharing) if one thread owns both"});
  Sink.report(F);
}

// ---- contended --------------------------------------------------------------


static const AlignedAttr *writtenAlignment(const FieldDecl *FD) {
  for (const auto *A : FD->specific_attrs<AlignedAttr>())
    if (!A->isImplicit())
      return A;
  return nullptr;
}

bool CacheLineChecks::addAlignmentFixes(
    const RecordModel &Model, const std::vector<unsigned char> &AlignUnit,
    Finding &F) {
  const SourceManager &SM = Ctx.getSourceManager();
  uint64_t Line = Opts.CacheLineBytes;
  Refusal Why;
  if (!layoutMayChange(Model, Overlays, Claims, Why)) {
    refuse(Model.DisplayName, F, Why.Loc, Why.Reason);
    return false;
  }
  if (Model.Record->getLocation().isMacroID())
    return refuse(Model.DisplayName, F, F.RecordLoc,
                  "the record is written by a macro"),
           false;
  std::string Spec = (Ctx.getLangOpts().CPlusPlus ? "alignas(" : "_Alignas(") +
                     std::to_string(Line) + ") ";
  for (size_t U = 0; U < AlignUnit.size(); ++U) {
    if (!AlignUnit[U])
      continue;
    const FieldDecl *FD = Model.UnitFields[U].front();
    std::string Label = quoted(Model.unitLabel(U));
    if (FD->isAnonymousStructOrUnion())
      return refuse(Model.DisplayName, F, locOf(FD),
                    "an alignment specifier cannot go on the anonymous member "
                    "here; give it a name or align its first field"),
             false;
    if (const AlignedAttr *A = writtenAlignment(FD))
      return refuse(Model.DisplayName, F, locOf(FD),
                    Label + " already has an alignment specifier ('" +
                        A->getSpelling() + "', " +
                        std::to_string(FD->getMaxAlignment() / 8) +
                        " bytes); alignlint never writes a second one: raise "
                        "it to " + std::to_string(Line)),
             false;
    SourceLocation Begin = declarationBegin(FD, SM);
    if (FD->getLocation().isMacroID() || Begin.isInvalid() ||
        SM.getFileID(Begin) != SM.getFileID(SM.getExpansionLoc(
                                   Model.Record->getBraceRange().getBegin())))
      return refuse(Model.DisplayName, F, locOf(FD),
                    "the declaration of " + Label +
                        " is written by a macro or in another file"),
             false;
    F.Fixes.push_back(FixItHint::CreateInsertion(Begin, Spec));
  }
  return true;
}

void CacheLineChecks::checkContended(
    const RecordModel &Model, const std::vector<const FieldDecl *> &Fields) {
  al_record View = Model.view();
  uint64_t Line = Opts.CacheLineBytes;
  std::vector<al_contended_finding> Found(Model.Members.size());
  size_t Count = al_rule_contended(&View, Line, nullptr, 0, Found.data(),
                                   Found.size());
  if (Count == 0)
    return;
  Finding F;
  F.TheRule = Rule::Contended;
  F.RecordLoc = locOf(Model.Record);
  for (size_t I = 0; I < Count && I < Found.size(); ++I) {
    const al_contended_finding &C = Found[I];
    const al_member &First = Model.Members[C.first_member];
    std::string Name = groupName(Fields[C.first_member], "contended");
    std::string What = Name.empty() ? "contended member " +
                                          quoted(Fields[C.first_member]->getName().str())
                                    : "contended group " + quoted(Name);
    std::string Text = What + " of '" + Model.DisplayName + "'";
    if (C.intruder != AL_NO_MEMBER)
      Text += " shares cache line " + std::to_string(C.intruder_line) +
              " with " + quoted(Fields[C.intruder]->getName().str());
    if (C.misaligned)
      Text += std::string(C.intruder != AL_NO_MEMBER ? " and" : "") +
              " does not start a " + std::to_string(Line) +
              "-byte cache line (offset " +
              std::to_string(First.offset_bits / 8) + ", record aligned to " +
              std::to_string(View.align_bytes) + ")";
    if (I == 0)
      F.Message = Text;
    else
      F.Notes.push_back({locOf(Fields[C.first_member]), "also: " + Text});
  }
  std::vector<unsigned char> AlignUnit(Model.Units.size());
  al_contended_fix Fix;
  if (!al_contended_fix_units(&View, Line, AlignUnit.data(), &Fix)) {
    std::string Reason;
    SourceLocation Loc = F.RecordLoc;
    if (Fix.problem_unit != AL_NO_MEMBER && Fix.problem_unit < Model.Units.size())
      Loc = locOf(Model.UnitFields[Fix.problem_unit].front());
    switch (Fix.problem) {
    case AL_CONTENDED_FIX_SCATTERED:
      Reason = "the members of a contended group are not declared one after "
               "another, or share a declaration with other members";
      break;
    case AL_CONTENDED_FIX_BITFIELD:
      Reason = "an alignment specifier cannot go on a bit-field";
      break;
    case AL_CONTENDED_FIX_MODEL:
      Reason = "the record uses a layout rule alignlint's model does not know";
      break;
    default:
      Reason = "alignment specifiers alone do not isolate the group";
    }
    refuse(Model.DisplayName, F, Loc, Reason);
  } else if (addAlignmentFixes(Model, AlignUnit, F)) {
    Claims.markLayoutChanged(Model.Record);
    std::string Size =
        Fix.new_size_bytes == Model.view().size_bytes
            ? "its size stays " + std::to_string(Fix.new_size_bytes) + " bytes"
            : "'" + Model.DisplayName + "' grows from " +
                  std::to_string(Model.view().size_bytes) + " to " +
                  std::to_string(Fix.new_size_bytes) +
                  " bytes: every array and allocation of it grows";
    F.Notes.push_back(
        {F.RecordLoc, "with the fix-it the record is aligned to " +
                          std::to_string(Fix.new_align_bytes) + " bytes and " +
                          Size});
  }
  Sink.report(F);
}

// ---- hot-fields -------------------------------------------------------------


void CacheLineChecks::checkHotFields(
    const RecordModel &Model, const std::vector<const FieldDecl *> &Fields,
    bool FieldOrderReported) {
  al_record View = Model.view();
  uint64_t Line = Opts.CacheLineBytes;
  al_hot_fields_finding Found;
  if (!al_rule_hot_fields(&View, Line, &Found))
    return;
  Finding F;
  F.TheRule = Rule::HotFields;
  F.RecordLoc = locOf(Model.Record);
  bool First = true;
  for (size_t G = 0; G < Found.group_count; ++G) {
    const al_hot_group_report &R = Found.groups[G];
    if (!R.violated)
      continue;
    std::string Name;
    std::string Misplaced;
    size_t MisplacedCount = 0;
    for (size_t M = 0; M < Model.Members.size(); ++M) {
      const al_member &Member = Model.Members[M];
      if (Member.hot_group != R.group)
        continue;
      if (Name.empty())
        Name = groupName(Fields[M], "hot");
      if (!Found.out_of_place[M] || Member.size_bits == 0)
        continue;
      uint64_t FirstLine = Member.offset_bits / 8 / Line;
      uint64_t LastLine = (Member.offset_bits + Member.size_bits - 1) / 8 / Line;
      Misplaced += std::string(MisplacedCount++ ? ", " : "") +
                   quoted(Fields[M]->getName().str()) + " (" + linesText(FirstLine, LastLine) +
                   ")";
    }
    std::string Text =
        (Name.empty() ? std::string("hot fields") : "fields of hot group " + quoted(Name)) +
        " of '" + Model.DisplayName + "' are not together at the start of "
        "the record in as few cache lines as they fit";
    if (MisplacedCount)
      Text += ": " + Misplaced + (MisplacedCount == 1 ? " is" : " are") +
              " out of place";
    if (R.current_lines > R.plan_lines)
      Text += "; they touch " + std::to_string(R.current_lines) +
              " cache lines, " + std::to_string(R.plan_lines) + " would do";
    if (R.current_straddles > R.plan_straddles)
      Text += ", and " + std::to_string(R.current_straddles) +
              " of them cross a line boundary";
    if (R.total_bytes > Line)
      Text += "; the hot set is " + std::to_string(R.total_bytes) +
              " bytes, larger than one " + std::to_string(Line) +
              "-byte cache line, so it needs at least " +
              std::to_string((R.total_bytes + Line - 1) / Line) + " lines";
    if (First)
      F.Message = Text;
    else
      F.Notes.push_back({F.RecordLoc, "also: " + Text});
    First = false;
  }
  const size_t *Order = Found.plan.order;
  F.Notes.push_back({F.RecordLoc, suggestedOrderNote(Model, Order)});
  if (!Found.fixable) {
    refuse(Model.DisplayName, F, F.RecordLoc,
           "a hot field sits behind a member that never moves (zero-size, "
           "over-aligned, contended or ignored), so reordering cannot bring it "
           "to the front");
  } else if (FieldOrderReported) {
    F.Notes.push_back({F.RecordLoc, "the field-order fix-it for this record "
                                    "applies this order"});
  } else {
    ProposedLayoutVerdict Verdict = checkProposedLayout(Ctx, Model, Order);
    Refusal Why;
    if (Verdict.Checked && !Verdict.Agrees)
      refuse(Model.DisplayName, F, F.RecordLoc,
             "clang lays out the proposed order differently from alignlint's "
             "model (" + Verdict.Mismatch + ")");
    else if (!layoutMayChange(Model, Overlays, Claims, Why) ||
             !makeReorderFix(Ctx, Model, Order, Uses(), Claims, F.Fixes, Why))
      refuse(Model.DisplayName, F, Why.Loc, Why.Reason);
  }
  al_hot_fields_finding_free(&Found);
  Sink.report(F);
}

void CacheLineChecks::check(const RecordModel &Model, bool FieldOrderReported) {
  std::vector<const FieldDecl *> Fields = fieldsOf(Model);
  if (Opts.severity(Rule::Contended) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::Contended))
    checkContended(Model, Fields);
  if (Opts.severity(Rule::HotFields) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::HotFields))
    checkHotFields(Model, Fields, FieldOrderReported);
  if (Opts.severity(Rule::FalseSharing) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::FalseSharing))
    checkFalseSharing(Model, Fields);
}

} // namespace alignlint
