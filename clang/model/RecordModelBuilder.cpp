#include "RecordModelBuilder.h"
#include "Compat.h"

#include "Annotations.h"
#include "MemberFlags.h" // cache-line rules

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecordLayout.h"

#include <algorithm>
#include <iterator>

namespace alignlint {

using namespace clang;

const char *RecordModel::keep(std::string S) const {
  Strings.push_back(std::move(S));
  return Strings.back().c_str();
}

al_record RecordModel::view() const {
  al_record R;
  R.name = DisplayName.c_str();
  R.size_bytes = RecordSizeBytes;
  R.align_bytes = RecordAlignBytes;
  R.start_bits = StartBits;
  R.members = Members.data();
  R.member_count = Members.size();
  R.units = Units.data();
  R.unit_count = Units.size();
  R.constraints = Constraints.data();
  R.constraint_count = Constraints.size();
  R.flags = RecordFlags;
  return R;
}

static void describeDeclarator(ASTContext &Ctx, const FieldDecl *FD,
                               al_member &M, const RecordModel &Model);

al_record RecordModel::diagramView() const {
  if (DiagramMembers.empty() && !Members.empty()) {
    ASTContext &Ctx = Record->getASTContext();
    DiagramMembers = Members;
    size_t I = 0;
    for (const std::vector<const FieldDecl *> &Fields : UnitFields)
      for (const FieldDecl *FD : Fields)
        describeDeclarator(Ctx, FD, DiagramMembers[I++], *this);
  }
  al_record R = view();
  R.members = DiagramMembers.data();
  return R;
}

std::string RecordModel::unitLabel(size_t Unit) const {
  std::string Label;
  appendUnitLabel(Label, Unit);
  return Label;
}

void RecordModel::appendUnitLabel(std::string &Out, size_t Unit) const {
  size_t Start = Out.size();
  for (const FieldDecl *FD : UnitFields[Unit]) {
    if (FD->isAnonymousStructOrUnion()) {
      Out.resize(Start);
      Out += FD->getType()->isUnionType() ? "(anonymous union)"
                                          : "(anonymous struct)";
      return;
    }
    llvm::StringRef Name = FD->getName();
    if (Name.empty())
      continue; // unnamed padding bitfield
    if (Out.size() > Start)
      Out += ", ";
    Out.append(Name.data(), Name.size());
  }
  if (Out.size() == Start)
    Out += "(unnamed bitfield)";
}

std::string recordDisplayName(const RecordDecl *RD) {
  if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
    return TD->getName().str();
  std::string Name = RD->getQualifiedNameAsString();
  if (RD->getName().empty())
    return std::string("(anonymous ") + RD->getKindName().str() + ")";
  if (!RD->getASTContext().getLangOpts().CPlusPlus)
    return RD->getKindName().str() + " " + Name;
  return Name;
}

/// Why a record is outside the rules' reach, or "" when it is not.
static std::string unsupportedReason(const RecordDecl *RD) {
  if (RD->isUnion())
    return "a union";
  if (RD->isInvalidDecl())
    return "invalid";
  if (RD->isDependentType() || RD->isDependentContext())
    return "a template";
  if (RD->hasAttr<PackedAttr>() || RD->hasAttr<MaxFieldAlignmentAttr>())
    return "packed";
  if (RD->hasAttr<MSStructAttr>())
    return "ms_struct";
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD)) {
    if (isa<ClassTemplateSpecializationDecl>(CXX) ||
        CXX->getTemplateInstantiationPattern())
      return "a template instantiation";
    if (CXX->isLambda())
      return "a lambda";
    if (CXX->getNumVBases() > 0)
      return "a class with virtual bases";
  }
  for (const FieldDecl *FD : RD->fields()) {
    if (FD->isInvalidDecl() || FD->getType()->isDependentType())
      return "invalid";
    if (FD->hasAttr<PackedAttr>())
      return "packed";
    if (FD->hasAttr<NoUniqueAddressAttr>())
      return "a record with [[no_unique_address]] members";
  }
  return "";
}

/// Where a C++ class's own fields may begin: after its vptr and the data of
/// its non-virtual bases (a base's tail padding can hold fields).
static uint64_t ownFieldsStartBits(ASTContext &Ctx, const RecordDecl *RD,
                                   bool &HasBasesOrVPtr) {
  const auto *CXX = dyn_cast<CXXRecordDecl>(RD);
  HasBasesOrVPtr = false;
  if (!CXX)
    return 0;
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(RD);
  uint64_t StartBits = 0;
  if (CXX->isDynamicClass() && !Layout.getPrimaryBase()) {
    StartBits = Ctx.getTypeSize(Ctx.VoidPtrTy);
    HasBasesOrVPtr = true;
  }
  for (const CXXBaseSpecifier &Base : CXX->bases()) {
    const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
    HasBasesOrVPtr = true;
    if (!BaseDecl || BaseDecl->isEmpty())
      continue; // an empty base takes no room: fields may start at 0
    const ASTRecordLayout &BaseLayout = Ctx.getASTRecordLayout(BaseDecl);
    uint64_t End = Ctx.toBits(Layout.getBaseClassOffset(BaseDecl) +
                              BaseLayout.getDataSize());
    StartBits = std::max(StartBits, End);
  }
  return StartBits;
}

static bool isFlexibleArrayLike(QualType T) {
  if (T->isIncompleteArrayType())
    return true;
  if (const RecordType *RT = T->getAs<RecordType>())
    return compat::declOf(RT)->hasFlexibleArrayMember();
  return false;
}

/// Splits the declaration as C spells it into the type part and the
/// declarator part, as pahole prints them: "long" + "pad[7]", "char *" +
/// "buf", "void (*" + "cb)(int)".
static void describeDeclarator(ASTContext &Ctx, const FieldDecl *FD,
                               al_member &M, const RecordModel &Model) {
  std::string Name = FD->getName().str();
  std::string Declaration;
  llvm::raw_string_ostream OS(Declaration);
  FD->getType().print(OS, Ctx.getPrintingPolicy(), Name.empty() ? "" : Name);
  OS.flush();
  size_t At = Name.empty() ? std::string::npos : Declaration.rfind(Name);
  if (At == std::string::npos) {
    M.type_name = Model.keep(Declaration);
    M.name = Model.keep(Name);
    return;
  }
  std::string Type = Declaration.substr(0, At);
  while (!Type.empty() && Type.back() == ' ')
    Type.pop_back();
  M.type_name = Model.keep(Type);
  M.name = Model.keep(Declaration.substr(At));
}

al_member describeField(ASTContext &Ctx, const FieldDecl *FD,
                        uint64_t OffsetBits) {
  QualType T = FD->getType();
  al_member M = {};
  M.hot_group = -1;
  M.contended_group = -1;
  M.offset_bits = OffsetBits;
  M.name = M.type_name = "";        // diagramView() describes them
  if (T->isIncompleteArrayType()) { // a flexible array member
    M.align_bytes = uint32_t(
        Ctx.getTypeAlign(Ctx.getAsIncompleteArrayType(T)->getElementType()) /
        8);
  } else {
    TypeInfo Info = Ctx.getTypeInfo(T); // one lookup for both
    M.type_size_bits = Info.Width;
    M.align_bytes = uint32_t(Info.Align / 8);
  }
  if (FD->isBitField()) {
    M.flags |= AL_MEMBER_BITFIELD;
    M.size_bits = compat::bitWidthOf(FD, Ctx);
    return M;
  }
  M.size_bits = M.type_size_bits;
  M.align_bytes =
      std::max<uint32_t>(M.align_bytes, uint32_t(FD->getMaxAlignment() / 8));
  return M;
}

/// Fields of one declaration (`int a, b;`) and adjacent non-zero-width
/// bitfields (one memory location) move together.
static bool joinsPreviousUnit(const FieldDecl *Prev, const FieldDecl *FD,
                              ASTContext &Ctx) {
  if (!Prev)
    return false;
  if (Prev->getBeginLoc() == FD->getBeginLoc() && FD->getBeginLoc().isValid())
    return true;
  auto isRunBitfield = [&](const FieldDecl *F) {
    return F->isBitField() && compat::bitWidthOf(F, Ctx) != 0;
  };
  return isRunBitfield(Prev) && isRunBitfield(FD);
}

/// What the engine's unit policy (al_unit_policy_flags) needs to know about
/// a field besides its size.
static unsigned placementFacts(ASTContext &Ctx, const FieldDecl *FD) {
  QualType T = FD->getType();
  unsigned Facts = 0;
  if (isFlexibleArrayLike(T))
    Facts |= AL_MEMBER_FLEXIBLE;
  if (FD->getMaxAlignment() > Ctx.getTypeAlign(T))
    Facts |= AL_MEMBER_OVER_ALIGNED;
  if (T->isRecordType())
    Facts |= AL_MEMBER_RECORD;
  if (ignoresRule(FD, Rule::FieldOrder))
    Facts |= AL_MEMBER_IGNORE_FIELD_ORDER;
  return Facts;
}

bool buildRecordModel(ASTContext &Ctx, const RecordDecl *RD,
                      const PluginOptions &Opts, MemberFlags &Flags,
                      RecordModel &Model, std::string &SkipReason) {
  SkipReason = unsupportedReason(RD);
  if (!SkipReason.empty())
    return false;
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(RD);
  Model.Record = RD;
  Model.DisplayName = recordDisplayName(RD);
  Model.RecordSizeBytes = uint64_t(Layout.getSize().getQuantity());
  Model.CurrentSizeBytes = Model.RecordSizeBytes;
  Model.RecordAlignBytes = uint32_t(Layout.getAlignment().getQuantity());
  Model.StartBits = ownFieldsStartBits(Ctx, RD, Model.HasBasesOrVPtr);

  size_t FieldCount = size_t(std::distance(RD->field_begin(), RD->field_end()));
  Model.Members.reserve(FieldCount);
  Model.Units.reserve(FieldCount);
  Model.UnitFields.reserve(FieldCount);
  AnnotationGroups Groups;
  const FieldDecl *Prev = nullptr;
  for (const FieldDecl *FD : RD->fields()) {
    al_member M =
        describeField(Ctx, FD, Layout.getFieldOffset(FD->getFieldIndex()));
    Groups.apply(FD, M);
    // cache-line rules: atomic/lock kinds and alignlint:ignore:<rule> marks
    M.flags |= Flags.of(FD) | placementFacts(Ctx, FD);
    if (!joinsPreviousUnit(Prev, FD, Ctx)) {
      al_unit U = {Model.Members.size(), 0, 0};
      Model.Units.push_back(U);
      Model.UnitFields.emplace_back();
    }
    Model.Members.push_back(M);
    Model.Units.back().member_count++;
    Model.UnitFields.back().push_back(FD);
    Prev = FD;
  }
  if (Opts.KeepFirstRecordField)
    Model.RecordFlags |= AL_RECORD_KEEP_FIRST_RECORD_FIELD;
  al_record View = Model.view();
  for (size_t U = 0; U < Model.Units.size(); ++U)
    Model.Units[U].flags = al_unit_policy_flags(&View, U);
  return true;
}

void rebaseOnLayoutAfterFixes(ASTContext &Ctx, const RecordDecl *Copy,
                              RecordModel &Model) {
  const ASTRecordLayout &Layout = Ctx.getASTRecordLayout(Copy);
  Model.RecordSizeBytes = uint64_t(Layout.getSize().getQuantity());
  Model.RecordAlignBytes = uint32_t(Layout.getAlignment().getQuantity());
  Model.StartBits = ownFieldsStartBits(Ctx, Copy, Model.HasBasesOrVPtr);
  Model.DiagramMembers.clear();
  size_t Index = 0;
  for (const FieldDecl *FD : Copy->fields()) {
    al_member After = describeField(Ctx, FD, Layout.getFieldOffset(Index));
    al_member &M = Model.Members[Index++];
    M.offset_bits = After.offset_bits;
    M.type_size_bits = After.type_size_bits;
    M.size_bits = After.size_bits;
    M.align_bytes = After.align_bytes;
  }
}

} // namespace alignlint
