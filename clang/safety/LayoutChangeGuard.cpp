#include "LayoutChangeGuard.h"

#include "clang/AST/DeclCXX.h"

namespace alignlint {

using namespace clang;

/// Whether a member or base of type T is laid out as Model assumes; when
/// not, Why says which fix changes it.
static bool heldAsModeled(QualType T, bool AsBase, SourceLocation Loc,
                          const std::string &What, FixedLayouts &Layouts,
                          bool ModeledAfterFixes, Refusal &Why) {
  const std::vector<const RecordDecl *> &Fixed = Layouts.fixedIn(T);
  if (Fixed.empty() ||
      (ModeledAfterFixes && !Layouts.heldAfterFixes(T, AsBase).isNull()))
    return true;
  return Why.set(Loc, "the fix for '" + recordDisplayName(Fixed.front()) +
                          "' changes the size of " + What +
                          "; apply that fix and run alignlint again");
}

bool layoutMayChange(const RecordModel &Model, const UnionOverlays &Overlays,
                     FixedLayouts &Layouts, bool ModeledAfterFixes,
                     Refusal &Why) {
  const RecordDecl *RD = Model.Record;
  if (const RecordDecl *Union = Overlays.unionOf(RD))
    return Why.set(Union->getLocation(),
                   "this union stores '" + Model.DisplayName +
                       "' beside other members; code may read its bytes "
                       "through them");
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    for (const CXXBaseSpecifier &Base : CXX->bases())
      if (!heldAsModeled(Base.getType(), /*AsBase=*/true, Base.getBaseTypeLoc(),
                         "base class '" + Base.getType().getAsString() + "'",
                         Layouts, ModeledAfterFixes, Why))
        return false;
  for (const FieldDecl *FD : RD->fields())
    if (!heldAsModeled(FD->getType(), /*AsBase=*/false, FD->getLocation(),
                       "member '" + FD->getName().str() + "'", Layouts,
                       ModeledAfterFixes, Why))
      return false;
  return true;
}

} // namespace alignlint
