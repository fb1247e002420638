#include "CacheLineChecks.h"

#include "Annotations.h"
#include "CacheLineText.h"
#include "FixExport.h"

namespace alignlint {

using namespace clang;

CacheLineChecks::CacheLineChecks(const CheckContext &TU) : TU(TU) {}

/// The record's fields in member order (Model.Members).
static std::vector<const FieldDecl *> fieldsOf(const RecordModel &Model) {
  std::vector<const FieldDecl *> Fields;
  for (const auto &Unit : Model.UnitFields)
    Fields.insert(Fields.end(), Unit.begin(), Unit.end());
  return Fields;
}

void CacheLineChecks::check(const RecordAfterFixes &Record,
                            bool FieldOrderReported) {
  const RecordModel &Model = Record.model();
  std::vector<const FieldDecl *> Fields = fieldsOf(Model);
  if (TU.Opts.severity(Rule::Contended) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::Contended))
    checkContended(Record, Fields);
  if (TU.Opts.severity(Rule::HotFields) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::HotFields))
    checkHotFields(Record, Fields, FieldOrderReported);
  if (TU.Opts.severity(Rule::FalseSharing) != Severity::Off &&
      !ignoresRule(Model.Record, Rule::FalseSharing))
    checkFalseSharing(Model, Fields);
}

void CacheLineChecks::addResizedNote(const RecordAfterFixes &Record,
                                     Finding &F) {
  const std::vector<const RecordDecl *> &Resized = Record.resized();
  if (!Resized.empty())
    F.Notes.push_back(
        {F.RecordLoc,
         "these offsets count " + recordList(Resized) +
             " fixed as suggested (" +
             (Resized.size() == 1 ? "its fix-it is" : "their fix-its are") +
             " in this run too)"});
}

} // namespace alignlint
