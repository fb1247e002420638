#include "CacheLineText.h"

namespace alignlint {

using namespace clang;

std::string quoted(const std::string &S) { return "'" + S + "'"; }

std::string linesText(uint64_t First, uint64_t Last) {
  if (First == Last)
    return "line " + std::to_string(First);
  return "lines " + std::to_string(First) + "-" + std::to_string(Last);
}

std::string lineBytes(uint64_t Line, uint64_t LineBytes) {
  return "bytes " + std::to_string(Line * LineBytes) + "-" +
         std::to_string((Line + 1) * LineBytes - 1);
}

const char *kindOf(const al_member &M) {
  if (M.flags & AL_MEMBER_ATOMIC)
    return "atomic";
  if (M.flags & AL_MEMBER_LOCK)
    return "lock";
  return "hot field";
}

std::string memberLabel(const RecordModel &Model, size_t Member) {
  size_t First = 0;
  for (size_t U = 0; U < Model.UnitFields.size(); ++U) {
    const auto &Unit = Model.UnitFields[U];
    if (Member < First + Unit.size()) {
      llvm::StringRef Name = Unit[Member - First]->getName();
      return Name.empty() ? Model.unitLabel(U) : Name.str();
    }
    First += Unit.size();
  }
  return "";
}

} // namespace alignlint
