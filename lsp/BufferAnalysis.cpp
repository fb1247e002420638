#include "BufferAnalysis.h"

#include "LocalFiles.h"

#include "AnalysisCommand.h"
#include "ChildProcess.h"
#include "IncludePrefix.h"
#include "MessageStream.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace alignlint {
namespace lsp {
namespace {

// A compile that takes longer is stuck, not slow.
const unsigned CompileTimeoutSeconds = 120;

// A temporary folder, removed with everything in it when this goes.
class ScratchDirectory {
public:
  ScratchDirectory() {
    if (llvm::sys::fs::createUniqueDirectory("alignlint-clangd", Path))
      Path.clear();
  }
  ~ScratchDirectory() {
    if (!Path.empty())
      llvm::sys::fs::remove_directories(Path);
  }
  bool valid() const { return !Path.empty(); }
  std::string file(llvm::StringRef Name) const {
    return (Path + "/" + Name).str();
  }

private:
  llvm::SmallString<128> Path;
};

// The findings file the plugin wrote into Dir (one TU: one file).
std::string findingsFileIn(const std::string &Dir) {
  std::error_code Error;
  for (llvm::sys::fs::directory_iterator It(Dir, Error), End;
       It != End && !Error; It.increment(Error))
    if (llvm::StringRef(It->path()).consume_back(".findings.json"))
      return It->path();
  return "";
}

// The first lines of the compiler's output, for the log.
std::string outputHead(const std::string &OutputFile) {
  auto Buffer = llvm::MemoryBuffer::getFile(OutputFile);
  if (!Buffer)
    return "";
  return (*Buffer)->getBuffer().take_front(600).str();
}

enum class Outcome {
  Findings,   // the plugin wrote its findings
  CodeErrors, // the code does not compile: no findings, as in a build
  Failed,     // cancelled, crashed, or could not run
};

// One compiler run over BufferText, with Preamble ("" for none).
class CompileRun {
public:
  CompileRun(const ServerOptions &Options, const FileCommand &Command,
             const std::string &File)
      : Options(Options), Command(Command), File(File) {}

  Outcome run(const std::string &BufferText, const std::string &Preamble,
              RunningCompile &Running, AnalysisResult &Result) {
    if (!Scratch.valid() || !writeFile(Scratch.file("buffer"), BufferText) ||
        llvm::sys::fs::create_directory(Scratch.file("export"))) {
      logLine("cannot write a temporary copy of " + File);
      return Outcome::Failed;
    }
    AnalysisInputs Inputs{
        Options.Clang,          Options.Plugin,         File,
        Scratch.file("buffer"), Scratch.file("export"), Preamble};
    pid_t Pid;
    std::string Error;
    if (!spawnQuiet(analysisCommand(Command, Inputs), Command.Directory,
                    Scratch.file("output"), Options.Niceness, Pid, Error)) {
      logLine("cannot run " + Options.Clang + ": " + Error);
      return Outcome::Failed;
    }
    Running.started(Pid);
    long Cpu = 0;
    Status = Running.waitForEnd(CompileTimeoutSeconds, Cpu);
    Result.CpuMilliseconds += Cpu;
    if (Status < 0)
      return Outcome::Failed;
    std::string FindingsFile = findingsFileIn(Scratch.file("export"));
    if (FindingsFile.empty())
      // Errors in the code (status 1): a build's plugin stays silent too.
      return Status == 1 ? Outcome::CodeErrors : Outcome::Failed;
    if (!readFindingsFile(FindingsFile, Result.Findings, Error)) {
      logLine(Error);
      return Outcome::Failed;
    }
    return Outcome::Findings;
  }

  int status() const { return Status; }
  std::string output() const { return outputHead(Scratch.file("output")); }

private:
  const ServerOptions &Options;
  const FileCommand &Command;
  const std::string &File;
  ScratchDirectory Scratch;
  int Status = -1;
};

// A run with the preamble that went wrong because of it: a crash, or clang
// names the precompiled header (or the AST file) in what it says.
bool preambleFailed(Outcome Got, const CompileRun &Run,
                    const std::string &Preamble) {
  if (Got == Outcome::Findings)
    return false;
  if (Got == Outcome::Failed)
    return true;
  std::string Output = Run.output();
  return Output.find(Preamble) != std::string::npos ||
         Output.find("precompiled") != std::string::npos ||
         Output.find("AST file") != std::string::npos;
}

// The analysis with the buffer's precompiled includes, when they are
// ready: true when it answered (Result filled) or was cancelled, false to
// parse it all. Errors in the code with a preamble that never gave findings
// are checked by a full parse: where it gives findings, the preamble was
// the cause.
bool analyzeWithPreamble(const ServerOptions &Options,
                         const FileCommand &Command, PreambleStore &Preambles,
                         const OpenDocument &Document, size_t PrefixLength,
                         const std::string &Key, RunningCompile &Running,
                         AnalysisResult &Result, bool &Unproven) {
  bool Proven = false;
  std::string Preamble = Preambles.ready(Document.Uri, Key, Proven);
  if (Preamble.empty())
    return false;
  CompileRun Run(Options, Command, Document.Path);
  Outcome Got = Run.run(blankedPrefix(Document.Text.text(), PrefixLength),
                        Preamble, Running, Result);
  if (Run.status() < 0)
    return true; // cancelled: a newer text is due
  if (preambleFailed(Got, Run, Preamble)) {
    std::string Output = Run.output();
    bool Stale = Output.find("has been modified") != std::string::npos;
    bool Again = Preambles.failed(Document.Uri, Stale);
    logLine("the precompiled includes of " + Document.Path +
            (Stale ? " are out of date" : " do not work") +
            (Again ? "; they are built again" : "; each analysis parses them") +
            ". The compiler said:\n" + Output);
    Result.Findings.clear();
    return false;
  }
  if (Got == Outcome::Findings)
    Preambles.proven(Document.Uri);
  if (Got == Outcome::CodeErrors && !Proven) {
    Unproven = true;
    return false;
  }
  Result.Completed = true;
  Result.UsedPreamble = true;
  return true;
}

} // namespace

AnalysisResult analyzeBuffer(const ServerOptions &Options,
                             CompileCommands &Commands,
                             PreambleStore &Preambles,
                             const OpenDocument &Document,
                             RunningCompile &Running) {
  AnalysisResult Result;
  Result.RealPath = realPathIn("", Document.Path);
  FileCommand Command = Commands.commandFor(Document.Path);
  Result.ListedInDatabase = Command.ListedInDatabase;
  const std::string &Text = Document.Text.text();
  size_t PrefixLength = Options.Preamble ? includePrefixLength(Text) : 0;
  std::string Key =
      PrefixLength ? preambleKey(Command, Text.substr(0, PrefixLength)) : "";
  bool Unproven = false;
  if (PrefixLength &&
      analyzeWithPreamble(Options, Command, Preambles, Document, PrefixLength,
                          Key, Running, Result, Unproven))
    return Result;
  CompileRun Run(Options, Command, Document.Path);
  Outcome Got = Run.run(Text, "", Running, Result);
  if (Unproven && Got == Outcome::Findings) {
    bool Again = Preambles.failed(Document.Uri, false);
    logLine("the precompiled includes of " + Document.Path +
            " made the code fail to compile" +
            (Again ? "; they are built again" : "; each analysis parses them"));
  }
  if (Got != Outcome::Findings && Run.status() >= 0)
    logLine("the analysis of " + Document.Path +
            " wrote no findings; the compiler said:\n" + Run.output());
  // Errors in the code: the old findings go. A crash keeps them.
  Result.Completed = Got != Outcome::Failed;
  if (PrefixLength && Run.status() >= 0)
    Preambles.prepare(Document.Uri,
                      PreambleRequest{Key, Command, Document.Path,
                                      Text.substr(0, PrefixLength)});
  return Result;
}

} // namespace lsp
} // namespace alignlint
