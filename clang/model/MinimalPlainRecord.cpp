#include "MinimalPlainRecord.h"

#include "RecordModelBuilder.h"
#include "alignlint_rules.h"

#include "clang/AST/DeclCXX.h"

#include <iterator>
#include <vector>

namespace alignlint {

using namespace clang;

/// Laid out by the placement rule alone: nothing before the fields (no
/// base, no vptr), no attribute that changes placement or asks for a rule.
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
         !T->isIncompleteType() && // a flexible array member
         T->isConstantSizeType() && Flags.of(FD) == 0;
}

bool isMinimalPlainRecord(ASTContext &Ctx, const RecordDecl *RD,
                          MemberFlags &Flags) {
  if (!isPlainRecord(RD))
    return false;
  std::vector<al_member> Members;
  Members.reserve(size_t(std::distance(RD->field_begin(), RD->field_end())));
  for (const FieldDecl *FD : RD->fields()) {
    if (!isPlainField(FD, Flags))
      return false;
    Members.push_back(describeField(Ctx, FD, 0));
  }
  return al_written_order_is_minimal(Members.data(), Members.size());
}

} // namespace alignlint
