// The written text of a comma-separated list (the elements of a braced
// initializer, a constructor's member initializers), split so that elements
// can be moved with their comments, and edits that move them.
#ifndef ALIGNLINT_LIST_TEXT_H
#define ALIGNLINT_LIST_TEXT_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"

#include <string>
#include <vector>

namespace alignlint {

/// One element, as file offsets. Core: from its first token or leading
/// comment to the end of its last token. Sep: [CoreEnd, TrailPoint), blanks
/// and the comma (empty for a last element without comma). Trail: a comment
/// after the comma on the same line, ending that line.
struct ListElement {
  unsigned CoreBegin = 0, CoreEnd = 0, TrailPoint = 0, TrailEnd = 0;
};

class ListText {
public:
  /// Splits [Begin, End) of one file at top-level commas. Returns false with
  /// Reason set for text it cannot take apart exactly (a directive inside, a
  /// comment between an element and its comma).
  bool split(const clang::SourceManager &SM, const clang::LangOptions &LO,
             clang::SourceLocation Begin, clang::SourceLocation End,
             std::string &Reason);

  const std::vector<ListElement> &elements() const { return Elements; }
  /// Index of the element whose core holds the file location, or -1.
  long elementAt(clang::SourceLocation Loc) const;

  /// Text of elements [First, Last): the core from the first to the last.
  std::string core(size_t First, size_t Last) const;
  std::string trail(size_t Last) const;
  std::string text(unsigned Begin, unsigned End) const {
    return Buffer.slice(Begin, End).str();
  }

  /// Replaces the group [First, Last) with Core + its own separator + Trail.
  /// Adds nothing when the text stays the same. Fails when Trail is a line
  /// comment and code follows on that line.
  bool replaceGroup(size_t First, size_t Last, const std::string &NewCore,
                    const std::string &NewTrail,
                    std::vector<clang::FixItHint> &Fixes,
                    std::string &Reason) const;

private:
  clang::SourceLocation locAt(unsigned Offset) const {
    return SM->getLocForStartOfFile(File).getLocWithOffset(Offset);
  }

  const clang::SourceManager *SM = nullptr;
  clang::FileID File;
  llvm::StringRef Buffer;
  std::vector<ListElement> Elements;
};

} // namespace alignlint

#endif
