// Debug settings of the translation-unit scan (OrderDependentUses), read
// from the environment, and a text dump of what the scan found; the ctest
// scan-walks compares the dumps of its two statement walks.
#ifndef ALIGNLINT_USES_SCAN_DEBUG_H
#define ALIGNLINT_USES_SCAN_DEBUG_H

#include "OrderDependentUses.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"

namespace alignlint {

struct UsesScanDebug {
  StmtWalk Walk = StmtWalk::Fast;
  bool Dump = false; // scan every TU and dump the result to stderr
};

/// ALIGNLINT_TU_SCAN_WALK=rav selects StmtWalk::PlainRAV;
/// ALIGNLINT_TU_SCAN_DUMP=1 sets Dump.
UsesScanDebug usesScanDebugFromEnvironment();

/// Every record with uses, in source order, and its uses, one a line.
void dumpOrderDependentUses(const OrderDependentUses &Uses,
                            const clang::SourceManager &SM,
                            llvm::raw_ostream &OS);

} // namespace alignlint

#endif
