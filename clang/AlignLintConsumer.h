// The AST consumer: collects every record definition while clang parses,
// then runs the rules on them once the translation unit is complete.
#ifndef ALIGNLINT_CONSUMER_H
#define ALIGNLINT_CONSUMER_H

#include "PluginOptions.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"

#include <vector>

namespace alignlint {

class AlignLintConsumer : public clang::ASTConsumer {
public:
  AlignLintConsumer(clang::CompilerInstance &CI, const PluginOptions &Opts);

  void HandleTagDeclDefinition(clang::TagDecl *Tag) override;
  void HandleTranslationUnit(clang::ASTContext &Ctx) override;

private:
  bool isInScope(const clang::RecordDecl *RD) const;

  clang::CompilerInstance &CI;
  const PluginOptions Opts;   // a copy: clang destroys the action early
  std::vector<const clang::RecordDecl *> Records;   // structs and classes
  std::vector<const clang::RecordDecl *> Unions;    // anonymous ones too
};

} // namespace alignlint

#endif
