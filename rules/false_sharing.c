/*
 * Rule false-sharing (heuristic): atomics and locks that nobody annotated
 * contended, sharing a cache line with another atomic or lock, or with a hot
 * field. Threads writing one of them invalidate the line under the others.
 */
#include "internal.h"

static bool is_sync(const al_member *member) {
  return (member->flags & (AL_MEMBER_ATOMIC | AL_MEMBER_LOCK)) &&
         member->contended_group < 0 &&
         !(member->flags & AL_MEMBER_IGNORE_FALSE_SHARING);
}

static bool is_hot(const al_member *member) {
  return member->hot_group >= 0 &&
         !(member->flags & AL_MEMBER_IGNORE_FALSE_SHARING);
}

/* The first line two members share, or false (zero-size members share
 * none). */
static bool shared_line(const al_member *a, const al_member *b, uint64_t line,
                        uint64_t *shared) {
  if (a->size_bits == 0 || b->size_bits == 0)
    return false;
  al_line_span x = al_line_span_of(a->offset_bits, a->size_bits, 8 * line);
  al_line_span y = al_line_span_of(b->offset_bits, b->size_bits, 8 * line);
  uint64_t first = x.first > y.first ? x.first : y.first;
  uint64_t last = x.last < y.last ? x.last : y.last;
  *shared = first;
  return first <= last;
}

size_t al_rule_false_sharing(const al_record *record, uint64_t cache_line_bytes,
                             al_false_sharing_pair *out, size_t max) {
  uint64_t line = cache_line_bytes ? cache_line_bytes : 64;
  size_t count = 0;
  for (size_t m = 0; m < record->member_count; m++) {
    const al_member *member = &record->members[m];
    if (!is_sync(member))
      continue;
    size_t partner = AL_NO_MEMBER;
    uint64_t partner_line = 0, shared;
    for (size_t o = m + 1; o < record->member_count; o++)
      if (is_sync(&record->members[o]) &&
          shared_line(member, &record->members[o], line, &shared)) {
        partner = o;
        partner_line = shared;
        break;
      }
    for (size_t o = 0; partner == AL_NO_MEMBER && o < record->member_count; o++)
      if (o != m && !is_sync(&record->members[o]) &&
          is_hot(&record->members[o]) &&
          shared_line(member, &record->members[o], line, &shared)) {
        partner = o;
        partner_line = shared;
      }
    if (partner == AL_NO_MEMBER)
      continue;
    if (count < max)
      out[count] = (al_false_sharing_pair){m, partner, partner_line};
    count++;
  }
  return count;
}
