/*
 * Engine internals shared by the files in rules/: layout arithmetic and unit
 * queries. Not part of the public interface.
 */
#ifndef ALIGNLINT_INTERNAL_H
#define ALIGNLINT_INTERNAL_H

#include "alignlint_rules.h"
#include "placement.h"

#define AL_NO_UNIT ((size_t)-1)

/* sizeof, in bytes, of a record whose last member ends at end_bits. */
uint64_t al_record_bytes(const al_record *record, uint64_t end_bits);

/* ---- Unit queries (unit.c) ---- */

/* Largest member alignment, at least 1. */
uint32_t al_unit_align(const al_record *record, size_t unit);

/* Sum of the members' sizes: the bits the unit occupies without holes. */
uint64_t al_unit_size_bits(const al_record *record, size_t unit);

bool al_unit_is_run(const al_record *record, size_t unit);

/* Never moved by field-order: fences, pinned units and contended units. */
bool al_unit_is_fixed(const al_record *record, size_t unit);

/* Smallest hot_group among the members, or -1 when none is hot. */
int al_unit_hot_group(const al_record *record, size_t unit);

/* ---- Order constraints (order_constraints.c) ---- */

/* Every constraint names two units with before < after (so none is out of
 * range, reversed or part of a cycle). When false the optimizer keeps the
 * written order. */
bool al_constraints_usable(const al_record *record);

/* Bends the blocks of units [first, end) (blocks[u - first]; blocks are
 * laid out ascending) to the usable constraints: a unit constrained after a
 * unit of a later block joins that block. Returns the lowest unit moved to
 * a later block, or AL_NO_UNIT when the blocks already agree. */
size_t al_relax_blocks(const al_record *record, size_t first, size_t end,
                       int *blocks);

#endif
