#include "SharedAnalysis.h"

#include "TranslationUnitAnalysis.h"
#include "TranslationUnitRecords.h"

namespace alignlint {

const AnalysisResults &SharedAnalysis::resultsFor(clang::ASTContext &Ctx,
                                                  const OptionSources &Sources,
                                                  int ReaderCount) {
  if (Analyzed != &Ctx || ReadsLeft <= 0) {
    Results = AnalysisResults();
    analyzeTranslationUnit(Ctx, collectRecords(Ctx), Sources, Results);
    Analyzed = &Ctx;
    ReadsLeft = ReaderCount;
  }
  --ReadsLeft;
  return Results;
}

SharedAnalysis &sharedAnalysis() {
  static SharedAnalysis Instance;
  return Instance;
}

} // namespace alignlint
