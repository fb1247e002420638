// Reads the plugin's per-TU findings file (docs/findings-format.md): the
// same text, level, notes and fix as the build reports.
#ifndef ALIGNLINT_LSP_FINDINGSFILE_H
#define ALIGNLINT_LSP_FINDINGSFILE_H

#include <cstdint>
#include <string>
#include <vector>

namespace alignlint {
namespace lsp {

struct FindingNote {
  std::string Message;
  std::string File; // empty for a note without a location
  unsigned Line = 0, Column = 0;
};

struct FindingReplacement {
  std::string File;
  uint64_t Offset = 0, Length = 0;
  std::string Text;
};

struct Finding {
  std::string Rule, Level, Message;
  std::string File; // the record's name: location.file
  uint64_t Offset = 0;
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0;
  std::string RecordName, RecordKind;
  bool HasBytes = false;
  int64_t CurrentBytes = 0, ProposedBytes = 0;
  std::string FixState; // offered, refused or none
  std::vector<FindingReplacement> Replacements;
  std::vector<FindingNote> Notes;
};

// The findings of one file; false with Error naming the file when it cannot
// be read, is not JSON, or is not a findings file of a known version.
bool readFindingsFile(const std::string &Path, std::vector<Finding> &Findings,
                      std::string &Error);

} // namespace lsp
} // namespace alignlint

#endif
