/*
 * Choosing a segment's order: keep the baseline when it is already minimal,
 * else the stable descending-alignment sort when it provably is (it reaches
 * the no-hole lower bound), else the exact search, else (segments with
 * more states than its budget) the sort. Every sequence considered keeps the
 * order constraints: the baseline does (they hold in the written order and the
 * blocks were bent to them), the sort and the search place an entry only after
 * those it must follow.
 */
#include "segment.h"

#include <stdlib.h>

uint64_t al_segment_cost(const al_segment *segment, uint64_t end_bits) {
  const al_record *record = segment->record;
  if (segment->next_unit != AL_NO_UNIT)
    return al_unit_place(record, segment->next_unit, end_bits, NULL);
  return 8 * al_record_bytes(record, end_bits);
}

uint64_t al_segment_end_bits(const al_segment *segment,
                             const size_t *sequence) {
  uint64_t pos_bits = segment->start_bits;
  for (size_t i = 0; i < segment->count; i++)
    pos_bits = al_unit_place(segment->record, segment->units[sequence[i]],
                             pos_bits, NULL);
  return pos_bits;
}

bool al_segment_is_run(const al_segment *segment, size_t entry) {
  return al_unit_is_run(segment->record, segment->units[entry]);
}

typedef struct entry_key {
  int block;
  uint32_t align;
  size_t unit;
  size_t entry;
} entry_key;

static int compare_keys(const void *a, const void *b) {
  const entry_key *x = a, *y = b;
  if (x->block != y->block)
    return x->block < y->block ? -1 : 1;
  if (x->align != y->align)
    return x->align > y->align ? -1 : 1;
  return x->unit < y->unit ? -1 : x->unit > y->unit;
}

bool al_segment_key_order(const al_segment *segment, size_t *entries) {
  /* The unit index makes the key total, so qsort's result is the stable
   * order; records with hundreds of fields make a quadratic sort show. */
  entry_key *keys =
      malloc((segment->count ? segment->count : 1) * sizeof *keys);
  if (!keys)
    return false;
  for (size_t i = 0; i < segment->count; i++)
    keys[i] = (entry_key){segment->blocks[i],
                          al_unit_align(segment->record, segment->units[i]),
                          segment->units[i], i};
  qsort(keys, segment->count, sizeof *keys, compare_keys);
  for (size_t i = 0; i < segment->count; i++)
    entries[i] = keys[i].entry;
  free(keys);
  return true;
}

/* No two bitfield runs adjacent, the fixed neighbours included. */
static bool is_valid(const al_segment *segment, const size_t *sequence) {
  bool last_is_run = segment->after_run;
  for (size_t i = 0; i < segment->count; i++) {
    bool is_run = al_segment_is_run(segment, sequence[i]);
    if (last_is_run && is_run)
      return false;
    last_is_run = is_run;
  }
  return !(last_is_run && segment->next_unit != AL_NO_UNIT &&
           al_unit_is_run(segment->record, segment->next_unit));
}

static uint64_t sequence_cost(const al_segment *segment,
                              const size_t *sequence) {
  return al_segment_cost(segment, al_segment_end_bits(segment, sequence));
}

/* Members never overlap, so start + the sum of sizes is a lower bound on
 * the end of any order, and (cost being monotone in the end) its cost is a
 * lower bound on the cost of any order: an order reaching it is minimal.
 * Comparing costs rather than ends also proves orders whose only holes
 * vanish in the final rounding, which spares the exact search. */
static uint64_t lower_bound_cost(const al_segment *segment) {
  uint64_t occupied_bits = 0;
  for (size_t i = 0; i < segment->count; i++)
    occupied_bits += al_unit_size_bits(segment->record, segment->units[i]);
  return al_segment_cost(segment, segment->start_bits + occupied_bits);
}

bool al_segment_is_constrained(const al_segment *segment) {
  return segment->precedence->start[segment->count] > 0;
}

/* Whether al_segment_sorted is the lexicographically smallest valid
 * sequence: its feasibility test counts runs and other units per block,
 * which is exact unless constraints also order runs. */
static bool sort_is_smallest(const al_segment *segment) {
  if (!al_segment_is_constrained(segment))
    return true;
  for (size_t i = 0; i < segment->count; i++)
    if (al_segment_is_run(segment, i))
      return false;
  return true;
}

/* Returns false on allocation failure; `best` holds the chosen entries. */
static bool choose(const al_segment *segment, size_t *best, size_t *scratch,
                   bool *proven_minimal) {
  for (size_t i = 0; i < segment->count; i++)
    best[i] = i;
  *proven_minimal = false;
  uint64_t baseline_cost =
      is_valid(segment, best) ? sequence_cost(segment, best) : UINT64_MAX;
  bool found;
  if (!al_segment_sorted(segment, scratch, &found))
    return false;
  uint64_t sorted_cost = found ? sequence_cost(segment, scratch) : UINT64_MAX;
  bool sorted_is_preferred = found && sort_is_smallest(segment);
  uint64_t min_cost = sorted_cost;
  if (sorted_is_preferred && sorted_cost == lower_bound_cost(segment)) {
    *proven_minimal = true;
  } else {
    /* The preferred sorted sequence is the smallest valid one under the
     * key, so when it is minimal it is what the search would rebuild; a
     * minimal baseline is kept anyway. */
    uint64_t known_cost = baseline_cost;
    if (sorted_is_preferred && sorted_cost < known_cost)
      known_cost = sorted_cost;
    uint64_t upper_cost =
        sorted_cost < baseline_cost ? sorted_cost : baseline_cost;
    uint64_t searched_cost;
    al_search_status status = al_segment_search(segment, upper_cost, known_cost,
                                                &searched_cost, scratch);
    if (status == AL_SEARCH_NOMEM)
      return false;
    if (status == AL_SEARCH_DONE) {
      if (searched_cost == UINT64_MAX)
        return true; /* nothing valid to propose: keep the baseline */
      *proven_minimal = true;
      min_cost = searched_cost;
    }
  }
  /* A minimal baseline stays; a heuristic result (over the budget) must
   * never be worse than it either. */
  if (baseline_cost > min_cost)
    for (size_t i = 0; i < segment->count; i++)
      best[i] = scratch[i];
  return true;
}

bool al_segment_order(const al_segment *segment, size_t *out,
                      bool *proven_minimal) {
  al_precedence precedence;
  if (!al_segment_precedence(segment, &precedence))
    return false;
  al_segment constrained = *segment;
  constrained.precedence = &precedence;
  size_t *entries =
      malloc(2 * (segment->count ? segment->count : 1) * sizeof *entries);
  bool ok = entries && choose(&constrained, entries, entries + segment->count,
                              proven_minimal);
  for (size_t i = 0; ok && i < segment->count; i++)
    out[i] = segment->units[entries[i]];
  free(entries);
  al_precedence_free(&precedence);
  return ok;
}
