#include "ClangdConfig.h"

#include "clang/Driver/Driver.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

#include <algorithm>

namespace alignlint {
namespace lsp {
namespace {

namespace yaml = llvm::yaml;

// One YAML document of a configuration file, as far as compiling goes.
struct Fragment {
  std::vector<std::string> PathMatch, PathExclude;
  std::string Compiler;
  std::vector<std::string> Remove, Add;
};

// A configuration file: its fragments, and the folder its paths are
// relative to ("" for the user's file, whose paths are absolute).
struct ConfigFile {
  std::string Directory;
  std::vector<Fragment> Fragments;
};

std::string scalarText(yaml::Node *Node) {
  auto *Scalar = llvm::dyn_cast_or_null<yaml::ScalarNode>(Node);
  if (!Scalar)
    return "";
  llvm::SmallString<64> Storage;
  return Scalar->getValue(Storage).str();
}

// A key's value: one scalar or a sequence of them (clangd accepts both).
std::vector<std::string> scalarList(yaml::Node *Node) {
  std::vector<std::string> Values;
  if (auto *Sequence = llvm::dyn_cast_or_null<yaml::SequenceNode>(Node)) {
    for (yaml::Node &Item : *Sequence)
      Values.push_back(scalarText(&Item));
  } else if (Node) {
    Values.push_back(scalarText(Node));
  }
  return Values;
}

template <typename Visit> void eachKey(yaml::Node *Node, Visit &&Visitor) {
  auto *Mapping = llvm::dyn_cast_or_null<yaml::MappingNode>(Node);
  if (!Mapping)
    return;
  for (yaml::KeyValueNode &Pair : *Mapping)
    Visitor(scalarText(Pair.getKey()), Pair.getValue());
}

Fragment readFragment(yaml::Node *Root) {
  Fragment Read;
  eachKey(Root, [&](const std::string &Key, yaml::Node *Value) {
    if (Key == "If")
      eachKey(Value, [&](const std::string &Condition, yaml::Node *Paths) {
        if (Condition == "PathMatch")
          Read.PathMatch = scalarList(Paths);
        else if (Condition == "PathExclude")
          Read.PathExclude = scalarList(Paths);
      });
    else if (Key == "CompileFlags")
      eachKey(Value, [&](const std::string &Flag, yaml::Node *Flags) {
        if (Flag == "Compiler")
          Read.Compiler = scalarText(Flags);
        else if (Flag == "Remove")
          Read.Remove = scalarList(Flags);
        else if (Flag == "Add")
          Read.Add = scalarList(Flags);
      });
  });
  return Read;
}

// \returns false, with Problem set, when Path exists but is not valid YAML.
bool readConfigFile(const std::string &Path, std::string Directory,
                    std::vector<ConfigFile> &Files, std::string &Problem) {
  auto Text = llvm::MemoryBuffer::getFile(Path);
  if (!Text)
    return true; // no such file: nothing to apply
  llvm::SourceMgr Sources;
  std::string Errors;
  Sources.setDiagHandler(
      [](const llvm::SMDiagnostic &Diagnostic, void *Context) {
        *static_cast<std::string *>(Context) = Diagnostic.getMessage().str();
      },
      &Errors);
  ConfigFile File{std::move(Directory), {}};
  yaml::Stream Documents((*Text)->getBuffer(), Sources);
  for (yaml::Document &Document : Documents)
    File.Fragments.push_back(readFragment(Document.getRoot()));
  if (!Errors.empty()) {
    Problem = Path + " is not valid YAML (" + Errors + "); it is not applied.";
    return false;
  }
  Files.push_back(std::move(File));
  return true;
}

// The .clangd files from the outermost folder to File's own, then the user's
// configuration: clangd's order of precedence, the last one winning.
std::vector<ConfigFile> configFilesFor(const std::string &File,
                                       std::vector<std::string> &Problems) {
  std::vector<std::string> Folders;
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(File); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir))
    Folders.push_back(Dir.str());
  std::vector<ConfigFile> Files;
  std::string Problem;
  for (auto Dir = Folders.rbegin(); Dir != Folders.rend(); ++Dir)
    if (!readConfigFile(*Dir + "/.clangd", *Dir, Files, Problem))
      Problems.push_back(Problem);
  llvm::SmallString<256> User;
  if (llvm::sys::path::user_config_directory(User)) {
    llvm::sys::path::append(User, "clangd", "config.yaml");
    if (!readConfigFile(User.str().str(), "", Files, Problem))
      Problems.push_back(Problem);
  }
  return Files;
}

bool anyMatches(const std::vector<std::string> &Patterns,
                const std::string &Path) {
  for (const std::string &Pattern : Patterns)
    if (llvm::Regex("^(" + Pattern + ")$").match(Path))
      return true;
  return false;
}

// If: PathMatch / PathExclude, on the path relative to the file's folder.
bool fragmentApplies(const Fragment &F, const ConfigFile &Config,
                     const std::string &File) {
  std::string Path = File;
  if (!Config.Directory.empty()) {
    llvm::StringRef Relative = File;
    if (!Relative.consume_front(Config.Directory + "/"))
      return false;
    Path = Relative.str();
  }
  if (!F.PathMatch.empty() && !anyMatches(F.PathMatch, Path))
    return false;
  return !anyMatches(F.PathExclude, Path);
}

// The driver's options: Driver.h declares them in clang::driver up to clang
// 21 and in clang from 22, and either is found here.
const llvm::opt::OptTable &driverOptions() {
  using namespace clang;
  using namespace clang::driver;
  return getDriverOptTable();
}

// The option a flag names without a value ("-I", "-include"), unaliased, or
// 0: such a pattern removes the option with any value, as clangd's does.
unsigned bareOptionId(const std::string &Pattern) {
  // With a value after it, an option that needs one parses too.
  const char *Argv[] = {Pattern.c_str(), "value"};
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Parsed =
      driverOptions().ParseArgs(Argv, MissingIndex, MissingCount);
  for (const llvm::opt::Arg *First : Parsed) {
    const llvm::opt::Option &Option = First->getOption();
    bool Named = Option.getKind() != llvm::opt::Option::UnknownClass &&
                 Option.getKind() != llvm::opt::Option::InputClass;
    if (First->getIndex() == 0 && Named && First->getSpelling() == Pattern)
      return Option.getUnaliasedOption().getID();
  }
  return 0;
}

bool removedBy(const std::string &Pattern, unsigned PatternOption,
               const llvm::opt::Arg &Parsed,
               const std::vector<std::string> &Tokens) {
  llvm::StringRef Written = Tokens.front();
  if (!Pattern.empty() && Pattern.back() == '*')
    return Written.substr(0, Pattern.size() - 1) ==
           llvm::StringRef(Pattern).drop_back();
  if (PatternOption)
    return Parsed.getOption().getUnaliasedOption().getID() == PatternOption;
  std::string Whole;
  for (const std::string &Token : Tokens)
    Whole += Token;
  return Whole == Pattern || Written == Pattern;
}

// Remove: every flag (with its values) that a pattern names: "-W*" by
// prefix, "-I" with any value, "-DX" as written. Inputs stay.
void removeFlags(const std::vector<std::string> &Patterns,
                 std::vector<std::string> &Arguments) {
  if (Patterns.empty() || Arguments.size() < 2)
    return;
  std::vector<const char *> Argv;
  for (size_t I = 1; I < Arguments.size(); ++I)
    Argv.push_back(Arguments[I].c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Parsed =
      driverOptions().ParseArgs(Argv, MissingIndex, MissingCount);
  std::vector<const llvm::opt::Arg *> InOrder(Parsed.begin(), Parsed.end());
  std::sort(InOrder.begin(), InOrder.end(),
            [](const llvm::opt::Arg *A, const llvm::opt::Arg *B) {
              return A->getIndex() < B->getIndex();
            });
  std::vector<unsigned> PatternOptions;
  for (const std::string &Pattern : Patterns)
    PatternOptions.push_back(bareOptionId(Pattern));
  std::vector<bool> Drop(Arguments.size(), false);
  for (size_t I = 0; I < InOrder.size(); ++I) {
    const llvm::opt::Arg &A = *InOrder[I];
    if (A.getOption().getKind() == llvm::opt::Option::InputClass)
      continue;
    size_t Begin = A.getIndex() + 1;
    size_t End = I + 1 < InOrder.size() ? InOrder[I + 1]->getIndex() + 1
                                        : Arguments.size();
    std::vector<std::string> Tokens(Arguments.begin() + Begin,
                                    Arguments.begin() + End);
    for (size_t P = 0; P < Patterns.size(); ++P)
      if (removedBy(Patterns[P], PatternOptions[P], A, Tokens))
        std::fill(Drop.begin() + Begin, Drop.begin() + End, true);
  }
  std::vector<std::string> Kept;
  for (size_t I = 0; I < Arguments.size(); ++I)
    if (!Drop[I])
      Kept.push_back(Arguments[I]);
  Arguments = std::move(Kept);
}

// Compiler, then Remove, then Add (before a "--" that ends the options).
void applyFragment(const Fragment &F, std::vector<std::string> &Arguments) {
  if (!F.Compiler.empty() && !Arguments.empty())
    Arguments.front() = F.Compiler;
  removeFlags(F.Remove, Arguments);
  auto End = std::find(Arguments.begin(), Arguments.end(), "--");
  Arguments.insert(End, F.Add.begin(), F.Add.end());
}

} // namespace

void applyClangdConfig(const std::string &File,
                       std::vector<std::string> &Arguments,
                       std::vector<std::string> &Problems) {
  for (const ConfigFile &Config : configFilesFor(File, Problems))
    for (const Fragment &F : Config.Fragments)
      if (fragmentApplies(F, Config, File))
        applyFragment(F, Arguments);
}

} // namespace lsp
} // namespace alignlint
