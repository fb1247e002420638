// The compiler plugin's AST consumer: collects every record definition while
// clang parses, then analyzes them once the translation unit is complete.
#ifndef ALIGNLINT_CONSUMER_H
#define ALIGNLINT_CONSUMER_H

#include "ConfigLookup.h"
#include "PluginOptions.h"
#include "TranslationUnitRecords.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"

namespace alignlint {

class AlignLintConsumer : public clang::ASTConsumer {
public:
  /// Opts: the plugin arguments Args parsed (the export directory and the
  /// configuration file come from them); each record's options are its
  /// file's configuration with Args over it.
  AlignLintConsumer(clang::CompilerInstance &CI, const PluginOptions &Opts,
                    const std::vector<std::string> &Args);

  void HandleTagDeclDefinition(clang::TagDecl *Tag) override;
  void HandleTranslationUnit(clang::ASTContext &Ctx) override;

private:
  clang::CompilerInstance &CI;
  const PluginOptions Opts; // a copy: clang destroys the action early
  const OptionSources Sources;
  TranslationUnitRecords Found;
};

} // namespace alignlint

#endif
