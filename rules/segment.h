/*
 * A segment: the movable units between two fixed units (fences, pinned or
 * contended units). The optimizer reorders each segment on its own.
 *
 * Entries are numbered 0..count-1 in baseline order; units[e] is the unit.
 * Each entry belongs to a block; blocks are laid out in ascending block
 * order and units move only inside their block. That is how a prefix (the
 * hot groups of the first segment) is given; without one, every entry is in
 * block 0.
 */
#ifndef ALIGNLINT_SEGMENT_H
#define ALIGNLINT_SEGMENT_H

#include "internal.h"

/* The entries that must precede each entry by an order constraint: those
 * of entry e are before[start[e] .. start[e + 1]). */
typedef struct al_precedence {
  size_t *start; /* count + 1 */
  size_t *before;
} al_precedence;

typedef struct al_segment {
  const al_record *record;
  const size_t *units; /* baseline order, blocks ascending */
  const int *blocks;   /* block of each entry */
  size_t count;
  uint64_t start_bits; /* where the first unit may start */
  bool after_run;      /* the unit before the segment is a bitfield run */
  size_t next_unit;    /* the fixed unit after it, or AL_NO_UNIT */
  const al_precedence *precedence; /* set by al_segment_order */
} al_segment;

/* Writes the chosen order of the segment's units (unit indices) to out. */
bool al_segment_order(const al_segment *segment, size_t *out,
                      bool *proven_minimal);

/* ---- Shared by the strategies (segment.c, order_constraints.c) ---- */

/* The segment's order constraints as entries. False on allocation failure;
 * free with al_precedence_free. */
bool al_segment_precedence(const al_segment *segment, al_precedence *out);
void al_precedence_free(al_precedence *precedence);

/* Whether some order constraint relates two entries of the segment. */
bool al_segment_is_constrained(const al_segment *segment);

/* What the segment's order is judged by: the position after the next fixed
 * unit, or the record's sizeof (in bits) for the last segment. */
uint64_t al_segment_cost(const al_segment *segment, uint64_t end_bits);

/* Position after laying out the entries `sequence` from the segment start. */
uint64_t al_segment_end_bits(const al_segment *segment, const size_t *sequence);

bool al_segment_is_run(const al_segment *segment, size_t entry);

/* Entry indices sorted by the preference key: block, then larger unit
 * alignment, then smaller unit index. False on allocation failure. */
bool al_segment_key_order(const al_segment *segment, size_t *entries);

/* The lexicographically smallest valid sequence of entries under the key:
 * the stable descending-alignment sort with bitfield runs kept apart.
 * *found is false when no valid sequence exists. False on allocation
 * failure. */
bool al_segment_sorted(const al_segment *segment, size_t *sequence,
                       bool *found);

/* Exact search (segment_search.c): the minimal cost over every valid
 * sequence, proven, and the lexicographically smallest sequence of that
 * cost under the key. It works on classes of interchangeable entries (same
 * shape, block and constraint relations), so its cost is bounded by the
 * number of states, the product of (class size + 1), not by the number of
 * entries: two passes over at most AL_SEGMENT_SEARCH_STATES states. */
#define AL_SEGMENT_SEARCH_STATES ((size_t)1 << 16)

typedef enum al_search_status {
  AL_SEARCH_DONE,
  AL_SEARCH_OVER_BUDGET, /* too many states: use a heuristic */
  AL_SEARCH_NOMEM,
} al_search_status;

/* Sets *min_cost (UINT64_MAX when no sequence is valid). upper_cost is the
 * cost of a known valid sequence (UINT64_MAX: none), which prunes the
 * search. Unless *min_cost equals known_cost (the caller already holds a
 * preferred sequence of that cost), writes the lexicographically smallest
 * sequence of cost *min_cost to `sequence`. */
al_search_status al_segment_search(const al_segment *segment,
                                   uint64_t upper_cost, uint64_t known_cost,
                                   uint64_t *min_cost, size_t *sequence);

#endif
