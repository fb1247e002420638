#include "FixedLayouts.h"
#include "Compat.h"

#include "clang/AST/DeclCXX.h"

#include <algorithm>

namespace alignlint {

using namespace clang;

static const RecordDecl *canonical(const RecordDecl *RD) {
  return cast<RecordDecl>(RD->getCanonicalDecl());
}

void FixedLayouts::markChanged(const RecordDecl *RD,
                               const RecordDecl *NewLayout) {
  auto Known = Fixed.find(canonical(RD));
  // Two fixes of one record (a reorder and an alignment): no copy shows both.
  if (Known != Fixed.end())
    NewLayout = nullptr;
  Fixed[canonical(RD)] = NewLayout;
  Memo.clear();
}

bool FixedLayouts::changed(const RecordDecl *RD) const {
  return Fixed.count(canonical(RD)) != 0;
}

QualType FixedLayouts::typeAfterFixes(QualType T) { return after(T).Type; }

const std::vector<const RecordDecl *> &FixedLayouts::fixedIn(QualType T) {
  return after(T).Fixed;
}

TypeFor FixedLayouts::typesAfterFixes() {
  return [this](QualType T) { return typeAfterFixes(T); };
}

static void addFixed(std::vector<const RecordDecl *> &Into,
                     const std::vector<const RecordDecl *> &From) {
  for (const RecordDecl *RD : From)
    if (std::find(Into.begin(), Into.end(), RD) == Into.end())
      Into.push_back(RD);
}

const FixedLayouts::AfterFixes &FixedLayouts::after(QualType T) {
  const Type *Key = T.getCanonicalType().getTypePtr();
  auto Known = Memo.find(Key);
  if (Known != Memo.end())
    return Known->second;
  AfterFixes Result;
  Result.Type = T;
  if (Fixed.empty()) {
    // Nothing changed yet: every type is itself (the common case).
  } else if (const auto *Array = Ctx.getAsConstantArrayType(T)) {
    const AfterFixes &Element = after(Array->getElementType());
    Result.Fixed = Element.Fixed;
    if (Element.Type.isNull())
      Result.Type = QualType();
    else if (!Result.Fixed.empty())
      Result.Type = Ctx.getConstantArrayType(
          Element.Type, Array->getSize(), nullptr, Array->getSizeModifier(),
          Array->getIndexTypeCVRQualifiers());
  } else if (const RecordType *Record = T->getAs<RecordType>()) {
    Result = recordAfterFixes(Record->getDecl(), T);
  }
  return Memo[Key] = Result;
}

QualType FixedLayouts::heldAfterFixes(QualType T, bool AsBase) {
  QualType After = typeAfterFixes(T);
  if (AsBase && !After.isNull() && After != T &&
      !copyActsAsBase(T->getAsRecordDecl(), After->getAsRecordDecl()))
    return QualType();
  return After;
}

bool FixedLayouts::heldKnown(const RecordDecl *RD,
                             std::vector<const RecordDecl *> &Resized) {
  bool Known = true;
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    for (const CXXBaseSpecifier &Base : CXX->bases()) {
      Known &= !heldAfterFixes(Base.getType(), /*AsBase=*/true).isNull();
      addFixed(Resized, fixedIn(Base.getType()));
    }
  for (const FieldDecl *FD : RD->fields()) {
    Known &= !heldAfterFixes(FD->getType(), /*AsBase=*/false).isNull();
    addFixed(Resized, fixedIn(FD->getType()));
  }
  return Known;
}

bool FixedLayouts::modelAfterFixes(const RecordModel &Written,
                                   RecordModel &After,
                                   std::vector<const RecordDecl *> &Resized) {
  if (Fixed.empty())
    return false;
  if (!heldKnown(Written.Record, Resized) || Resized.empty()) {
    Resized.clear();
    return false;
  }
  std::vector<const FieldDecl *> Fields(Written.Record->field_begin(),
                                        Written.Record->field_end());
  After = Written;
  rebaseOnLayoutAfterFixes(
      Ctx, buildDetachedRecord(Ctx, Written.Record, Fields, typesAfterFixes()),
      After);
  return true;
}

/// A fixed record is its copy; a record that holds fixed records (by value,
/// as fields or bases) is a copy in its written order with their new
/// layouts, when a copy of it is faithful.
FixedLayouts::AfterFixes FixedLayouts::recordAfterFixes(const RecordDecl *RD,
                                                        QualType Written) {
  AfterFixes Result;
  Result.Type = Written;
  const RecordDecl *Definition = RD->getDefinition();
  if (!Definition)
    return Result;
  auto Own = Fixed.find(canonical(Definition));
  if (Own != Fixed.end()) {
    Result.Fixed.push_back(Definition);
    Result.Type =
        Own->second ? compat::recordTypeOf(Ctx, Own->second) : QualType();
    return Result;
  }
  bool Known = heldKnown(Definition, Result.Fixed);
  if (Result.Fixed.empty())
    return Result;
  std::vector<const FieldDecl *> Fields(Definition->field_begin(),
                                        Definition->field_end());
  RecordDecl *Twin =
      buildDetachedRecord(Ctx, Definition, Fields, writtenTypes());
  if (!Known || Definition->isInvalidDecl() ||
      !copyIsFaithful(Ctx, Definition, Twin)) {
    Result.Type = QualType();
    return Result;
  }
  Result.Type = compat::recordTypeOf(
      Ctx, buildDetachedRecord(Ctx, Definition, Fields, typesAfterFixes()));
  return Result;
}

RecordAfterFixes::RecordAfterFixes(FixedLayouts &Layouts, RecordModel &Written)
    : Layouts(Layouts), Written(Written) {
  Rebased = Layouts.modelAfterFixes(Written, After, Resized);
}

// Where a member's new layout is unknown, the model keeps the current ones
// (and the guard, layoutChangeAllowed, refuses the fix).
TypeFor RecordAfterFixes::types() const {
  return Rebased ? Layouts.typesAfterFixes() : writtenTypes();
}

std::string recordList(const std::vector<const RecordDecl *> &Records) {
  std::string List;
  for (size_t I = 0; I < Records.size(); ++I) {
    if (I)
      List += I + 1 == Records.size() ? " and " : ", ";
    List += "'" + recordDisplayName(Records[I]) + "'";
  }
  return List;
}

} // namespace alignlint
