#include "CacheLineChecks.h"

#include "CacheLineText.h"
#include "Annotations.h"
#include "FixExport.h"

namespace alignlint {

using namespace clang;

CacheLineChecks::CacheLineChecks(const CheckContext &TU) : TU(TU) {}

void CacheLineChecks::check(const RecordModel &Model, bool FieldOrderReported) {
  std::vector<const FieldDecl *> Fields = fieldsOf(Model);
  if (TU.Opts.severity(Rule::Contended) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::Contended))
    checkContended(Model, Fields);
  if (TU.Opts.severity(Rule::HotFields) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::HotFields))
    checkHotFields(Model, Fields, FieldOrderReported);
  if (TU.Opts.severity(Rule::FalseSharing) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::FalseSharing))
    checkFalseSharing(Model, Fields);
}

} // namespace alignlint
