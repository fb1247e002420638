/*
 * Rule straddle: an atomic or lock whose atomic word crosses a cache-line
 * boundary. On x86 a locked instruction on such a word is a split lock: the
 * processor locks the bus for every core, and Linux (split_lock_detect)
 * traps it. Packed records and explicit offsets are how it happens.
 */
#include "internal.h"

/* The bytes a locked instruction touches; 0 when none does. */
static uint64_t atomic_word_bytes(const al_member *member) {
  if (member->flags & AL_MEMBER_BITFIELD)
    return 0;
  uint64_t size = member->size_bits / 8;
  if (member->flags & AL_MEMBER_ATOMIC)
    return size <= 16 ? size : 0; /* larger: not lock-free, no bus lock */
  if (member->flags & AL_MEMBER_LOCK) {
    uint64_t word = size;
    if (member->align_bytes && word > member->align_bytes)
      word = member->align_bytes;
    return word > 8 ? 8 : word;
  }
  return 0;
}

size_t al_rule_straddle(const al_record *record, uint64_t cache_line_bytes,
                        al_straddle_finding *out, size_t max) {
  uint64_t line = cache_line_bytes ? cache_line_bytes : 64;
  /* Instances start at multiples of the record's alignment; modulo the
   * line, at multiples of min(alignment, line). */
  uint64_t placement = record->align_bytes ? record->align_bytes : 1;
  if (placement > line)
    placement = line;
  size_t count = 0;
  for (size_t m = 0; m < record->member_count; m++) {
    const al_member *member = &record->members[m];
    uint64_t word = atomic_word_bytes(member);
    if (word == 0 || (member->flags & AL_MEMBER_IGNORE_STRADDLE) ||
        member->offset_bits % 8 != 0)
      continue;
    uint64_t offset = member->offset_bits / 8;
    /* The word can end up at (offset % placement) + k * placement for
     * any k; the largest such start below the line decides. */
    if (offset % placement + word <= placement)
      continue;
    if (count < max) {
      bool definite = offset % line + word > line;
      out[count] = (al_straddle_finding){
          .member = m,
          .word_offset_bytes = offset,
          .word_bytes = word,
          .definite = definite,
          .boundary_bytes = definite ? (offset / line + 1) * line : 0,
      };
    }
    count++;
  }
  return count;
}
