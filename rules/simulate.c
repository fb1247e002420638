/*
 * Layout simulation: the Itanium/SysV/AAPCS record layout, reduced to what a
 * reordering can change (member order), with clang's bitfield rule. Where
 * one member goes is in placement.h.
 */
#include "internal.h"

#include <stdlib.h>

uint64_t al_record_bytes(const al_record *record, uint64_t end_bits) {
  return al_roundup((end_bits + 7) / 8, record->align_bytes);
}

uint64_t al_simulate(const al_record *record, const size_t *order,
                     uint64_t *member_offsets_bits) {
  uint64_t pos_bits = record->start_bits;
  for (size_t i = 0; i < record->unit_count; i++) {
    size_t unit = order ? order[i] : i;
    pos_bits = al_unit_place(record, unit, pos_bits, member_offsets_bits);
  }
  return al_record_bytes(record, pos_bits);
}

bool al_model_matches_clang(const al_record *record) {
  uint64_t *offsets =
      calloc(record->member_count ? record->member_count : 1, sizeof *offsets);
  if (!offsets)
    return false;
  bool matches = al_simulate(record, NULL, offsets) == record->size_bytes;
  for (size_t m = 0; matches && m < record->member_count; m++)
    matches = offsets[m] == record->members[m].offset_bits;
  free(offsets);
  return matches;
}
