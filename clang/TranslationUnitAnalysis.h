// One analysis of a translation unit: every record through the enabled
// rules, the findings to a FindingReporter. What every front-end runs.
#ifndef ALIGNLINT_TRANSLATION_UNIT_ANALYSIS_H
#define ALIGNLINT_TRANSLATION_UNIT_ANALYSIS_H

#include "ConfigLookup.h"
#include "FindingReporter.h"
#include "TranslationUnitRecords.h"

#include "clang/AST/ASTContext.h"

namespace alignlint {

/// Runs the enabled rules on Found's records (in its order: fixes of inner
/// records are made first), each record with the options of its own file's
/// configuration (RecordPolicy) and Sources' overrides. Does nothing when
/// the translation unit has errors. clang's own diagnostics are held back
/// meanwhile (SuppressionScope).
void analyzeTranslationUnit(clang::ASTContext &Ctx,
                            const TranslationUnitRecords &Found,
                            const OptionSources &Sources,
                            FindingReporter &Reporter);

} // namespace alignlint

#endif
