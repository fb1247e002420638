#include "AlignLintConsumer.h"

#include "BaselineFilter.h"
#include "DiagnosticSink.h"
#include "FixExport.h"
#include "TranslationUnitAnalysis.h"
#include "UsedRecords.h"

#include <memory>

namespace alignlint {

using namespace clang;

AlignLintConsumer::AlignLintConsumer(CompilerInstance &CI,
                                     const PluginOptions &Opts,
                                     const std::vector<std::string> &Args)
    : CI(CI), Opts(Opts), Sources{Opts.ConfigFile, Args} {}

// Sema announces every completed tag definition, including those inside
// function bodies, so no walk over the whole AST is needed to find them.
void AlignLintConsumer::HandleTagDeclDefinition(TagDecl *Tag) {
  Found.add(Tag);
}

void AlignLintConsumer::HandleTranslationUnit(ASTContext &Ctx) {
  if (CI.getDiagnostics().hasErrorOccurred())
    return; // the export, too, stays out of broken code
  std::unique_ptr<FixExport> Export;
  if (!Opts.ExportDir.empty())
    Export.reset(new FixExport(Ctx, Opts, Opts.ExportDir,
                               CI.getFrontendOpts().OutputFile));
  DiagnosticSink Sink(CI.getDiagnostics(), Export.get());
  Baseline Known;
  std::unique_ptr<BaselineFilter> KnownFindings;
  if (!Opts.BaselineFile.empty()) {
    std::string Error;
    if (!Baseline::read(Opts.BaselineFile, Known, Error)) {
      Sink.problem(SourceLocation(), Error, true);
      return;
    }
    KnownFindings.reset(new BaselineFilter(Known, Ctx));
    Sink.setBaseline(KnownFindings.get());
  }
  analyzeTranslationUnit(Ctx, Found, Sources, Sink);
  if (!Export)
    return;
  Export->addHeaderRecordViews(Found.Records, findUsedRecords(Ctx));
  std::string Error;
  if (!Export->write(Error))
    Sink.problem(SourceLocation(), Error, true);
}

} // namespace alignlint
