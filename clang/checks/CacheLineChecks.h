// The cache-line rules: straddle (split locks), false-sharing, contended
// (with an alignment fix-it) and hot-fields (with a reorder fix-it). The
// engine in rules/ decides; this turns its verdicts into findings.
#ifndef ALIGNLINT_CACHE_LINE_CHECKS_H
#define ALIGNLINT_CACHE_LINE_CHECKS_H

#include "CheckContext.h"
#include "FixedLayouts.h"
#include "RecordModelBuilder.h"

#include <vector>

namespace alignlint {

class CacheLineChecks {
public:
  explicit CacheLineChecks(const CheckContext &TU);

  /// Rule straddle, on its own path: also packed and #pragma pack records,
  /// which the record model skips.
  void checkStraddle(const clang::RecordDecl *RD);

  /// Rules contended, hot-fields and false-sharing on a modelled record.
  /// FieldOrderReported: field-order reported the record, with a fix-it for
  /// the same plan hot-fields would propose.
  void check(const RecordAfterFixes &Record, bool FieldOrderReported);

private:
  void checkContended(const RecordAfterFixes &Record,
                      const std::vector<const clang::FieldDecl *> &Fields);
  void checkHotFields(const RecordAfterFixes &Record,
                      const std::vector<const clang::FieldDecl *> &Fields,
                      bool FieldOrderReported);
  void checkFalseSharing(const RecordModel &Model,
                         const std::vector<const clang::FieldDecl *> &Fields);
  /// Adds the alignment specifiers AlignUnit asks for to F, or refuses.
  FixOutcome addAlignmentFixes(const RecordModel &Model,
                               const std::vector<unsigned char> &AlignUnit,
                               bool SizeChanges, Finding &F);
  /// The record once the alignment fix is applied, laid out by clang, or
  /// null when no copy shows that layout.
  const clang::RecordDecl *
  alignedLayout(const RecordAfterFixes &Record,
                const std::vector<unsigned char> &AlignUnit,
                uint64_t NewSizeBytes);
  /// A note naming the fixed member types the record is modeled with.
  void addResizedNote(const RecordAfterFixes &Record, Finding &F);

  const CheckContext &TU;
};

} // namespace alignlint

#endif
