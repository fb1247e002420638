#include "UnionOverlays.h"

#include "clang/AST/Type.h"

namespace alignlint {

using namespace clang;

static const RecordDecl *canonical(const RecordDecl *RD) {
  return cast<RecordDecl>(RD->getCanonicalDecl());
}

void UnionOverlays::addUnion(const RecordDecl *Union) {
  unsigned Members = 0;
  for (const FieldDecl *FD : Union->fields()) {
    (void)FD;
    ++Members;
  }
  if (Members < 2)
    return;
  for (const FieldDecl *FD : Union->fields())
    addStoredRecords(FD->getType(), Union);
}

void UnionOverlays::addStoredRecords(QualType T, const RecordDecl *Union) {
  const Type *Stored = T->getBaseElementTypeUnsafe();   // arrays hold records
  const RecordType *RT = Stored->getAs<RecordType>();
  if (!RT)
    return;
  const RecordDecl *RD = RT->getDecl()->getDefinition();
  if (!RD)
    return;
  if (!ByRecord.emplace(canonical(RD), Union).second)
    return;   // seen: also stops recursion through cycles
  for (const FieldDecl *FD : RD->fields())
    addStoredRecords(FD->getType(), Union);
}

const RecordDecl *UnionOverlays::unionOf(const RecordDecl *RD) const {
  auto It = ByRecord.find(canonical(RD));
  return It == ByRecord.end() ? nullptr : It->second;
}

} // namespace alignlint
