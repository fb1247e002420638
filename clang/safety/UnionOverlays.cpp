#include "UnionOverlays.h"

#include "clang/AST/Type.h"

#include <iterator>

namespace alignlint {

using namespace clang;

static const RecordDecl *canonical(const RecordDecl *RD) {
  return cast<RecordDecl>(RD->getCanonicalDecl());
}

const RecordDecl *storedRecord(QualType T) {
  const RecordType *RT = T->getBaseElementTypeUnsafe()->getAs<RecordType>();
  return RT ? RT->getDecl() : nullptr;
}

void UnionOverlays::addUnion(const RecordDecl *Union) {
  if (std::distance(Union->field_begin(), Union->field_end()) < 2)
    return;
  for (const FieldDecl *FD : Union->fields())
    addStoredRecords(FD->getType(), Union);
}

void UnionOverlays::addStoredRecords(QualType T, const RecordDecl *Union) {
  const RecordDecl *Stored = storedRecord(T);
  const RecordDecl *RD = Stored ? Stored->getDefinition() : nullptr;
  if (!RD)
    return;
  if (!ByRecord.emplace(canonical(RD), Union).second)
    return; // seen: also stops recursion through cycles
  for (const FieldDecl *FD : RD->fields())
    addStoredRecords(FD->getType(), Union);
}

const RecordDecl *UnionOverlays::unionOf(const RecordDecl *RD) const {
  auto It = ByRecord.find(canonical(RD));
  return It == ByRecord.end() ? nullptr : It->second;
}

} // namespace alignlint
