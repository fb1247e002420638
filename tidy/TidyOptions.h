// The core's options read from clang-tidy's CheckOptions. The five checks
// share one analysis, so they share its options: an option is read from the
// first enabled alignlint check that sets it (in rule order), else from the
// global option of that name, else from .alignlint.yaml, else its default.
#ifndef ALIGNLINT_TIDY_OPTIONS_H
#define ALIGNLINT_TIDY_OPTIONS_H

#include "PluginOptions.h"

#include "ClangTidyCheck.h"

#include <string>
#include <vector>

namespace alignlint {

/// "alignlint-field-order" for Rule::FieldOrder.
std::string checkNameOf(Rule R);

/// clang-tidy's settings for one translation unit as plugin arguments,
/// which override .alignlint.yaml: the rules whose checks are enabled at
/// warning level (clang-tidy applies WarningsAsErrors), the others off;
/// then the CheckOptions that are set. Complain: report invalid values
/// (one check does, for all).
std::vector<std::string>
readTidyOverrides(clang::tidy::ClangTidyContext &Context, bool Complain);

/// Writes the options as Check's own (clang-tidy --dump-config).
void storeTidyOptions(const PluginOptions &Opts,
                      const clang::tidy::ClangTidyCheck::OptionsView &Check,
                      clang::tidy::ClangTidyOptions::OptionMap &Map);

} // namespace alignlint

#endif
