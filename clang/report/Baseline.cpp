#include "Baseline.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace alignlint {

namespace {

using EntryMap =
    std::map<std::tuple<std::string, std::string, std::string>, uint64_t>;

/// Reads one baseline document, keeping the first problem (with its line)
/// in Error. LLVM's parser streams: a node's children can be read only
/// while the walk is at the node, so the entries are read as the top-level
/// mapping is.
class BaselineReader {
public:
  BaselineReader(llvm::StringRef Path, llvm::SourceMgr &SM, std::string &Error)
      : Path(Path), SM(SM), Error(Error) {}

  /// Fills RootText with the `root:` value and Entries with the entries.
  bool readDocument(llvm::yaml::Node *Root, std::string &RootText,
                    EntryMap &Entries);

  bool fail(const llvm::yaml::Node *Node, const llvm::Twine &Problem) {
    if (!Error.empty())
      return false;
    unsigned Line =
        Node ? SM.getLineAndColumn(Node->getSourceRange().Start).first : 1;
    Error = (Path + ":" + llvm::Twine(Line) + ": " + Problem).str();
    return false;
  }

private:
  /// The mapping's values by key: each key one of Keys, none repeated, all
  /// present, each a scalar but `entries`, which goes to ReadEntries.
  bool readMapping(
      llvm::yaml::Node *Node, llvm::ArrayRef<llvm::StringRef> Keys,
      std::map<std::string, llvm::yaml::Node *> &Values,
      llvm::function_ref<bool(llvm::yaml::Node *)> ReadEntries = nullptr);
  bool readEntries(llvm::yaml::Node *Node, EntryMap &Entries);
  bool readEntry(llvm::yaml::Node *Node, EntryMap &Entries);

  std::string scalar(llvm::yaml::Node *Node) {
    llvm::SmallString<64> Storage;
    return static_cast<llvm::yaml::ScalarNode *>(Node)->getValue(Storage).str();
  }

  llvm::StringRef Path;
  llvm::SourceMgr &SM;
  std::string &Error;
};

bool BaselineReader::readMapping(
    llvm::yaml::Node *Node, llvm::ArrayRef<llvm::StringRef> Keys,
    std::map<std::string, llvm::yaml::Node *> &Values,
    llvm::function_ref<bool(llvm::yaml::Node *)> ReadEntries) {
  auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Node);
  if (!Map)
    return fail(Node, "expected a mapping");
  for (llvm::yaml::KeyValueNode &Pair : *Map) {
    auto *Key = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(Pair.getKey());
    if (!Key)
      return fail(Pair.getKey(), "a key must be a scalar");
    std::string Name = scalar(Key);
    llvm::yaml::Node *Value = Pair.getValue();
    if (std::find(Keys.begin(), Keys.end(), Name) == Keys.end())
      return fail(Key, "unknown key '" + Name + "'");
    if (Values.count(Name))
      return fail(Key, "duplicate key '" + Name + "'");
    Values[Name] = Value;
    if (Name == "entries" && ReadEntries) {
      if (!ReadEntries(Value))
        return false;
    } else if (!llvm::isa_and_nonnull<llvm::yaml::ScalarNode>(Value)) {
      return fail(Value ? Value : Key, "'" + Name + "' must be a scalar");
    }
  }
  for (llvm::StringRef Key : Keys)
    if (!Values.count(Key.str()))
      return fail(Node, "missing key '" + Key + "'");
  return Error.empty();
}

bool BaselineReader::readEntry(llvm::yaml::Node *Node, EntryMap &Entries) {
  static const llvm::StringRef EntryKeys[] = {"rule", "record", "file",
                                              "bytes_wasted"};
  std::map<std::string, llvm::yaml::Node *> Entry;
  if (!readMapping(Node, EntryKeys, Entry))
    return false;
  std::string Bytes = scalar(Entry["bytes_wasted"]);
  char *End = nullptr;
  errno = 0;
  unsigned long long Value = std::strtoull(Bytes.c_str(), &End, 10);
  if (Bytes.empty() || Bytes[0] < '0' || Bytes[0] > '9' || *End || errno)
    return fail(Entry["bytes_wasted"],
                "'bytes_wasted' must be a number of bytes, not '" + Bytes +
                    "'");
  // Records of one identity share an entry with the larger waste.
  uint64_t &Known = Entries[std::make_tuple(
      scalar(Entry["rule"]), scalar(Entry["record"]), scalar(Entry["file"]))];
  Known = std::max<uint64_t>(Known, Value);
  return true;
}

bool BaselineReader::readEntries(llvm::yaml::Node *Node, EntryMap &Entries) {
  auto *List = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(Node);
  if (!List)
    return fail(Node, "'entries' must be a sequence");
  for (llvm::yaml::Node &Item : *List)
    if (!readEntry(&Item, Entries))
      return false;
  return Error.empty();
}

bool BaselineReader::readDocument(llvm::yaml::Node *Root, std::string &RootText,
                                  EntryMap &Entries) {
  static const llvm::StringRef TopKeys[] = {"format", "version", "root",
                                            "entries"};
  std::map<std::string, llvm::yaml::Node *> Top;
  auto ReadEntries = [&](llvm::yaml::Node *Node) {
    return readEntries(Node, Entries);
  };
  if (!readMapping(Root, TopKeys, Top, ReadEntries))
    return false;
  if (scalar(Top["format"]) != "alignlint-baseline")
    return fail(Top["format"],
                "not a baseline: 'format' must be 'alignlint-baseline'");
  if (scalar(Top["version"]) != "1")
    return fail(Top["version"], "unknown baseline version '" +
                                    scalar(Top["version"]) +
                                    "' (this alignlint reads version 1)");
  RootText = scalar(Top["root"]);
  return true;
}

/// The absolute real path of Root (the baseline's `root:`) taken relative
/// to the folder of the baseline file at Path.
std::string resolveRoot(llvm::StringRef Path, llvm::StringRef Root) {
  llvm::SmallString<256> Joined;
  if (llvm::sys::path::is_absolute(Root)) {
    Joined = Root;
  } else {
    llvm::SmallString<256> File(Path);
    llvm::sys::fs::make_absolute(File);
    Joined = llvm::sys::path::parent_path(File);
    llvm::sys::path::append(Joined, Root);
  }
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Joined, Real))
    return std::string(Real.str());
  llvm::sys::path::remove_dots(Joined, /*remove_dot_dot=*/true);
  return std::string(Joined.str());
}

void collectParseError(const llvm::SMDiagnostic &Diagnostic, void *Context) {
  std::string &Message = *static_cast<std::string *>(Context);
  if (Message.empty())
    Message = (llvm::Twine(Diagnostic.getLineNo()) + ":" +
               llvm::Twine(Diagnostic.getColumnNo() + 1) +
               ": invalid YAML: " + Diagnostic.getMessage())
                  .str();
}

} // namespace

bool Baseline::read(llvm::StringRef Path, Baseline &Out, std::string &Error) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Error = "cannot read the baseline " + Path.str() + ": " +
            Buffer.getError().message();
    return false;
  }
  llvm::SourceMgr SM;
  std::string ParseError;
  SM.setDiagHandler(collectParseError, &ParseError);
  llvm::yaml::Stream Stream((*Buffer)->getMemBufferRef(), SM);
  BaselineReader Reader(Path, SM, Error);
  std::string RootText;
  llvm::yaml::document_iterator Document = Stream.begin();
  if (Document == Stream.end() || !Document->getRoot())
    Reader.fail(nullptr, "empty file, expected a baseline");
  else
    Reader.readDocument(Document->getRoot(), RootText,
                        Out.BytesWastedByIdentity);
  // A syntax error says more than what the reader made of the broken tree.
  if (!ParseError.empty())
    Error = Path.str() + ":" + ParseError;
  if (!Error.empty())
    return false;
  Out.Root = resolveRoot(Path, RootText);
  return true;
}

BaselineVerdict Baseline::judge(llvm::StringRef Rule,
                                llvm::StringRef QualifiedName,
                                llvm::StringRef File,
                                uint64_t BytesWasted) const {
  llvm::StringRef Relative = File;
  if (Relative.consume_front(Root) && Relative.consume_front("/"))
    File = Relative;
  auto Entry = BytesWastedByIdentity.find(
      std::make_tuple(Rule.str(), QualifiedName.str(), File.str()));
  if (Entry == BytesWastedByIdentity.end())
    return BaselineVerdict::New;
  return BytesWasted > Entry->second ? BaselineVerdict::Worse
                                     : BaselineVerdict::Known;
}

} // namespace alignlint
