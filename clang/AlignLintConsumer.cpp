#include "AlignLintConsumer.h"

#include "CacheLineChecks.h"
#include "DiagnosticSink.h"
#include "FieldOrderCheck.h"
#include "FixExport.h"
#include "MinimalPlainRecord.h"
#include "OrderConstraints.h"
#include "OrderDependentUses.h"
#include "RecordModelBuilder.h"
#include "UsedRecords.h"

#include <cstdlib>
#include <memory>

namespace alignlint {

using namespace clang;

AlignLintConsumer::AlignLintConsumer(CompilerInstance &CI,
                                     const PluginOptions &Opts)
    : CI(CI), Opts(Opts) {}

// Sema announces every completed tag definition, including those inside
// function bodies, so no walk over the whole AST is needed to find them.
void AlignLintConsumer::HandleTagDeclDefinition(TagDecl *Tag) {
  auto *RD = dyn_cast<RecordDecl>(Tag);
  if (!RD || !RD->isCompleteDefinition() || RD->isImplicit())
    return;
  if (RD->isUnion())
    Unions.push_back(RD);
  else if (!RD->isAnonymousStructOrUnion())
    Records.push_back(RD);
}

bool AlignLintConsumer::isInScope(const RecordDecl *RD) const {
  const SourceManager &SM = CI.getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(RD->getLocation());
  if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
    return false;
  return !Opts.MainFileOnly || SM.isInMainFile(Loc);
}

static void showLayout(DiagnosticSink &Sink, const RecordModel &Model,
                       const PluginOptions &Opts, SourceLocation Loc) {
  al_record View = Model.view();
  if (!al_model_matches_clang(&View)) {
    Sink.remark(Loc, "layout of '" + Model.DisplayName + "': not shown: "
                "alignlint's layout model does not reproduce clang's here", "");
    return;
  }
  View = Model.diagramView();
  char *Diagram = al_layout_diagram(&View, nullptr, Opts.CacheLineBytes);
  if (Diagram)
    Sink.remark(Loc, "layout of '" + Model.DisplayName + "':", Diagram);
  std::free(Diagram);
}

void AlignLintConsumer::HandleTranslationUnit(ASTContext &Ctx) {
  // Diagnostics about broken code are the compiler's job; its AST may be
  // incomplete, so alignlint stays silent.
  if (CI.getDiagnostics().hasErrorOccurred())
    return;
  std::unique_ptr<FixExport> Export;
  if (!Opts.ExportDir.empty())
    Export.reset(new FixExport(CI.getSourceManager(), CI.getLangOpts(), Opts,
                               Opts.ExportDir, CI.getFrontendOpts().OutputFile));
  DiagnosticSink Sink(CI.getDiagnostics(), Opts, Export.get());
  // After the sink, which remembers the state the user asked for.
  SuppressionScope QuietClang(CI.getDiagnostics(), true);

  bool UsesScanned = false;
  OrderDependentUses Uses;
  auto LazyUses = [&]() -> const OrderDependentUses & {
    if (!UsesScanned)
      Uses = findOrderDependentUses(Ctx);
    UsesScanned = true;
    return Uses;
  };
  FixClaims Claims;   // what the fixes made so far edit
  FixedLayouts Layouts(Ctx);   // and the layouts they change
  UnionOverlays Overlays;
  for (const RecordDecl *Union : Unions)
    Overlays.addUnion(Union);
  MemberFlags FieldFlags(Ctx);
  CheckContext TU{Ctx, Opts, Sink, LazyUses, Claims, Layouts, Overlays,
                  FieldFlags};
  FieldOrderCheck FieldOrder(TU);
  CacheLineChecks CacheLines(TU);

  // Records are in the order Sema completed them: a member's or base's type
  // is complete before its container, so fixes of inner records are made
  // first and a container is modeled with their new layouts.
  for (const RecordDecl *RD : Records) {
    if (!isInScope(RD))
      continue;
    if (!Opts.ShowLayout && isMinimalPlainRecord(Ctx, RD, FieldFlags))
      continue;   // most records: settled without laying them out
    CacheLines.checkStraddle(RD);   // its own path: packed records too
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
    CacheLines.check(AfterFixes, Reported);   // contended, hot-fields, false-sharing
    if (Opts.ShowLayout && !Reported)
      showLayout(Sink, Model, Opts,
                 CI.getSourceManager().getExpansionLoc(RD->getLocation()));
  }
  if (Export)
    Export->addHeaderRecordViews(Records, findUsedRecords(Ctx));
  std::string Error;
  if (Export && !Export->write(Error))
    Sink.reportSetupError(Error);
}

} // namespace alignlint
