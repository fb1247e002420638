// The source text of each unit of a record ("slots"), and the textual reasons
// a fix-it that permutes those slots would be unsafe.
#ifndef ALIGNLINT_FIELD_SLOTS_H
#define ALIGNLINT_FIELD_SLOTS_H

#include "RecordModelBuilder.h"
#include "Refusal.h"

#include "clang/Basic/SourceLocation.h"

#include <string>
#include <vector>

namespace alignlint {

struct FieldSlots {
  /// One file character range per unit, in written order, disjoint: the
  /// declaration up to its ';', with the comment lines just above it and a
  /// comment that follows on the same line.
  std::vector<clang::CharSourceRange> Ranges;
  std::vector<std::string> Texts;
};

/// Where an alignment specifier goes in FD's declaration: before its
/// decl-specifiers, after any `[[...]]` attribute-specifiers (which C23 and
/// C++ want first). Invalid when that cannot be found in the record's text.
clang::SourceLocation alignmentSpecifierLoc(const clang::FieldDecl *FD,
                                            clang::ASTContext &Ctx);

/// Computes the slots; refuses when permuting them could change what the
/// program means or would not compile.
FixOutcome computeFieldSlots(const RecordModel &Model, clang::ASTContext &Ctx,
                             FieldSlots &Slots);

} // namespace alignlint

#endif
