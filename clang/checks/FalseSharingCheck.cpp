// Rule false-sharing: atomics and locks sharing a cache line.
#include "CacheLineChecks.h"
#include "CacheLineText.h"

namespace alignlint {

using namespace clang;

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
    std::string Text =
        std::string(kindOf(A)) + " " + quoted(memberLabel(Model, P.member)) +
        " of '" + Model.DisplayName + "' shares cache line " +
        std::to_string(P.line) + " (" + lineBytes(P.line, Line) + ") with " +
        (OtherSync ? std::string(kindOf(B)) : std::string("hot field")) + " " +
        quoted(memberLabel(Model, P.other));
    F.addProblem(TU.reportLoc(Fields[P.member]), Text);
  }
  F.Notes.insert(
      F.Notes.begin(),
      {TU.reportLoc(Fields[Pairs[0].member]),
       "if different threads write them, every write invalidates the line "
       "under the other; annotate " +
           quoted(memberLabel(Model, Pairs[0].member)) +
           " with ALIGNLINT_CONTENDED (alignlint.h) to give it its own cache "
           "line, or ALIGNLINT_IGNORE(false-sharing) if one thread owns both"});
  TU.Sink.report(F);
}

} // namespace alignlint
