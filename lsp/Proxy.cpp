#include "Proxy.h"

#include "FileUri.h"
#include "ProjectFixOffer.h"

#include "llvm/Support/raw_ostream.h"

namespace alignlint {
namespace lsp {
namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

std::string serialize(const Value &V) {
  std::string Text;
  llvm::raw_string_ostream Out(Text);
  Out << V;
  return Out.str();
}

std::string uriOf(const Object *Params) {
  const Object *Document = Params ? Params->getObject("textDocument") : nullptr;
  if (Document)
    if (auto Uri = Document->getString("uri"))
      return Uri->str();
  return "";
}

TextPosition positionAt(const Object *Range, llvm::StringRef Key) {
  TextPosition P;
  const Object *O = Range ? Range->getObject(Key) : nullptr;
  if (!O)
    return P;
  if (auto Line = O->getInteger("line"))
    P.Line = unsigned(*Line);
  if (auto Character = O->getInteger("character"))
    P.Character = unsigned(*Character);
  return P;
}

bool before(TextPosition A, TextPosition B) {
  return A.Line < B.Line || (A.Line == B.Line && A.Character < B.Character);
}

// Closed ranges: a cursor on the record's name asks for its fixes.
bool overlaps(TextPosition Begin1, TextPosition End1, TextPosition Begin2,
              TextPosition End2) {
  return !before(End1, Begin2) && !before(End2, Begin1);
}

bool clientTakesDocumentChanges(const Object *Params) {
  const Object *Capabilities =
      Params ? Params->getObject("capabilities") : nullptr;
  const Object *Workspace =
      Capabilities ? Capabilities->getObject("workspace") : nullptr;
  const Object *Edit =
      Workspace ? Workspace->getObject("workspaceEdit") : nullptr;
  if (!Edit)
    return false;
  auto Takes = Edit->getBoolean("documentChanges");
  return Takes && *Takes;
}

} // namespace

Proxy::Proxy(const ServerOptions &Options, MessageWriter &ToEditor,
             MessageWriter &ToClangd)
    : ToEditor(ToEditor), ToClangd(ToClangd),
      Projects(Options, [this] { republishProjectFixes(); }),
      Worker(Options, Documents,
             [this](const std::string &Uri, DocumentFindings Findings) {
               publishAlignlint(Uri, std::move(Findings));
             }) {}

void Proxy::fromEditor(const RawMessage &Message) {
  auto Parsed = llvm::json::parse(Message.Body);
  Object *Root = Parsed ? Parsed->getAsObject() : nullptr;
  if (!Parsed)
    llvm::consumeError(Parsed.takeError());
  // Before clangd sees a request, so its answer finds it registered.
  if (Root)
    noteEditorRequest(*Root);
  ToClangd.writeRaw(Message);
  if (Root)
    followDocuments(*Root);
}

void Proxy::noteEditorRequest(const Object &Message) {
  auto Method = Message.getString("method");
  const Object *Params = Message.getObject("params");
  const Value *Id = Message.get("id");
  if (!Method || !Params)
    return;
  if (*Method == "initialize") {
    UseDocumentChanges = clientTakesDocumentChanges(Params);
    Worker.setUseDocumentChanges(UseDocumentChanges);
    if (Id) {
      std::lock_guard<std::mutex> Guard(Lock);
      InitializeId = serialize(*Id);
    }
  } else if (*Method == "textDocument/codeAction" && Id) {
    const Object *Range = Params->getObject("range");
    std::lock_guard<std::mutex> Guard(Lock);
    PendingActions[serialize(*Id)] = ActionRequest{
        uriOf(Params), positionAt(Range, "start"), positionAt(Range, "end")};
  }
}

void Proxy::followDocuments(const Object &Message) {
  auto Method = Message.getString("method");
  const Object *Params = Message.getObject("params");
  // Files changed on disk: the project-wide fixes are old.
  if (Method && *Method == "workspace/didChangeWatchedFiles")
    Projects.invalidate();
  std::string Uri = uriOf(Params);
  // Only files can be compiled (not untitled: buffers).
  if (!Method || uriToPath(Uri).empty())
    return;
  const Object *Document = Params->getObject("textDocument");
  int64_t Version = 0;
  if (auto V = Document->getInteger("version"))
    Version = *V;
  if (*Method == "textDocument/didOpen") {
    auto Text = Document->getString("text");
    Documents.open(Uri, Version, Text ? Text->str() : "");
    Worker.schedule(Uri);
  } else if (*Method == "textDocument/didChange") {
    const Array *Changes = Params->getArray("contentChanges");
    if (Changes && Documents.change(Uri, Version, *Changes))
      Worker.schedule(Uri);
  } else if (*Method == "textDocument/didSave") {
    Projects.invalidate();
    // Its text is now the file's: it may get a project-wide fix.
    if (Documents.version(Uri) >= 0)
      Worker.schedule(Uri);
  } else if (*Method == "textDocument/didClose") {
    Documents.close(Uri);
    Worker.forget(Uri);
    std::lock_guard<std::mutex> Guard(Lock);
    Alignlint.erase(Uri);
    ClangdParams.erase(Uri);
  }
}

void Proxy::fromClangd(const RawMessage &Message) {
  // Only what alignlint adds to is parsed: a cheap look first.
  bool MayMatter = Message.Body.find("textDocument/publishDiagnostics") !=
                       std::string::npos ||
                   awaitsAnswer();
  if (MayMatter) {
    auto Parsed = llvm::json::parse(Message.Body);
    Object *Root = Parsed ? Parsed->getAsObject() : nullptr;
    if (!Parsed)
      llvm::consumeError(Parsed.takeError());
    std::lock_guard<std::mutex> Guard(Lock);
    if (Root)
      noteClangdAnswer(*Root);
    if (Root && (mergeIntoDiagnostics(*Root) || mergeIntoCodeActions(*Root))) {
      ToEditor.writeBody(serialize(Value(std::move(*Root))));
      return;
    }
  }
  std::lock_guard<std::mutex> Guard(Lock);
  ToEditor.writeRaw(Message);
}

bool Proxy::awaitsAnswer() {
  std::lock_guard<std::mutex> Guard(Lock);
  return !PendingActions.empty() || !InitializeId.empty();
}

// clangd's answer to initialize: the position encoding it chose.
void Proxy::noteClangdAnswer(const Object &Message) {
  const Value *Id = Message.get("id");
  if (InitializeId.empty() || !Id || serialize(*Id) != InitializeId)
    return;
  InitializeId.clear();
  const Object *Result = Message.getObject("result");
  if (!Result)
    return;
  auto Legacy = Result->getString("offsetEncoding");
  const Object *Capabilities = Result->getObject("capabilities");
  auto Standard =
      Capabilities ? Capabilities->getString("positionEncoding") : Legacy;
  setUtf8Positions((Legacy && *Legacy == "utf-8") ||
                   (Standard && *Standard == "utf-8"));
}

// clangd's diagnostics for a buffer: kept, and alignlint's last added.
bool Proxy::mergeIntoDiagnostics(Object &Message) {
  auto Method = Message.getString("method");
  Object *Params = Message.getObject("params");
  if (!Method || *Method != "textDocument/publishDiagnostics" || !Params)
    return false;
  auto Uri = Params->getString("uri");
  if (!Uri || !Params->getArray("diagnostics"))
    return false;
  std::string Key = Uri->str();
  ClangdParams[Key] = *Params; // clangd's own, before alignlint's are added
  Array &Diagnostics = *Params->getArray("diagnostics");
  auto Found = Alignlint.find(Key);
  if (Found != Alignlint.end())
    for (const EditorFinding &F : Found->second.Findings)
      Diagnostics.push_back(F.Diagnostic);
  return true;
}

// clangd's answer to a codeAction request, with alignlint's quick-fixes for
// the requested range when they were computed for the buffer's current text.
bool Proxy::mergeIntoCodeActions(Object &Message) {
  const Value *Id = Message.get("id");
  if (!Id || Message.get("method"))
    return false;
  auto Pending = PendingActions.find(serialize(*Id));
  if (Pending == PendingActions.end())
    return false;
  ActionRequest Request = Pending->second;
  PendingActions.erase(Pending);
  Value *Result = Message.get("result");
  if (!Result)
    return false;
  if (Result->kind() == Value::Null)
    *Result = Array();
  Array *Actions = Result->getAsArray();
  auto Found = Alignlint.find(Request.Uri);
  if (!Actions || Found == Alignlint.end() ||
      Found->second.Version != Documents.version(Request.Uri))
    return false;
  bool Added = false;
  for (const EditorFinding &F : Found->second.Findings) {
    if (!overlaps(F.Begin, F.End, Request.Begin, Request.End))
      continue;
    bool StaleOnDisk = false;
    Value Action = F.Action.kind() != Value::Null
                       ? F.Action
                       : projectFixAction(F, Projects, Documents,
                                          UseDocumentChanges, StaleOnDisk);
    if (StaleOnDisk)
      Projects.invalidate();
    if (Action.kind() != Value::Null) {
      Actions->push_back(std::move(Action));
      Added = true;
    }
  }
  return Added;
}

std::string Proxy::publishBody(const std::string &Uri) {
  Object Params{{"uri", Uri}, {"diagnostics", Array()}};
  auto Clangd = ClangdParams.find(Uri);
  if (Clangd != ClangdParams.end())
    Params = Clangd->second;
  Array &Diagnostics = *Params.getArray("diagnostics");
  for (const EditorFinding &F : Alignlint[Uri].Findings)
    Diagnostics.push_back(F.Diagnostic);
  return serialize(Object{{"jsonrpc", "2.0"},
                          {"method", "textDocument/publishDiagnostics"},
                          {"params", std::move(Params)}});
}

void Proxy::publishAlignlint(const std::string &Uri,
                             DocumentFindings Findings) {
  std::lock_guard<std::mutex> Guard(Lock);
  if (Documents.version(Uri) != Findings.Version)
    return; // closed or changed since
  noteProjectFixes(Findings, Projects);
  Alignlint[Uri] = std::move(Findings);
  ToEditor.writeBody(publishBody(Uri));
}

// A project-wide fix was planned or dropped: the notes of the buffers that
// wait for one change.
void Proxy::republishProjectFixes() {
  std::lock_guard<std::mutex> Guard(Lock);
  for (auto &Published : Alignlint) {
    bool Waits = false;
    if (Documents.version(Published.first) != Published.second.Version)
      continue; // a newer analysis will publish
    for (const EditorFinding &F : Published.second.Findings)
      Waits = Waits || F.Project.Wanted;
    if (!Waits)
      continue;
    noteProjectFixes(Published.second, Projects);
    ToEditor.writeBody(publishBody(Published.first));
  }
}

} // namespace lsp
} // namespace alignlint
