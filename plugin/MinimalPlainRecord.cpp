#include "MinimalPlainRecord.h"

#include "clang/AST/DeclCXX.h"

namespace alignlint {

using namespace clang;

/// Laid out by the plain C rule alone: nothing before the fields (no base,
/// no vptr), no attribute that changes placement or asks for a rule.
static bool isPlainRecord(const RecordDecl *RD) {
  if (RD->isUnion() || RD->isInvalidDecl() || RD->isDependentType() ||
      RD->hasAttrs())
    return false;
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    return CXX->getNumBases() == 0 && CXX->getNumVBases() == 0 &&
           !CXX->isDynamicClass();
  return true;
}

static bool isPlainField(const FieldDecl *FD, MemberFlags &Flags) {
  QualType T = FD->getType();
  return !FD->isBitField() && !FD->hasAttrs() && !FD->isInvalidDecl() &&
         !FD->isAnonymousStructOrUnion() && !T->isDependentType() &&
         !T->isIncompleteType() &&   // a flexible array member
         T->isConstantSizeType() && Flags.of(FD) == 0;
}

static uint64_t roundUp(uint64_t Bits, uint64_t Align) {
  return (Bits + Align - 1) / Align * Align;
}

bool isMinimalPlainRecord(ASTContext &Ctx, const RecordDecl *RD,
                          MemberFlags &Flags) {
  if (!isPlainRecord(RD))
    return false;
  // The plain C rule: each field at the next multiple of its alignment, the
  // size a multiple of the largest. No order beats the fields end to end.
  uint64_t EndBits = 0, TotalBits = 0, MaxAlign = 8;
  for (const FieldDecl *FD : RD->fields()) {
    if (!isPlainField(FD, Flags))
      return false;
    TypeInfo Info = Ctx.getTypeInfo(FD->getType());
    if (Info.Align == 0)
      return false;
    EndBits = roundUp(EndBits, Info.Align) + Info.Width;
    TotalBits += Info.Width;
    MaxAlign = std::max<uint64_t>(MaxAlign, Info.Align);
  }
  return roundUp(EndBits, MaxAlign) == roundUp(TotalBits, MaxAlign);
}

} // namespace alignlint
