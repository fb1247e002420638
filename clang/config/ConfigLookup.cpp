#include "ConfigLookup.h"

#include "PathGlob.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace alignlint {

static const char ConfigFileName[] = ".alignlint.yaml";

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Full(Path);
  llvm::sys::fs::make_absolute(Full);
  llvm::sys::path::remove_dots(Full, /*remove_dot_dot=*/true);
  return std::string(Full.str());
}

bool FolderConfig::checksFile(llvm::StringRef File) const {
  if (!Include.empty() && !anyGlobMatches(Include, File))
    return false;
  return !anyGlobMatches(Exclude, File);
}

ConfigLookup::ConfigLookup(OptionSources Sources)
    : Sources(std::move(Sources)) {}

std::vector<std::string> ConfigLookup::takeErrors() {
  std::vector<std::string> Taken;
  Taken.swap(Errors);
  return Taken;
}

// The file at Path, which lies in Folder, and what it inherits.
ConfigLookup::Chain ConfigLookup::chainOfFile(const std::string &Path,
                                              const std::string &Folder) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Errors.push_back("cannot read configuration file '" + Path +
                     "': " + Buffer.getError().message());
    return Chain{nullptr};
  }
  auto File = std::make_shared<ConfigFile>();
  std::string Error;
  if (!parseConfigFile(Path, (*Buffer)->getBuffer(), Folder, *File, Error)) {
    Errors.push_back(Error);
    return Chain{nullptr};
  }
  Chain Result;
  llvm::StringRef Parent = llvm::sys::path::parent_path(Folder);
  if (File->Inherit && !Parent.empty() && Parent != Folder)
    Result = chainFor(Parent.str());
  Result.push_back(File);
  return Result;
}

const ConfigLookup::Chain &ConfigLookup::chainFor(const std::string &Folder) {
  auto Found = Chains.find(Folder);
  if (Found != Chains.end())
    return Found->second;
  if (Folder.empty()) // a buffer that is no file: no configuration
    return Chains[Folder];
  llvm::SmallString<256> Candidate(Folder);
  llvm::sys::path::append(Candidate, ConfigFileName);
  Chain Result;
  llvm::StringRef Parent = llvm::sys::path::parent_path(Folder);
  if (llvm::sys::fs::exists(Candidate))
    Result = chainOfFile(std::string(Candidate.str()), Folder);
  else if (!Parent.empty() && Parent != Folder)
    Result = chainFor(Parent.str());
  return Chains[Folder] = std::move(Result);
}

const FolderConfig &ConfigLookup::forFolder(llvm::StringRef Folder) {
  std::unique_ptr<FolderConfig> &Slot = Configs[Folder];
  if (Slot)
    return *Slot;
  const Chain *Files;
  if (!Sources.ExplicitConfig.empty()) {
    // One file for every folder, looked up once.
    if (!ExplicitChain) {
      std::string Path = absolutePath(Sources.ExplicitConfig);
      ExplicitChain.reset(new Chain(
          chainOfFile(Path, llvm::sys::path::parent_path(Path).str())));
    }
    Files = ExplicitChain.get();
  } else {
    Files = &chainFor(Folder.str());
  }
  Slot.reset(new FolderConfig());
  for (const std::shared_ptr<const ConfigFile> &File : *Files) {
    if (!File) {
      Slot->Valid = false;
      continue;
    }
    std::string Ignored; // the reader applied each argument already
    for (const std::string &Argument : File->Arguments)
      applyPluginArg(Argument, Slot->Opts, Ignored);
    Slot->Include.insert(Slot->Include.end(), File->Include.begin(),
                         File->Include.end());
    Slot->Exclude.insert(Slot->Exclude.end(), File->Exclude.begin(),
                         File->Exclude.end());
    Slot->PublicHeaders.insert(Slot->PublicHeaders.end(),
                               File->PublicHeaders.begin(),
                               File->PublicHeaders.end());
    Slot->SetsPublicHeaders |= File->SetsPublicHeaders;
  }
  std::string Ignored; // the front-end validated its own settings
  for (const std::string &Argument : Sources.Overrides)
    applyPluginArg(Argument, Slot->Opts, Ignored);
  return *Slot;
}

} // namespace alignlint
