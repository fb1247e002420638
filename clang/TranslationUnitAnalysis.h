// One analysis of a translation unit: every record through the enabled
// rules, the findings to a FindingReporter. What every front-end runs.
#ifndef ALIGNLINT_TRANSLATION_UNIT_ANALYSIS_H
#define ALIGNLINT_TRANSLATION_UNIT_ANALYSIS_H

#include "FindingReporter.h"
#include "PluginOptions.h"
#include "TranslationUnitRecords.h"

#include "clang/AST/ASTContext.h"

namespace alignlint {

/// Runs the rules Opts enables on Found's records (in its order: fixes of
/// inner records are made first). Does nothing when the translation unit
/// has errors. clang's own diagnostics are held back meanwhile
/// (SuppressionScope).
void analyzeTranslationUnit(clang::ASTContext &Ctx,
                            const TranslationUnitRecords &Found,
                            const PluginOptions &Opts,
                            FindingReporter &Reporter);

} // namespace alignlint

#endif
