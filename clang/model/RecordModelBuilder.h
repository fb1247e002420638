// Describes a clang RecordDecl, as clang laid it out, in the rules engine's
// model: members with offsets, sizes and alignments, grouped into units that
// move as one.
#ifndef ALIGNLINT_RECORD_MODEL_BUILDER_H
#define ALIGNLINT_RECORD_MODEL_BUILDER_H

#include "MemberFlags.h"
#include "PluginOptions.h"
#include "alignlint_rules.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <deque>
#include <string>
#include <vector>

namespace alignlint {

struct RecordModel {
  const clang::RecordDecl *Record = nullptr;
  std::string DisplayName;     // "struct conn", "conn_t"
  bool HasBasesOrVPtr = false; // C++: own fields start later
  /// The record's size as the code is now. view() has the same unless the
  /// model was rebased on the layout after other records' fixes.
  uint64_t CurrentSizeBytes = 0;
  std::vector<al_member> Members;
  std::vector<al_unit> Units;
  std::vector<std::vector<const clang::FieldDecl *>> UnitFields;
  /// Orders every proposed layout keeps (unit indices); see
  /// al_order_constraint.
  std::vector<al_order_constraint> Constraints;
  /// Why: one entry per source of constraints (the user's line and what it
  /// keeps), for the notes of a finding whose order they changed.
  struct ConstraintReason {
    clang::SourceLocation Loc;
    std::string Text; // "keeps 'dec' last: memory is allocated past it"
  };
  std::vector<ConstraintReason> ConstraintReasons;

  al_record view() const;
  /// view() with the members' names and types as written, which only layout
  /// diagrams print: printing every field's type is a large share of the
  /// model's cost, so it is done here, on demand.
  al_record diagramView() const;
  /// "buf" or "a, b" or "(anonymous union)": how notes name a unit.
  std::string unitLabel(size_t Unit) const;
  void appendUnitLabel(std::string &Out, size_t Unit) const;
  /// Stores S for the model's lifetime (al_member holds C strings).
  const char *keep(std::string S) const;

private:
  friend bool buildRecordModel(clang::ASTContext &, const clang::RecordDecl *,
                               const PluginOptions &, MemberFlags &,
                               RecordModel &, std::string &);
  friend void rebaseOnLayoutAfterFixes(clang::ASTContext &,
                                       const clang::RecordDecl *,
                                       RecordModel &);
  mutable std::deque<std::string> Strings;       // owns member names and types
  mutable std::vector<al_member> DiagramMembers; // Members, described
  uint64_t RecordSizeBytes = 0, StartBits = 0;
  uint32_t RecordAlignBytes = 1;
  unsigned RecordFlags = 0; // enum al_record_flags
};

/// The member a field is in the model, at OffsetBits: size, storage unit,
/// alignment (raised by its attributes), bitfield flag; no annotation
/// groups or cache-line flags, and names only through diagramView().
al_member describeField(clang::ASTContext &Ctx, const clang::FieldDecl *FD,
                        uint64_t OffsetBits);

/// Moves Model onto the layout of Copy, a detached copy of the record in
/// its written order whose member types are those after other fixes of this
/// TU (see FixedLayouts): offsets, sizes, alignments and the record's size
/// become clang's for Copy; units, flags and CurrentSizeBytes stay.
void rebaseOnLayoutAfterFixes(clang::ASTContext &Ctx,
                              const clang::RecordDecl *Copy,
                              RecordModel &Model);

/// The name users know a record by.
std::string recordDisplayName(const clang::RecordDecl *RD);

/// Fills Model. Returns false with SkipReason set for records the rules do
/// not look at (packed, unions, templates, invalid, ...).
bool buildRecordModel(clang::ASTContext &Ctx, const clang::RecordDecl *RD,
                      const PluginOptions &Opts, MemberFlags &Flags,
                      RecordModel &Model, std::string &SkipReason);

} // namespace alignlint

#endif
