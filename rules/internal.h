/*
 * Engine internals shared by the files in rules/: layout arithmetic and unit
 * queries. Not part of the public interface.
 */
#ifndef ALIGNLINT_INTERNAL_H
#define ALIGNLINT_INTERNAL_H

#include "alignlint_rules.h"
#include "placement.h"

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

#endif
