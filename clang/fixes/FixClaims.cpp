#include "FixClaims.h"

namespace alignlint {

using namespace clang;

static bool fileRange(const FixItHint &Fix, const SourceManager &SM,
                      FileID &File, unsigned &Begin, unsigned &End) {
  SourceLocation B = Fix.RemoveRange.getBegin(), E = Fix.RemoveRange.getEnd();
  if (!B.isFileID() || !E.isFileID())
    return false;
  File = SM.getFileID(B);
  Begin = SM.getFileOffset(B);
  End = SM.getFileOffset(E);
  return true;
}

bool FixClaims::overlaps(const std::vector<FixItHint> &Fixes,
                         const SourceManager &SM, SourceLocation &At,
                         std::string &Owner) const {
  for (const FixItHint &Fix : Fixes) {
    FileID File;
    unsigned Begin, End;
    if (!fileRange(Fix, SM, File, Begin, End))
      continue;
    auto Last = Claims.lower_bound(Range{File, End, 0});
    if (Last == Claims.begin())
      continue;
    --Last;
    const Range &R = Last->first;
    if (std::get<0>(R) == File && Begin < std::get<2>(R) &&
        std::get<1>(R) < End) {
      At = Fix.RemoveRange.getBegin();
      Owner = Last->second;
      return true;
    }
  }
  return false;
}

void FixClaims::claim(const std::vector<FixItHint> &Fixes,
                      const SourceManager &SM, const std::string &Owner) {
  for (const FixItHint &Fix : Fixes) {
    FileID File;
    unsigned Begin, End;
    if (fileRange(Fix, SM, File, Begin, End))
      Claims.emplace(Range{File, Begin, End}, Owner);
  }
}

} // namespace alignlint
