// Small helpers the cache-line checks share to name members and cache
// lines in their messages.
#ifndef ALIGNLINT_CACHE_LINE_TEXT_H
#define ALIGNLINT_CACHE_LINE_TEXT_H

#include "RecordModelBuilder.h"

#include <string>

namespace alignlint {

std::string quoted(const std::string &S);                 // 'S'
std::string linesText(uint64_t First, uint64_t Last);     // "lines 1-2"
std::string lineBytes(uint64_t Line, uint64_t LineBytes); // "bytes 64-127"
const char *kindOf(const al_member &M); // "atomic", "lock", "hot field"
/// How messages name member Member (an index into Model.Members): its
/// name, or for an anonymous struct or union the unit label the other rules
/// use.
std::string memberLabel(const RecordModel &Model, size_t Member);

} // namespace alignlint

#endif
