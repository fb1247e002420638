#include "CacheLineChecks.h"

#include "CacheLineText.h"
#include "ConcurrencyTypes.h"
#include "FixExport.h"

namespace alignlint {

using namespace clang;

CacheLineChecks::CacheLineChecks(
    ASTContext &Ctx, const PluginOptions &Opts, DiagnosticSink &Sink,
    FixExport *Export, std::function<const OrderDependentUses &()> Uses,
    FixClaims &Claims, const UnionOverlays &Overlays)
    : Ctx(Ctx), Opts(Opts), Sink(Sink), Export(Export), Uses(std::move(Uses)),
      Claims(Claims), Overlays(Overlays) {}

SourceLocation CacheLineChecks::locOf(const Decl *D) const {
  return Ctx.getSourceManager().getExpansionLoc(D->getLocation());
}

void CacheLineChecks::refuse(const std::string &RecordName, Finding &F,
                             SourceLocation Loc, const std::string &Reason) {
  F.Fixes.clear();
  F.Notes.push_back({Loc, "no fix-it: " + Reason});
  if (Export)
    Export->addVeto(F.RecordLoc, RecordName, Reason);
}

void CacheLineChecks::check(const RecordModel &Model, bool FieldOrderReported) {
  std::vector<const FieldDecl *> Fields = fieldsOf(Model);
  if (Opts.severity(Rule::Contended) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::Contended))
    checkContended(Model, Fields);
  if (Opts.severity(Rule::HotFields) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::HotFields))
    checkHotFields(Model, Fields, FieldOrderReported);
  if (Opts.severity(Rule::FalseSharing) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::FalseSharing))
    checkFalseSharing(Model, Fields);
}

} // namespace alignlint
