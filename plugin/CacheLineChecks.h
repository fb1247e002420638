// The cache-line rules: straddle (split locks), false-sharing, contended
// (with an alignment fix-it) and hot-fields (with a reorder fix-it). The
// engine in rules/ decides; this turns its verdicts into findings.
#ifndef ALIGNLINT_CACHE_LINE_CHECKS_H
#define ALIGNLINT_CACHE_LINE_CHECKS_H

#include "DiagnosticSink.h"
#include "FixClaims.h"
#include "OrderDependentUses.h"
#include "RecordModelBuilder.h"
#include "UnionOverlays.h"

#include <functional>
#include <vector>

namespace alignlint {

class FixExport;

class CacheLineChecks {
public:
  CacheLineChecks(clang::ASTContext &Ctx, const PluginOptions &Opts,
                  DiagnosticSink &Sink, FixExport *Export,
                  std::function<const OrderDependentUses &()> Uses,
                  FixClaims &Claims, const UnionOverlays &Overlays);

  /// Rule straddle, on its own path: also packed and #pragma pack records,
  /// which the record model skips.
  void checkStraddle(const clang::RecordDecl *RD);

  /// Rules contended, hot-fields and false-sharing on a modelled record.
  /// FieldOrderReported: field-order reported the record, with a fix-it for
  /// the same plan hot-fields would propose.
  void check(const RecordModel &Model, bool FieldOrderReported);

private:
  void checkContended(const RecordModel &Model,
                      const std::vector<const clang::FieldDecl *> &Fields);
  void checkHotFields(const RecordModel &Model,
                      const std::vector<const clang::FieldDecl *> &Fields,
                      bool FieldOrderReported);
  void checkFalseSharing(const RecordModel &Model,
                         const std::vector<const clang::FieldDecl *> &Fields);
  bool addAlignmentFixes(const RecordModel &Model,
                         const std::vector<unsigned char> &AlignUnit,
                         Finding &F);
  void refuse(const std::string &RecordName, Finding &F,
              clang::SourceLocation Loc, const std::string &Reason);
  clang::SourceLocation locOf(const clang::Decl *D) const;

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
