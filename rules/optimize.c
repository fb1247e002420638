/*
 * The optimizer: split the written order at the fixed units (fences, pinned
 * and contended units) and reorder each segment between them on its own,
 * left to right, each from where the layout before it ends.
 *
 * Greedy per segment is globally optimal. A segment's cost is the position
 * after the fixed unit that follows it (for the last segment, sizeof); for
 * the usual fences (zero-size array, over-aligned member, `:0`) that is just
 * roundup(end, 8 * fence alignment). Everything after that fixed unit is laid
 * out from that position, and placement is monotone in the start, so a
 * smaller position there never leads to a larger sizeof. Bitfield-run
 * adjacency does not couple segments: the fixed unit between them is known
 * to each side. Neither do order constraints: segments keep the written
 * order among them and fixed units stay put, so only constraints inside a
 * segment can be broken, and each segment keeps its own.
 */
#include "segment.h"

#include <limits.h>
#include <stdlib.h>

/* Hot units lead the first segment, by ascending group; the rest follow. */
static int block_of(const al_record *record, size_t unit, bool first_segment) {
  int hot_group = al_unit_hot_group(record, unit);
  return first_segment && hot_group >= 0 ? hot_group : INT_MAX;
}

/* The baseline of units [first, end): written order, stably sorted by
 * block, which puts the hot prefix first, as far as the order constraints
 * let it (unit_blocks: scratch, one slot per unit). */
static void fill_baseline(const al_record *record, size_t first, size_t end,
                          bool first_segment, size_t *units, int *blocks,
                          int *unit_blocks) {
  for (size_t i = 0; i < end - first; i++)
    unit_blocks[i] = block_of(record, first + i, first_segment);
  al_relax_blocks(record, first, end, unit_blocks);
  for (size_t i = 0; i < end - first; i++) {
    size_t unit = first + i;
    int block = unit_blocks[i];
    size_t j = i;
    for (; j > 0 && block < blocks[j - 1]; j--) {
      units[j] = units[j - 1];
      blocks[j] = blocks[j - 1];
    }
    units[j] = unit;
    blocks[j] = block;
  }
}

static size_t segment_end(const al_record *record, size_t first) {
  size_t end = first;
  while (end < record->unit_count && !al_unit_is_fixed(record, end))
    end++;
  return end;
}

/* Orders the segment starting at unit `first` into order[first..]; returns
 * its end (the next fixed unit or unit_count), or 0 on allocation failure. */
static size_t optimize_segment(const al_record *record, size_t first,
                               bool first_segment, uint64_t start_bits,
                               size_t *units, int *blocks, al_plan *plan) {
  size_t end = segment_end(record, first);
  fill_baseline(record, first, end, first_segment, units, blocks,
                blocks + record->unit_count);
  al_segment segment = {
      .record = record,
      .units = units,
      .blocks = blocks,
      .count = end - first,
      .start_bits = start_bits,
      .after_run = first > 0 && al_unit_is_run(record, first - 1),
      .next_unit = end < record->unit_count ? end : AL_NO_UNIT,
  };
  bool proven_minimal;
  if (!al_segment_order(&segment, plan->order + first, &proven_minimal))
    return 0;
  plan->proven_minimal = plan->proven_minimal && proven_minimal;
  return end;
}

static bool fill_order(const al_record *record, al_plan *plan, size_t *units,
                       int *blocks) {
  uint64_t pos_bits = record->start_bits;
  bool first_segment = true;
  size_t position = 0;
  while (position < record->unit_count) {
    size_t end = position + 1;
    if (al_unit_is_fixed(record, position)) {
      plan->order[position] = position;
    } else {
      end = optimize_segment(record, position, first_segment, pos_bits, units,
                             blocks, plan);
      if (end == 0)
        return false;
      first_segment = false;
    }
    for (; position < end; position++)
      pos_bits = al_unit_place(record, plan->order[position], pos_bits, NULL);
  }
  return true;
}

/* What to propose when the constraints cannot be trusted. */
static void keep_written_order(const al_record *record, al_plan *plan) {
  for (size_t unit = 0; unit < record->unit_count; unit++)
    plan->order[unit] = unit;
  plan->proven_minimal = false;
}

bool al_optimize(const al_record *record, al_plan *plan) {
  size_t n = record->unit_count ? record->unit_count : 1;
  plan->order = malloc(n * sizeof *plan->order);
  plan->proven_minimal = true;
  size_t *units = malloc(n * sizeof *units);
  int *blocks = malloc(2 * n * sizeof *blocks);
  bool ok = plan->order && units && blocks;
  if (ok && al_constraints_usable(record)) {
    ok = fill_order(record, plan, units, blocks);
  } else if (ok) {
    keep_written_order(record, plan);
  }
  free(units);
  free(blocks);
  if (!ok) {
    al_plan_free(plan);
    return false;
  }
  plan->size_bytes = al_simulate(record, plan->order, NULL);
  return true;
}

void al_plan_free(al_plan *plan) {
  free(plan->order);
  plan->order = NULL;
}
