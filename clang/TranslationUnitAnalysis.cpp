#include "TranslationUnitAnalysis.h"

#include "CacheLineChecks.h"
#include "DiagnosticSink.h"
#include "FieldOrderCheck.h"
#include "FixedLayouts.h"
#include "MinimalPlainRecord.h"
#include "OrderConstraints.h"
#include "OrderDependentUses.h"
#include "RecordModelBuilder.h"
#include "UsesScanDebug.h"

#include <cstdlib>

namespace alignlint {

using namespace clang;

static bool isInScope(const SourceManager &SM, const PluginOptions &Opts,
                      const RecordDecl *RD) {
  SourceLocation Loc = SM.getExpansionLoc(RD->getLocation());
  if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
    return false;
  return !Opts.MainFileOnly || SM.isInMainFile(Loc);
}

static void showLayout(FindingReporter &Reporter, const RecordModel &Model,
                       const PluginOptions &Opts, SourceLocation Loc) {
  al_record View = Model.view();
  if (!al_model_matches_clang(&View)) {
    Reporter.remark(
        Loc,
        "layout of '" + Model.DisplayName +
            "': not shown: "
            "alignlint's layout model does not reproduce clang's here",
        "");
    return;
  }
  View = Model.diagramView();
  char *Diagram = al_layout_diagram(&View, nullptr, Opts.CacheLineBytes);
  if (Diagram)
    Reporter.remark(Loc, "layout of '" + Model.DisplayName + "':", Diagram);
  std::free(Diagram);
}

void analyzeTranslationUnit(ASTContext &Ctx,
                            const TranslationUnitRecords &Found,
                            const PluginOptions &Opts,
                            FindingReporter &Reporter) {
  // Diagnostics about broken code are the compiler's job; its AST may be
  // incomplete, so alignlint stays silent.
  if (Ctx.getDiagnostics().hasErrorOccurred())
    return;
  SuppressionScope QuietClang(Ctx.getDiagnostics(), true);

  UsesScanDebug ScanDebug = usesScanDebugFromEnvironment();
  bool UsesScanned = false;
  OrderDependentUses Uses;
  auto LazyUses = [&]() -> const OrderDependentUses & {
    if (!UsesScanned)
      Uses = findOrderDependentUses(Ctx, ScanDebug.Walk);
    UsesScanned = true;
    return Uses;
  };
  FixClaims Claims;          // what the fixes made so far edit
  FixedLayouts Layouts(Ctx); // and the layouts they change
  UnionOverlays Overlays;
  for (const RecordDecl *Union : Found.Unions)
    Overlays.addUnion(Union);
  MemberFlags FieldFlags(Ctx);
  CheckContext TU{Ctx,    Opts,    Reporter, LazyUses,
                  Claims, Layouts, Overlays, FieldFlags};
  FieldOrderCheck FieldOrder(TU);
  CacheLineChecks CacheLines(TU);

  // Records are in the order Sema completed them: a member's or base's type
  // is complete before its container, so fixes of inner records are made
  // first and a container is modeled with their new layouts.
  for (const RecordDecl *RD : Found.Records) {
    if (!isInScope(Ctx.getSourceManager(), Opts, RD))
      continue;
    if (!Opts.ShowLayout && isMinimalPlainRecord(Ctx, RD, FieldFlags))
      continue; // most records: settled without laying them out
    CacheLines.checkStraddle(RD); // its own path: packed records too
    RecordModel Model;
    std::string SkipReason;
    if (!buildRecordModel(Ctx, RD, Opts, FieldFlags, Model, SkipReason))
      continue;
    // The orders the record's own declaration needs, for every rule.
    declarationOrderConstraints(Ctx, Model).appendTo(Model);
    // Every rule sees the layouts this run's fixes give its members.
    RecordAfterFixes AfterFixes(Layouts, Model);
    bool Reported = Opts.severity(Rule::FieldOrder) != Severity::Off &&
                    FieldOrder.check(AfterFixes);
    CacheLines.check(AfterFixes,
                     Reported); // contended, hot-fields, false-sharing
    if (Opts.ShowLayout && !Reported)
      showLayout(Reporter, Model, Opts,
                 Ctx.getSourceManager().getExpansionLoc(RD->getLocation()));
  }
  if (ScanDebug.Dump)
    dumpOrderDependentUses(LazyUses(), Ctx.getSourceManager(), llvm::errs());
}

} // namespace alignlint
