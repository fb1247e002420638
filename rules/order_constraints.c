/*
 * Order constraints (al_order_constraint): whether a record's are usable,
 * how they bend the hot prefix, and which entries of a segment must precede
 * which.
 *
 * Constraints always hold in the written order, so a usable one names two
 * units with before < after. One that does not (out of range, reversed, a
 * cycle, which needs a reversed one) means the adapter got something wrong:
 * the optimizer then keeps the written order.
 */
#include "segment.h"

#include <stdlib.h>

bool al_constraints_usable(const al_record *record) {
  if (record->constraint_count > 0 && !record->constraints)
    return false;
  for (size_t c = 0; c < record->constraint_count; c++) {
    const al_order_constraint *constraint = &record->constraints[c];
    if (constraint->before_unit >= constraint->after_unit ||
        constraint->after_unit >= record->unit_count)
      return false;
  }
  return true;
}

static bool in_range(size_t unit, size_t first, size_t end) {
  return unit >= first && unit < end;
}

/* A unit constrained after a unit of a later block joins that block, until
 * no constraint goes against the block order. Blocks only grow and each
 * pass settles at least the constraints whose `before` is final, so
 * (end - first) passes suffice. */
size_t al_relax_blocks(const al_record *record, size_t first, size_t end,
                       int *blocks) {
  size_t held_back = AL_NO_UNIT;
  bool changed = true;
  for (size_t pass = 0; changed && pass <= end - first; pass++) {
    changed = false;
    for (size_t c = 0; c < record->constraint_count; c++) {
      size_t before = record->constraints[c].before_unit;
      size_t after = record->constraints[c].after_unit;
      if (!in_range(before, first, end) || !in_range(after, first, end) ||
          blocks[before - first] <= blocks[after - first])
        continue;
      blocks[after - first] = blocks[before - first];
      if (held_back == AL_NO_UNIT || after < held_back)
        held_back = after;
      changed = true;
    }
  }
  return held_back;
}

/* Entry of each unit of the segment, indexed by unit - lowest unit (the
 * segment's units are a contiguous range of unit indices). */
static size_t lowest_unit(const al_segment *segment) {
  size_t lowest = AL_NO_UNIT;
  for (size_t e = 0; e < segment->count; e++)
    if (segment->units[e] < lowest)
      lowest = segment->units[e];
  return lowest;
}

static bool entries_of(const al_segment *segment, size_t lowest,
                       const al_order_constraint *constraint, size_t *before,
                       size_t *after, const size_t *entry_of) {
  if (!in_range(constraint->before_unit, lowest, lowest + segment->count) ||
      !in_range(constraint->after_unit, lowest, lowest + segment->count))
    return false;
  *before = entry_of[constraint->before_unit - lowest];
  *after = entry_of[constraint->after_unit - lowest];
  return true;
}

bool al_segment_precedence(const al_segment *segment, al_precedence *out) {
  const al_record *record = segment->record;
  size_t n = segment->count;
  *out = (al_precedence){NULL, NULL};
  size_t *entry_of = malloc((n ? n : 1) * sizeof *entry_of);
  out->start = calloc(n + 1, sizeof *out->start);
  if (!entry_of || !out->start) {
    free(entry_of);
    al_precedence_free(out);
    return false;
  }
  size_t lowest = lowest_unit(segment);
  for (size_t e = 0; e < n; e++)
    entry_of[segment->units[e] - lowest] = e;
  size_t before, after;
  for (size_t c = 0; c < record->constraint_count; c++)
    if (entries_of(segment, lowest, &record->constraints[c], &before, &after,
                   entry_of))
      out->start[after + 1]++;
  for (size_t e = 0; e < n; e++)
    out->start[e + 1] += out->start[e];
  out->before =
      malloc((out->start[n] ? out->start[n] : 1) * sizeof *out->before);
  size_t *filled = calloc(n ? n : 1, sizeof *filled);
  bool ok = out->before && filled;
  for (size_t c = 0; ok && c < record->constraint_count; c++)
    if (entries_of(segment, lowest, &record->constraints[c], &before, &after,
                   entry_of))
      out->before[out->start[after] + filled[after]++] = before;
  free(filled);
  free(entry_of);
  if (!ok)
    al_precedence_free(out);
  return ok;
}

void al_precedence_free(al_precedence *precedence) {
  free(precedence->start);
  free(precedence->before);
  precedence->start = NULL;
  precedence->before = NULL;
}
