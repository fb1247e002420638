// What every check of one translation unit shares: the AST, the options,
// where findings go, and the state of the fixes made so far.
#ifndef ALIGNLINT_CHECK_CONTEXT_H
#define ALIGNLINT_CHECK_CONTEXT_H

#include "FindingReporter.h"
#include "FixClaims.h"
#include "FixedLayouts.h"
#include "MemberFlags.h"
#include "OrderDependentUses.h"
#include "PluginOptions.h"
#include "Refusal.h"
#include "UnionOverlays.h"

#include "clang/AST/ASTContext.h"

#include <functional>
#include <string>

namespace alignlint {

struct CheckContext {
  clang::ASTContext &Ctx;
  const PluginOptions &Opts; // the options of the record being checked
  FindingReporter &Sink;
  UsesOnDemand Uses; // scanned on first need
  FixClaims &Claims;
  FixedLayouts &Layouts; // what fixes so far change
  const UnionOverlays &Overlays;
  MemberFlags &FieldFlags;
  /// Why no fix may change the record being checked (public ABI, generated
  /// file); empty when fixes may (RecordPolicy).
  const std::string &NoFixReason;

  /// Drops F's fix-its, says why in a note at the refusal's location, and
  /// marks the record vetoed (Finding::Veto).
  void refuse(Finding &F, const std::string &RecordName,
              const Refusal &Why) const;

  /// Where a declaration is reported: the macro use, not its definition.
  clang::SourceLocation reportLoc(const clang::Decl *D) const;
};

} // namespace alignlint

#endif
