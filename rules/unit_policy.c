/* Unit policy: which units move, which never do and which are pinned to an
 * end, decided from the facts an adapter reports about their members. */
#include "alignlint_rules.h"

/* A member's part in its unit's flags. */
static unsigned member_policy_flags(const al_member *member) {
  /* A bitfield sits in a storage unit; only a zero-width one, which ends
   * the storage unit, stops others from moving across it. */
  if (member->flags & AL_MEMBER_BITFIELD)
    return member->size_bits == 0 ? AL_UNIT_FENCE : AL_UNIT_BITFIELD_RUN;
  unsigned flags = 0;
  if (member->flags & AL_MEMBER_FLEXIBLE)
    flags |= AL_UNIT_PINNED_LAST; /* its elements are past the record */
  else if (member->size_bits == 0)
    flags |= AL_UNIT_FENCE; /* a zero-size marker, e.g. char mark[0] */
  /* Its alignment was asked for at its place: keep the place. */
  if (member->flags & AL_MEMBER_OVER_ALIGNED)
    flags |= AL_UNIT_FENCE;
  if (member->flags & AL_MEMBER_IGNORE_FIELD_ORDER)
    flags |= AL_UNIT_FENCE;
  return flags;
}

/* The base-struct idiom: a first unit that is one struct or union member. */
static bool is_leading_record_field(const al_record *record, size_t unit) {
  const al_unit *u = &record->units[unit];
  return unit == 0 && u->member_count == 1 &&
         (record->members[u->first_member].flags & AL_MEMBER_RECORD);
}

unsigned al_unit_policy_flags(const al_record *record, size_t unit) {
  const al_unit *u = &record->units[unit];
  unsigned flags = 0;
  for (size_t m = u->first_member; m < u->first_member + u->member_count; m++)
    flags |= member_policy_flags(&record->members[m]);
  if ((record->flags & AL_RECORD_KEEP_FIRST_RECORD_FIELD) &&
      is_leading_record_field(record, unit))
    flags |= AL_UNIT_PINNED_FIRST;
  return flags;
}
