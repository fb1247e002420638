// LSP base-protocol framing (`Content-Length: N\r\n\r\n` + N bytes) over a
// file descriptor: reading keeps each message's bytes exactly as they came,
// so a relayed message is passed on unchanged.
#ifndef ALIGNLINT_LSP_MESSAGESTREAM_H
#define ALIGNLINT_LSP_MESSAGESTREAM_H

#include <mutex>
#include <string>

namespace alignlint {
namespace lsp {

struct RawMessage {
  std::string Header; // the header block, up to and including the blank line
  std::string Body;
};

class MessageReader {
public:
  explicit MessageReader(int Fd) : Fd(Fd) {}
  // The next well-framed message. A header block without a usable
  // Content-Length is skipped (logged), as clangd does. False at end of input.
  bool next(RawMessage &Message);

private:
  bool fill();
  bool readLine(std::string &Line);
  bool readBytes(size_t Count, std::string &Out);

  int Fd;
  std::string Buffer;
  size_t Pos = 0;
};

// Writes whole messages; several threads may write to one stream.
class MessageWriter {
public:
  explicit MessageWriter(int Fd) : Fd(Fd) {}
  bool writeRaw(const RawMessage &Message);
  bool writeBody(const std::string &Body); // adds the header
  void close();

private:
  bool writeAll(const std::string &Bytes);

  int Fd;
  std::mutex Lock;
};

// One line on stderr, which editors show as the server's log.
void logLine(const std::string &Line);

} // namespace lsp
} // namespace alignlint

#endif
