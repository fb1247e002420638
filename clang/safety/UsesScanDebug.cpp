#include "UsesScanDebug.h"

#include "RecordModelBuilder.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace alignlint {

using namespace clang;

static bool environmentIs(const char *Name, const char *Value) {
  const char *Set = std::getenv(Name);
  return Set && std::strcmp(Set, Value) == 0;
}

UsesScanDebug usesScanDebugFromEnvironment() {
  UsesScanDebug Debug;
  if (environmentIs("ALIGNLINT_TU_SCAN_WALK", "rav"))
    Debug.Walk = StmtWalk::PlainRAV;
  Debug.Dump = environmentIs("ALIGNLINT_TU_SCAN_DUMP", "1");
  return Debug;
}

static const char *tieName(int Tie) {
  static const char *const Names[] = {"positions", "size", "order", "tail"};
  return Names[Tie];
}

static void dumpRecordUses(const RecordUses &Uses, const SourceManager &SM,
                           llvm::raw_ostream &OS) {
  for (const ListSite &Site : Uses.Lists)
    OS << "  list " << Site.Semantic->getBeginLoc().printToString(SM) << " in "
       << Site.Host->getBeginLoc().printToString(SM)
       << (Site.OwnBraces ? " own braces" : " elided braces") << "\n";
  for (const CXXConstructorDecl *Ctor : Uses.Constructors)
    OS << "  constructor " << Ctor->getLocation().printToString(SM) << "\n";
  if (Uses.Unrewritable.Loc.isValid())
    OS << "  unrewritable " << Uses.Unrewritable.Loc.printToString(SM) << ": "
       << Uses.Unrewritable.What
       << (Uses.Unrewritable.Holder ? " (template code)" : "") << "\n";
  for (int Tie = 0; Tie < 4; ++Tie)
    if (Uses.Layout.Ties[Tie].Loc.isValid())
      OS << "  ties " << tieName(Tie) << " "
         << Uses.Layout.Ties[Tie].Loc.printToString(SM) << ": "
         << Uses.Layout.Ties[Tie].What << "\n";
  for (const RecordPointerCast &Cast : Uses.Layout.Casts)
    OS << "  cast " << Cast.Loc.printToString(SM) << " to '"
       << Cast.Other.getAsString() << "'\n";
}

void dumpOrderDependentUses(const OrderDependentUses &Uses,
                            const SourceManager &SM, llvm::raw_ostream &OS) {
  // The map is ordered by address, which differs from run to run; the
  // records are sorted by their text (instantiations of one template share
  // the location and name, so the uses are part of the key).
  std::vector<std::string> Records;
  for (const auto &Entry : Uses.all()) {
    std::string Text;
    llvm::raw_string_ostream Record(Text);
    Record << "record " << Entry.first->getLocation().printToString(SM) << " "
           << recordDisplayName(Entry.first) << "\n";
    dumpRecordUses(Entry.second, SM, Record);
    Records.push_back(Record.str());
  }
  std::sort(Records.begin(), Records.end());
  OS << "alignlint TU scan: " << Records.size() << " records with uses\n";
  for (const std::string &Record : Records)
    OS << Record;
}

} // namespace alignlint
