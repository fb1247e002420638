// Plugin arguments (-fplugin-arg-alignlint-<arg>) parsed into options.
#ifndef ALIGNLINT_PLUGIN_OPTIONS_H
#define ALIGNLINT_PLUGIN_OPTIONS_H

#include <cstdint>
#include <string>
#include <vector>

namespace alignlint {

/// The rules, in the order they are documented.
enum class Rule { FieldOrder, HotFields, Contended, FalseSharing, Straddle };
constexpr int RuleCount = 5;

const char *ruleName(Rule R); // "field-order"
bool ruleFromName(const std::string &Name, Rule &Out);

/// What a rule's findings become before -Werror/-w are applied.
enum class Severity { Off, Warning, Error };

struct PluginOptions {
  Severity RuleSeverity[RuleCount] = {Severity::Warning, Severity::Warning,
                                      Severity::Warning, Severity::Off,
                                      Severity::Error};
  uint64_t MinSavedBytes = 1;
  uint64_t CacheLineBytes = 64;
  bool KeepFirstRecordField = true; // the C "base struct" idiom
  bool ShowLayout = false;
  bool MainFileOnly = false;
  /// Records of a library's public ABI (public-headers, or the heuristics
  /// of docs/configuration.md): reported (never fixed) or left alone.
  bool ReportPublicRecords = false;
  bool AbiHeuristics = true;
  /// Records in generated files: reported (never fixed) or left alone.
  bool ReportGeneratedFiles = false;
  bool ReportUnusedSuppressions = false; // NOLINT comments that hide nothing
  std::string ExportDir;                 // empty: no export
  std::string ConfigFile; // empty: .alignlint.yaml looked up per directory
  /// A baseline file (docs/baseline-sarif.md): only findings not in it
  /// are reported. Empty: every finding is.
  std::string BaselineFile;

  Severity severity(Rule R) const { return RuleSeverity[int(R)]; }
};

/// Parses the arguments in command-line order. On a bad argument returns
/// false and sets Error to a message that names it and lists valid ones.
bool parsePluginArgs(const std::vector<std::string> &Args, PluginOptions &Out,
                     std::string &Error);

/// Applies one argument ("min-saved=8") to Out. On a bad one returns false
/// and sets Error to a message naming it (without the usage text).
bool applyPluginArg(const std::string &Arg, PluginOptions &Out,
                    std::string &Error);

/// The usage text listed in argument errors.
std::string pluginArgsUsage();

} // namespace alignlint

#endif
