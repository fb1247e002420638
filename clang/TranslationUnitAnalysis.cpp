#include "TranslationUnitAnalysis.h"

#include "CacheLineChecks.h"
#include "DiagnosticSink.h"
#include "FieldOrderCheck.h"
#include "FixedLayouts.h"
#include "MinimalPlainRecord.h"
#include "OrderConstraints.h"
#include "OrderDependentUses.h"
#include "RecordModelBuilder.h"
#include "RecordPolicy.h"
#include "UsesScanDebug.h"

#include <cstdlib>

namespace alignlint {

using namespace clang;

namespace {

/// Between the checks and the front-end's reporter: gives each finding the
/// level its record's options set, and drops what a NOLINT comment
/// suppresses (which runs only with report-unused-suppressions).
class RecordOptionsReporter : public FindingReporter {
public:
  RecordOptionsReporter(RecordPolicy &Policy, const PluginOptions &RecordOpts,
                        FindingReporter &Out)
      : Policy(Policy), RecordOpts(RecordOpts), Out(Out) {}

  void report(const Finding &F) override {
    if (Policy.suppresses(F))
      return;
    Finding Leveled = F;
    Leveled.Level = RecordOpts.severity(F.TheRule);
    Out.report(Leveled);
  }
  void remark(SourceLocation Loc, const std::string &Text,
              const std::string &Verbatim) override {
    Out.remark(Loc, Text, Verbatim);
  }
  void problem(SourceLocation Loc, const std::string &Text,
               bool IsError) override {
    Out.problem(Loc, Text, IsError);
  }

private:
  RecordPolicy &Policy;
  const PluginOptions &RecordOpts; // the current record's
  FindingReporter &Out;
};

std::string directiveText(const NolintDirective &D) {
  static const char *const Names[] = {"NOLINT", "NOLINTNEXTLINE", "NOLINTBEGIN",
                                      "NOLINTEND"};
  return std::string(Names[D.TheKind]) + "(" + D.Checks + ")";
}

/// The configuration's errors, and (on request) the stale suppressions.
void reportPolicyProblems(RecordPolicy &Policy, FindingReporter &Reporter) {
  for (const std::string &Error : Policy.takeConfigErrors())
    Reporter.problem(SourceLocation(), Error, true);
  for (const NolintDirective *D : Policy.unusedSuppressions())
    Reporter.problem(D->Loc,
                     "'" + directiveText(*D) +
                         "' suppresses no alignlint finding here",
                     false);
}

} // namespace

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
                            const OptionSources &Sources,
                            FindingReporter &Reporter) {
  // Diagnostics about broken code are the compiler's job; its AST may be
  // incomplete, so alignlint stays silent.
  if (Ctx.getDiagnostics().hasErrorOccurred())
    return;
  SuppressionScope QuietClang(Ctx.getDiagnostics(), true);
  RecordPolicy Policy(Ctx, Sources);
  // The options of the record being checked, which every check reads.
  PluginOptions RecordOpts = Policy.mainFileOptions();
  std::string NoFixReason;
  RecordOptionsReporter Leveled(Policy, RecordOpts, Reporter);

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
  CheckContext TU{Ctx,     RecordOpts, Leveled,    LazyUses,   Claims,
                  Layouts, Overlays,   FieldFlags, NoFixReason};
  FieldOrderCheck FieldOrder(TU);
  CacheLineChecks CacheLines(TU);

  // Records are in the order Sema completed them: a member's or base's type
  // is complete before its container, so fixes of inner records are made
  // first and a container is modeled with their new layouts.
  for (const RecordDecl *RD : Found.Records) {
    RecordVerdict Verdict = Policy.verdictFor(RD);
    if (!Verdict.Checked)
      continue;
    if (!Verdict.Opts.ShowLayout && isMinimalPlainRecord(Ctx, RD, FieldFlags))
      continue; // most records: settled without laying them out
    if (!Policy.applyRestrictions(RD, Verdict))
      continue;
    RecordOpts = Verdict.Opts;
    NoFixReason = Verdict.NoFixReason;
    CacheLines.checkStraddle(RD); // its own path: packed records too
    RecordModel Model;
    std::string SkipReason;
    if (!buildRecordModel(Ctx, RD, RecordOpts, FieldFlags, Model, SkipReason))
      continue;
    // The orders the record's own declaration needs, for every rule.
    declarationOrderConstraints(Ctx, Model).appendTo(Model);
    // Every rule sees the layouts this run's fixes give its members.
    RecordAfterFixes AfterFixes(Layouts, Model);
    bool Reported = RecordOpts.severity(Rule::FieldOrder) != Severity::Off &&
                    FieldOrder.check(AfterFixes);
    CacheLines.check(AfterFixes,
                     Reported); // contended, hot-fields, false-sharing
    if (RecordOpts.ShowLayout && !Reported)
      showLayout(Reporter, Model, RecordOpts,
                 Ctx.getSourceManager().getExpansionLoc(RD->getLocation()));
  }
  if (ScanDebug.Dump)
    dumpOrderDependentUses(LazyUses(), Ctx.getSourceManager(), llvm::errs());
  reportPolicyProblems(Policy, Reporter);
}

} // namespace alignlint
