/*
 * Where a member goes: the placement rule of the record layout (plain
 * members round up to their alignment; clang's rule for bitfields). Inline
 * because the exact search places units hundreds of thousands of times.
 * Engine-internal, included through internal.h.
 */
#ifndef ALIGNLINT_PLACEMENT_H
#define ALIGNLINT_PLACEMENT_H

#include "alignlint_rules.h"

/* value rounded up to a multiple of `multiple` (0 is treated as 1). */
static inline uint64_t al_roundup(uint64_t value, uint64_t multiple) {
  if (multiple <= 1)
    return value;
  return (value + multiple - 1) / multiple * multiple;
}

static inline uint64_t al_align_bits(const al_member *member) {
  return 8 * (uint64_t)(member->align_bytes ? member->align_bytes : 1);
}

/* Where a bitfield of width > 0 goes: clang's LayoutBitField starts a new
 * storage unit only when the field would cross the end of the current one;
 * FieldAlign may be smaller than the type size (i386 long long: 4 vs 8). */
static inline uint64_t al_bitfield_offset(const al_member *member,
                                          uint64_t pos_bits) {
  uint64_t field_align = al_align_bits(member);
  if (pos_bits % field_align + member->size_bits > member->type_size_bits)
    return al_roundup(pos_bits, field_align);
  return pos_bits;
}

static inline uint64_t al_member_offset(const al_member *member,
                                        uint64_t pos_bits) {
  bool is_bitfield = member->flags & AL_MEMBER_BITFIELD;
  if (is_bitfield && member->size_bits > 0)
    return al_bitfield_offset(member, pos_bits);
  /* Plain members and `:0` both align to the member's alignment. */
  return al_roundup(pos_bits, al_align_bits(member));
}

/* Lays out one unit's members from pos_bits; returns the position after it.
 * Writes each member's offset to member_offsets_bits when non-NULL. */
static inline uint64_t al_unit_place(const al_record *record, size_t unit,
                                     uint64_t pos_bits,
                                     uint64_t *member_offsets_bits) {
  const al_unit *u = &record->units[unit];
  for (size_t m = u->first_member; m < u->first_member + u->member_count; m++) {
    const al_member *member = &record->members[m];
    uint64_t offset = al_member_offset(member, pos_bits);
    if (member_offsets_bits)
      member_offsets_bits[m] = offset;
    pos_bits = offset + member->size_bits;
  }
  return pos_bits;
}

#endif
