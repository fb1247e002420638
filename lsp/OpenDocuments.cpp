#include "OpenDocuments.h"

#include "FileUri.h"

namespace alignlint {
namespace lsp {
namespace {

TextPosition readPosition(const llvm::json::Object *Position) {
  TextPosition Result;
  if (!Position)
    return Result;
  if (auto Line = Position->getInteger("line"))
    Result.Line = unsigned(*Line);
  if (auto Character = Position->getInteger("character"))
    Result.Character = unsigned(*Character);
  return Result;
}

void applyChange(DocumentText &Text, const llvm::json::Object &Change) {
  auto NewText = Change.getString("text");
  if (!NewText)
    return;
  const llvm::json::Object *Range = Change.getObject("range");
  if (!Range) {
    Text = DocumentText(NewText->str());
    return;
  }
  Text.replace(readPosition(Range->getObject("start")),
               readPosition(Range->getObject("end")), NewText->str());
}

} // namespace

void OpenDocuments::open(const std::string &Uri, int64_t Version,
                         std::string Text) {
  std::lock_guard<std::mutex> Guard(Lock);
  OpenDocument &Document = Documents[Uri];
  Document.Uri = Uri;
  Document.Path = uriToPath(Uri);
  Document.Version = Version;
  Document.Text = DocumentText(std::move(Text));
}

bool OpenDocuments::change(const std::string &Uri, int64_t Version,
                           const llvm::json::Array &Changes) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Found = Documents.find(Uri);
  if (Found == Documents.end())
    return false;
  for (const llvm::json::Value &Change : Changes)
    if (const llvm::json::Object *Object = Change.getAsObject())
      applyChange(Found->second.Text, *Object);
  Found->second.Version = Version;
  return true;
}

void OpenDocuments::close(const std::string &Uri) {
  std::lock_guard<std::mutex> Guard(Lock);
  Documents.erase(Uri);
}

bool OpenDocuments::get(const std::string &Uri, OpenDocument &Document) const {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Found = Documents.find(Uri);
  if (Found == Documents.end())
    return false;
  Document = Found->second;
  return true;
}

int64_t OpenDocuments::version(const std::string &Uri) const {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Found = Documents.find(Uri);
  return Found == Documents.end() ? -1 : Found->second.Version;
}

std::vector<std::string> OpenDocuments::uris() const {
  std::lock_guard<std::mutex> Guard(Lock);
  std::vector<std::string> Open;
  for (const auto &Document : Documents)
    Open.push_back(Document.first);
  return Open;
}

} // namespace lsp
} // namespace alignlint
