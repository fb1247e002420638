#include "MessageStream.h"

#include "llvm/ADT/StringRef.h"

#include <cerrno>
#include <unistd.h>

namespace alignlint {
namespace lsp {
namespace {

// Larger bodies are not LSP traffic but a broken header.
const size_t MaxBodyBytes = size_t(1) << 30;

bool contentLength(llvm::StringRef Line, size_t &Length) {
  std::pair<llvm::StringRef, llvm::StringRef> NameValue = Line.split(':');
  if (!NameValue.first.trim().equals_insensitive("content-length"))
    return false;
  unsigned long long Value;
  if (NameValue.second.trim().getAsInteger(10, Value) || Value > MaxBodyBytes)
    return false;
  Length = size_t(Value);
  return true;
}

} // namespace

bool MessageReader::fill() {
  if (Pos > 0) {
    Buffer.erase(0, Pos);
    Pos = 0;
  }
  char Chunk[65536];
  for (;;) {
    ssize_t Got = ::read(Fd, Chunk, sizeof Chunk);
    if (Got > 0) {
      Buffer.append(Chunk, size_t(Got));
      return true;
    }
    if (Got < 0 && errno == EINTR)
      continue;
    return false;
  }
}

bool MessageReader::readLine(std::string &Line) {
  for (;;) {
    size_t End = Buffer.find('\n', Pos);
    if (End != std::string::npos) {
      Line.assign(Buffer, Pos, End + 1 - Pos);
      Pos = End + 1;
      return true;
    }
    if (!fill())
      return false;
  }
}

bool MessageReader::readBytes(size_t Count, std::string &Out) {
  while (Buffer.size() - Pos < Count)
    if (!fill())
      return false;
  Out.assign(Buffer, Pos, Count);
  Pos += Count;
  return true;
}

bool MessageReader::next(RawMessage &Message) {
  for (;;) {
    Message.Header.clear();
    bool HasLength = false;
    size_t Length = 0;
    std::string Line;
    for (;;) {
      if (!readLine(Line))
        return false;
      Message.Header += Line;
      llvm::StringRef Text = llvm::StringRef(Line).rtrim("\r\n");
      if (Text.empty())
        break;
      HasLength |= contentLength(Text, Length);
    }
    if (!HasLength) {
      if (Message.Header.size() > 2)
        logLine("skipped a message header without a valid Content-Length");
      continue;
    }
    return readBytes(Length, Message.Body);
  }
}

bool MessageWriter::writeAll(const std::string &Bytes) {
  size_t Done = 0;
  while (Done < Bytes.size()) {
    ssize_t Put = ::write(Fd, Bytes.data() + Done, Bytes.size() - Done);
    if (Put < 0 && errno == EINTR)
      continue;
    if (Put <= 0)
      return false;
    Done += size_t(Put);
  }
  return true;
}

bool MessageWriter::writeRaw(const RawMessage &Message) {
  std::lock_guard<std::mutex> Guard(Lock);
  return Fd >= 0 && writeAll(Message.Header + Message.Body);
}

bool MessageWriter::writeBody(const std::string &Body) {
  std::lock_guard<std::mutex> Guard(Lock);
  return Fd >= 0 && writeAll("Content-Length: " + std::to_string(Body.size()) +
                             "\r\n\r\n" + Body);
}

void MessageWriter::close() {
  std::lock_guard<std::mutex> Guard(Lock);
  if (Fd >= 0)
    ::close(Fd);
  Fd = -1;
}

void logLine(const std::string &Line) {
  std::string Text = "alignlint-clangd: " + Line + "\n";
  ssize_t Ignored = ::write(2, Text.data(), Text.size());
  (void)Ignored;
}

} // namespace lsp
} // namespace alignlint
