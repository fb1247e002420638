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

  uint64_t number(const std::string &Name, uint64_t Default) {
    std::string Key, Text;
    if (!lookup(Name, Key, Text))
      return Default;
    char *End = nullptr;
    errno = 0;
    unsigned long long Value = std::strtoull(Text.c_str(), &End, 10);
    if (Text.empty() || Text[0] < '0' || Text[0] > '9' || errno != 0 || *End)
      return invalid(Key, Text, Default);
    return Value;
  }

  bool flag(const std::string &Name, bool Default) {
    std::string Key, Text;
    if (!lookup(Name, Key, Text))
      return Default;
    if (Text == "true" || Text == "1")
      return true;
    if (Text == "false" || Text == "0")
      return false;
    return invalid(Key, Text, Default);
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
static Severity enabledSeverity(Rule R) {
  Severity PluginDefault = PluginOptions().severity(R);
  return PluginDefault == Severity::Off ? Severity::Warning : PluginDefault;
}

PluginOptions readTidyOptions(ClangTidyContext &Context, bool Complain) {
  PluginOptions Opts;
  for (int I = 0; I < RuleCount; ++I)
    Opts.RuleSeverity[I] = Context.isCheckEnabled(checkNameOf(Rule(I)))
                               ? enabledSeverity(Rule(I))
                               : Severity::Off;
  SharedOptionReader Read(Context, Complain);
  Opts.MinSavedBytes = Read.number("MinSaved", Opts.MinSavedBytes);
  uint64_t CacheLine = Read.number("CacheLine", Opts.CacheLineBytes);
  if (isPowerOfTwo(CacheLine))
    Opts.CacheLineBytes = CacheLine;
  else
    Read.invalid("CacheLine", std::to_string(CacheLine), 0);
  Opts.KeepFirstRecordField =
      Read.flag("KeepFirstRecordField", Opts.KeepFirstRecordField);
  Opts.ShowLayout = Read.flag("ShowLayout", Opts.ShowLayout);
  return Opts;
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
