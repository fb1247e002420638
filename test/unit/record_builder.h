/* Builds al_records for tests: units of plain members or bitfield runs,
 * with clang-consistent offsets and sizeof taken from the simulation. */
#ifndef ALIGNLINT_RECORD_BUILDER_H
#define ALIGNLINT_RECORD_BUILDER_H

#include "alignlint_rules.h"

#include <string.h>

#define BUILDER_MAX 64

typedef struct builder {
  al_member members[BUILDER_MAX];
  al_unit units[BUILDER_MAX];
  al_record record;
} builder;

static inline void b_init(builder *b, const char *name) {
  memset(b, 0, sizeof *b);
  b->record.name = name;
  b->record.members = b->members;
  b->record.units = b->units;
  b->record.align_bytes = 1;
}

static inline al_member *b_add_member(builder *b, bool new_unit,
                                      const char *type, const char *name,
                                      uint64_t size_bits,
                                      uint32_t align_bytes) {
  al_record *r = &b->record;
  if (new_unit || r->unit_count == 0)
    b->units[r->unit_count++] = (al_unit){.first_member = r->member_count};
  b->units[r->unit_count - 1].member_count++;
  al_member *m = &b->members[r->member_count++];
  *m = (al_member){.name = name,
                   .type_name = type,
                   .size_bits = size_bits,
                   .type_size_bits = size_bits,
                   .align_bytes = align_bytes,
                   .hot_group = -1,
                   .contended_group = -1};
  if (align_bytes > r->align_bytes)
    r->align_bytes = align_bytes;
  return m;
}

/* A new unit holding one plain member. */
static inline al_member *b_field(builder *b, const char *type, const char *name,
                                 uint32_t size_bytes, uint32_t align_bytes) {
  return b_add_member(b, true, type, name, 8u * size_bytes, align_bytes);
}

/* Another plain member in the current unit (`int a, b;`). */
static inline al_member *b_also(builder *b, const char *type, const char *name,
                                uint32_t size_bytes, uint32_t align_bytes) {
  return b_add_member(b, false, type, name, 8u * size_bytes, align_bytes);
}

/* A bitfield; starts a new run unit unless the current unit is a run. */
static inline al_member *b_bits(builder *b, const char *type, const char *name,
                                unsigned width, uint32_t type_size_bytes,
                                uint32_t align_bytes) {
  al_record *r = &b->record;
  bool in_run = r->unit_count > 0 &&
                (b->units[r->unit_count - 1].flags & AL_UNIT_BITFIELD_RUN);
  al_member *m = b_add_member(b, !in_run, type, name, width, align_bytes);
  m->type_size_bits = 8u * type_size_bytes;
  m->flags |= AL_MEMBER_BITFIELD;
  b->units[r->unit_count - 1].flags |= AL_UNIT_BITFIELD_RUN;
  return m;
}

static inline void b_unit_flags(builder *b, unsigned flags) {
  b->units[b->record.unit_count - 1].flags |= flags;
}

/* Offsets and sizeof as the simulation lays out the written order. */
static inline const al_record *b_finish(builder *b) {
  uint64_t offsets[BUILDER_MAX];
  b->record.size_bytes = al_simulate(&b->record, NULL, offsets);
  for (size_t i = 0; i < b->record.member_count; i++)
    b->members[i].offset_bits = offsets[i];
  return &b->record;
}

#endif
