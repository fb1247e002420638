#include "LayoutChangeGuard.h"

#include "clang/AST/Type.h"

namespace alignlint {

using namespace clang;

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
