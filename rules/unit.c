/* Unit queries: the properties of a unit the optimizer decides on. */
#include "internal.h"

#define FOR_EACH_MEMBER(record, unit, m)                                       \
  for (const al_member *                                                       \
           m = &(record)->members[(record)->units[unit].first_member],         \
          *m##_end = m + (record)->units[unit].member_count;                   \
       m < m##_end; m++)

uint32_t al_unit_align(const al_record *record, size_t unit) {
  uint32_t align = 1;
  FOR_EACH_MEMBER(record, unit, m)
  if (m->align_bytes > align)
    align = m->align_bytes;
  return align;
}

uint64_t al_unit_size_bits(const al_record *record, size_t unit) {
  uint64_t size_bits = 0;
  FOR_EACH_MEMBER(record, unit, m)
  size_bits += m->size_bits;
  return size_bits;
}

bool al_unit_is_run(const al_record *record, size_t unit) {
  return record->units[unit].flags & AL_UNIT_BITFIELD_RUN;
}

static bool is_contended(const al_record *record, size_t unit) {
  FOR_EACH_MEMBER(record, unit, m)
  if (m->contended_group >= 0)
    return true;
  return false;
}

bool al_unit_is_fixed(const al_record *record, size_t unit) {
  /* A pinned unit that is not at its pinned end is left where it is:
   * the caller said it must not move, and moving it to the end would be
   * a bigger edit than the rule is entitled to. */
  unsigned fixing_flags =
      AL_UNIT_FENCE | AL_UNIT_PINNED_FIRST | AL_UNIT_PINNED_LAST;
  return (record->units[unit].flags & fixing_flags) ||
         is_contended(record, unit);
}

int al_unit_hot_group(const al_record *record, size_t unit) {
  int group = -1;
  FOR_EACH_MEMBER(record, unit, m)
  if (m->hot_group >= 0 && (group < 0 || m->hot_group < group))
    group = m->hot_group;
  return group;
}
