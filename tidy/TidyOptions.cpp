#include "TidyOptions.h"

#include "ClangTidyDiagnosticConsumer.h"

#include <cerrno>
#include <cstdlib>

namespace alignlint {

using clang::tidy::ClangTidyCheck;
using clang::tidy::ClangTidyContext;

std::string checkNameOf(Rule R) {
  return std::string("alignlint-") + ruleName(R);
}

namespace {

// The options are read from the map itself, not through OptionsView's
// typed getters: clang-tidy defines those as template specializations whose
// names GCC and clang mangle differently, so a GCC-built module would not
// find them in a clang-built clang-tidy.
class SharedOptionReader {
public:
  SharedOptionReader(ClangTidyContext &Context, bool Complain)
      : Context(Context), Complain(Complain) {}

  /// Whether the option Name is set to a number (Out).
  bool number(const std::string &Name, uint64_t &Out) {
    std::string Key, Text;
    if (!lookup(Name, Key, Text))
      return false;
    char *End = nullptr;
    errno = 0;
    unsigned long long Value = std::strtoull(Text.c_str(), &End, 10);
    if (Text.empty() || Text[0] < '0' || Text[0] > '9' || errno != 0 || *End)
      return invalid(Key, Text, false);
    Out = Value;
    return true;
  }

  /// Whether the option Name is set to a boolean (Out).
  bool flag(const std::string &Name, bool &Out) {
    std::string Key, Text;
    if (!lookup(Name, Key, Text))
      return false;
    if (Text == "true" || Text == "1")
      Out = true;
    else if (Text == "false" || Text == "0")
      Out = false;
    else
      return invalid(Key, Text, false);
    return true;
  }

  template <typename T>
  T invalid(const std::string &Key, const std::string &Text, T Default) {
    if (Complain)
      Context.configurationDiag("invalid configuration value '%0' for option "
                                "'%1'; the default is used")
          << Text << Key;
    return Default;
  }

private:
  // The first enabled alignlint check's option Name, else the global one.
  bool lookup(const std::string &Name, std::string &Key, std::string &Text) {
    const auto &Map = Context.getOptions().CheckOptions;
    for (int I = 0; I < RuleCount; ++I) {
      std::string Check = checkNameOf(Rule(I));
      if (!Context.isCheckEnabled(Check))
        continue;
      auto Found = Map.find(Check + "." + Name);
      if (Found != Map.end()) {
        Key = Check + "." + Name;
        Text = Found->getValue().Value;
        return true;
      }
    }
    auto Global = Map.find(Name);
    if (Global == Map.end())
      return false;
    Key = Name;
    Text = Global->getValue().Value;
    return true;
  }

  ClangTidyContext &Context;
  const bool Complain;
};

bool isPowerOfTwo(uint64_t N) { return N != 0 && (N & (N - 1)) == 0; }

} // namespace

/// An enabled check reports at the plugin's default level for its rule
/// (straddle: error), a rule the plugin leaves off at warning level.
static const char *enabledLevelArgument(Rule R) {
  return PluginOptions().severity(R) == Severity::Error ? "error=" : "warn=";
}

std::vector<std::string> readTidyOverrides(ClangTidyContext &Context,
                                           bool Complain) {
  std::vector<std::string> Args;
  for (int I = 0; I < RuleCount; ++I)
    Args.push_back(std::string(Context.isCheckEnabled(checkNameOf(Rule(I)))
                                   ? enabledLevelArgument(Rule(I))
                                   : "disable=") +
                   ruleName(Rule(I)));
  SharedOptionReader Read(Context, Complain);
  uint64_t Bytes = 0;
  if (Read.number("MinSaved", Bytes))
    Args.push_back("min-saved=" + std::to_string(Bytes));
  if (Read.number("CacheLine", Bytes)) {
    if (isPowerOfTwo(Bytes))
      Args.push_back("cache-line=" + std::to_string(Bytes));
    else
      Read.invalid("CacheLine", std::to_string(Bytes), 0);
  }
  bool Flag = false;
  if (Read.flag("KeepFirstRecordField", Flag))
    Args.push_back(std::string("keep-first-record-field=") +
                   (Flag ? "1" : "0"));
  if (Read.flag("ShowLayout", Flag))
    Args.push_back(std::string("show-layout=") + (Flag ? "1" : "0"));
  return Args;
}

void storeTidyOptions(const PluginOptions &Opts,
                      const ClangTidyCheck::OptionsView &Check,
                      clang::tidy::ClangTidyOptions::OptionMap &Map) {
  Check.store(Map, "MinSaved", std::to_string(Opts.MinSavedBytes));
  Check.store(Map, "CacheLine", std::to_string(Opts.CacheLineBytes));
  Check.store(Map, "KeepFirstRecordField",
              Opts.KeepFirstRecordField ? "true" : "false");
  Check.store(Map, "ShowLayout", Opts.ShowLayout ? "true" : "false");
}

} // namespace alignlint
