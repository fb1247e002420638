#include "LayoutChangeGuard.h"

#include "clang/AST/DeclCXX.h"

namespace alignlint {

using namespace clang;

/// The fixed record that changes a member or base of type T from the layout
/// Model assumes, or null when there is none.
static const RecordDecl *changedFromModel(QualType T, bool AsBase,
                                          FixedLayouts &Layouts,
                                          bool ModeledAfterFixes) {
  const std::vector<const RecordDecl *> &Fixed = Layouts.fixedIn(T);
  if (Fixed.empty() ||
      (ModeledAfterFixes && !Layouts.heldAfterFixes(T, AsBase).isNull()))
    return nullptr;
  return Fixed.front();
}

static bool changedBy(const RecordDecl *Fixed, SourceLocation Loc,
                      const std::string &What, Refusal &Why) {
  return Why.set(Loc, "the fix for '" + recordDisplayName(Fixed) +
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
      if (const RecordDecl *Fixed = changedFromModel(
              Base.getType(), /*AsBase=*/true, Layouts, ModeledAfterFixes))
        return changedBy(
            Fixed, Base.getBaseTypeLoc(),
            "base class '" +
                recordDisplayName(Base.getType()->getAsRecordDecl()) + "'",
            Why);
  for (const FieldDecl *FD : RD->fields())
    if (const RecordDecl *Fixed = changedFromModel(
            FD->getType(), /*AsBase=*/false, Layouts, ModeledAfterFixes))
      return changedBy(Fixed, FD->getLocation(),
                       "member '" + FD->getName().str() + "'", Why);
  return true;
}

} // namespace alignlint
