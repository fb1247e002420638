// Rule false-sharing: atomics and locks sharing a cache line.
#include "CacheLineChecks.h"
#include "CacheLineText.h"
#include "MessageFormat.h"

namespace alignlint {

using namespace clang;

// The messages of rule false-sharing, one place each.

static std::string sharedLineMessage(const char *Kind, const std::string &Label,
                                     const std::string &DisplayName,
                                     uint64_t Line, uint64_t LineBytes,
                                     const char *OtherKind,
                                     const std::string &OtherLabel) {
  return formatMessage("{0} {1} of '{2}' shares cache line {3} ({4}) with {5} "
                       "{6}",
                       Kind, quoted(Label), DisplayName, Line,
                       lineBytes(Line, LineBytes), OtherKind,
                       quoted(OtherLabel));
}

static std::string annotateNote(const std::string &Label) {
  return formatMessage(
      "if different threads write them, every write invalidates the line "
      "under the other; annotate {0} with ALIGNLINT_CONTENDED (alignlint.h) "
      "to give it its own cache line, or ALIGNLINT_IGNORE(false-sharing) if "
      "one thread owns both",
      quoted(Label));
}

void CacheLineChecks::checkFalseSharing(
    const RecordModel &Model, const std::vector<const FieldDecl *> &Fields) {
  al_record View = Model.view();
  uint64_t Line = TU.Opts.CacheLineBytes;
  std::vector<al_false_sharing_pair> Pairs(Model.Members.size());
  size_t Count = al_rule_false_sharing(&View, Line, Pairs.data(), Pairs.size());
  if (Count == 0)
    return;
  Finding F;
  F.TheRule = Rule::FalseSharing;
  F.Record = Model.Record;
  F.RecordLoc = TU.reportLoc(Model.Record);
  for (size_t I = 0; I < Count && I < Pairs.size(); ++I) {
    const al_false_sharing_pair &P = Pairs[I];
    const al_member &A = Model.Members[P.member], &B = Model.Members[P.other];
    bool OtherSync = B.flags & (AL_MEMBER_ATOMIC | AL_MEMBER_LOCK);
    std::string Text = sharedLineMessage(
        kindOf(A), memberLabel(Model, P.member), Model.DisplayName, P.line,
        Line, OtherSync ? kindOf(B) : "hot field", memberLabel(Model, P.other));
    F.addProblem(TU.reportLoc(Fields[P.member]), Text);
  }
  F.Notes.insert(F.Notes.begin(),
                 {TU.reportLoc(Fields[Pairs[0].member]),
                  annotateNote(memberLabel(Model, Pairs[0].member))});
  TU.Sink.report(F);
}

} // namespace alignlint
