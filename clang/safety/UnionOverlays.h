// Records whose bytes a union shares with other members. C lets code read a
// union member through another one (type punning), so such a record's
// layout is observable and no fix may change it.
#ifndef ALIGNLINT_UNION_OVERLAYS_H
#define ALIGNLINT_UNION_OVERLAYS_H

#include "clang/AST/Decl.h"

#include <map>

namespace alignlint {

/// The record stored in a member of type T (arrays hold their elements'
/// records), or null.
const clang::RecordDecl *storedRecord(clang::QualType T);

class UnionOverlays {
public:
  /// Records every struct stored, directly or nested in structs and arrays,
  /// in a member of Union, when Union has more than one member.
  void addUnion(const clang::RecordDecl *Union);

  /// The union that overlays RD with other members, or null.
  const clang::RecordDecl *unionOf(const clang::RecordDecl *RD) const;

private:
  void addStoredRecords(clang::QualType T, const clang::RecordDecl *Union);

  std::map<const clang::RecordDecl *, const clang::RecordDecl *> ByRecord;
};

} // namespace alignlint

#endif
