// The records whose layout the fixes made so far in this translation unit
// change, and what the types that hold them look like once those fixes are
// applied: a record containing one is laid out with the member's new size,
// so both fixes are made in the same run.
#ifndef ALIGNLINT_FIXED_LAYOUTS_H
#define ALIGNLINT_FIXED_LAYOUTS_H

#include "DetachedRecord.h"
#include "RecordModelBuilder.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <map>
#include <string>
#include <vector>

namespace alignlint {

class FixedLayouts {
public:
  explicit FixedLayouts(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// A fix of RD was made. NewLayout: a detached copy of RD as fixed, laid
  /// out by clang; null when no copy shows the new layout (an alignment
  /// specifier), which makes every type holding RD unknown.
  void markChanged(const clang::RecordDecl *RD,
                   const clang::RecordDecl *NewLayout);
  bool changed(const clang::RecordDecl *RD) const;

  /// T once the fixes made so far are applied: T itself when they do not
  /// touch it, a detached copy (arrays of one, records holding one), or a
  /// null type when the new layout is unknown.
  clang::QualType typeAfterFixes(clang::QualType T);
  /// The fixed records whose new layout typeAfterFixes(T) holds.
  const std::vector<const clang::RecordDecl *> &fixedIn(clang::QualType T);
  /// typeAfterFixes(T) for a field of type T, or for a base of type T
  /// (AsBase): null also when the base's copy would not act as the base
  /// (copyActsAsBase).
  clang::QualType heldAfterFixes(clang::QualType T, bool AsBase);
  /// typeAfterFixes as a TypeFor, for detached copies.
  TypeFor typesAfterFixes();

  /// When fixes made so far change members or bases of Written's record
  /// (Resized: the fixed records, in the order met), After is Written
  /// rebased on the record's written order with their new layouts. False
  /// when nothing changes, or when a new layout is unknown.
  bool modelAfterFixes(const RecordModel &Written, RecordModel &After,
                       std::vector<const clang::RecordDecl *> &Resized);

private:
  struct AfterFixes {
    clang::QualType Type;
    std::vector<const clang::RecordDecl *> Fixed;
  };
  const AfterFixes &after(clang::QualType T);
  /// Whether every base and field of RD has a known layout after the
  /// fixes; Fixed collects the fixed records they hold.
  bool heldKnown(const clang::RecordDecl *RD,
                 std::vector<const clang::RecordDecl *> &Fixed);
  AfterFixes recordAfterFixes(const clang::RecordDecl *RD,
                              clang::QualType Written);

  clang::ASTContext &Ctx;
  /// Canonical declaration -> its fixed copy (null: unknown).
  std::map<const clang::RecordDecl *, const clang::RecordDecl *> Fixed;
  /// By canonical type; cleared whenever a fix is made.
  std::map<const clang::Type *, AfterFixes> Memo;
};

/// A record as every rule checks it: its model with the layouts this run's
/// fixes give its members and bases, so that its own fix (field-order,
/// hot-fields, contended) is made in the same run as theirs.
class RecordAfterFixes {
public:
  RecordAfterFixes(FixedLayouts &Layouts, RecordModel &Written);
  /// The written model, or a copy rebased on the members' new layouts.
  RecordModel &model() { return Rebased ? After : Written; }
  const RecordModel &model() const { return Rebased ? After : Written; }
  /// The fixed records whose new layouts model() counts, in the order met.
  const std::vector<const clang::RecordDecl *> &resized() const {
    return Resized;
  }
  /// The member types model() assumes, for detached copies of the record.
  TypeFor types() const;

private:
  FixedLayouts &Layouts;
  RecordModel &Written;
  RecordModel After;
  std::vector<const clang::RecordDecl *> Resized;
  bool Rebased = false;
};

/// "'struct inner'" or "'struct a' and 'struct b'" or "'a', 'b' and 'c'".
std::string recordList(const std::vector<const clang::RecordDecl *> &Records);

} // namespace alignlint

#endif
