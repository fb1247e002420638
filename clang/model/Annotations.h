// Reading the annotations of include/alignlint.h (clang `annotate`
// attributes): alignlint:ignore:<rule>, alignlint:hot[:group] and
// alignlint:contended[:group]. See docs/annotations.md.
#ifndef ALIGNLINT_ANNOTATIONS_H
#define ALIGNLINT_ANNOTATIONS_H

#include "PluginOptions.h"
#include "alignlint_rules.h"

#include "clang/AST/Decl.h"

#include <string>
#include <vector>

namespace alignlint {

/// Whether D (a record or field) carries alignlint:ignore:<rule> or :all.
bool ignoresRule(const clang::Decl *D, Rule R);

/// AL_MEMBER_IGNORE_* for the field's alignlint:ignore:<rule> annotations.
unsigned cacheLineIgnoreFlags(const clang::Decl *D);

/// The <name> of the field's alignlint:<Kind>:<name> annotation, or "".
std::string annotationGroupName(const clang::FieldDecl *FD,
                                llvm::StringRef Kind);

/// The hot and contended groups of one record's fields: group names map to
/// numbers in order of first appearance; each unnamed contended member is a
/// group of its own.
class AnnotationGroups {
public:
  /// Sets M.hot_group and M.contended_group from FD's annotations.
  void apply(const clang::FieldDecl *FD, al_member &M);

private:
  static int groupOf(std::vector<std::string> &Names, const std::string &N);

  std::vector<std::string> HotNames, ContendedNames;
  int NextAnonymousContended = 0;
};

} // namespace alignlint

#endif
