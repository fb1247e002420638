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
    for (const Claimed &C : Claims)
      if (C.File == File && Begin < C.End && C.Begin < End) {
        At = Fix.RemoveRange.getBegin();
        Owner = C.Owner;
        return true;
      }
  }
  return false;
}

void FixClaims::claim(const std::vector<FixItHint> &Fixes,
                      const SourceManager &SM, const std::string &Owner) {
  for (const FixItHint &Fix : Fixes) {
    Claimed C;
    if (fileRange(Fix, SM, C.File, C.Begin, C.End)) {
      C.Owner = Owner;
      Claims.push_back(C);
    }
  }
}

void FixClaims::markLayoutChanged(const RecordDecl *RD) {
  Changed.insert(cast<RecordDecl>(RD->getCanonicalDecl()));
}

bool FixClaims::layoutChanged(const RecordDecl *RD) const {
  return Changed.count(cast<RecordDecl>(RD->getCanonicalDecl())) != 0;
}

} // namespace alignlint
