#include "LayoutChangeGuard.h"

#include "clang/AST/Type.h"

namespace alignlint {

using namespace clang;

/// The record stored in a member of type T (through arrays), or null.
static const RecordDecl *storedRecord(QualType T) {
  const RecordType *RT = T->getBaseElementTypeUnsafe()->getAs<RecordType>();
  return RT ? RT->getDecl() : nullptr;
}

bool layoutMayChange(const RecordModel &Model, const UnionOverlays &Overlays,
                     const FixClaims &Claims, Refusal &Why) {
  const RecordDecl *RD = Model.Record;
  if (const RecordDecl *Union = Overlays.unionOf(RD))
    return Why.set(Union->getLocation(),
                   "this union stores '" + Model.DisplayName +
                       "' beside other members; code may read its bytes "
                       "through them");
  for (const FieldDecl *FD : RD->fields()) {
    const RecordDecl *Member = storedRecord(FD->getType());
    if (Member && Claims.layoutChanged(Member))
      return Why.set(FD->getLocation(),
                     "the fix for '" + recordDisplayName(Member) +
                         "' changes the size of member '" +
                         FD->getName().str() +
                         "'; apply that fix and run alignlint again");
  }
  return true;
}

} // namespace alignlint
