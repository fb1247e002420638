#include "PluginOptions.h"

#include <cerrno>
#include <cstdlib>

namespace alignlint {

static const char *const RuleNames[RuleCount] = {
    "field-order", "hot-fields", "contended", "false-sharing", "straddle"};

const char *ruleName(Rule R) { return RuleNames[int(R)]; }

bool ruleFromName(const std::string &Name, Rule &Out) {
  for (int I = 0; I < RuleCount; ++I)
    if (Name == RuleNames[I]) {
      Out = Rule(I);
      return true;
    }
  return false;
}

std::string pluginArgsUsage() {
  return "valid arguments: enable=RULES, disable=RULES, error=RULES, "
         "warn=RULES (RULES: comma-separated list of field-order, hot-fields, "
         "contended, false-sharing, straddle, or all), min-saved=BYTES, "
         "cache-line=BYTES (a power of two), keep-first-record-field=0|1, "
         "show-layout[=0|1], main-file-only[=0|1], abi=report|ignore, "
         "abi-heuristics=0|1, generated=report|ignore, "
         "report-unused-suppressions[=0|1], export-fixes=DIR, config=FILE, "
         "baseline=FILE";
}

static bool parseUnsigned(const std::string &Text, uint64_t &Out) {
  if (Text.empty() || Text[0] < '0' || Text[0] > '9')
    return false;
  char *End = nullptr;
  errno = 0;
  unsigned long long Value = std::strtoull(Text.c_str(), &End, 10);
  if (errno != 0 || *End != '\0')
    return false;
  Out = Value;
  return true;
}

/// Applies Level to every rule named in the comma-separated List.
static bool setRuleSeverity(const std::string &List, Severity Level,
                            PluginOptions &Out, std::string &BadName) {
  size_t Start = 0;
  while (Start <= List.size()) {
    size_t Comma = List.find(',', Start);
    std::string Name = List.substr(
        Start, Comma == std::string::npos ? std::string::npos : Comma - Start);
    Rule R;
    if (Name == "all") {
      for (Severity &S : Out.RuleSeverity)
        S = Level;
    } else if (ruleFromName(Name, R)) {
      Out.RuleSeverity[int(R)] = Level;
    } else {
      BadName = Name;
      return false;
    }
    if (Comma == std::string::npos)
      break;
    Start = Comma + 1;
  }
  return true;
}

/// A flag argument: "name" or "name=1" sets it, "name=0" clears it.
static bool parseFlag(const std::string &Value, bool HasValue, bool &Out) {
  if (!HasValue || Value == "1")
    Out = true;
  else if (Value == "0")
    Out = false;
  else
    return false;
  return true;
}

/// "report" or "ignore" (abi=, generated=).
static bool parseReportOrIgnore(const std::string &Value, bool &Report) {
  if (Value != "report" && Value != "ignore")
    return false;
  Report = Value == "report";
  return true;
}

bool applyPluginArg(const std::string &Arg, PluginOptions &Out,
                    std::string &Error) {
  size_t Eq = Arg.find('=');
  std::string Key = Arg.substr(0, Eq);
  std::string Value = Eq == std::string::npos ? "" : Arg.substr(Eq + 1);
  bool HasValue = Eq != std::string::npos;

  static const struct {
    const char *Key;
    bool PluginOptions::*Flag;
  } FlagKeys[] = {
      {"show-layout", &PluginOptions::ShowLayout},
      {"main-file-only", &PluginOptions::MainFileOnly},
      {"report-unused-suppressions", &PluginOptions::ReportUnusedSuppressions}};
  for (const auto &FK : FlagKeys)
    if (Key == FK.Key && parseFlag(Value, HasValue, Out.*FK.Flag))
      return true;
  if (Key == "abi" && parseReportOrIgnore(Value, Out.ReportPublicRecords))
    return true;
  if (Key == "generated" &&
      parseReportOrIgnore(Value, Out.ReportGeneratedFiles))
    return true;
  if (Key == "abi-heuristics" && HasValue &&
      parseFlag(Value, HasValue, Out.AbiHeuristics))
    return true;
  if (Key == "export-fixes" && !Value.empty()) {
    Out.ExportDir = Value;
    return true;
  }
  if (Key == "baseline" && !Value.empty()) {
    Out.BaselineFile = Value;
    return true;
  }
  if (Key == "config" && !Value.empty()) {
    Out.ConfigFile = Value;
    return true;
  }
  if (Key == "min-saved" && parseUnsigned(Value, Out.MinSavedBytes) &&
      Out.MinSavedBytes > 0)
    return true;
  if (Key == "cache-line") {
    uint64_t Bytes = 0;
    if (parseUnsigned(Value, Bytes) && Bytes >= 8 && Bytes <= 4096 &&
        (Bytes & (Bytes - 1)) == 0) {
      Out.CacheLineBytes = Bytes;
      return true;
    }
    Error =
        "'" + Arg + "': the cache line must be a power of two from 8 to 4096";
    return false;
  }
  if (Key == "keep-first-record-field" && (Value == "0" || Value == "1")) {
    Out.KeepFirstRecordField = Value == "1";
    return true;
  }
  static const struct {
    const char *Key;
    Severity Level;
  } LevelKeys[] = {{"enable", Severity::Warning},
                   {"warn", Severity::Warning},
                   {"disable", Severity::Off},
                   {"error", Severity::Error}};
  for (const auto &LK : LevelKeys) {
    if (Key != LK.Key || Value.empty())
      continue;
    std::string BadName;
    if (setRuleSeverity(Value, LK.Level, Out, BadName))
      return true;
    Error = "unknown rule '" + BadName + "' in '" + Arg + "'";
    return false;
  }
  Error = "unknown or malformed argument '" + Arg + "'";
  return false;
}

bool parsePluginArgs(const std::vector<std::string> &Args, PluginOptions &Out,
                     std::string &Error) {
  for (const std::string &Arg : Args) {
    if (!applyPluginArg(Arg, Out, Error)) {
      Error = "alignlint: " + Error + "; " + pluginArgsUsage();
      return false;
    }
  }
  return true;
}

} // namespace alignlint
