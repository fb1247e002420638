// Rule field-order: a record that reordering would make smaller gets a
// warning with the saving, and a fix-it when the rewrite is provably safe.
#ifndef ALIGNLINT_FIELD_ORDER_CHECK_H
#define ALIGNLINT_FIELD_ORDER_CHECK_H

#include "DiagnosticSink.h"
#include "FixClaims.h"
#include "OrderDependentUses.h"
#include "RecordModelBuilder.h"
#include "UnionOverlays.h"

#include <functional>

namespace alignlint {

class FixExport;

class FieldOrderCheck {
public:
  /// Uses is computed on first need: most TUs never need the scan.
  FieldOrderCheck(clang::ASTContext &Ctx, const PluginOptions &Opts,
                  DiagnosticSink &Sink, FixExport *Export,
                  std::function<const OrderDependentUses &()> Uses,
                  FixClaims &Claims, const UnionOverlays &Overlays);

  /// Returns whether the record was reported.
  bool check(const RecordModel &Model);

private:
  /// Adds the fix-its to F, or a note saying why there are none (and a veto
  /// for the export). Returns whether the fix was made.
  bool addFixOrRefusal(const RecordModel &Model, const size_t *Order,
                       Finding &F);
  void refuse(const RecordModel &Model, Finding &F, clang::SourceLocation Loc,
              const std::string &Reason);
  void addLayoutNotes(const RecordModel &Model, const size_t *Order,
                      Finding &F);

  clang::ASTContext &Ctx;
  const PluginOptions &Opts;
  DiagnosticSink &Sink;
  FixExport *Export;
  std::function<const OrderDependentUses &()> Uses;
  FixClaims &Claims;
  const UnionOverlays &Overlays;
};

} // namespace alignlint

#endif
