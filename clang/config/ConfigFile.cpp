#include "ConfigFile.h"

#include "PluginOptions.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

#include <set>

namespace alignlint {

namespace yaml = llvm::yaml;

namespace {

/// What a key's value must be.
enum class ValueKind { RuleList, Bytes, Flag, ReportOrIgnore, Globs };

struct KeySpec {
  const char *Name;
  ValueKind Kind;
};

// In the order docs/configuration.md lists them. inherit is read apart.
const KeySpec Keys[] = {{"enable", ValueKind::RuleList},
                        {"disable", ValueKind::RuleList},
                        {"warn", ValueKind::RuleList},
                        {"error", ValueKind::RuleList},
                        {"min-saved", ValueKind::Bytes},
                        {"cache-line", ValueKind::Bytes},
                        {"keep-first-record-field", ValueKind::Flag},
                        {"show-layout", ValueKind::Flag},
                        {"main-file-only", ValueKind::Flag},
                        {"report-unused-suppressions", ValueKind::Flag},
                        {"abi", ValueKind::ReportOrIgnore},
                        {"abi-heuristics", ValueKind::Flag},
                        {"generated", ValueKind::ReportOrIgnore},
                        {"include", ValueKind::Globs},
                        {"exclude", ValueKind::Globs},
                        {"public-headers", ValueKind::Globs}};

const KeySpec *findKey(llvm::StringRef Name) {
  for (const KeySpec &K : Keys)
    if (Name == K.Name)
      return &K;
  return nullptr;
}

/// Reads one file's mapping; the first problem ends the reading.
class ConfigReader {
public:
  ConfigReader(llvm::StringRef Path, llvm::StringRef Directory,
               llvm::SourceMgr &SM, ConfigFile &Out)
      : Path(Path), Directory(Directory), SM(SM), Out(Out) {}

  bool readMapping(yaml::MappingNode &Map);
  std::string Error;

private:
  bool readEntry(yaml::KeyValueNode &Entry);
  bool readValue(const KeySpec &Key, yaml::Node *Value);
  bool scalarsOf(yaml::Node *Value, std::vector<std::string> &Items);
  bool flagOf(yaml::Node *Value, const std::string &Key, bool &Flag);
  bool fail(yaml::Node *At, const std::string &What);
  std::string absoluteGlob(const std::string &Glob) const;

  llvm::StringRef Path, Directory;
  llvm::SourceMgr &SM;
  ConfigFile &Out;
  std::set<std::string> Seen;
};

bool ConfigReader::fail(yaml::Node *At, const std::string &What) {
  std::pair<unsigned, unsigned> LineCol =
      SM.getLineAndColumn(At->getSourceRange().Start);
  Error = Path.str() + ":" + std::to_string(LineCol.first) + ":" +
          std::to_string(LineCol.second) + ": " + What;
  return false;
}

bool ConfigReader::readMapping(yaml::MappingNode &Map) {
  for (yaml::KeyValueNode &Entry : Map)
    if (!readEntry(Entry))
      return false;
  return true;
}

bool ConfigReader::readEntry(yaml::KeyValueNode &Entry) {
  auto *KeyNode = llvm::dyn_cast_or_null<yaml::ScalarNode>(Entry.getKey());
  if (!KeyNode)
    return fail(Entry.getKey() ? Entry.getKey() : Entry.getValue(),
                "a key must be a plain name");
  llvm::SmallString<32> Storage;
  std::string Name = KeyNode->getValue(Storage).str();
  if (!Seen.insert(Name).second)
    return fail(KeyNode, "key '" + Name + "' appears twice");
  if (!Entry.getValue())
    return fail(KeyNode, "key '" + Name + "' has no value");
  if (Name == "inherit")
    return flagOf(Entry.getValue(), Name, Out.Inherit);
  const KeySpec *Key = findKey(Name);
  if (!Key)
    return fail(KeyNode, "unknown key '" + Name + "'; " + configKeysUsage());
  return readValue(*Key, Entry.getValue());
}

// A scalar, or a sequence of scalars.
bool ConfigReader::scalarsOf(yaml::Node *Value,
                             std::vector<std::string> &Items) {
  llvm::SmallString<64> Storage;
  if (auto *One = llvm::dyn_cast<yaml::ScalarNode>(Value)) {
    Items.push_back(One->getValue(Storage).str());
    return true;
  }
  auto *List = llvm::dyn_cast<yaml::SequenceNode>(Value);
  if (!List)
    return false;
  for (yaml::Node &Item : *List) {
    auto *Text = llvm::dyn_cast<yaml::ScalarNode>(&Item);
    if (!Text)
      return false;
    Items.push_back(Text->getValue(Storage).str());
  }
  return true;
}

bool ConfigReader::flagOf(yaml::Node *Value, const std::string &Key,
                          bool &Flag) {
  llvm::SmallString<16> Storage;
  auto *Text = llvm::dyn_cast<yaml::ScalarNode>(Value);
  llvm::StringRef Word = Text ? Text->getValue(Storage) : "";
  if (Word != "true" && Word != "false")
    return fail(Value, "key '" + Key + "' must be true or false");
  Flag = Word == "true";
  return true;
}

std::string ConfigReader::absoluteGlob(const std::string &Glob) const {
  llvm::SmallString<256> Full;
  if (llvm::sys::path::is_absolute(Glob))
    Full = Glob;
  else
    llvm::sys::path::append(Full, Directory, Glob);
  llvm::sys::path::remove_dots(Full, /*remove_dot_dot=*/true);
  return std::string(Full.str());
}

bool ConfigReader::readValue(const KeySpec &Key, yaml::Node *Value) {
  std::string Name = Key.Name;
  std::vector<std::string> Items;
  bool IsList = scalarsOf(Value, Items);
  if (Key.Kind == ValueKind::Globs) {
    if (!IsList)
      return fail(Value, "key '" + Name + "' must be a list of path globs");
    std::vector<std::string> &Globs = Name == "include"   ? Out.Include
                                      : Name == "exclude" ? Out.Exclude
                                                          : Out.PublicHeaders;
    for (const std::string &Glob : Items)
      Globs.push_back(absoluteGlob(Glob));
    Out.SetsPublicHeaders |= Name == "public-headers";
    return true;
  }
  std::string Text;
  if (Key.Kind == ValueKind::RuleList) {
    if (!IsList || Items.empty())
      return fail(Value, "key '" + Name +
                             "' must be a list of rules (field-order, "
                             "hot-fields, contended, false-sharing, "
                             "straddle) or all");
    for (const std::string &Item : Items)
      Text += (Text.empty() ? "" : ",") + Item;
  } else if (Key.Kind == ValueKind::Flag) {
    bool Flag = false;
    if (!flagOf(Value, Name, Flag))
      return false;
    Text = Flag ? "1" : "0";
  } else {
    if (!llvm::isa<yaml::ScalarNode>(Value))
      return fail(Value,
                  "key '" + Name + "' must be " +
                      (Key.Kind == ValueKind::Bytes ? "a number of bytes"
                                                    : "report or ignore"));
    Text = Items.front();
  }
  // The value means what the plugin argument of the same name means.
  std::string Argument = Name + "=" + Text;
  PluginOptions Scratch;
  std::string Why;
  if (!applyPluginArg(Argument, Scratch, Why))
    return fail(Value, "bad value '" + Text + "' for key '" + Name + "' (" +
                           Why + ")");
  Out.Arguments.push_back(Argument);
  return true;
}

} // namespace

std::string configKeysUsage() {
  std::string Usage = "valid keys: inherit";
  for (const KeySpec &K : Keys)
    Usage += std::string(", ") + K.Name;
  return Usage;
}

bool parseConfigFile(llvm::StringRef Path, llvm::StringRef Text,
                     llvm::StringRef Directory, ConfigFile &Out,
                     std::string &Error) {
  Out = ConfigFile();
  Out.Path = Path.str();
  llvm::SourceMgr SM;
  // The parser's own syntax errors, with their line and column.
  std::string SyntaxError;
  SM.setDiagHandler(
      [](const llvm::SMDiagnostic &D, void *Context) {
        std::string &Message = *static_cast<std::string *>(Context);
        if (Message.empty())
          Message = std::to_string(D.getLineNo()) + ":" +
                    std::to_string(D.getColumnNo() + 1) + ": " +
                    D.getMessage().str();
      },
      &SyntaxError);
  yaml::Stream Stream(Text, SM);
  ConfigReader Reader(Path, Directory, SM, Out);
  bool Ok = true;
  for (yaml::Document &Doc : Stream) {
    yaml::Node *Root = Doc.getRoot();
    if (!Root || llvm::isa<yaml::NullNode>(Root))
      continue; // an empty file sets nothing
    auto *Map = llvm::dyn_cast<yaml::MappingNode>(Root);
    if (!Map) {
      std::pair<unsigned, unsigned> LineCol =
          SM.getLineAndColumn(Root->getSourceRange().Start);
      Error = Path.str() + ":" + std::to_string(LineCol.first) + ":" +
              std::to_string(LineCol.second) +
              ": the file must be a mapping of keys to values";
      return false;
    }
    Ok = Reader.readMapping(*Map);
    break; // one document
  }
  if (!SyntaxError.empty()) {
    Error = Path.str() + ":" + SyntaxError;
    return false;
  }
  if (!Ok)
    Error = Reader.Error;
  return Ok;
}

} // namespace alignlint
