/*
 * Layout simulation: the Itanium/SysV/AAPCS record layout, reduced to what a
 * reordering can change (member order), with clang's bitfield rule.
 */
#include "internal.h"

#include <stdlib.h>

uint64_t al_roundup(uint64_t value, uint64_t multiple)
{
    if (multiple <= 1)
        return value;
    return (value + multiple - 1) / multiple * multiple;
}

static uint64_t align_bits(const al_member *member)
{
    return 8 * (uint64_t)(member->align_bytes ? member->align_bytes : 1);
}

/* Where a bitfield of width > 0 goes: clang's LayoutBitField starts a new
 * storage unit only when the field would cross the end of the current one;
 * FieldAlign may be smaller than the type size (i386 long long: 4 vs 8). */
static uint64_t bitfield_offset(const al_member *member, uint64_t pos_bits)
{
    uint64_t field_align = align_bits(member);
    if (pos_bits % field_align + member->size_bits > member->type_size_bits)
        return al_roundup(pos_bits, field_align);
    return pos_bits;
}

static uint64_t member_offset(const al_member *member, uint64_t pos_bits)
{
    bool is_bitfield = member->flags & AL_MEMBER_BITFIELD;
    if (is_bitfield && member->size_bits > 0)
        return bitfield_offset(member, pos_bits);
    /* Plain members and `:0` both align to the member's alignment. */
    return al_roundup(pos_bits, align_bits(member));
}

uint64_t al_unit_place(const al_record *record, size_t unit, uint64_t pos_bits,
                       uint64_t *member_offsets_bits)
{
    const al_unit *u = &record->units[unit];
    for (size_t m = u->first_member; m < u->first_member + u->member_count; m++) {
        const al_member *member = &record->members[m];
        uint64_t offset = member_offset(member, pos_bits);
        if (member_offsets_bits)
            member_offsets_bits[m] = offset;
        pos_bits = offset + member->size_bits;
    }
    return pos_bits;
}

uint64_t al_record_bytes(const al_record *record, uint64_t end_bits)
{
    return al_roundup((end_bits + 7) / 8, record->align_bytes);
}

uint64_t al_simulate(const al_record *record, const size_t *order,
                     uint64_t *member_offsets_bits)
{
    uint64_t pos_bits = record->start_bits;
    for (size_t i = 0; i < record->unit_count; i++) {
        size_t unit = order ? order[i] : i;
        pos_bits = al_unit_place(record, unit, pos_bits, member_offsets_bits);
    }
    return al_record_bytes(record, pos_bits);
}

bool al_model_matches_clang(const al_record *record)
{
    uint64_t *offsets = calloc(record->member_count ? record->member_count : 1,
                               sizeof *offsets);
    if (!offsets)
        return false;
    bool matches = al_simulate(record, NULL, offsets) == record->size_bytes;
    for (size_t m = 0; matches && m < record->member_count; m++)
        matches = offsets[m] == record->members[m].offset_bits;
    free(offsets);
    return matches;
}
