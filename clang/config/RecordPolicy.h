// What the configuration, the suppression comments and the record's file
// say about one record before the rules look at it: whether it is checked,
// with which options, and whether a fix may change it (not in a library's
// public ABI, not in a generated file). Facts are kept per file, so a
// translation unit reads each folder's configuration and each file's
// comments once.
#ifndef ALIGNLINT_RECORD_POLICY_H
#define ALIGNLINT_RECORD_POLICY_H

#include "ConfigLookup.h"
#include "Finding.h"
#include "NolintComments.h"
#include "PublicApiHeuristics.h"

#include "clang/AST/ASTContext.h"

#include <map>
#include <string>

namespace alignlint {

struct RecordVerdict {
  bool Checked = false;
  PluginOptions Opts; // its file's; rules a NOLINT suppresses are off
  /// Why no fix may change it ("'struct x' is part of ..."); empty: none.
  std::string NoFixReason;
};

class RecordPolicy {
public:
  RecordPolicy(clang::ASTContext &Ctx, const OptionSources &Sources);

  /// Whether the configuration lets RD be checked, and its options: the
  /// cheap part, asked for every record.
  RecordVerdict verdictFor(const clang::RecordDecl *RD);

  /// For a record the rules will look at: false when it is left alone (a
  /// public-ABI record with abi: ignore, a generated file's with generated:
  /// ignore); else sets why no fix may change it, and turns off the rules a
  /// NOLINT comment suppresses for it.
  bool applyRestrictions(const clang::RecordDecl *RD, RecordVerdict &Verdict);

  /// Whether a NOLINT comment suppresses F; marks the comment used.
  bool suppresses(const Finding &F);

  /// The options of the main file's folder (read first, so that a bad
  /// configuration is reported even for a file without records).
  const PluginOptions &mainFileOptions();

  /// Configuration errors found since the last call.
  std::vector<std::string> takeConfigErrors() { return Configs.takeErrors(); }

  /// The NOLINT comments naming alignlint checks that suppressed nothing,
  /// in the files of the records checked and the main file.
  std::vector<const NolintDirective *> unusedSuppressions();

private:
  struct FileFacts {
    const FolderConfig *Config = nullptr;
    std::string Path; // absolute, normalized
    bool GeneratedKnown = false;
    std::string Generator; // empty: not generated
  };

  FileFacts &factsOf(clang::FileID File);
  const std::string &generatorOf(clang::FileID File, FileFacts &Facts);
  std::string publicReason(const clang::RecordDecl *RD, clang::FileID File,
                           const FileFacts &Facts);
  void applySuppressions(const clang::RecordDecl *RD, clang::SourceLocation Loc,
                         RecordVerdict &Verdict);

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  ConfigLookup Configs;
  NolintComments Nolint;
  PublicApiHeuristics Heuristics;
  std::map<clang::FileID, FileFacts> Files;
};

} // namespace alignlint

#endif
